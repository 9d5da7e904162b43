package io.composegen.generator.imports;

import io.composegen.model.service.BuildSpec;
import io.composegen.model.service.EnvFile;
import io.composegen.model.service.MountType;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceVolume;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Moves the relative paths of a service from the folder of the file that declares them to another folder, as
 * Compose does for a service {@code extends} takes from a file in another folder: the build context, each
 * {@code env_file} and the source of each bind mount keep pointing at the same place.
 *
 * <p>Absolute paths, paths under the home folder ({@code ~}, {@code ${HOME}}) or the shell's folder
 * ({@code ${PWD}}, the same from every file) and remote build contexts stay as written; the
 * Dockerfile stays as written too, since it is relative to the build context. A path that starts with a variable
 * ({@code ${DATA}/db}) cannot be moved, since only Compose knows its value: it is kept and handed to the caller.
 */
final class RelativePaths {

  private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("[A-Za-z]:[\\\\/].*");

  /** Variables that hold absolute folders of the shell Compose runs in, the same from every file. */
  private static final Pattern SHELL_FOLDER = Pattern.compile("\\$(\\{(?:PWD|HOME)\\}|(?:PWD|HOME)\\b).*");

  private RelativePaths() {}

  /**
   * Returns {@code service} with its relative paths moved from folder {@code from} to folder {@code to}.
   *
   * @param from the folder the paths are relative to, absolute and normalised
   * @param to the folder they are to be relative to, absolute and normalised
   * @param unmovable receives each path that starts with a variable, as written
   */
  static Service rebase(Service service, Path from, Path to, Consumer<String> unmovable) {
    if (from.equals(to)) {
      return service;
    }
    Service.Builder out = service.toBuilder();
    BuildSpec build = service.build();
    if (build != null && !isRemote(build.context())) {
      String context = build.context() == null ? "." : build.context();
      out.build(build.toBuilder().context(rebase(context, from, to, unmovable)).build());
    }
    List<EnvFile> envFiles = new ArrayList<>();
    for (EnvFile envFile : service.envFiles()) {
      envFiles.add(new EnvFile(rebase(envFile.path(), from, to, unmovable), envFile.required()));
    }
    out.envFiles(envFiles);
    List<ServiceVolume> volumes = new ArrayList<>();
    for (ServiceVolume v : service.volumes()) {
      volumes.add(v.type() != MountType.BIND ? v : new ServiceVolume(v.type(), rebase(v.source(), from, to,
          unmovable), v.target(), v.readOnly(), v.consistency(), v.bind(), v.volume(), v.tmpfs()));
    }
    out.volumes(volumes);
    return out.build();
  }

  /**
   * Returns {@code path}, relative to {@code from}, relative to {@code to} instead: {@code ./}-prefixed unless it
   * leads out with {@code ../}, so that a bind mount's short syntax still reads as a path.
   */
  static String rebase(String path, Path from, Path to, Consumer<String> unmovable) {
    if (path.startsWith("/") || path.startsWith("\\") || path.startsWith("~")
        || WINDOWS_ABSOLUTE.matcher(path).matches() || SHELL_FOLDER.matcher(path).matches()) {
      return path;
    }
    if (path.startsWith("$") && !path.startsWith("$$")) {
      unmovable.accept(path);
      return path;
    }
    String moved = to.relativize(from.resolve(path).normalize()).toString().replace('\\', '/');
    if (moved.isEmpty()) {
      return ".";
    }
    return moved.equals("..") || moved.startsWith("../") ? moved : "./" + moved;
  }

  private static boolean isRemote(String context) {
    return context != null && (context.contains("://") || context.startsWith("git@")
        || context.startsWith("github.com/"));
  }
}
