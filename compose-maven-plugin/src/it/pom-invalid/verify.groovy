// Mistakes in the pom's <configuration> fail the build, each named by its pom element, all at once; nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[ERROR] <services><service>[1]<prots>: CG701 unknown key "prots" in a service (did you mean "ports"?)',
    '[ERROR] <services><service>[1]<ports><port>[2]: CG703 invalid port "99999:8025": published port 99999 is out of range 1-65535 (write a port as "[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]", e.g. "8080:80", or as a mapping with target)',
    '[ERROR] <services><service>[1]<command>: CG702 expected a string or a list of strings, got the mapping {"arg":"MailHog"} (write one string for the shell form, or a list of strings for the exec form; in the pom, a list is child elements named <item> or the element\'s singular (<ports><port>), a mapping is child elements named by key (<environment><DEBUG>))',
    '[ERROR] <services><service>[2]: CG704 the service has no <name> (add the service\'s name, e.g. <name>web</name>)',
    '[ERROR] <services><service>[3]: CG704 service "ghost" has neither image nor build, and no earlier source defines it (set image, build, recipe, preset or image_of, or check the service\'s name)',
    '[ERROR] <presets><preset>[1]: CG703 unknown preset "memcached": use one of postgres, redis, mysql, mariadb, mongo, kafka, rabbitmq, elasticsearch (optionally with :tag) (write one of postgres, redis, mysql, mariadb, mongo, kafka, rabbitmq, elasticsearch, optionally with a tag, e.g. redis:7.0)',
    '[ERROR] <layers><layer>[1]<production>: CG702 expected a boolean (true or false), got the string "yes" (write true or false)',
]
assert log.contains(expected.join('\n') + '\n')
assert log.contains('on project shop: composegen: 7 problems in the plugin\'s <configuration> in the pom; fix them and run again -> [Help 1]')
assert !new File(basedir, 'compose.yaml').exists()
assert !new File(basedir, 'compose.prod.yaml').exists()
assert !new File(basedir, 'Dockerfile').exists()
true
