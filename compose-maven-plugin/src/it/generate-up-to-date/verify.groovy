// Runs of compose:generate on one project: up to date while nothing changed, and the full run otherwise.
def log = { name -> new File(basedir, name).getText('UTF-8') }
def state = new File(basedir, 'target/composegen/generate.state')

def first = log('first.log')
assert first =~ /\[INFO\] composegen: (\d+) files, \1 written, 0 unchanged/
assert state.isFile()

// Nothing changed: one line, nothing rendered or written.
def second = log('second.log')
assert second =~ /\[INFO\] composegen: \d+ files up to date \(the model and options of the last run; -Dcompose.upToDateCheck=false renders them anyway\)/
assert !second.contains('unchanged')

// A deleted file is written again; the others stay.
def third = log('third.log')
assert third.contains('[INFO]   created   Dockerfile')
assert third.contains('[INFO]   unchanged compose.yaml')
assert new File(basedir, 'Dockerfile').isFile()

// A dependency added to the pom (a PostgreSQL driver, so a db service with a secret) changes the model: the files
// are generated again.
def fourth = log('fourth.log')
assert fourth.contains('[INFO]   written   compose.yaml')
assert fourth.contains('[INFO]   created   .env.example')
assert log('fifth.log') =~ /\[INFO\] composegen: \d+ files up to date/

// A generated file edited by hand is refused as in any run, and kept as it is.
def sixth = log('sixth.log')
assert sixth.contains('compose.yaml: was edited since composegen generated it')
assert sixth.contains('-Dcompose.force=true')
assert new File(basedir, 'compose.yaml').getText('UTF-8').contains('edited-by-hand')
true
