package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code COPY} instruction: files from the build context, a previous stage or an image; immutable.
 *
 * <p>Paths may contain spaces (renderers then use the JSON form) but no quotes or backslashes; {@code $NAME}
 * refers to build variables. With several sources the destination must be a directory ending in {@code /}, as
 * Docker requires.
 *
 * @param sources the source paths or patterns in order; at least one; never null
 * @param dest the destination path; never null
 * @param from a previous stage's name or index, or an image; null for the build context
 * @param chown the owner of the copied files, {@code user[:group]}; null to keep root
 * @param chmod the permissions of the copied files in octal, such as {@code 0755}; null to keep them
 * @param link true for {@code --link}: copy into an independent layer that survives base image changes
 */
public record Copy(List<String> sources, String dest, String from, String chown, String chmod, boolean link)
    implements Instruction {

  private static final Pattern OCTAL = Pattern.compile("[0-7]{3,4}");

  /** Copies the sources and checks every field, naming the offending one. */
  public Copy {
    sources = Copies.list(sources, "copy.sources");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("copy.sources must name at least one source");
    }
    for (int i = 0; i < sources.size(); i++) {
      Checks.path(sources.get(i), "copy.sources[" + i + "]");
    }
    Checks.path(Objects.requireNonNull(dest, "copy.dest must not be null"), "copy.dest");
    if (sources.size() > 1 && !dest.endsWith("/")) {
      throw new IllegalArgumentException("copy.dest \"" + dest
          + "\" must end with / when copying several sources into it");
    }
    if (from != null) {
      Checks.word(from, "copy.from");
    }
    if (chown != null) {
      User.parse(Checks.word(chown, "copy.chown"));
    }
    if (chmod != null && !OCTAL.matcher(chmod).matches()) {
      throw new IllegalArgumentException("copy.chmod \"" + Checks.printable(chmod)
          + "\" must be 3 or 4 octal digits, such as 0755");
    }
  }

  /** Returns a COPY of one source from the build context. */
  public static Copy of(String source, String dest) {
    return new Copy(List.of(Objects.requireNonNull(source, "copy.sources[0]")), dest, null, null, null, false);
  }

  /** Returns a COPY of several sources from the build context into a directory ending in {@code /}. */
  public static Copy of(List<String> sources, String dest) {
    return new Copy(sources, dest, null, null, null, false);
  }

  /** Returns a COPY of one path from a previous stage (or an image). */
  public static Copy fromStage(String stage, String source, String dest) {
    return new Copy(List.of(Objects.requireNonNull(source, "copy.sources[0]")), dest,
        Objects.requireNonNull(stage, "copy.from"), null, null, false);
  }

  /** Returns a copy taking the files from the given stage or image. */
  public Copy withFrom(String stageOrImage) {
    return new Copy(sources, dest, stageOrImage, chown, chmod, link);
  }

  /** Returns a copy whose files belong to {@code owner}, {@code user[:group]}. */
  public Copy withChown(String owner) {
    return new Copy(sources, dest, from, owner, chmod, link);
  }

  /** Returns a copy whose files get the given octal permissions. */
  public Copy withChmod(String mode) {
    return new Copy(sources, dest, from, chown, mode, link);
  }

  /** Returns a copy with {@code --link} set as given. */
  public Copy withLink(boolean linked) {
    return new Copy(sources, dest, from, chown, chmod, linked);
  }

  /** Tells whether this copies the whole build context ({@code .} or {@code ./} from the context). */
  public boolean copiesWholeContext() {
    return from == null && sources.stream().anyMatch(s -> s.equals(".") || s.equals("./"));
  }

  @Override
  public String keyword() {
    return "COPY";
  }
}
