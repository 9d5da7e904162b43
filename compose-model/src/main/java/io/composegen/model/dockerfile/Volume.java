package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import java.util.List;

/**
 * A {@code VOLUME} instruction declaring mount points; immutable.
 *
 * @param paths the container paths in order, without quotes or backslashes; at least one; never null
 */
public record Volume(List<String> paths) implements Instruction {

  /** Copies and checks the paths. */
  public Volume {
    paths = Copies.list(paths, "volume");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("volume must declare at least one path");
    }
    for (int i = 0; i < paths.size(); i++) {
      Checks.path(paths.get(i), "volume[" + i + "]");
    }
  }

  /** Returns a VOLUME of the given paths. */
  public static Volume of(String... paths) {
    return new Volume(List.of(paths));
  }

  @Override
  public String keyword() {
    return "VOLUME";
  }
}
