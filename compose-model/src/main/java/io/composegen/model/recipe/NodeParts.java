package io.composegen.model.recipe;

import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.ImageRef;
import io.composegen.model.dockerfile.RunMount;
import io.composegen.model.dockerfile.Stage;
import java.util.List;
import java.util.regex.Pattern;

/** What the Node.js recipes share. */
final class NodeParts {

  /** The files npm ci installs from. */
  static final List<String> PACKAGE_FILES = List.of("package.json", "package-lock.json");

  private static final Pattern SCRIPT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._-]*");
  private static final Pattern FOLDER = Pattern.compile("[A-Za-z0-9_.-][A-Za-z0-9_./-]*");

  private NodeParts() {}

  /** Returns a stage that installs the dependencies from the lock file (only production ones if asked). */
  static Stage.Builder install(String name, ImageRef image, boolean production) {
    return Stage.builder(name).from(image)
        .workdir("/app")
        .copy(Copy.of(PACKAGE_FILES, "./"))
        .run(production ? "npm ci --omit=dev" : "npm ci", RunMount.cache("/root/.npm"));
  }

  /** Checks an npm script name. */
  static String script(String name, String field) {
    if (name != null && !SCRIPT.matcher(name).matches()) {
      throw new IllegalArgumentException(field + " \"" + name
          + "\" must be an npm script name: letters, digits, ':', '.', '_' and '-'");
    }
    return name;
  }

  /** Checks a relative folder such as {@code dist}, with no trailing slash. */
  static String folder(String path, String field) {
    if (path == null || !FOLDER.matcher(path).matches() || path.endsWith("/") || path.contains("..")) {
      throw new IllegalArgumentException(field + " \"" + path
          + "\" must be a relative folder inside the project, such as dist");
    }
    return path;
  }
}
