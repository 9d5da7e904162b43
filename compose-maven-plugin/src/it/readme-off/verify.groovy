// With compose.readme=false no README.Docker.md is written, and compose:check does not ask for one.
assert !new File(basedir, 'README.Docker.md').exists()
assert new File(basedir, 'compose.yaml').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('README.Docker.md')
assert new File(basedir, 'check.log').getText('UTF-8') =~ /\[INFO\] composegen: \d+ files up to date\n/
true
