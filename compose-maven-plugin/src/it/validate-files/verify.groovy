// compose:validate reads hand-written files, reports every problem at once and writes a SARIF report.
def log = new File(basedir, 'build.log').getText('UTF-8')
// the rules' findings at the line and column of what their path names, in the file that holds it
assert log.contains('docker-compose.yml:19:9 services.dashboard.ports[0]: CG120 error: host port 5050/tcp is published twice')
assert log.contains('docker-compose-development.yml:12:5 services.worker.container_name: CG130 error')
assert log.contains('CG201')   // SECRET_KEY with a literal value
// a variable set by neither the environment nor .env, at its line and column; REDIS_TAG is set in .env
assert log.contains('docker-compose.yml:23:18 services.redis.environment.MAXMEMORY: CG601 warning: variable CG_IT_MAXMEMORY is set neither in the environment nor in .env')
assert !log.contains('variable REDIS_TAG')
assert log =~ /composegen: \d+ errors?, \d+ warnings?/
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/composegen.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'composegen'
assert sarif.runs[0].results.any { it.ruleId == 'CG120'
    && it.locations[0].physicalLocation.artifactLocation.uri == 'docker-compose.yml'
    && it.locations[0].physicalLocation.region.startLine == 19 }
true
