package io.composegen.model.preset;

import io.composegen.model.resource.Secret;
import io.composegen.model.resource.Volume;
import io.composegen.model.service.Healthcheck;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceFileRef;
import io.composegen.model.units.ComposeDuration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Factories of the backing services composegen knows, each with a pinned image tag, a healthcheck that uses
 * only what the image ships, a named volume for its data and passwords from secret files.
 *
 * <p>Default tags follow what current Debian stable ships where it ships the server, so tests can build
 * faithful stand-ins without a registry. Every factory has an overload that takes the tag.
 */
public final class Presets {

  /** The default PostgreSQL tag. */
  public static final String POSTGRES_TAG = "15";
  /** The default Redis tag. */
  public static final String REDIS_TAG = "7.0";
  /** The default MySQL tag. */
  public static final String MYSQL_TAG = "8.4";
  /** The default MariaDB tag. */
  public static final String MARIADB_TAG = "10.11";
  /** The default MongoDB tag. */
  public static final String MONGO_TAG = "7.0";
  /** The default Apache Kafka tag. */
  public static final String KAFKA_TAG = "3.8.0";
  /** The default RabbitMQ tag. */
  public static final String RABBITMQ_TAG = "3.13";
  /** The default Elasticsearch tag. */
  public static final String ELASTICSEARCH_TAG = "8.15.0";

  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

  private static final String CONFIGTREE = "optional:configtree:/run/secrets/";

  private Presets() {}

  /** Returns PostgreSQL {@value #POSTGRES_TAG} as service {@code db}, database and user {@code app}. */
  public static Preset postgres() {
    return postgres(POSTGRES_TAG);
  }

  /** Returns PostgreSQL of the given tag as service {@code db}, database and user {@code app}. */
  public static Preset postgres(String tag) {
    String secret = "db_password";
    Service service = Service.builder("db")
        .image("postgres:" + checkTag(tag))
        .env("POSTGRES_DB", "app")
        .env("POSTGRES_USER", "app")
        .env("POSTGRES_PASSWORD_FILE", "/run/secrets/" + secret)
        .secret(secret)
        .volume("db-data:/var/lib/postgresql/data")
        .healthcheck(check(Healthcheck.cmd("pg_isready", "-U", "app", "-d", "app")))
        .build();
    return new Preset(service, Map.of("db-data", Volume.defaults()), secretFile(secret),
        ordered("DATABASE_URL", "postgresql://app@db:5432/app", "DATABASE_PASSWORD_FILE", "/run/secrets/" + secret),
        ordered("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/app", "SPRING_DATASOURCE_USERNAME", "app",
            "SPRING_CONFIG_IMPORT", CONFIGTREE),
        List.of(secret(secret), new ServiceFileRef(secret, "/run/secrets/spring.datasource.password", null, null, null)), 5432);
  }

  /** Returns Redis {@value #REDIS_TAG} as service {@code redis}, with append-only persistence. */
  public static Preset redis() {
    return redis(REDIS_TAG);
  }

  /** Returns Redis of the given tag as service {@code redis}, with append-only persistence. */
  public static Preset redis(String tag) {
    Service service = Service.builder("redis")
        .image("redis:" + checkTag(tag))
        .commandArgs("redis-server", "--appendonly", "yes")
        .volume("redis-data:/data")
        .healthcheck(check(Healthcheck.cmd("redis-cli", "ping")))
        .build();
    return new Preset(service, Map.of("redis-data", Volume.defaults()), Map.of(),
        Map.of("REDIS_URL", "redis://redis:6379/0"),
        ordered("SPRING_DATA_REDIS_HOST", "redis", "SPRING_DATA_REDIS_PORT", "6379"), List.of(), 6379);
  }

  /** Returns MySQL {@value #MYSQL_TAG} as service {@code db}, database and user {@code app}. */
  public static Preset mysql() {
    return mysql(MYSQL_TAG);
  }

  /** Returns MySQL of the given tag as service {@code db}, database and user {@code app}. */
  public static Preset mysql(String tag) {
    return mysqlLike("mysql:" + checkTag(tag), "MYSQL", Healthcheck.cmd("mysqladmin", "ping", "-h", "127.0.0.1"),
        "jdbc:mysql://db:3306/app", "mysql://app@db:3306/app");
  }

  /** Returns MariaDB {@value #MARIADB_TAG} as service {@code db}, database and user {@code app}. */
  public static Preset mariadb() {
    return mariadb(MARIADB_TAG);
  }

  /** Returns MariaDB of the given tag as service {@code db}, database and user {@code app}. */
  public static Preset mariadb(String tag) {
    return mysqlLike("mariadb:" + checkTag(tag), "MARIADB",
        Healthcheck.cmd("healthcheck.sh", "--connect", "--innodb_initialized"),
        "jdbc:mariadb://db:3306/app", "mysql://app@db:3306/app");
  }

