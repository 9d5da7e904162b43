package io.composegen.generator.validate;

import static io.composegen.generator.validate.Validations.assertNone;
import static io.composegen.generator.validate.Validations.assertOnly;
import static io.composegen.generator.validate.Validations.base;
import static io.composegen.generator.validate.Validations.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.composegen.model.Stack;
import io.composegen.model.resource.Config;
import io.composegen.model.resource.Network;
import io.composegen.model.resource.Secret;
import io.composegen.model.service.Dependency;
import io.composegen.model.service.ExtendsSpec;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CG101 to CG108: references to services, networks, volumes, secrets and configs. */
class RuleReferencesTest {

  @Test
  void reportsDependencyOnUndefinedServiceWithNearestName() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").dependsOn("dbb"),
        Service.builder("db").image("postgres:16"));

    assertOnly(stack, "CG101", "services.web.depends_on.dbb",
        "depends_on names service \"dbb\", which is not defined");
    assertThat(problems(stack, "CG101").get(0).hint())
        .isEqualTo("did you mean \"db\"? Otherwise define service \"dbb\" or remove the dependency");
  }

  @Test
  void acceptsDefinedAndOptionalDependencies() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").dependsOn("db")
            .dependsOn("metrics", Dependency.DEFAULT.withRequired(false)),
        Service.builder("db").image("postgres:16"));

    assertNone(stack, "CG101");
  }

  @Test
  void reportsUndefinedNetworkButAcceptsDefault() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").network("frontend").network("default"))
        .toBuilder().network("front", Network.defaults()).build();

    assertOnly(stack, "CG102", "services.web.networks.frontend",
        "joins network \"frontend\", which is not a top-level network");
    assertThat(problems(stack, "CG102").get(0).hint())
        .isEqualTo("did you mean \"front\"? Otherwise declare \"frontend\" under the top-level networks");
  }

  @Test
  void acceptsDeclaredNetwork() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").network("front")).toBuilder().network("front")
        .build();

    assertNone(stack, "CG102");
  }

  @Test
  void reportsUndefinedNamedVolume() {
    Stack stack = base(Service.builder("db").image("postgres:16").volume("dbdata:/var/lib/postgresql/data"))
        .toBuilder().volume("db-data").build();

    assertOnly(stack, "CG103", "services.db.volumes[0]", "mounts volume \"dbdata\", which is not a top-level volume");
  }

  @Test
  void acceptsDeclaredVolumesBindsAnonymousAndVariableVolumes() {
    Stack stack = base(Service.builder("db").image("postgres:16").volume("db-data:/var/lib/postgresql/data")
        .volume("./init:/docker-entrypoint-initdb.d").volume("/tmp/cache").volume("${DATA_VOLUME}:/data"))
        .toBuilder().volume("db-data").build();

    assertNone(stack, "CG103");
  }

  @Test
  void reportsUndefinedSecretAndConfig() {
    Stack stack = base(Service.builder("db").image("postgres:16").secret("db_pasword").config("pg_conf"))
        .toBuilder().secret("db_password", Secret.fromFile("./db_password.txt")).build();

    assertOnly(stack, "CG104", "services.db.secrets[0]", "uses secret \"db_pasword\", which is not a top-level secret");
    assertOnly(stack, "CG105", "services.db.configs[0]", "uses config \"pg_conf\", which is not a top-level config");
    assertThat(problems(stack, "CG105").get(0).hint()).isEqualTo("declare \"pg_conf\" under the top-level configs");
  }

  @Test
  void acceptsDeclaredSecretAndConfig() {
    Stack stack = base(Service.builder("db").image("postgres:16").secret("db_password").config("pg_conf"))
        .toBuilder().secret("db_password", Secret.fromFile("./db_password.txt"))
        .config("pg_conf", Config.fromFile("./postgresql.conf")).build();

    assertNone(stack, "CG104");
    assertNone(stack, "CG105");
  }

  @Test
  void reportsVolumesFromUndefinedServiceButNotContainers() {
    Stack stack = base(Service.builder("backup").image("alpine:3.20").volumeFrom("datastore:ro")
        .volumeFrom("container:legacy"), Service.builder("data").image("alpine:3.20"));

    assertOnly(stack, "CG106", "services.backup.volumes_from[0]",
        "volumes_from names service \"datastore\", which is not defined");
  }

  @Test
  void acceptsVolumesFromDefinedService() {
    Stack stack = base(Service.builder("backup").image("alpine:3.20").volumeFrom("data:ro"),
        Service.builder("data").image("alpine:3.20"));

    assertNone(stack, "CG106");
  }

  @Test
  void reportsExtendsOfUndefinedServiceOfTheSameFile() {
    Stack stack = base(Service.builder("web").extendsFrom(new ExtendsSpec("bse", null)),
        Service.builder("worker").extendsFrom(new ExtendsSpec("common", "common.yaml")),
        Service.builder("base").image("python:3.12-slim"));

    assertOnly(stack, "CG107", "services.web.extends", "extends service \"bse\", which is not defined in this file");
  }

  @Test
  void acceptsExtendsOfDefinedService() {
    Stack stack = base(Service.builder("web").extendsFrom(new ExtendsSpec("base", null)),
        Service.builder("base").image("python:3.12-slim"));

    assertNone(stack, "CG107");
    assertNone(stack, "CG140");
  }

  @Test
  void reportsLinksAndNetworkModeOfUndefinedServices() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").link("db2:database").networkMode("service:vpm"),
        Service.builder("db").image("postgres:16"), Service.builder("vpn").image("qmcgaw/gluetun:v3.39"));

    assertThat(problems(stack, "CG108")).extracting(p -> p.path().toString(), Problem::message).containsExactly(
        tuple("services.web.links[0]", "links to service \"db2\", which is not defined"),
        tuple("services.web.network_mode",
            "network_mode uses service \"vpm\", which is not defined"));
  }

  @Test
  void acceptsLinksAndNetworkModeOfDefinedServices() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").link("db:database").networkMode("service:vpn"),
        Service.builder("db").image("postgres:16"), Service.builder("vpn").image("qmcgaw/gluetun:v3.39"));

    assertNone(stack, "CG108");
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void suggestsTheNearestOfTwentyThousandServicesForEachOfTwentyThousandMisspeltDependencies() {
    Stack.Builder stack = Stack.builder("big").service(Service.builder("postgres").image("postgres:16"));
    for (int i = 0; i < 20_000; i++) {
      stack.service(Service.builder("app" + i).image("acme/app:1.0").dependsOn("postgress"));
    }

    List<Problem> found = problems(stack.build(), "CG101");

    assertThat(found).hasSize(20_000).allSatisfy(p -> assertThat(p.hint())
        .isEqualTo("did you mean \"postgres\"? Otherwise define service \"postgress\" or remove the dependency"));
    assertThat(new Suggestions.Among(List.of("c", "a", "d", "b", "e", "g", "f", "i", "h", "k", "j", "l"))
        .hint("zzzz", null, "define it", "services")).isEqualTo("define it; defined services: a, b, c, d, e, f, g, h, i, j, ...");
  }

  @Test
  void stopsLookingForNearNamesAfterItsComparisons() {
    // each distinct missing name is compared with every defined name: 1,000 names and 4,000,000 comparisons give
    // 4,000 searches; the 4,001st missing name gets the list of defined names instead of a "did you mean"
    List<String> defined = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      defined.add("name" + i);
    }
    Suggestions.Among among = new Suggestions.Among(defined);
    for (int i = 0; i < 4_000; i++) {
      assertThat(among.hint("name" + i % 1_000 + "x".repeat(i / 1_000 + 1), null, "define it", "names"))
          .as("missing name %s", i).startsWith("did you mean \"name" + i % 1_000 + "\"?");
    }
    assertThat(among.hint("name7zz", null, "define it", "names"))
        .isEqualTo("define it; defined names: name0, name1, name10, name100, name101, name102, name103, name104, "
            + "name105, name106, ...");
    // a name asked about before keeps its answer
    assertThat(among.hint("name7x", null, "define it", "names")).startsWith("did you mean \"name7\"?");
  }

  @Test
  void validatesTwentyThousandMissingNetworksAmongTwentyThousandOthers() {
    // each of 20,000 distinct missing names was compared with each of 20,000 declared ones (400 million edit
    // distances, most computed in full: names of about the same length)
    Stack.Builder stack = Stack.builder("big");
    Service.Builder web = Service.builder("web").image("nginx:1.27");
    for (int i = 0; i < 20_000; i++) {
      stack.network("other" + i);
      web.network("othr" + i);
    }

    List<Problem> found = problems(stack.service(web).build(), "CG102");

    assertThat(found).hasSize(20_000);
    assertThat(found).filteredOn(p -> p.path().toString().endsWith(".othr0")).singleElement()
        .satisfies(p -> assertThat(p.hint()).startsWith("did you mean \"other0\"?"));
  }

  @Test
  void suggestsTheNearestOtherServiceWhenTheNearestOfAllIsTheOneAsking() {
    Stack stack = base(Service.builder("web").image("nginx:1.27").dependsOn("webx"))
        .toBuilder().service(Service.builder("webz").image("nginx:1.27").dependsOn("webx")).build();

    assertThat(problems(stack, "CG101")).extracting(p -> p.path().toString(), Problem::hint).containsExactly(
        tuple("services.web.depends_on.webx", "did you mean \"webz\"? Otherwise define service \"webx\" or remove"
            + " the dependency"),
        tuple("services.webz.depends_on.webx", "did you mean \"web\"? Otherwise define service \"webx\" or remove"
            + " the dependency"));
  }

  @Test
  void suggestsNoServiceForItself() {
    assertThat(Suggestions.nearest("webb", List.of("api"))).isNull();
    assertThat(Suggestions.nearest("frontend", List.of("front", "back"))).isEqualTo("front");
    assertThat(Suggestions.nearest("db", List.of("mq"))).isNull();
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
  }
}
