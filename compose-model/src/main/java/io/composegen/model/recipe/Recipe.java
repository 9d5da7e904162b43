package io.composegen.model.recipe;

import io.composegen.model.dockerfile.Dockerfile;
import java.util.List;

/**
 * A ready-made way to build an image: a Dockerfile computed from a few parameters, plus the build-context
 * entries to leave out; implementations are immutable.
 *
 * <p>Every recipe keeps to the same rules: dependencies are installed before the sources are copied, so editing
 * code reuses the dependency layer; package caches live in cache mounts and compilers in build stages, so the
 * final stage has neither; the image runs as a numeric non-root user and owns its files through
 * {@code COPY --chown}; the app port is exposed; a healthcheck is declared only when it calls a program that the
 * final image has; labels follow the OCI annotation keys and carry no timestamps, so the same parameters give
 * the same Dockerfile.
 */
public interface Recipe {

  /** Returns the Dockerfile, the same for the same parameters. */
  Dockerfile dockerfile();

  /**
   * Returns the {@code .dockerignore} entries specific to this recipe (build outputs, dependency folders), in
   * order; the generator adds the entries every context needs (VCS folders, secrets, editor files).
   */
  List<String> dockerignore();

  /** Returns the name of the stage that makes the image, the last one of {@link #dockerfile()}. */
  default String finalStage() {
    return dockerfile().finalStage().name();
  }

  /** Returns the port the application listens on, which the image exposes. */
  int port();

  /**
   * A mutable builder of a recipe; not thread-safe.
   *
   * @param <R> the recipe it builds
   */
  interface Builder<R extends Recipe> {

    /** Returns the immutable recipe; checks the parameters. */
    R build();
  }
}