  private static Preset mysqlLike(String image, String prefix, Healthcheck healthcheck, String jdbc, String url) {
    String secret = "db_password";
    String rootSecret = "db_root_password";
    Service service = Service.builder("db")
        .image(image)
        .env(prefix + "_DATABASE", "app")
        .env(prefix + "_USER", "app")
        .env(prefix + "_PASSWORD_FILE", "/run/secrets/" + secret)
        .env(prefix + "_ROOT_PASSWORD_FILE", "/run/secrets/" + rootSecret)
        .secret(secret)
        .secret(rootSecret)
        .volume("db-data:/var/lib/mysql")
        .healthcheck(check(healthcheck))
        .build();
    Map<String, Secret> secrets = new LinkedHashMap<>(secretFile(secret));
    secrets.putAll(secretFile(rootSecret));
    return new Preset(service, Map.of("db-data", Volume.defaults()), secrets,
        ordered("DATABASE_URL", url, "DATABASE_PASSWORD_FILE", "/run/secrets/" + secret),
        ordered("SPRING_DATASOURCE_URL", jdbc, "SPRING_DATASOURCE_USERNAME", "app", "SPRING_CONFIG_IMPORT", CONFIGTREE),
        List.of(secret(secret), new ServiceFileRef(secret, "/run/secrets/spring.datasource.password", null, null, null)), 3306);
  }

  /** Returns MongoDB {@value #MONGO_TAG} as service {@code mongo}. */
  public static Preset mongo() {
    return mongo(MONGO_TAG);
  }

  /** Returns MongoDB of the given tag as service {@code mongo}, with a root user whose password is a secret. */
  public static Preset mongo(String tag) {
    String secret = "mongo_password";
    Service service = Service.builder("mongo")
        .image("mongo:" + checkTag(tag))
        .env("MONGO_INITDB_ROOT_USERNAME", "app")
        .env("MONGO_INITDB_ROOT_PASSWORD_FILE", "/run/secrets/" + secret)
        .secret(secret)
        .volume("mongo-data:/data/db")
        .healthcheck(check(Healthcheck.cmd("mongosh", "--quiet", "--eval", "db.adminCommand('ping').ok")))
        .build();
    return new Preset(service, Map.of("mongo-data", Volume.defaults()), secretFile(secret),
        ordered("MONGODB_HOST", "mongo", "MONGODB_PORT", "27017", "MONGODB_PASSWORD_FILE", "/run/secrets/" + secret),
        ordered("SPRING_DATA_MONGODB_HOST", "mongo", "SPRING_DATA_MONGODB_PORT", "27017",
            "SPRING_DATA_MONGODB_USERNAME", "app", "SPRING_DATA_MONGODB_AUTHENTICATION_DATABASE", "admin",
            "SPRING_CONFIG_IMPORT", CONFIGTREE),
        List.of(secret(secret), new ServiceFileRef(secret, "/run/secrets/spring.data.mongodb.password", null, null, null)), 27017);
  }

  /** Returns Apache Kafka {@value #KAFKA_TAG} in KRaft mode as service {@code kafka}. */
  public static Preset kafka() {
    return kafka(KAFKA_TAG);
  }

