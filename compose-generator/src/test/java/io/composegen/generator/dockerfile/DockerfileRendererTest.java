package io.composegen.generator.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.composegen.generator.write.GeneratedMark;
import io.composegen.generator.write.MarkStatus;
import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.Healthcheck;
import io.composegen.model.dockerfile.Run;
import io.composegen.model.dockerfile.RunMount;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.units.ComposeDuration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileRendererTest {

  @Test
  void rendersTheSyntaxDirectiveThenTheMarkThenStagesSeparatedByBlankLines() {
    Dockerfile dockerfile = Dockerfile.of(
        Stage.builder("build").from("alpine:3.20").workdir("/src").run("make").build(),
        Stage.builder("runtime").from("alpine:3.20").copy(Copy.fromStage("build", "/src/app", "/app"))
            .user(10001, 10001).entrypoint("/app").build());

    String text = DockerfileRenderer.render(dockerfile);

    String[] lines = text.split("\n", -1);
    assertThat(lines[0]).isEqualTo("# syntax=docker/dockerfile:1");
    assertThat(lines[1]).startsWith(GeneratedMark.PREFIX);
    assertThat(GeneratedMark.inspect(text)).isEqualTo(MarkStatus.INTACT);
    assertThat(text.substring(text.indexOf('\n', lines[0].length() + 1) + 1)).isEqualTo("""

        FROM alpine:3.20 AS build
        WORKDIR /src
        RUN make

        FROM alpine:3.20 AS runtime
        COPY --from=build /src/app /app
        USER 10001:10001
        ENTRYPOINT ["/app"]
        """);
  }

  @Test
  void wrapsALongRunAtEachAndOutsideQuotes() {
    Run run = Run.shell("apt-get update && apt-get install -y --no-install-recommends curl ca-certificates "
        + "&& echo 'done && dusted' && rm -rf /var/lib/apt/lists/*");

    assertThat(DockerfileViews.lines(run)).containsExactly(
        "apt-get update",
        "&& apt-get install -y --no-install-recommends curl ca-certificates",
        "&& echo 'done && dusted'",
        "&& rm -rf /var/lib/apt/lists/*");
  }

  @Test
  void keepsAShortRunOnOneLine() {
    Run run = Run.shell("npm ci").withMount(RunMount.cache("/root/.npm"));

    assertThat(DockerfileViews.lines(run)).containsExactly("--mount=type=cache,target=/root/.npm npm ci");
  }

  @Test
  void putsMountsThatDoNotFitTogetherOnALineEach() {
    Run run = Run.shell("pip install -r requirements.txt")
        .withMount(RunMount.cache("/root/.cache/pip").withSharing(RunMount.Sharing.LOCKED))
        .withMount(RunMount.secret("pip-conf", "/etc/pip.conf"));

    assertThat(DockerfileViews.lines(run)).containsExactly(
        "--mount=type=cache,target=/root/.cache/pip,sharing=locked",
        "--mount=type=secret,id=pip-conf,target=/etc/pip.conf,required=true",
        "pip install -r requirements.txt");
  }

  @Test
  void leavesALongCommandWithoutAndOnOneLine() {
    String command = "echo " + "x".repeat(100);

    assertThat(DockerfileViews.lines(Run.shell(command))).containsExactly(command);
  }

  @Test
  void splitsOnlyAtAndsBetweenCommands() {
    assertThat(DockerfileViews.splitAtAnd("a && b \"c && d\" && e\\ &&f")).containsExactly("a", "b \"c && d\"",
        "e\\ &&f");
    assertThat(DockerfileViews.splitAtAnd("&& a")).containsExactly("&& a");
  }

  @Test
  void usesTheJsonFormForCopyPathsWithSpaces() {
    Copy copy = Copy.of(List.of("my file.txt", "b"), "/dest dir/").withChown("1:1");

    assertThat(DockerfileViews.lines(copy))
        .containsExactly("--chown=1:1 [\"my file.txt\", \"b\", \"/dest dir/\"]");
  }

  @Test
  void putsHealthcheckCmdOnItsOwnLineWhenLong() {
    Healthcheck check = new Healthcheck(List.of("python", "-c", "import urllib.request"),
        ComposeDuration.ofSeconds(30), ComposeDuration.ofSeconds(5), ComposeDuration.ofSeconds(10), 3);

    assertThat(DockerfileViews.lines(check)).containsExactly(
        "--interval=30s --timeout=5s --start-period=10s --retries=3",
        "CMD [\"python\", \"-c\", \"import urllib.request\"]");
    assertThat(DockerfileViews.lines(Healthcheck.cmd("true"))).containsExactly("CMD [\"true\"]");
    assertThat(DockerfileViews.lines(Healthcheck.none())).containsExactly("NONE");
  }

  @Test
  void rendersAPlatformFlag() {
    Stage stage = Stage.builder("build").platform("$BUILDPLATFORM").from("golang:1.23").build();

    assertThat(DockerfileViews.of(Dockerfile.of(stage)).stages().get(0).from())
        .isEqualTo("--platform=$BUILDPLATFORM golang:1.23 AS build");
  }

  @Test
  void rendersTheCommonDockerignoreEntriesThenTheProjectsWithoutRepeats() {
    String text = DockerfileRenderer.renderDockerignore(List.of("**/target/", ".git", "*.log"));

    assertThat(GeneratedMark.inspect(text)).isEqualTo(MarkStatus.INTACT);
    String body = text.substring(text.indexOf('\n') + 1);
    assertThat(body).startsWith("# Version control, editors and operating systems\n.git\n.hg\n")
        .contains("\n# Secrets: never part of an image\n**/.env\n**/.env.*\n!**/.env.example\n**/*.pem\n**/*.key\n"
            + "secrets/\n")
        .endsWith("\n\n# Build outputs and dependencies, made inside the image\n**/target/\n*.log\n");
    assertThat(body.lines().filter(".git"::equals)).hasSize(1);
  }

  @Test
  void rejectsDockerignoreEntriesThatWouldChangeMeaning() {
    assertThatThrownBy(() -> DockerfileRenderer.renderDockerignore(List.of("#notes")))
        .hasMessage("dockerignore[0] \"#notes\" starts with #, which makes it a comment; write \\# for a file name "
            + "starting with #");
    assertThatThrownBy(() -> DockerfileRenderer.renderDockerignore(List.of("ok", "a\nb")))
        .hasMessage("dockerignore[1] \"a\\nb\" must be one line");
    assertThatThrownBy(() -> DockerfileRenderer.renderDockerignore(List.of(" x")))
        .hasMessage("dockerignore[0] \" x\" must not be blank or start or end with whitespace");
  }
}
