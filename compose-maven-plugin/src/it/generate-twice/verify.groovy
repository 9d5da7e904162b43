// A second run finds every file unchanged and writes nothing.
def second = new File(basedir, 'second.log').getText('UTF-8')
assert second =~ /\[INFO\] composegen: (\d+) files, 0 written, \1 unchanged/
assert second.contains('[INFO]   unchanged compose.yaml')
true