  /** Returns Apache Kafka of the given tag, one combined broker and controller in KRaft mode, as {@code kafka}. */
  public static Preset kafka(String tag) {
    Service service = Service.builder("kafka")
        .image("apache/kafka:" + checkTag(tag))
        .env("KAFKA_NODE_ID", "1")
        .env("KAFKA_PROCESS_ROLES", "broker,controller")
        .env("KAFKA_LISTENERS", "PLAINTEXT://:9092,CONTROLLER://:9093")
        .env("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092")
        .env("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER")
        .env("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT")
        .env("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@kafka:9093")
        .env("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
        .env("KAFKA_LOG_DIRS", "/var/lib/kafka/data")
        .volume("kafka-data:/var/lib/kafka/data")
        .healthcheck(check(Healthcheck.shell(
            "/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 > /dev/null 2>&1")))
        .build();
    return new Preset(service, Map.of("kafka-data", Volume.defaults()), Map.of(),
        Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"),
        Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092"), List.of(), 9092);
  }

  /** Returns RabbitMQ {@value #RABBITMQ_TAG} as service {@code rabbitmq}. */
  public static Preset rabbitmq() {
    return rabbitmq(RABBITMQ_TAG);
  }

  /** Returns RabbitMQ of the given tag as service {@code rabbitmq}, with a user whose password is a secret. */
  public static Preset rabbitmq(String tag) {
    String secret = "rabbitmq_password";
    Service service = Service.builder("rabbitmq")
        .image("rabbitmq:" + checkTag(tag))
        .env("RABBITMQ_DEFAULT_USER", "app")
        .env("RABBITMQ_DEFAULT_PASS_FILE", "/run/secrets/" + secret)
        .secret(secret)
        .volume("rabbitmq-data:/var/lib/rabbitmq")
        .healthcheck(check(Healthcheck.cmd("rabbitmq-diagnostics", "-q", "ping")))
        .build();
    return new Preset(service, Map.of("rabbitmq-data", Volume.defaults()), secretFile(secret),
        ordered("AMQP_HOST", "rabbitmq", "AMQP_PORT", "5672", "AMQP_PASSWORD_FILE", "/run/secrets/" + secret),
        ordered("SPRING_RABBITMQ_HOST", "rabbitmq", "SPRING_RABBITMQ_PORT", "5672", "SPRING_RABBITMQ_USERNAME", "app",
            "SPRING_CONFIG_IMPORT", CONFIGTREE),
        List.of(secret(secret), new ServiceFileRef(secret, "/run/secrets/spring.rabbitmq.password", null, null, null)), 5672);
  }

  /** Returns Elasticsearch {@value #ELASTICSEARCH_TAG} as service {@code elasticsearch}. */
  public static Preset elasticsearch() {
    return elasticsearch(ELASTICSEARCH_TAG);
  }

  /**
   * Returns Elasticsearch of the given tag as a single node {@code elasticsearch}, with security on (the
   * {@code elastic} user's password from a secret) and a 1 GB memory limit.
   */
  public static Preset elasticsearch(String tag) {
    String secret = "elastic_password";
    Service service = Service.builder("elasticsearch")
        .image("docker.elastic.co/elasticsearch/elasticsearch:" + checkTag(tag))
        .env("discovery.type", "single-node")
        .env("xpack.security.enabled", "true")
        .env("ELASTIC_PASSWORD_FILE", "/run/secrets/" + secret)
        .env("ES_JAVA_OPTS", "-Xms512m -Xmx512m")
        .secret(secret)
        .volume("elasticsearch-data:/usr/share/elasticsearch/data")
        .memLimit("1g")
        .healthcheck(check(Healthcheck.shell(
            "curl -fsS -u \"elastic:$$(cat /run/secrets/" + secret + ")\" "
                + "\"http://localhost:9200/_cluster/health?wait_for_status=yellow&timeout=5s\" > /dev/null"))
            .withStartPeriod("60s"))
        .build();
    return new Preset(service, Map.of("elasticsearch-data", Volume.defaults()), secretFile(secret),
        ordered("ELASTICSEARCH_URL", "http://elasticsearch:9200", "ELASTICSEARCH_USERNAME", "elastic",
            "ELASTICSEARCH_PASSWORD_FILE", "/run/secrets/" + secret),
        ordered("SPRING_ELASTICSEARCH_URIS", "http://elasticsearch:9200", "SPRING_ELASTICSEARCH_USERNAME", "elastic",
            "SPRING_CONFIG_IMPORT", CONFIGTREE),
        List.of(secret(secret), new ServiceFileRef(secret, "/run/secrets/spring.elasticsearch.password", null, null, null)), 9200);
  }

  /**
   * Returns the preset a descriptor names as {@code name} or {@code name:tag}, e.g. {@code redis:7.0}.
   *
   * @throws IllegalArgumentException naming the known presets when there is none of that name
   */
  public static Preset named(String reference) {
    int colon = reference.indexOf(':');
    String name = colon < 0 ? reference : reference.substring(0, colon);
    String tag = colon < 0 ? null : reference.substring(colon + 1);
    return switch (name) {
      case "postgres", "postgresql" -> tag == null ? postgres() : postgres(tag);
      case "redis" -> tag == null ? redis() : redis(tag);
      case "mysql" -> tag == null ? mysql() : mysql(tag);
      case "mariadb" -> tag == null ? mariadb() : mariadb(tag);
      case "mongo", "mongodb" -> tag == null ? mongo() : mongo(tag);
      case "kafka" -> tag == null ? kafka() : kafka(tag);
      case "rabbitmq" -> tag == null ? rabbitmq() : rabbitmq(tag);
      case "elasticsearch" -> tag == null ? elasticsearch() : elasticsearch(tag);
      default -> throw new IllegalArgumentException("unknown preset \"" + name + "\": use one of "
          + "postgres, redis, mysql, mariadb, mongo, kafka, rabbitmq, elasticsearch (optionally with :tag)");
    };
  }

  private static Healthcheck check(Healthcheck test) {
    return test.toBuilder()
        .interval(ComposeDuration.ofSeconds(10))
        .timeout(ComposeDuration.ofSeconds(5))
        .retries(5)
        .startPeriod(ComposeDuration.ofSeconds(10))
        .build();
  }

  private static String checkTag(String tag) {
    if (tag == null || !TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException("invalid image tag \"" + tag + "\": use letters, digits, '_', '.' and '-'");
    }
    if (tag.equals("latest")) {
      throw new IllegalArgumentException("invalid image tag \"latest\": presets pin a version, e.g. "
          + POSTGRES_TAG + " for postgres");
    }
    return tag;
  }

  private static Map<String, Secret> secretFile(String name) {
    return Map.of(name, Secret.fromFile("./secrets/" + name + ".txt"));
  }

  private static ServiceFileRef secret(String name) {
    return ServiceFileRef.of(name);
  }

  private static Map<String, String> ordered(String... keysAndValues) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return out;
  }
}
