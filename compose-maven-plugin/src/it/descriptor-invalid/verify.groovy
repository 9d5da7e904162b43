// A descriptor with mistakes fails the build, listing every problem with file, line and column; nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[ERROR] src/main/compose/stack.yaml:5:5 services.web.prots: CG701 unknown key "prots" in a service (did you mean "ports"?)',
    '[ERROR] src/main/compose/stack.yaml:8:9 services.web.ports[1]: CG703 invalid port "99999:80": published port 99999 is out of range 1-65535 (write a port as "[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]", e.g. "8080:80", or as a mapping with target)',
    '[ERROR] src/main/compose/stack.yaml:10:44 services.api.recipe.spring_boot_layer: CG701 unknown key "spring_boot_layer" in a recipe (did you mean "spring_boot_layers"?)',
    '[ERROR] src/main/compose/stack.yaml:11:11 services.cache.preset: CG703 unknown preset "memcached": use one of postgres, redis, mysql, mariadb, mongo, kafka, rabbitmq, elasticsearch (optionally with :tag) (write one of postgres, redis, mysql, mariadb, mongo, kafka, rabbitmq, elasticsearch, optionally with a tag, e.g. "redis:7.0")',
    '[ERROR] src/main/compose/stack.yaml:15:21 layers.prod.services.web.reset[0]: CG703 reset: "colour" is not a service attribute (write a list of attribute names and {attribute: key} entries, e.g. [container_name, {ports: "8080:80"}])',
]
assert log.contains(expected.join('\n') + '\n')
assert log.contains('on project shop: composegen: 5 problems in the stack descriptor src/main/compose/stack.yaml; fix them and run again')
assert !new File(basedir, 'compose.yaml').exists()
assert !new File(basedir, 'compose.prod.yaml').exists()
assert !new File(basedir, 'Dockerfile').exists()
assert !new File(basedir, '.dockerignore').exists()
true
