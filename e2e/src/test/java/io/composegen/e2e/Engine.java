package io.composegen.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The container engine the tests use: Podman's Docker-compatible socket, made ready by {@code scripts/engine.sh}.
 *
 * <p>When the socket already answers (a developer or CI started it), the tests use it as it is. Otherwise the
 * first test class starts it ({@code engine.sh up}: install, socket, stand-in images) and the engine is stopped
 * again when every test has run. Images the tests build are removed at the end either way.
 */
final class Engine implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

  static final Path ROOT = Path.of(System.getProperty("composegen.root", "..")).toAbsolutePath().normalize();
  static final Path SCRIPT = ROOT.resolve("scripts/engine.sh");

  private static final Map<String, String> ENV = new LinkedHashMap<>();
  private static final Set<String> BUILT_IMAGES = new LinkedHashSet<>();
  private static boolean ready;
  private static boolean startedHere;

  static synchronized Map<String, String> environment() {
    if (ENV.isEmpty()) {
      ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), "env");
      try {
        Process process = builder.start();
        String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        process.waitFor();
        for (String line : text.split("\n")) {
          if (line.startsWith("export ")) {
            String[] pair = line.substring("export ".length()).split("=", 2);
            ENV.put(pair[0], pair[1].replace("'", ""));
          }
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return ENV;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    synchronized (Engine.class) {
      if (ready) {
        return;
      }
      boolean answering = Cmd.run(ROOT, Duration.ofSeconds(30), List.of("docker", "version")).ok();
      if (!answering) {
        System.out.println("[e2e] starting the engine: scripts/engine.sh up");
        Cmd.run(ROOT, Duration.ofMinutes(30), List.of("bash", SCRIPT.toString(), "up")).check();
        startedHere = true;
      } else {
        // The socket answers; make sure the stand-ins exist (cached: a no-op when they do).
        Cmd.run(ROOT, Duration.ofMinutes(30), List.of("bash", SCRIPT.toString(), "images")).check();
      }
      ready = true;
      context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Engine.class.getName(), this);
    }
  }

  /** Records an image a test built, to be removed when all tests have run. */
  static synchronized void built(String image) {
    BUILT_IMAGES.add(image);
  }

  @Override
  public void close() {
    List<String> images = new ArrayList<>(BUILT_IMAGES);
    if (!images.isEmpty()) {
      List<String> rmi = new ArrayList<>(List.of("podman", "rmi", "-f"));
      rmi.addAll(images);
      System.out.println("[e2e] removing test images " + images);
      Cmd.run(ROOT, Duration.ofMinutes(2), rmi);
      Cmd.run(ROOT, Duration.ofMinutes(2), List.of("podman", "image", "prune", "-f"));
    }
    if (startedHere) {
      System.out.println("[e2e] stopping the engine this run started");
      Cmd.run(ROOT, Duration.ofMinutes(1), List.of("bash", SCRIPT.toString(), "stop"));
    }
  }

  static boolean exists(Path path) {
    return Files.exists(path);
  }
}
