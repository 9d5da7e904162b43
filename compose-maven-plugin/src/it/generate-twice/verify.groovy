// A second run finds the model and every file as the first left them: it renders and writes nothing.
def second = new File(basedir, 'second.log').getText('UTF-8')
assert second =~ /\[INFO\] composegen: \d+ files up to date/
assert !second.contains('unchanged')

// Without the up-to-date check, a run renders every file again, finds each unchanged and writes nothing.
def third = new File(basedir, 'third.log').getText('UTF-8')
assert third =~ /\[INFO\] composegen: (\d+) files, 0 written, \1 unchanged/
assert third.contains('[INFO]   unchanged compose.yaml')
true
