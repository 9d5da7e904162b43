package io.composegen.model.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.model.Stack;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Service;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class PresetsTest {

  static Stream<Preset> all() {
    return Stream.of(Presets.postgres(), Presets.redis(), Presets.mysql(), Presets.mariadb(), Presets.mongo(),
        Presets.kafka(), Presets.rabbitmq(), Presets.elasticsearch());
  }

  @ParameterizedTest
  @MethodSource("all")
  void everyPresetPinsATagHasAHealthcheckAndKeepsItsDataInANamedVolume(Preset preset) {
    Service service = preset.service();

    assertThat(service.image()).matches(".+:[0-9][A-Za-z0-9_.-]*");
    assertThat(service.healthcheck()).isNotNull();
    assertThat(service.healthcheck().test()).isNotEmpty();
    assertThat(service.volumes()).anySatisfy(v -> assertThat(preset.volumes()).containsKey(v.source()));
  }

  @ParameterizedTest
  @MethodSource("all")
  void passwordsComeFromSecretFilesNeverFromPlainValues(Preset preset) {
    assertThat(preset.service().environment()).allSatisfy((key, value) -> {
      if (key.contains("PASSWORD") || key.contains("PASS")) {
        assertThat(key).endsWith("_FILE");
        assertThat(value).startsWith("/run/secrets/");
      }
    });
    preset.service().secrets().forEach(ref -> assertThat(preset.secrets()).containsKey(ref.source()));
  }

  @Test
  void connectsASpringBootClientThroughConfigtreeSecrets() {
    Preset postgres = Presets.postgres();
    Service app = postgres.connect(Service.builder("app").image("app:1"), true).build();

    assertThat(app.environment()).containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/app")
        .containsEntry("SPRING_CONFIG_IMPORT", "optional:configtree:/run/secrets/");
    assertThat(app.secrets()).extracting(s -> s.target()).contains("/run/secrets/spring.datasource.password");
    assertThat(app.dependsOn().get("db").condition()).isEqualTo(Condition.HEALTHY);
  }

  @Test
  void connectsAGenericClientToEachSecretOnceAtItsDefaultPath() {
    Service app = Presets.postgres().connect(Service.builder("app").image("app:1"), false).build();

    assertThat(app.environment()).containsEntry("DATABASE_PASSWORD_FILE", "/run/secrets/db_password");
    assertThat(app.secrets()).hasSize(1);
    assertThat(app.secrets().get(0).source()).isEqualTo("db_password");
    assertThat(app.secrets().get(0).target()).isNull();
  }

  @Test
  void addsThePresetsVolumesAndSecretsToTheStack() {
    Stack stack = Stack.builder("s").service(Presets.postgres("16")).build();

    assertThat(stack.services().get("db").image()).isEqualTo("postgres:16");
    assertThat(stack.volumes()).containsOnlyKeys("db-data");
    assertThat(stack.secrets().get("db_password").file()).isEqualTo("./secrets/db_password.txt");
  }

  @Test
  void findsPresetsByDescriptorName() {
    assertThat(Presets.named("redis:7.2").service().image()).isEqualTo("redis:7.2");
    assertThat(Presets.named("postgresql").service().image()).isEqualTo("postgres:" + Presets.POSTGRES_TAG);
    assertThatThrownBy(() -> Presets.named("oracle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown preset \"oracle\": use one of postgres, redis, mysql, mariadb, mongo, kafka, rabbitmq, "
            + "elasticsearch (optionally with :tag)");
  }

  @Test
  void refusesLatest() {
    assertThatThrownBy(() -> Presets.redis("latest"))
        .hasMessage("invalid image tag \"latest\": presets pin a version, e.g. 15 for postgres");
  }

  @Test
  void keepsDistinctServiceNames() {
    assertThat(List.of(Presets.redis().name(), Presets.kafka().name(), Presets.mongo().name()))
        .containsExactly("redis", "kafka", "mongo");
  }
}
