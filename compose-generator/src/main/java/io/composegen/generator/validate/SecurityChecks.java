package io.composegen.generator.validate;

import io.composegen.generator.env.Interpolation;
import io.composegen.generator.env.SecretNames;
import io.composegen.model.ModelPath;
import io.composegen.model.service.PortMapping;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceVolume;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** CG201 to CG207: secrets in plain environment, authentication turned off and, in production, risky privileges. */
final class SecurityChecks {

  private SecurityChecks() {}

  private static final Set<String> FLAGS = Set.of("true", "false", "yes", "no", "on", "off");

  /** Container ports of databases that should not be reachable from outside the host, with the database. */
  private static final Map<Integer, String> DATABASE_PORTS = Collections.unmodifiableSortedMap(new TreeMap<>(
      Map.of(5432, "PostgreSQL", 3306, "MySQL", 27017, "MongoDB", 6379, "Redis", 9200, "Elasticsearch")));

  /** Environment keys whose "yes" lets anyone in without a password. */
  private static final List<String> EMPTY_PASSWORD_KEYS = List.of("MYSQL_ALLOW_EMPTY_PASSWORD",
      "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD", "MARIADB_ALLOW_EMPTY_PASSWORD", "ALLOW_EMPTY_PASSWORD");

  static void run(Environment env) {
    for (Service service : env.stack().services().values()) {
      ModelPath at = Environment.service(service.name());
      literalSecrets(env, service, at);
      authentication(env, service, at);
      if (env.production()) {
        privileges(env, service, at);
      }
    }
  }

  private static Severity raisedInProduction(Environment env, Rule rule) {
    return env.production() ? Severity.ERROR : rule.severity();
  }

  private static void literalSecrets(Environment env, Service service, ModelPath at) {
    service.environment().forEach((key, value) -> {
      if (value == null || value.isEmpty() || FLAGS.contains(value.toLowerCase(Locale.ROOT))
          || !SecretNames.looksSecret(key) || Interpolation.hasReferences(value)) {
        return;
      }
      String name = Texts.escape(key);
      env.report(RuleRegistry.LITERAL_SECRET, raisedInProduction(env, RuleRegistry.LITERAL_SECRET),
          at.key("environment").key(key), name + " looks like a secret but holds a literal value",
          "move the value out of the compose files: use a secret (secrets: with " + name
              + "_FILE=/run/secrets/<secret> where the image reads *_FILE variables), or write " + name + ": ${"
              + name + "} and set it in .env, which .env.example lists");
    });
  }

  private static void authentication(Environment env, Service service, ModelPath at) {
    Severity severity = raisedInProduction(env, RuleRegistry.AUTHENTICATION_OFF);
    Map<String, String> environment = service.environment();
    ModelPath vars = at.key("environment");
    String who = " lets anyone who reaches service " + service.name() + " in without a password";
    Images image = service.image() == null || Images.isVariable(service.image()) ? null
        : Images.parse(service.image());
    String security = environment.get("xpack.security.enabled");
    if (image != null && image.name().equals("elasticsearch")) {
      if ("false".equalsIgnoreCase(security)) {
        env.report(RuleRegistry.AUTHENTICATION_OFF, severity, vars.key("xpack.security.enabled"),
            "xpack.security.enabled=false" + who,
            "set xpack.security.enabled=true and the elastic user's password with ELASTIC_PASSWORD_FILE from a secret");
      } else if (security == null && image.majorVersion() >= 0 && image.majorVersion() < 8) {
        env.report(RuleRegistry.AUTHENTICATION_OFF, severity, at.key("image"),
            "Elasticsearch " + Texts.escape(image.tag()) + " runs without authentication unless "
                + "xpack.security.enabled is true",
            "set xpack.security.enabled=true and the elastic user's password with ELASTIC_PASSWORD_FILE from a secret");
      }
    }
    if ("true".equalsIgnoreCase(environment.get("DISABLE_SECURITY_PLUGIN"))) {
      env.report(RuleRegistry.AUTHENTICATION_OFF, severity, vars.key("DISABLE_SECURITY_PLUGIN"),
          "DISABLE_SECURITY_PLUGIN=true" + who,
          "remove DISABLE_SECURITY_PLUGIN and set the admin password from a secret");
    }
    if ("trust".equalsIgnoreCase(environment.get("POSTGRES_HOST_AUTH_METHOD"))) {
      env.report(RuleRegistry.AUTHENTICATION_OFF, severity, vars.key("POSTGRES_HOST_AUTH_METHOD"),
          "POSTGRES_HOST_AUTH_METHOD=trust" + who,
          "remove POSTGRES_HOST_AUTH_METHOD and set POSTGRES_PASSWORD_FILE=/run/secrets/<secret> with a secret");
    }
    for (String key : EMPTY_PASSWORD_KEYS) {
      String value = environment.get(key);
      if (value != null && !value.isEmpty() && !Set.of("no", "false", "0").contains(value.toLowerCase(Locale.ROOT))) {
        env.report(RuleRegistry.AUTHENTICATION_OFF, severity, vars.key(key),
            key + "=" + Texts.escape(value) + who,
            "remove " + key + " and set the password from a secret with the image's *_PASSWORD_FILE variable");
      }
    }
  }

