package io.composegen.generator.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.golden.SeedStacks;
import io.composegen.generator.imports.DescriptorReader;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.project.ProjectFacts;
import io.composegen.generator.project.ProjectInference;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Command;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintTest {

  @TempDir
  Path dir;

  private static String of(Object value) {
    return Fingerprint.create().add("value", value).hex();
  }

  private static Stack web(String port) {
    return Stack.builder("app")
        .service(Service.builder("web").image("nginx:1.27").port(port))
        .service(Service.builder("cache").image("redis:7.0"))
        .layer(Layer.prod().service("web", w -> w.env("MODE", "prod")))
        .build();
  }

  private static Stack inferred() {
    return ProjectInference.infer(new ProjectFacts("orders", "1.0.0", "Orders", null, "jar", "21", 8080,
        List.of("org.postgresql:postgresql", "redis.clients:jedis"), true, true), true);
  }

  @Test
  void givesEqualStacksBuiltApartTheSameFingerprint() {
    SeedStacks.all().forEach((name, stack) -> assertThat(of(SeedStacks.all().get(name))).as(name).isEqualTo(of(stack)));
    assertThat(of(inferred())).isEqualTo(of(inferred())).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void changesWithAnyAttributeOfTheStack() {
    assertThat(of(web("8080:80"))).isNotEqualTo(of(web("9090:80")));
    assertThat(of(inferred())).isNotEqualTo(of(inferred().toBuilder().baseFileName("compose.base.yaml").build()));
  }

  @Test
  void changesWithEveryPartOfAServiceIncludingThoseOutsideTheAttributeTable() {
    Service web = Service.builder("web").image("nginx:1.27").build();
    List<Service> others = List.of(
        Service.builder("api").image("nginx:1.27").build(),
        web.toBuilder().image("nginx:1.28").build(),
        web.toBuilder().domainname("example.com").build(),
        web.toBuilder().extension("x-team", "a").build(),
        web.toBuilder().reset("ports").build(),
        Service.builder("web").imageOf("api").build());

    assertThat(of(web)).isEqualTo(of(Service.builder("web").image("nginx:1.27").build()));
    assertThat(others).allSatisfy(other -> assertThat(of(other)).as("%s", other).isNotEqualTo(of(web)));
    assertThat(others.stream().map(FingerprintTest::of).distinct()).hasSize(others.size());
  }

  @Test
  void changesWithTheOrderOfServices() {
    Stack reordered = Stack.builder("app")
        .service(Service.builder("cache").image("redis:7.0"))
        .service(Service.builder("web").image("nginx:1.27").port("8080:80"))
        .layer(Layer.prod().service("web", w -> w.env("MODE", "prod")))
        .build();

    assertThat(of(reordered)).isNotEqualTo(of(web("8080:80")));
  }

  @Test
  void keepsValuesApartThatPrintAlike() {
    assertThat(of(Command.shell("[a b]"))).isNotEqualTo(of(Command.exec(List.of("a b"))));
    assertThat(of(List.of("a, b"))).isNotEqualTo(of(List.of("a", "b")));
    assertThat(of(List.of("ab", ""))).isNotEqualTo(of(List.of("a", "b")));
    assertThat(of(1)).isNotEqualTo(of(1L));
    assertThat(of("null")).isNotEqualTo(of(null));
    assertThat(of(List.of("a"))).isNotEqualTo(of(java.util.Set.of("a")));
    assertThat(of(Map.of("a", "b"))).isNotEqualTo(of(List.of("a", "b")));
    assertThat(Fingerprint.create().add("a", "bc").hex()).isNotEqualTo(Fingerprint.create().add("ab", "c").hex());
  }

  @Test
  void refusesAValueItCannotEncode() {
    assertThatThrownBy(() -> Fingerprint.create().add("x", List.of(new StringBuilder("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot fingerprint a java.lang.StringBuilder");
  }

  @Test
  void changesWithTheNameOrContentOfAnyFileInAFolder() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    String missing = Fingerprint.create().addFolder("t", templates.resolve("none")).hex();
    String empty = Fingerprint.create().addFolder("t", templates).hex();
    Files.writeString(templates.resolve("Dockerfile.ftl"), "FROM x\n");
    String one = Fingerprint.create().addFolder("t", templates).hex();
    Files.writeString(templates.resolve("Dockerfile.ftl"), "FROM y\n");
    String edited = Fingerprint.create().addFolder("t", templates).hex();
    Files.move(templates.resolve("Dockerfile.ftl"), templates.resolve("dockerignore.ftl"));
    String renamed = Fingerprint.create().addFolder("t", templates).hex();

    assertThat(List.of(missing, empty, one, edited, renamed)).doesNotHaveDuplicates();
    assertThat(Fingerprint.create().addFolder("t", templates).hex()).isEqualTo(renamed);
  }

  @Test
  void changesWithTheContentOfAFileAndWhetherItExists() throws IOException {
    Path file = dir.resolve("stack.yaml");
    String missing = Fingerprint.create().addFile("f", file).hex();
    Files.writeString(file, "");
    String empty = Fingerprint.create().addFile("f", file).hex();
    Files.writeString(file, "services: {}\n");
    String written = Fingerprint.create().addFile("f", file).hex();

    assertThat(List.of(missing, empty, written)).doesNotHaveDuplicates();
    assertThat(Fingerprint.create().addFile("f", file).hex()).isEqualTo(written);
  }

  @Test
  void fingerprintsCodeByWhereItComesFrom() {
    String code = Fingerprint.create().addCode("code", Fingerprint.class).hex();

    assertThat(Fingerprint.create().addCode("code", Fingerprint.class).hex()).isEqualTo(code);
    assertThat(Fingerprint.create().addCode("code", Test.class).hex()).isNotEqualTo(code);
    assertThat(Fingerprint.create().addCode("code", String.class).hex())
        .isEqualTo(Fingerprint.create().add("code", List.of(List.of())).hex());
  }

  @Test
  void fingerprintsEveryExampleDescriptorTheSameWayTwice() throws IOException {
    Path examples = Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent().resolve("examples");
    List<Path> descriptors;
    try (var walk = Files.walk(examples)) {
      descriptors = walk.filter(p -> p.endsWith(Path.of("src/main/compose/stack.yaml"))).sorted().toList();
    }

    assertThat(descriptors).isNotEmpty();
    for (Path descriptor : descriptors) {
      ReadResult<Stack> first = DescriptorReader.create().read(descriptor);
      ReadResult<Stack> second = DescriptorReader.create().read(descriptor);
      assertThat(first.isClean()).as(descriptor.toString()).isTrue();
      assertThat(of(first.value())).as(descriptor.toString()).isEqualTo(of(second.value()));
    }
  }
}
