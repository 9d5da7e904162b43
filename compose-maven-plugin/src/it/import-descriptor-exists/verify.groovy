// compose:import refuses to replace an existing descriptor that holds another stack, says so, and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('on project site: composegen: src/main/compose/stack.yaml exists and holds another stack; nothing'
    + ' was written. Re-run with -Dcompose.force=true to replace it (keeping its old content in stack.yaml.bak), or'
    + ' import into another file with -Dcompose.descriptor=<file> -> [Help 1]')
assert !log.contains('compose:generate -Dcompose.force=true')
assert new File(basedir, 'src/main/compose/stack.yaml').getText('UTF-8').contains('nginx:1.25')
assert !new File(basedir, 'src/main/compose/stack.yaml.bak').exists()
true
