// The pom's <configuration> merges attributes onto descriptor services of the same name by Compose's rules:
// scalars replace, mappings merge by key, ports are added; a pom layer merges into the descriptor's layer.
def read = { new File(basedir, it).getText('UTF-8') }
def compose = read('compose.yaml')
assert compose.contains('name: board\n')
assert compose.contains('''  web:
    image: nginx:1.27.3
    environment:
      MODE: compact
      LOG_LEVEL: info
    ports:
      - "8080:80"
      - "8443:443"
    depends_on:
      cache:
        condition: service_healthy
''')
assert compose.contains('''  cache:
    image: redis:7.0
    command:
      - redis-server
      - "--maxmemory"
      - 64mb
''')
def dev = read('compose.override.yaml')
assert dev.contains('''  web:
    environment:
      LOG_LEVEL: debug
      TRACE: "on"
    volumes:
      - ./site:/usr/share/nginx/html:ro
''')
assert !new File(basedir, 'Dockerfile').exists()

def log = read('first.log')
assert log.contains('[INFO] composegen: stack descriptor src/main/compose/stack.yaml: services web, cache; layers dev\n')
assert log.contains('[INFO] composegen: pom configuration: merged onto web, cache; layers dev\n')
assert !log.contains('inferred from the pom')

// The second run, with the pom and the descriptor unchanged, finds the files up to date without building the model,
// and says what the model was made of as the first run did.
def second = read('second.log')
assert second.contains('[INFO] composegen: stack descriptor src/main/compose/stack.yaml: services web, cache; layers dev\n'
    + '[INFO] composegen: pom configuration: merged onto web, cache; layers dev\n'
    + '[INFO] composegen: 3 files up to date (the model and options of the last run; -Dcompose.upToDateCheck=false renders them anyway)\n')
assert new File(basedir, 'target/composegen/generate.inputs').isFile()
true
