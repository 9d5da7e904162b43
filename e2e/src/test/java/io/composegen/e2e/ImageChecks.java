package io.composegen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** What every image built from a generated Dockerfile must show when it runs. */
final class ImageChecks {

  /** Build tools, compilers and package caches that belong in a build stage, never in the final image. */
  private static final String LEFTOVERS = "for t in javac mvn gcc cc make; do "
      + "p=$(command -v $t) && echo \"tool: $t at $p\"; done; "
      + "for d in /root/.m2 /root/.cache/pip /root/.npm /build /app/target; do "
      + "[ -e \"$d\" ] && echo \"leftover: $d\"; done; true";

  private ImageChecks() {}

  /** Checks the container of {@code service}: its main process runs as a non-zero uid, and no tool is left in it. */
  static void check(ComposeProject project, Map<String, JsonNode> containers, String service) {
    JsonNode container = containers.get(service);
    assertThat(container).as("a container for service %s", service).isNotNull();
    String id = container.path("Id").asText();

    String status = project.exec(id, null, "cat", "/proc/1/status").check().stdout();
    String uid = status.lines().filter(l -> l.startsWith("Uid:")).findFirst().orElse("Uid: ?")
        .split("\\s+")[1];
    System.out.println("[e2e] " + project.name + "/" + service + ": pid 1 runs as uid " + uid);
    assertThat(uid).as("uid of service %s's main process", service).isNotEqualTo("0").matches("\\d+");
    assertThat(project.exec(id, null, "id", "-u").check().stdout().trim())
        .as("uid of a command run in service %s", service).isNotEqualTo("0");

    String leftovers = project.exec(id, "0", "sh", "-c", LEFTOVERS).check().stdout().trim();
    assertThat(leftovers).as("build tools or caches in service %s's image", service).isEmpty();
  }
}
