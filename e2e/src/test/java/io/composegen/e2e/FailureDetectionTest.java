package io.composegen.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The suite can fail: a broken copy of a generated Dockerfile, or a failing healthcheck, is caught. */
@ExtendWith(Engine.class)
class FailureDetectionTest {

  @TempDir
  Path scratch;

  @Test
  void aDockerfileThatCopiesAMissingFileFailsTheBuild() {
    ComposeProject project = ComposeProject.copyOf("examples/project-allocation", scratch)
        .edit("app/Dockerfile", "COPY requirements.txt ./", "COPY requirements-lost.txt ./");
    ComposeProject.Build build = project.builds(ComposeProject.prodFiles()).get(0);
    ComposeProject.Build broken = new ComposeProject.Build(build.service(), "composegen-e2e-broken",
        build.context(), build.dockerfile(), build.target());

    assertThatThrownBy(() -> project.podmanBuild(broken))
        .isInstanceOf(Cmd.CommandFailedException.class)
        .hasMessageContaining("requirements-lost.txt");
  }

  @Test
  void aFailingHealthcheckFailsTheWait() {
    try (ComposeProject project = ComposeProject.copyOf("examples/project-allocation", scratch)) {
      project.podmanBuild(project.builds(ComposeProject.prodFiles()).get(0));
      // The dev layer mounts ./app, so the broken health route is live without a rebuild; the check runs often.
      project.edit("app/main.py", "    redis.ping()\n    return \"ok\\n\"", "    return \"broken\\n\", 500")
          .write("compose.broken.yaml", """
              services:
                web:
                  healthcheck:
                    test: ["CMD-SHELL", "python -c \\"import urllib.request; urllib.request.urlopen('http://127.0.0.1:5000/health', timeout=2)\\""]
                    interval: 2s
                    timeout: 2s
                    retries: 1
                    start_period: 1s
              """);
      List<String> files = new ArrayList<>(project.devFiles());
      files.add("compose.broken.yaml");
      project.up(files);

      assertThatThrownBy(() -> project.awaitHealthy(Duration.ofMinutes(2)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("service web is unhealthy");
      assertThat(project.containers()).containsKey("web");
    }
  }
}
