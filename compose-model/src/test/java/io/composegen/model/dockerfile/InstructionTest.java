package io.composegen.model.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.model.units.ComposeDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstructionTest {

  @Test
  void argAndEnvNamesMustBeShellVariableNames() {
    assertThatThrownBy(() -> Arg.of("1ST"))
        .hasMessage("arg.name \"1ST\" must start with a letter or _ and contain only letters, digits and _");
    assertThatThrownBy(() -> Env.of("MY-VAR", "x"))
        .hasMessage("env name \"MY-VAR\" must start with a letter or _ and contain only letters, digits and _");
    assertThat(Arg.of("_VERSION", "1.0").defaultValue()).isEqualTo("1.0");
  }

  @Test
  void valuesMustBeOnOneLine() {
    assertThatThrownBy(() -> Env.of("GREETING", "hello\nworld"))
        .hasMessage("env.GREETING \"hello\\nworld\" must be on one line, without control characters");
    assertThatThrownBy(() -> Label.of("title", "a\rb"))
        .hasMessage("label.title \"a\\rb\" must be on one line, without control characters");
    assertThatThrownBy(() -> Arg.of("X", "\u0000"))
        .hasMessage("arg.X \"\\u0000\" must be on one line, without control characters");
  }

  @Test
  void envKeepsTheOrderOfItsVariablesAndCannotBeChanged() {
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("B", "2");
    variables.put("A", "1");
    Env env = new Env(variables);
    variables.put("C", "3");

    assertThat(env.variables().keySet()).containsExactly("B", "A");
    assertThatThrownBy(() -> env.variables().put("D", "4")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new Env(Map.of())).hasMessage("env must set at least one variable");
  }

  @Test
  void runTakesExactlyOneFormAndOneLine() {
    assertThatThrownBy(() -> new Run(null, List.of(), List.of()))
        .hasMessage("run needs a command: a shell command line or an exec-form argument list");
    assertThatThrownBy(() -> new Run("ls", List.of("ls"), List.of()))
        .hasMessage("run takes a shell command line or an exec-form argument list, not both");
    assertThatThrownBy(() -> Run.shell("apt-get update\napt-get install -y curl"))
        .hasMessage("run \"apt-get update\\napt-get install -y curl\" must be on one line, without control characters");
    assertThatThrownBy(() -> Run.shell("echo a \\"))
        .hasMessage("run \"echo a \\\" must not end with a backslash, which would continue the instruction on the "
            + "next line");
    assertThat(Run.exec("sh", "-c", "a\nb").exec()).containsExactly("sh", "-c", "a\nb");
  }

  @Test
  void runMountsAddInOrderAndCheckTheirOptions() {
    Run run = Run.shell("mvn package").withMount(RunMount.cache("/root/.m2"))
        .withMount(RunMount.secret("token", null));

    assertThat(run.mounts()).containsExactly(RunMount.cache("/root/.m2"), new RunMount.Secret("token", null, true));
    assertThatThrownBy(() -> RunMount.cache("/a,b"))
        .hasMessage("mount.target \"/a,b\" must not contain commas");
    assertThatThrownBy(() -> RunMount.cache("/my cache"))
        .hasMessage("mount.target \"/my cache\" must not contain whitespace, quotes or backslashes");
    assertThat(RunMount.cache("/c").withSharing(RunMount.Sharing.LOCKED).sharing().value()).isEqualTo("locked");
  }

  @Test
  void copyWithSeveralSourcesNeedsADirectoryDestination() {
    assertThatThrownBy(() -> Copy.of(List.of("a", "b"), "/app"))
        .hasMessage("copy.dest \"/app\" must end with / when copying several sources into it");
    assertThat(Copy.of(List.of("a", "b"), "/app/").sources()).containsExactly("a", "b");
  }

  @Test
  void copyChecksOwnerModeAndPaths() {
    assertThatThrownBy(() -> Copy.of("a", "b").withChmod("755x"))
        .hasMessage("copy.chmod \"755x\" must be 3 or 4 octal digits, such as 0755");
    assertThatThrownBy(() -> Copy.of("a", "b").withChown("app user"))
        .hasMessage("copy.chown \"app user\" must not contain whitespace, quotes or backslashes");
    assertThatThrownBy(() -> Copy.of("it's", "b"))
        .hasMessage("copy.sources[0] \"it's\" must not contain quotes or backslashes");
    assertThat(Copy.of("my file", "/dest dir/").dest()).isEqualTo("/dest dir/");
  }

  @Test
  void copyTellsWhetherItCopiesTheWholeContext() {
    assertThat(Copy.of(".", ".").copiesWholeContext()).isTrue();
    assertThat(Copy.of("./", "/app/").copiesWholeContext()).isTrue();
    assertThat(Copy.of("src", "./src").copiesWholeContext()).isFalse();
    assertThat(Copy.fromStage("build", ".", ".").copiesWholeContext()).isFalse();
  }

  @Test
  void addRejectsLocalSourcesPointingToCopy() {
    assertThatThrownBy(() -> Add.of("app.tar.gz", "/opt/"))
        .hasMessage("add.sources[0] \"app.tar.gz\" is a local path: use COPY for files from the build context; "
            + "ADD is only for remote URLs");
    assertThat(Add.of("https://example.com/x.tgz", "/opt/").sources()).containsExactly("https://example.com/x.tgz");
    assertThat(Add.of("git@github.com:acme/repo.git", "/src").dest()).isEqualTo("/src");
  }

  @Test
  void addChecksumIsForOneHttpSource() {
    String sum = "sha256:" + "ab".repeat(32);
    assertThatThrownBy(() -> Add.of("git@github.com:acme/repo.git", "/src").withChecksum(sum))
        .hasMessage("add.checksum applies to a single HTTP(S) source only");
    assertThatThrownBy(() -> Add.of("https://example.com/x", "/x").withChecksum("md5:00"))
        .hasMessage("add.checksum \"md5:00\" must be sha256: followed by 64 lowercase hex digits");
  }

  @Test
  void exposeChecksPortAndProtocol() {
    assertThatThrownBy(() -> Expose.tcp(0)).hasMessage("expose.port must be between 1 and 65535, got 0");
    assertThatThrownBy(() -> Expose.tcp(65536)).hasMessage("expose.port must be between 1 and 65535, got 65536");
    assertThatThrownBy(() -> new Expose(80, "sctp")).hasMessage("expose.protocol \"sctp\" must be tcp or udp");
    assertThat(Expose.udp(53).protocol()).isEqualTo("udp");
  }

  @Test
  void userTellsRootAndNumericIds() {
    assertThat(User.parse("root").isRoot()).isTrue();
    assertThat(User.parse("0:0").isRoot()).isTrue();
    assertThat(User.parse("000").isRoot()).isTrue();
    assertThat(User.of(10001, 10001).isRoot()).isFalse();
    assertThat(User.of(10001, 10001).isNumeric()).isTrue();
    assertThat(User.parse("app:app").isNumeric()).isFalse();
    assertThat(User.parse("10001:10001").spec()).isEqualTo("10001:10001");
    assertThatThrownBy(() -> User.of(-1, 0)).hasMessage("user ids must not be negative, got -1:0");
  }

  @Test
  void workdirTellsAbsolutePaths() {
    assertThat(new Workdir("/app").isAbsolute()).isTrue();
    assertThat(new Workdir("$HOME/app").isAbsolute()).isTrue();
    assertThat(new Workdir("app").isAbsolute()).isFalse();
    assertThatThrownBy(() -> new Workdir("/my app"))
        .hasMessage("workdir \"/my app\" must not contain whitespace, quotes or backslashes");
  }

  @Test
  void healthcheckIsExecFormOrNoneWithTimingsOfAtLeastOneMillisecond() {
    assertThat(Healthcheck.none().isNone()).isTrue();
    assertThatThrownBy(() -> new Healthcheck(List.of(), ComposeDuration.ofSeconds(1), null, null, null))
        .hasMessage("healthcheck NONE takes no options");
    assertThatThrownBy(() -> Healthcheck.cmd("true").withTiming(ComposeDuration.ZERO, null, null, null))
        .hasMessage("healthcheck.interval must be at least 1ms, got 0s; leave it out for the default");
    assertThatThrownBy(() -> Healthcheck.cmd("true").withTiming(null, null, ComposeDuration.parse("500us"), null))
        .hasMessage("healthcheck.startPeriod must be at least 1ms, got 500us; leave it out for the default");
    assertThatThrownBy(() -> Healthcheck.cmd("true").withTiming(null, null, null, 0))
        .hasMessage("healthcheck.retries must be at least 1, got 0");
    assertThatThrownBy(() -> Healthcheck.cmd(" ", "x"))
        .hasMessage("healthcheck.command[0] (the executable) must not be blank");
  }

  @Test
  void entrypointNeedsAnExecutableButCmdMayBeEmpty() {
    assertThatThrownBy(() -> Entrypoint.of())
        .hasMessage("entrypoint must have at least one element (the executable)");
    assertThat(Cmd.of().args()).isEmpty();
    assertThatThrownBy(() -> new Cmd(new ArrayList<>(java.util.Arrays.asList("a", null))))
        .hasMessage("cmd[1] must not be null");
  }

  @Test
  void labelKeysAreRestrictedAndStopSignalIsASignal() {
    assertThatThrownBy(() -> Label.of("my label", "x"))
        .hasMessage("label key \"my label\" must start with a letter or digit and contain only letters, digits, "
            + "'.', '_', '-' and '/'");
    assertThat(new StopSignal("SIGRTMIN+3").signal()).isEqualTo("SIGRTMIN+3");
    assertThatThrownBy(() -> new StopSignal("TERM"))
        .hasMessage("stopSignal \"TERM\" must be a signal name such as SIGTERM or a signal number");
  }

  @Test
  void everyInstructionNamesItsKeyword() {
    List<Instruction> all = List.of(Arg.of("A"), Env.of("A", "1"), Run.shell("true"), Copy.of("a", "b"),
        Add.of("https://x.io/a", "/a"), new Workdir("/w"), User.of(1, 1), Expose.tcp(80), Healthcheck.none(),
        Entrypoint.of("e"), Cmd.of("c"), Label.of("l", "v"), Volume.of("/v"), new StopSignal("SIGTERM"),
        Shell.of("/bin/sh", "-c"));

    assertThat(all).extracting(Instruction::keyword).containsExactly("ARG", "ENV", "RUN", "COPY", "ADD", "WORKDIR",
        "USER", "EXPOSE", "HEALTHCHECK", "ENTRYPOINT", "CMD", "LABEL", "VOLUME", "STOPSIGNAL", "SHELL");
  }
}
