// compose.skip skips the goal and writes nothing.
assert !new File(basedir, 'compose.yaml').exists()
assert new File(basedir, 'build.log').getText('UTF-8').contains('[INFO] composegen: skipped (compose.skip=true)')
true
