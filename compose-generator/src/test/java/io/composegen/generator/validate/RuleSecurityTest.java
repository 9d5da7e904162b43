package io.composegen.generator.validate;

import static io.composegen.generator.validate.Validations.assertNone;
import static io.composegen.generator.validate.Validations.assertOnly;
import static io.composegen.generator.validate.Validations.base;
import static io.composegen.generator.validate.Validations.problems;
import static io.composegen.generator.validate.Validations.production;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.composegen.model.Stack;
import io.composegen.model.preset.Presets;
import io.composegen.model.service.Service;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CG201 to CG207: secrets in plain environment, authentication turned off and risky privileges. */
class RuleSecurityTest {

  @Test
  void reportsLiteralSecretAsWarningOutsideProduction() {
    Stack stack = base(Service.builder("web").image("acme/web:1.0").env("SECRET_KEY", "s3cr3t"));

    assertOnly(stack, "CG201", "services.web.environment.SECRET_KEY",
        "SECRET_KEY looks like a secret but holds a literal value");
    assertThat(problems(stack, "CG201").get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void reportsLiteralSecretAsErrorInProductionAndNeverPrintsTheValue() {
    Stack stack = production(Service.builder("web").image("acme/web:1.0").env("db_password", "hunter2"));

    assertThat(problems(stack, "CG201")).extracting(Problem::severity, Problem::environments).containsExactly(
        tuple(Severity.ERROR, List.of("prod")), tuple(Severity.WARNING, List.of("base")));
    assertThat(Validator.create().validate(stack).toText()).doesNotContain("hunter2");
  }

  @Test
  void matchesEverySecretLookingKeyForm() {
    Stack stack = base(Service.builder("web").image("acme/web:1.0").env("APP_PASSWORD", "x")
        .env("CLIENT_SECRET", "x").env("GITHUB_TOKEN", "x").env("STRIPE_API_KEY", "x").env("AWS_CREDENTIALS", "x")
        .env("API_KEY_ID", "x").env("MONKEY", "x"));

    assertThat(problems(stack, "CG201")).extracting(p -> p.path().toString()).containsExactly(
        "services.web.environment.APP_PASSWORD", "services.web.environment.AWS_CREDENTIALS",
        "services.web.environment.CLIENT_SECRET", "services.web.environment.GITHUB_TOKEN",
        "services.web.environment.STRIPE_API_KEY");
  }

  @Test
  void acceptsReferencesFilesFlagsAndEmptyValues() {
    Stack stack = base(Service.builder("web").image("acme/web:1.0").env("SECRET_KEY", "${SECRET_KEY}")
        .env("DB_PASSWORD", "$DB_PASSWORD").env("DB_PASSWORD_FILE", "/run/secrets/db").env("TOKEN_AUTH", "true")
        .env("API_KEY", "").env("ADMIN_PASSWORD", null));

    assertNone(stack, "CG201");
  }

  @Test
  void reportsElasticsearchBefore8WithoutSecurity() {
    Stack stack = base(Service.builder("search").image("docker.elastic.co/elasticsearch/elasticsearch:7.10.1"));

    assertOnly(stack, "CG207", "services.search.image",
        "Elasticsearch 7.10.1 runs without authentication unless xpack.security.enabled is true");
  }

  @Test
  void reportsSecurityTurnedOffAsErrorInProduction() {
    Stack stack = production(Service.builder("search").image("elasticsearch:8.15.0")
        .env("xpack.security.enabled", "false"));

    assertThat(problems(stack, "CG207")).extracting(p -> p.path().toString(), Problem::severity, Problem::message)
        .containsExactly(
            tuple("services.search.environment[\"xpack.security.enabled\"]", Severity.ERROR,
                "xpack.security.enabled=false lets anyone who reaches service search in without a password"),
            tuple("services.search.environment[\"xpack.security.enabled\"]", Severity.WARNING,
                "xpack.security.enabled=false lets anyone who reaches service search in without a password"));
  }

  @Test
  void reportsTrustAuthenticationAndEmptyPasswords() {
    Stack stack = base(Service.builder("db").image("postgres:16").env("POSTGRES_HOST_AUTH_METHOD", "trust"),
        Service.builder("mysql").image("mysql:8.4").env("MYSQL_ALLOW_EMPTY_PASSWORD", "1"),
        Service.builder("search").image("opensearchproject/opensearch:2.17.0").env("DISABLE_SECURITY_PLUGIN", "true"));

    assertThat(problems(stack, "CG207")).extracting(p -> p.path().toString(), Problem::message).containsExactly(
        tuple("services.db.environment.POSTGRES_HOST_AUTH_METHOD",
            "POSTGRES_HOST_AUTH_METHOD=trust lets anyone who reaches service db in without a password"),
        tuple("services.mysql.environment.MYSQL_ALLOW_EMPTY_PASSWORD",
            "MYSQL_ALLOW_EMPTY_PASSWORD=1 lets anyone who reaches service mysql in without a password"),
        tuple("services.search.environment.DISABLE_SECURITY_PLUGIN",
            "DISABLE_SECURITY_PLUGIN=true lets anyone who reaches service search in without a password"));
  }

  @Test
  void acceptsDatabasePresetsAndElasticsearch7WithSecurity() {
    Stack stack = Stack.builder("app").service(Presets.elasticsearch()).service(Presets.postgres())
        .service(Service.builder("legacy").image("elasticsearch:7.17.22").env("xpack.security.enabled", "true"))
        .build();
    Stack mysql = Stack.builder("app").service(Presets.mysql()).build();

    assertNone(stack, "CG207");
    assertNone(stack, "CG201");
    assertNone(mysql, "CG207");
    assertNone(mysql, "CG201");
  }

  @Test
  void reportsPrivilegesOnlyInProduction() {
    Service.Builder agent = Service.builder("agent").image("acme/agent:2.1").privileged(true).networkMode("host")
        .addCapability("NET_ADMIN").addCapability("ALL").volume("/var/run/docker.sock:/var/run/docker.sock");

    assertThat(problems(production(agent))).filteredOn(p -> p.code().startsWith("CG20"))
        .extracting(Problem::code, p -> p.path().toString(), Problem::message).containsExactly(
            tuple("CG205", "services.agent.cap_add[1]", "cap_add: ALL gives service agent every Linux capability"),
            tuple("CG204", "services.agent.network_mode",
                "service agent shares the host's network stack (network_mode: host)"),
            tuple("CG202", "services.agent.privileged",
                "service agent runs privileged, with every capability and access to all host devices"),
            tuple("CG203", "services.agent.volumes[0]",
                "mounts the Docker socket /var/run/docker.sock, which gives root access to the host"));
    assertThat(problems(base(agent))).filteredOn(p -> p.code().startsWith("CG20")).isEmpty();
  }

  @Test
  void reportsDatabasePortPublishedOnAllInterfacesInProduction() {
    Stack stack = production(Service.builder("db").image("postgres:16").port("5432:5432"),
        Service.builder("cache").image("redis:7.2").port("127.0.0.1:6379:6379"),
        Service.builder("mongo").image("mongo:7.0").port("27017"));

    assertThat(problems(stack, "CG206")).extracting(p -> p.path().toString(), Problem::message).containsExactly(
        tuple("services.db.ports[0]", "publishes PostgreSQL port 5432 on all host interfaces"),
        tuple("services.mongo.ports[0]", "publishes MongoDB port 27017 on all host interfaces"));
  }

  @Test
  void acceptsDatabasePortsOutsideProduction() {
    assertNone(base(Service.builder("db").image("postgres:16").port("5432:5432")), "CG206");
  }
}
