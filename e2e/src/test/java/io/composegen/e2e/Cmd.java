package io.composegen.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a command with the engine's environment and a time limit, capturing its output. */
final class Cmd {

  /** What a command did. */
  record Result(List<String> command, int exitCode, String stdout, String stderr, Duration took) {

    boolean ok() {
      return exitCode == 0;
    }

    /** Returns this result when the command succeeded, else throws with its output. */
    Result check() {
      if (!ok()) {
        throw new CommandFailedException(this);
      }
      return this;
    }

    String describe() {
      return String.join(" ", command) + " exited " + exitCode + " after " + took.toSeconds() + " s\n--- stdout\n"
          + tail(stdout) + "\n--- stderr\n" + tail(stderr);
    }

    private static String tail(String text) {
      return text.length() <= 6000 ? text : "...\n" + text.substring(text.length() - 6000);
    }
  }

  /** A command that exited with a status other than 0. */
  static final class CommandFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Result result;

    CommandFailedException(Result result) {
      super(result.describe());
      this.result = result;
    }

    Result result() {
      return result;
    }
  }

  private Cmd() {}

  static Result run(Path dir, Duration limit, List<String> command) {
    return run(dir, limit, Map.of(), command);
  }

  static Result run(Path dir, Duration limit, Map<String, String> env, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(Engine.environment());
    builder.environment().putAll(env);
    long start = System.nanoTime();
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        return new Result(command, -1, out.join(), err.join() + "\n(killed after " + limit.toSeconds() + " s)",
            Duration.ofNanos(System.nanoTime() - start));
      }
      return new Result(command, process.exitValue(), out.join(), err.join(),
          Duration.ofNanos(System.nanoTime() - start));
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(could not read: " + e.getMessage() + ")";
    }
  }
}
