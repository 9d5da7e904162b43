// compose:validate on files it cannot read: every reading problem at once, in the log and in the SARIF report,
// each with its file, line and column, and nothing validated beyond them.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('docker-compose.yml:4:5 services.web.ports: CG702 error: expected a list, got the number 5000')
assert log.contains('docker-compose.yml:5:5 services.web.restrat: CG701 error: unknown key "restrat" in a service')
assert log.contains('2 errors, 0 warnings, 0 infos\n')
assert log.contains('composegen: 2 problems reading the compose files; fix them and run again')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/composegen.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 2
def unknown = results.find { it.ruleId == 'CG701' }
assert unknown.level == 'error'
assert unknown.locations[0].physicalLocation.artifactLocation.uri == 'docker-compose.yml'
assert unknown.locations[0].physicalLocation.region.startLine == 5
assert unknown.locations[0].physicalLocation.region.startColumn == 5
assert unknown.locations[0].logicalLocations[0].fullyQualifiedName == 'services.web.restrat'
assert results.find { it.ruleId == 'CG702' }.locations[0].physicalLocation.region.startLine == 4
true
