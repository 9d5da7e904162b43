package io.composegen.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.model.units.ByteSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MountOptionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"private", "rprivate", "shared", "rshared", "slave", "rslave"})
  void acceptsEveryBindPropagation(String propagation) {
    assertThat(new BindOptions(propagation, null, null).propagation()).isEqualTo(propagation);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "RSHARED", "bidirectional", "none"})
  void rejectsUnknownBindPropagation(String propagation) {
    assertThatThrownBy(() -> BindOptions.NONE.withPropagation(propagation))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("propagation \"" + propagation
            + "\" must be one of private, rprivate, shared, rshared, slave, rslave");
  }

  @Test
  void acceptsSharedAndPrivateSelinuxLabels() {
    assertThat(BindOptions.NONE.withSelinux("z").selinux()).isEqualTo("z");
    assertThat(BindOptions.NONE.withSelinux("Z").selinux()).isEqualTo("Z");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "zz", "shared", "y"})
  void rejectsOtherSelinuxLabels(String selinux) {
    assertThatThrownBy(() -> new BindOptions(null, null, selinux))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("selinux \"" + selinux + "\" must be z or Z");
  }

  @Test
  void replacesBindOptionsWithWithers() {
    BindOptions options = BindOptions.NONE.withPropagation("rslave").withCreateHostPath(false).withSelinux("Z");

    assertThat(options).isEqualTo(new BindOptions("rslave", false, "Z"));
    assertThat(options.isEmpty()).isFalse();
    assertThat(options.withPropagation(null).withCreateHostPath(null).withSelinux(null).isEmpty()).isTrue();
    assertThat(BindOptions.NONE.isEmpty()).isTrue();
  }

  @Test
  void replacesVolumeOptionsWithWithers() {
    VolumeOptions options = VolumeOptions.NONE.withNocopy(true).withSubpath("sub/dir");

    assertThat(options).isEqualTo(new VolumeOptions(true, "sub/dir"));
    assertThat(options.isEmpty()).isFalse();
    assertThat(options.withNocopy(null).withSubpath(null).isEmpty()).isTrue();
  }

  @Test
  void rejectsBlankSubpath() {
    assertThatThrownBy(() -> new VolumeOptions(null, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subpath must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/abs", "\\abs"})
  void rejectsAbsoluteSubpath(String subpath) {
    assertThatThrownBy(() -> VolumeOptions.NONE.withSubpath(subpath))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subpath \"" + subpath + "\" must be a path relative to the volume root");
  }

  @Test
  void replacesTmpfsOptionsWithWithers() {
    TmpfsOptions options = TmpfsOptions.NONE.withSize(ByteSize.parse("64m")).withMode(01777);

    assertThat(options).isEqualTo(new TmpfsOptions(ByteSize.ofMegabytes(64), 1023));
    assertThat(options.isEmpty()).isFalse();
    assertThat(options.withSize(null).withMode(null).isEmpty()).isTrue();
  }

  @Test
  void acceptsTmpfsModesFromZeroTo07777() {
    assertThat(new TmpfsOptions(null, 0).mode()).isZero();
    assertThat(new TmpfsOptions(null, 07777).mode()).isEqualTo(4095);
  }

  @Test
  void rejectsTmpfsModeAbove07777() {
    assertThatThrownBy(() -> new TmpfsOptions(null, 010000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mode 010000 is out of range 0-07777 (octal)");
  }

  @Test
  void rejectsNegativeTmpfsMode() {
    assertThatThrownBy(() -> new TmpfsOptions(null, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mode -1 is out of range 0-07777 (octal)");
  }
}
