// A compose.yaml written by hand is not overwritten, and nothing else is written either.
def compose = new File(basedir, 'compose.yaml').getText('UTF-8')
assert compose.startsWith('# written by hand')
assert !new File(basedir, 'Dockerfile').exists()
assert !new File(basedir, 'compose.prod.yaml').exists()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('compose.yaml')
assert log.contains('-Dcompose.force=true')
true
