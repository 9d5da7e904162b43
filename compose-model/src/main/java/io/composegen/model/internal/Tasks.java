package io.composegen.model.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Waiting for work done on another core, shared by the model and the generator. Internal: not part of the public
 * API.
 */
public final class Tasks {

  private Tasks() {}

  /**
   * Waits for {@code task} and returns its result, or throws what it threw as it was thrown (not wrapped in a
   * {@link CompletionException}), so that a caller sees the same exception as if the work had run on its thread.
   */
  public static <T> T join(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }
}
