// check passes right after generate, and fails with a diff and the fixing command when the model changed.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] compose.yaml is out of date:')
assert log.contains('-      - "8080:8080"')
assert log.contains('+      - "9090:9090"')
assert log.contains('files differ from the model; run `mvn compose:generate` and commit the result')
true
