package io.composegen.generator.write;

/**
 * Tells what {@link FileSetWriter}, or a generate that found nothing to do, did with one file.
 */
public enum WriteStatus {
  /** The file did not exist and was created. */
  CREATED,
  /** The file existed with other content and was replaced. */
  WRITTEN,
  /** The file already had exactly the new content and was not touched. */
  UNCHANGED,
  /**
   * The file, {@code <name>.bak}, now holds the old content of file {@code <name>}, which a forced run overwrote
   * although composegen had not generated it or it was edited since; an earlier backup there was replaced.
   */
  BACKED_UP,
  /**
   * Nothing was rendered or written: the model and options are those of the last run, which wrote this file, and the
   * file still holds exactly what that run wrote ({@code ComposeGenerator.Builder#state}).
   */
  UP_TO_DATE
}
