package io.composegen.model.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.model.units.ByteSize;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceVolumeTest {

  private static final String EXPECTED_MODE = "expected ro, rw, z, Z, nocopy, a propagation (private, rprivate, "
      + "shared, rshared, slave, rslave) or a consistency (consistent, cached, delegated)";

  static Stream<Arguments> shortSyntax() {
    return Stream.of(
        Arguments.of("/var/lib/mysql", ServiceVolume.anonymous("/var/lib/mysql")),
        Arguments.of("./app:/app", ServiceVolume.bind("./app", "/app")),
        Arguments.of("./app:/app:ro", ServiceVolume.bind("./app", "/app").withReadOnly(true)),
        Arguments.of("~/configs:/etc/configs/:ro", ServiceVolume.bind("~/configs", "/etc/configs/").withReadOnly(true)),
        Arguments.of("datavolume:/var/lib/mysql", ServiceVolume.volume("datavolume", "/var/lib/mysql")),
        Arguments.of("/opt/data:/var/lib/mysql:rw,z",
            ServiceVolume.bind("/opt/data", "/var/lib/mysql").withBind(new BindOptions(null, null, "z"))),
        Arguments.of("./cache:/tmp/cache:cached", ServiceVolume.bind("./cache", "/tmp/cache").withConsistency("cached")),
        Arguments.of("data:/data:nocopy",
            ServiceVolume.volume("data", "/data").withVolume(new VolumeOptions(true, null))),
        Arguments.of("${PWD}/x:/x", ServiceVolume.bind("${PWD}/x", "/x")),
        Arguments.of("$HOME/.m2:/root/.m2", ServiceVolume.bind("$HOME/.m2", "/root/.m2")),
        Arguments.of("/var/run/docker.sock:/var/run/docker.sock",
            ServiceVolume.bind("/var/run/docker.sock", "/var/run/docker.sock")),
        Arguments.of("../shared:/shared:ro,Z,rslave,delegated",
            ServiceVolume.bind("../shared", "/shared").withReadOnly(true).withConsistency("delegated")
                .withBind(new BindOptions("rslave", null, "Z"))),
        Arguments.of("db-data:/var/lib/postgresql/data:ro,nocopy,consistent",
            ServiceVolume.volume("db-data", "/var/lib/postgresql/data").withReadOnly(true)
                .withConsistency("consistent").withVolume(new VolumeOptions(true, null))),
        Arguments.of("C:\\data:C:\\app:ro", ServiceVolume.bind("C:\\data", "C:\\app").withReadOnly(true)),
        Arguments.of("c:/data:/data", ServiceVolume.bind("c:/data", "/data")),
        Arguments.of("\\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine",
            ServiceVolume.bind("\\\\.\\pipe\\docker_engine", "\\\\.\\pipe\\docker_engine")),
        Arguments.of("${DATA_DIR:-./data}:/data", ServiceVolume.bind("${DATA_DIR:-./data}", "/data")),
        Arguments.of("data:${TARGET:-/data}", ServiceVolume.volume("data", "${TARGET:-/data}")),
        Arguments.of("a:/data", ServiceVolume.anonymous("a:/data")),
        Arguments.of("my.vol_1-x:/x", ServiceVolume.volume("my.vol_1-x", "/x")));
  }

  @ParameterizedTest
  @MethodSource("shortSyntax")
  void parsesComposeShortSyntax(String text, ServiceVolume expected) {
    assertThat(ServiceVolume.parse(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/var/lib/mysql", "./app:/app", "./app:/app:ro", "~/configs:/etc/configs/:ro", "datavolume:/var/lib/mysql",
      "/opt/data:/var/lib/mysql:z", "./cache:/tmp/cache:cached", "data:/data:nocopy", "${PWD}/x:/x",
      "/var/run/docker.sock:/var/run/docker.sock", "./a:/a:ro,Z,rshared,delegated", "data:/data:ro,nocopy,consistent",
      "C:\\data:C:\\app:ro", "\\\\.\\pipe\\docker_engine:\\\\.\\pipe\\docker_engine", "${DATA_DIR:-./data}:/data",
      "./x:${TARGET_DIR}", "db-data:/var/lib/postgresql/data", "/etc/localtime:/etc/localtime:ro",
      "./nginx.conf:/etc/nginx/nginx.conf:ro", "./src:/src:private", "vol:/v:default", "C:\\data",
      "./a:/a:z,slave", "../b:/b:shared"})
  void printsCanonicalShortSyntaxThatParsesBackToTheSameText(String canonical) {
    ServiceVolume volume = ServiceVolume.parse(canonical);

    assertThat(volume.hasShortForm()).isTrue();
    assertThat(volume.toShortSyntax()).isEqualTo(canonical);
    assertThat(volume).hasToString(canonical);
    assertThat(ServiceVolume.parse(volume.toShortSyntax())).isEqualTo(volume);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/opt/data:/var/lib/mysql:rw,z | /opt/data:/var/lib/mysql:z",
      "./a:/a:cached,ro | ./a:/a:ro,cached",
      "./a:/a:rshared,Z,ro | ./a:/a:ro,Z,rshared",
      "./a:/a:delegated,rprivate,z | ./a:/a:z,rprivate,delegated",
      "data:/data:nocopy,ro | data:/data:ro,nocopy",
      "data:/data:cached,nocopy | data:/data:nocopy,cached",
      "data:/data:rw | data:/data",
      "./app:/app:rw | ./app:/app"})
  void printsModesInCanonicalOrder(String text, String canonical) {
    ServiceVolume volume = ServiceVolume.parse(text);

    assertThat(volume.toShortSyntax()).isEqualTo(canonical);
    assertThat(ServiceVolume.parse(canonical)).isEqualTo(volume);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "./app:app | target \"app\" must be an absolute path",
      "relative | target \"relative\" must be an absolute path",
      "/data:ro | target \"ro\" must be an absolute path",
      "data:~/x | target \"~/x\" must be an absolute path",
      "./a:/a:ro:x | too many colons; expected [SOURCE:]TARGET[:MODE,...], e.g. ./app:/app:ro",
      "./a::/a | empty part between colons; expected [SOURCE:]TARGET[:MODE,...], e.g. ./app:/app:ro",
      "./a:/a: | empty part between colons; expected [SOURCE:]TARGET[:MODE,...], e.g. ./app:/app:ro",
      ":/a | empty part between colons; expected [SOURCE:]TARGET[:MODE,...], e.g. ./app:/app:ro",
      "./a:/a:ro,rw | modes ro and rw conflict",
      "./a:/a:ro,ro | mode ro is repeated",
      "./a:/a:z,Z | modes z and Z conflict",
      "./a:/a:shared,rshared | modes shared and rshared conflict",
      "./a:/a:cached,delegated | modes cached and delegated conflict",
      "data:/d:nocopy,nocopy | mode nocopy is repeated",
      "./a:/a:nocopy | mode nocopy is only valid for a named volume",
      "data:/data:z | mode z is only valid for a bind mount (a source path starting with ., /, ~ or $)",
      "data:/data:rshared | mode rshared is only valid for a bind mount (a source path starting with ., /, ~ or $)",
      "bad/name:/data | source \"bad/name\" is not a valid volume name (letters, digits, _, . and -, not starting "
          + "with .)",
      "bad@name:/data | source \"bad@name\" is not a valid volume name (letters, digits, _, . and -, not starting "
          + "with .)"})
  void rejectsInvalidShortSyntaxQuotingTheText(String text, String reason) {
    assertThatThrownBy(() -> ServiceVolume.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid volume \"" + text + "\": " + reason);
  }

  @ParameterizedTest
  @ValueSource(strings = {"./a:/a:xyz", "./a:/a:RO", "data:/data:copy", "./a:/a:ro,exec"})
  void rejectsUnknownModes(String text) {
    String mode = text.substring(text.lastIndexOf(':') + 1).replace("ro,", "");

    assertThatThrownBy(() -> ServiceVolume.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid volume \"" + text + "\": unknown mode \"" + mode + "\"; " + EXPECTED_MODE);
  }

  @Test
  void hasNoShortFormWhenASourceLeavesAVariableOpen() {
    ServiceVolume volume = ServiceVolume.bind("/${HOME", "/data").withReadOnly(true);

    assertThat(volume.hasShortForm()).isFalse();
    assertThat(ServiceVolume.parse("/${HOME:/data:ro").target()).isEqualTo("/${HOME:/data:ro");
  }

  @Test
  void rejectsEmptyModeInTheList() {
    assertThatThrownBy(() -> ServiceVolume.parse("./a:/a:ro,"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid volume \"./a:/a:ro,\": empty mode in \"ro,\"; " + EXPECTED_MODE);
  }

  @Test
  void rejectsEmptyText() {
    assertThatThrownBy(() -> ServiceVolume.parse(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid volume \"\": expected [SOURCE:]TARGET[:MODE,...], e.g. ./app:/app:ro");
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> ServiceVolume.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("shortSyntax must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "./x", "../x", "/x", "~", "~/x", "$PWD", "${PWD}", "C:\\x", "d:/x", "\\\\server\\share"})
  void readsSourcesThatLookLikePathsAsBindMounts(String source) {
    ServiceVolume volume = ServiceVolume.parse(source + ":/target");

    assertThat(volume.type()).isEqualTo(MountType.BIND);
    assertThat(volume.source()).isEqualTo(source);
    assertThat(volume.isBind()).isTrue();
    assertThat(volume.isNamedVolume()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"data", "db-data", "my_vol", "v1.2", "_private", "42"})
  void readsOtherSourcesAsNamedVolumes(String source) {
    ServiceVolume volume = ServiceVolume.parse(source + ":/target");

    assertThat(volume.type()).isEqualTo(MountType.VOLUME);
    assertThat(volume.source()).isEqualTo(source);
    assertThat(volume.isNamedVolume()).isTrue();
    assertThat(volume.isBind()).isFalse();
    assertThat(volume.isAnonymousVolume()).isFalse();
  }

  @Test
  void readsATargetAloneAsAnAnonymousVolume() {
    ServiceVolume volume = ServiceVolume.parse("/var/lib/mysql");

    assertThat(volume.type()).isEqualTo(MountType.VOLUME);
    assertThat(volume.source()).isNull();
    assertThat(volume.isAnonymousVolume()).isTrue();
    assertThat(volume.isNamedVolume()).isFalse();
  }

  @Test
  void readsASingleLetterBeforeAColonAsAWindowsDrive() {
    ServiceVolume volume = ServiceVolume.parse("c:/data");

    assertThat(volume.isAnonymousVolume()).isTrue();
    assertThat(volume.target()).isEqualTo("c:/data");
  }

  @Test
  void keepsColonsInsideVariableExpressions() {
    ServiceVolume volume = ServiceVolume.parse("${SRC:-./src}:${DST:-/app}:ro");

    assertThat(volume.source()).isEqualTo("${SRC:-./src}");
    assertThat(volume.target()).isEqualTo("${DST:-/app}");
    assertThat(volume.readOnly()).isTrue();
  }

  @Test
  void leavesCreateHostPathUnsetWhenParsing() {
    ServiceVolume volume = ServiceVolume.parse("./app:/app:z");

    assertThat(volume.bind()).isEqualTo(new BindOptions(null, null, "z"));
    assertThat(ServiceVolume.parse("./app:/app").bind()).isNull();
  }

  @Test
  void buildsFromFactories() {
    assertThat(ServiceVolume.bind("./app", "/app"))
        .isEqualTo(new ServiceVolume(MountType.BIND, "./app", "/app", false, null, null, null, null));
    assertThat(ServiceVolume.volume("data", "/data"))
        .isEqualTo(new ServiceVolume(MountType.VOLUME, "data", "/data", false, null, null, null, null));
    assertThat(ServiceVolume.anonymous("/cache"))
        .isEqualTo(new ServiceVolume(MountType.VOLUME, null, "/cache", false, null, null, null, null));
    assertThat(ServiceVolume.tmpfs("/run"))
        .isEqualTo(new ServiceVolume(MountType.TMPFS, null, "/run", false, null, null, null, null));
  }

  @Test
  void replacesComponentsWithWithers() {
    ServiceVolume volume = ServiceVolume.bind("./app", "/app")
        .withReadOnly(true)
        .withConsistency("cached")
        .withBind(new BindOptions("rshared", true, "z"));

    assertThat(volume).isEqualTo(new ServiceVolume(MountType.BIND, "./app", "/app", true, "cached",
        new BindOptions("rshared", true, "z"), null, null));
    assertThat(volume.withTarget("/srv")).extracting(ServiceVolume::target).isEqualTo("/srv");
    assertThat(volume.withReadOnly(false).readOnly()).isFalse();
    assertThat(volume.withBind(null).bind()).isNull();
    assertThat(ServiceVolume.volume("data", "/d").withVolume(new VolumeOptions(null, "sub")).volume())
        .isEqualTo(new VolumeOptions(null, "sub"));
    assertThat(ServiceVolume.tmpfs("/run").withTmpfs(new TmpfsOptions(ByteSize.ofMegabytes(64), 01777)).tmpfs())
        .isEqualTo(new TmpfsOptions(ByteSize.ofMegabytes(64), 01777));
  }

  @Test
  void storesEmptyOptionsAsNull() {
    assertThat(ServiceVolume.bind("./a", "/a").withBind(BindOptions.NONE).bind()).isNull();
    assertThat(ServiceVolume.volume("v", "/a").withVolume(VolumeOptions.NONE).volume()).isNull();
    assertThat(ServiceVolume.tmpfs("/a").withTmpfs(TmpfsOptions.NONE).tmpfs()).isNull();
    assertThat(ServiceVolume.volume("v", "/a").withBind(new BindOptions(null, null, null)))
        .isEqualTo(ServiceVolume.volume("v", "/a"));
  }

  @Test
  void rejectsMissingType() {
    assertThatThrownBy(() -> new ServiceVolume(null, "./a", "/a", false, null, null, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type must not be null");
  }

  @Test
  void rejectsMissingTarget() {
    assertThatThrownBy(() -> ServiceVolume.bind("./a", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("target must not be null");
  }

  @Test
  void rejectsEmptyTarget() {
    assertThatThrownBy(() -> ServiceVolume.anonymous(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target must not be empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"app", "./app", "~/app", "C:", "C:app", "$", "$$HOME/x", "-"})
  void rejectsRelativeTargets(String target) {
    assertThatThrownBy(() -> ServiceVolume.anonymous(target))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target \"" + target + "\" must be an absolute path");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/app", "C:\\app", "c:/app", "\\\\.\\pipe\\x", "${APP_DIR}", "${APP_DIR}/x", "$APP_DIR"})
  void acceptsAbsoluteTargets(String target) {
    assertThat(ServiceVolume.anonymous(target).target()).isEqualTo(target);
  }

  @Test
  void rejectsSourceOnTmpfs() {
    assertThatThrownBy(() -> new ServiceVolume(MountType.TMPFS, "x", "/run", false, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source must be null for a tmpfs mount, was \"x\"");
  }

  @Test
  void rejectsEmptySource() {
    assertThatThrownBy(() -> ServiceVolume.volume("", "/a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source must not be empty; use null for an anonymous volume");
    assertThatThrownBy(() -> ServiceVolume.bind("", "/a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source must not be empty");
  }

  @ParameterizedTest
  @CsvSource({"BIND, bind", "NPIPE, npipe", "IMAGE, image"})
  void requiresSourceForBindNpipeAndImageMounts(MountType type, String name) {
    assertThatThrownBy(() -> new ServiceVolume(type, null, "/a", false, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source is required for a " + name + " mount");
  }

  @Test
  void allowsClusterVolumesWithoutSource() {
    assertThat(new ServiceVolume(MountType.CLUSTER, null, "/a", false, null, null, null, null).source()).isNull();
  }

  @Test
  void rejectsMissingVolumeName() {
    assertThatThrownBy(() -> ServiceVolume.volume(null, "/a"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {".hidden", "./data", "/abs", "with space", "a:b", "x/y", "~home"})
  void rejectsInvalidVolumeNames(String name) {
    assertThatThrownBy(() -> ServiceVolume.volume(name, "/a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source \"" + name + "\" is not a valid volume name (letters, digits, _, . and -, not starting "
            + "with .)");
  }

  @Test
  void rejectsUnknownConsistency() {
    assertThatThrownBy(() -> ServiceVolume.bind("./a", "/a").withConsistency("fast"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("consistency \"fast\" must be one of consistent, cached, delegated, default");
  }

  @Test
  void rejectsBindOptionsOnOtherMountTypes() {
    assertThatThrownBy(() -> ServiceVolume.volume("data", "/d").withBind(new BindOptions(null, null, "z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bind options are only allowed on a bind mount, not on a volume mount");
    assertThatThrownBy(() -> ServiceVolume.tmpfs("/d").withBind(new BindOptions("shared", null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bind options are only allowed on a bind mount, not on a tmpfs mount");
  }

  @Test
  void rejectsVolumeOptionsOnOtherMountTypes() {
    assertThatThrownBy(() -> ServiceVolume.bind("./a", "/a").withVolume(new VolumeOptions(true, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("volume options are only allowed on a volume mount, not on a bind mount");
  }

  @Test
  void rejectsTmpfsOptionsOnOtherMountTypes() {
    assertThatThrownBy(() -> ServiceVolume.anonymous("/a").withTmpfs(new TmpfsOptions(null, 0755)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tmpfs options are only allowed on a tmpfs mount, not on a volume mount");
  }

  static Stream<Arguments> longFormOnly() {
    return Stream.of(
        Arguments.of(ServiceVolume.tmpfs("/run"), "{type: tmpfs, target: /run}"),
        Arguments.of(ServiceVolume.tmpfs("/run").withTmpfs(new TmpfsOptions(ByteSize.ofMegabytes(64), 01777)),
            "{type: tmpfs, target: /run, tmpfs: {size: 64m, mode: 01777}}"),
        Arguments.of(new ServiceVolume(MountType.NPIPE, "\\\\.\\pipe\\docker_engine", "\\\\.\\pipe\\docker_engine",
            false, null, null, null, null),
            "{type: npipe, source: \\\\.\\pipe\\docker_engine, target: \\\\.\\pipe\\docker_engine}"),
        Arguments.of(new ServiceVolume(MountType.CLUSTER, "group", "/data", false, null, null, null, null),
            "{type: cluster, source: group, target: /data}"),
        Arguments.of(new ServiceVolume(MountType.IMAGE, "alpine:3", "/img", true, null, null, null, null),
            "{type: image, source: alpine:3, target: /img, read_only: true}"),
        Arguments.of(ServiceVolume.bind("./a", "/a").withBind(new BindOptions(null, false, null)),
            "{type: bind, source: ./a, target: /a, bind: {create_host_path: false}}"),
        Arguments.of(ServiceVolume.bind("app", "/a"), "{type: bind, source: app, target: /a}"),
        Arguments.of(ServiceVolume.bind("./a:b", "/a"), "{type: bind, source: ./a:b, target: /a}"),
        Arguments.of(ServiceVolume.bind("./a", "/a:b"), "{type: bind, source: ./a, target: /a:b}"),
        Arguments.of(ServiceVolume.volume("data", "/d").withVolume(new VolumeOptions(null, "sub")),
            "{type: volume, source: data, target: /d, volume: {subpath: sub}}"),
        Arguments.of(ServiceVolume.volume("data", "/d").withVolume(new VolumeOptions(false, null)),
            "{type: volume, source: data, target: /d, volume: {nocopy: false}}"),
        Arguments.of(ServiceVolume.volume("x", "/d"), "{type: volume, source: x, target: /d}"),
        Arguments.of(ServiceVolume.volume("${VOLUME}", "/d"), "{type: volume, source: ${VOLUME}, target: /d}"),
        Arguments.of(ServiceVolume.anonymous("/d").withReadOnly(true), "{type: volume, target: /d, read_only: true}"),
        Arguments.of(ServiceVolume.anonymous("/d").withConsistency("cached"),
            "{type: volume, target: /d, consistency: cached}"),
        Arguments.of(ServiceVolume.anonymous("/d").withVolume(new VolumeOptions(true, null)),
            "{type: volume, target: /d, volume: {nocopy: true}}"),
        Arguments.of(ServiceVolume.bind("./a", "/a").withReadOnly(true).withConsistency("cached")
                .withBind(new BindOptions("rshared", false, "z")),
            "{type: bind, source: ./a, target: /a, read_only: true, consistency: cached, "
                + "bind: {propagation: rshared, create_host_path: false, selinux: z}}"));
  }

  @ParameterizedTest
  @MethodSource("longFormOnly")
  void hasNoShortFormWhenTheShortSyntaxCannotCarryIt(ServiceVolume volume, String readable) {
    assertThat(volume.hasShortForm()).isFalse();
    assertThat(volume).hasToString(readable);
    assertThatThrownBy(volume::toShortSyntax)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("volume " + readable + " can only be written in the long syntax");
  }

  @Test
  void treatsCreateHostPathTrueAsShortForm() {
    ServiceVolume volume = ServiceVolume.bind("./a", "/a").withBind(new BindOptions(null, true, "z"));

    assertThat(volume.hasShortForm()).isTrue();
    assertThat(volume.toShortSyntax()).isEqualTo("./a:/a:z");
    assertThat(ServiceVolume.parse("./a:/a:z")).isEqualTo(volume.withBind(new BindOptions(null, null, "z")));
  }

  @Test
  void buildsShortFormFromFactories() {
    assertThat(ServiceVolume.bind("./app", "/app").withReadOnly(true).toShortSyntax()).isEqualTo("./app:/app:ro");
    assertThat(ServiceVolume.volume("data", "/data").toShortSyntax()).isEqualTo("data:/data");
    assertThat(ServiceVolume.anonymous("/cache").toShortSyntax()).isEqualTo("/cache");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/var/lib/mysql | /var/lib/mysql",
      "./app:/app:ro | /app",
      "data:/data | /data",
      "~/configs:/etc/configs/:ro | /etc/configs/"})
  void usesTheContainerPathAsMergeKey(String text, String key) {
    assertThat(ServiceVolume.parse(text).mergeKey()).isEqualTo(key);
  }

  @Test
  void givesMountsOfTheSamePathTheSameMergeKey() {
    assertThat(ServiceVolume.parse("./a:/data").mergeKey())
        .isEqualTo(ServiceVolume.parse("vol:/data:ro").mergeKey())
        .isEqualTo(ServiceVolume.tmpfs("/data").mergeKey());
  }
}
