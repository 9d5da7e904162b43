package io.composegen.model.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageRefTest {

  private static final String DIGEST = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  @Test
  void parsesAnOfficialImageWithATag() {
    ImageRef ref = ImageRef.parse("eclipse-temurin:17-jre-jammy");

    assertThat(ref).isEqualTo(new ImageRef(null, "eclipse-temurin", "17-jre-jammy", null));
    assertThat(ref.name()).isEqualTo("eclipse-temurin");
  }

  @Test
  void parsesRegistryRepositoryTagAndDigest() {
    ImageRef ref = ImageRef.parse("ghcr.io/acme/app:1.2@" + DIGEST);

    assertThat(ref).isEqualTo(new ImageRef("ghcr.io", "acme/app", "1.2", DIGEST));
    assertThat(ref.name()).isEqualTo("ghcr.io/acme/app");
  }

  @ParameterizedTest
  @CsvSource({
      "localhost:5000/app:dev, localhost:5000, app, dev",
      "localhost/app, localhost, app, ",
      "acme/app:v1, , acme/app, v1",
      "registry.example.com:443/team/sub/app, registry.example.com:443, team/sub/app, ",
      "my_org__x/app-name.v2:1.0_rc-1, , my_org__x/app-name.v2, 1.0_rc-1"})
  void tellsTheRegistryFromTheFirstPathComponent(String text, String registry, String repository, String tag) {
    assertThat(ImageRef.parse(text)).isEqualTo(new ImageRef(registry, repository, tag, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nginx", "nginx:1.27-alpine", "ghcr.io/acme/app:1.2@" + DIGEST, "acme/app@" + DIGEST,
      "localhost:5000/a/b/c:x", "scratch"})
  void printsWhatItParsed(String text) {
    assertThat(ImageRef.parse(text)).hasToString(text);
    assertThat(ImageRef.parse(ImageRef.parse(text).toString())).isEqualTo(ImageRef.parse(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|invalid image reference \"\": expected [REGISTRY/]REPOSITORY[:TAG][@DIGEST]",
      "Nginx:1|invalid image reference \"Nginx:1\": repository \"Nginx\" must be lowercase letters and digits, "
          + "separated by /, and joined by ., _, __ or -",
      "nginx:|invalid image reference \"nginx:\": tag \"\" must be 1 to 128 of letters, digits, _, . and -, "
          + "not starting with . or -",
      "nginx:-x|invalid image reference \"nginx:-x\": tag \"-x\" must be 1 to 128 of letters, digits, _, . and -, "
          + "not starting with . or -",
      "nginx@sha256:abc|invalid image reference \"nginx@sha256:abc\": digest \"sha256:abc\" must be ALGORITHM:HEX, "
          + "e.g. sha256: followed by 64 hex digits",
      "app/:1|invalid image reference \"app/:1\": repository \"app/\" must be lowercase letters and digits, "
          + "separated by /, and joined by ., _, __ or -",
      "my app:1|invalid image reference \"my app:1\": repository \"my app\" must be lowercase letters and digits, "
          + "separated by /, and joined by ., _, __ or -",
      "-bad.io/app|invalid image reference \"-bad.io/app\": registry \"-bad.io\" must be a host name with an "
          + "optional port, e.g. ghcr.io or localhost:5000"})
  void rejectsMalformedReferencesQuotingTheText(String text, String message) {
    assertThatThrownBy(() -> ImageRef.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsASha256DigestOfTheWrongLength() {
    assertThatThrownBy(() -> ImageRef.parse("app@sha256:" + "0".repeat(63) + "0a"))
        .hasMessage("invalid image reference \"app@sha256:" + "0".repeat(63) + "0a\": digest \"sha256:"
            + "0".repeat(63) + "0a\" must have exactly 64 lowercase hex digits after sha256:");
  }

  @Test
  void rejectsATagLongerThan128Characters() {
    assertThatThrownBy(() -> ImageRef.of("app", "a".repeat(129)))
        .hasMessageStartingWith("tag \"aaaa");
    assertThat(ImageRef.of("app", "a".repeat(128)).tag()).hasSize(128);
  }

  @ParameterizedTest
  @CsvSource({
      "nginx, true",
      "nginx:latest, true",
      "ghcr.io/acme/app, true",
      "nginx:1.27, false",
      "nginx:latest@" + DIGEST + ", false",
      "nginx@" + DIGEST + ", false",
      "scratch, false"})
  void tellsWhetherTheVersionIsLeftOpen(String text, boolean open) {
    assertThat(ImageRef.parse(text).isLatestOrUntagged()).isEqualTo(open);
  }

  @Test
  void replacesTagAndDigest() {
    ImageRef ref = ImageRef.parse("python:3.12");

    assertThat(ref.withTag("3.13-slim")).hasToString("python:3.13-slim");
    assertThat(ref.withDigest(DIGEST)).hasToString("python:3.12@" + DIGEST);
    assertThat(ref.withTag(null)).hasToString("python");
  }
}
