package io.composegen.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MountTypeTest {

  @ParameterizedTest
  @CsvSource({"BIND, bind", "VOLUME, volume", "TMPFS, tmpfs", "NPIPE, npipe", "CLUSTER, cluster", "IMAGE, image"})
  void usesTheLowerCaseComposeName(MountType type, String yamlName) {
    assertThat(type.yamlName()).isEqualTo(yamlName);
    assertThat(MountType.fromYaml(yamlName)).isEqualTo(type);
  }

  @ParameterizedTest
  @EnumSource(MountType.class)
  void readsBackItsOwnComposeName(MountType type) {
    assertThat(MountType.fromYaml(type.yamlName())).isEqualTo(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"BIND", "Volume", "", "nfs", " bind"})
  void rejectsUnknownNames(String yamlName) {
    assertThatThrownBy(() -> MountType.fromYaml(yamlName))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown mount type \"" + yamlName
            + "\": expected one of bind, volume, tmpfs, npipe, cluster, image");
  }

  @Test
  void rejectsNullName() {
    assertThatThrownBy(() -> MountType.fromYaml(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("yamlName must not be null");
  }
}