  private static void privileges(Environment env, Service service, ModelPath at) {
    String name = service.name();
    if (Boolean.TRUE.equals(service.privileged())) {
      env.report(RuleRegistry.PRIVILEGED, at.key("privileged"),
          "service " + name + " runs privileged, with every capability and access to all host devices",
          "drop privileged and add only the capabilities the service needs with cap_add");
    }
    List<ServiceVolume> volumes = service.volumes();
    for (int i = 0; i < volumes.size(); i++) {
      ServiceVolume volume = volumes.get(i);
      if (volume.isBind() && volume.source().endsWith("docker.sock")) {
        env.report(RuleRegistry.DOCKER_SOCKET, at.key("volumes").index(i),
            "mounts the Docker socket " + Texts.escape(volume.source()) + ", which gives root access to the host",
            "remove the mount or put a socket proxy that allows only the calls needed in front of it; if service "
                + name + " must control Docker, acknowledge CG203 for it with the reason");
      }
    }
    if ("host".equals(service.networkMode())) {
      env.report(RuleRegistry.HOST_NETWORK, at.key("network_mode"),
          "service " + name + " shares the host's network stack (network_mode: host)",
          "join the stack's networks and publish the ports the service needs");
    }
    List<String> capAdd = service.capAdd();
    for (int i = 0; i < capAdd.size(); i++) {
      if (capAdd.get(i).equalsIgnoreCase("ALL") || capAdd.get(i).equalsIgnoreCase("CAP_ALL")) {
        env.report(RuleRegistry.ALL_CAPABILITIES, at.key("cap_add").index(i),
            "cap_add: ALL gives service " + name + " every Linux capability",
            "add only the capabilities the service needs, e.g. NET_BIND_SERVICE");
      }
    }
    List<PortMapping> ports = service.ports();
    for (int i = 0; i < ports.size(); i++) {
      PortMapping port = ports.get(i);
      String hostIp = port.hostIp();
      if (hostIp != null && !hostIp.equals("0.0.0.0") && !hostIp.equals("::")) {
        continue;
      }
      for (Map.Entry<Integer, String> db : DATABASE_PORTS.entrySet()) {
        if (port.target().contains(db.getKey())) {
          env.report(RuleRegistry.PUBLISHED_DATABASE_PORT, at.key("ports").index(i),
              "publishes " + db.getValue() + " port " + db.getKey() + " on all host interfaces",
              "drop the port (services reach " + name + " over the stack's network), or bind it to 127.0.0.1 ("
                  + "\"127.0.0.1:" + (port.published() == null ? db.getKey() : port.published()) + ":"
                  + port.target() + "\")");
          break;
        }
      }
    }
  }
}
