package io.composegen.generator.validate.dockerfile;

import io.composegen.generator.validate.Problem;
import io.composegen.generator.validate.Rule;
import io.composegen.generator.validate.RuleRegistry;
import io.composegen.model.ModelPath;
import io.composegen.model.dockerfile.Arg;
import io.composegen.model.dockerfile.Cmd;
import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.Entrypoint;
import io.composegen.model.dockerfile.Env;
import io.composegen.model.dockerfile.Healthcheck;
import io.composegen.model.dockerfile.ImageRef;
import io.composegen.model.dockerfile.Instruction;
import io.composegen.model.dockerfile.Run;
import io.composegen.model.dockerfile.RunMount;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.dockerfile.User;
import io.composegen.model.dockerfile.Workdir;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds risky or wasteful constructs in a Dockerfile model: the {@code CG3xx} rules of {@link RuleRegistry}.
 *
 * <p>Problems carry the path of the offending stage or instruction, such as
 * {@code stages.runtime.instructions[3]}, and come sorted. Commands are checked as text, per {@code &&}, {@code ;}
 * or {@code |} separated segment, so a check can be fooled by commands built at run time; it errs on the side of
 * silence.
 */
public final class DockerfileLint {

  private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("&&|\\|\\||;|\\|");
  private static final Pattern SUDO = Pattern.compile("(?:^|[\\s(])sudo(?:\\s|$)");
  private static final Pattern APT_INSTALL = Pattern.compile("(?:^|\\s|/)apt-get\\s+(?:\\S+\\s+)*?install(?:\\s|$)");
  private static final Pattern APT_GET =
      Pattern.compile("(?:^|\\s|/)apt-get\\s+(?:\\S+\\s+)*?(?:install|update)(?:\\s|$)");
  private static final Pattern YES = Pattern.compile("(?:^|\\s)(?:-[a-zA-Z]*y[a-zA-Z]*|--yes|--assume-yes)(?:\\s|$)");
  private static final Pattern PIP_INSTALL =
      Pattern.compile("(?:^|[\\s/])(?:pip[0-9.]*|-m\\s+pip)\\s+install(?:\\s|$)");
  private static final Pattern DEPENDENCY_INSTALL = Pattern.compile(
      "(?:^|[\\s/])(npm (?:ci|install|i)|yarn(?: install)?|pnpm install|pip[0-9.]* install|-m pip install"
          + "|poetry install|pipenv install|uv sync|bundle install|composer install|go mod download"
          + "|mvn[w]? .*dependency:(?:go-offline|resolve)|gradle[w]? .*dependencies|cargo fetch)(?:\\s|$)");
  private static final Pattern SECRET_NAME = Pattern.compile(".*(?:PASSWORD|PASSWD|SECRET|TOKEN).*|.*_KEY");
  private static final Pattern FILE_REFERENCE = Pattern.compile(".*_(?:FILE|PATH|DIR)");

  private DockerfileLint() {}

  /** Returns the problems of {@code dockerfile}, sorted; empty when there are none. */
  public static List<Problem> check(Dockerfile dockerfile) {
    return check(dockerfile, null);
  }

  /**
   * Returns the problems of {@code dockerfile}, sorted, each naming {@code file}.
   *
   * @param file the file name to report, such as {@code web/Dockerfile}; null for none
   */
  public static List<Problem> check(Dockerfile dockerfile, String file) {
    Objects.requireNonNull(dockerfile, "dockerfile");
    List<Problem> problems = new ArrayList<>();
    Checker checker = new Checker(dockerfile, file, problems);
    for (int s = 0; s < dockerfile.stages().size(); s++) {
      checker.stage(s);
    }
    checker.finalUser();
    problems.sort(null);
    return List.copyOf(problems);
  }

  /** Checks one Dockerfile, collecting problems. */
  private static final class Checker {
    private final Dockerfile dockerfile;
    private final String file;
    private final List<Problem> problems;

    Checker(Dockerfile dockerfile, String file, List<Problem> problems) {
      this.dockerfile = dockerfile;
      this.file = file;
      this.problems = problems;
    }

    void stage(int index) {
      Stage stage = dockerfile.stages().get(index);
      ModelPath stagePath = stagePath(stage);
      ImageRef image = stage.image();
      if (image != null && image.isLatestOrUntagged()) {
        report(RuleRegistry.UNPINNED_BASE, stagePath,
            "stage \"" + stage.name() + "\" builds on image \"" + image + "\", "
                + (image.tag() == null ? "which has no tag" : "which uses the tag latest"),
            "Pin a version tag such as " + image.name() + ":<version>, or a digest (@sha256:...), so every build "
                + "starts from the same image.");
      }
      int cmds = 0;
      int entrypoints = 0;
      int healthchecks = 0;
      int wholeContextCopy = -1;
      boolean pipCacheOff = false;
      for (int i = 0; i < stage.instructions().size(); i++) {
        Instruction instruction = stage.instructions().get(i);
        ModelPath path = stagePath.key("instructions").index(i);
        if (instruction instanceof Cmd && ++cmds == 2) {
          repeated(stage, path, "CMD", "hadolint DL4003");
        } else if (instruction instanceof Entrypoint && ++entrypoints == 2) {
          repeated(stage, path, "ENTRYPOINT", "hadolint DL4004");
        } else if (instruction instanceof Healthcheck && ++healthchecks == 2) {
          repeated(stage, path, "HEALTHCHECK", "hadolint DL3012");
        } else if (instruction instanceof Workdir workdir && !workdir.isAbsolute()) {
          report(RuleRegistry.RELATIVE_WORKDIR, path,
              "WORKDIR \"" + workdir.path() + "\" is relative, so where it points depends on the base image",
              "Use an absolute path, such as /" + workdir.path() + ".");
        } else if (instruction instanceof Copy copy) {
          if (copy.copiesWholeContext() && wholeContextCopy < 0) {
            wholeContextCopy = i;
          }
          if (copy.from() != null) {
            from(index, path, "COPY --from", copy.from());
          }
        } else if (instruction instanceof Arg arg) {
          secretName(path, "ARG", arg.name(), "is recorded in the image history");
        } else if (instruction instanceof Env env) {
          for (String name : env.variables().keySet()) {
            secretName(path, "ENV", name, "is stored in the image's configuration");
            if (name.equals("PIP_NO_CACHE_DIR")) {
              pipCacheOff = true;
            }
          }
        } else if (instruction instanceof Run run) {
          run(index, path, run, pipCacheOff);
          if (wholeContextCopy >= 0) {
            Matcher install = DEPENDENCY_INSTALL.matcher(run.commandLine());
            if (install.find()) {
              report(RuleRegistry.CONTEXT_BEFORE_DEPENDENCIES, stagePath.key("instructions").index(wholeContextCopy),
                  "COPY copies the whole build context before \"" + install.group(1)
                      + "\" installs dependencies, so every source change installs them again",
                  "Copy only the dependency files (such as package.json and package-lock.json, or "
                      + "requirements.txt) before installing, and the rest of the sources after.");
              wholeContextCopy = Integer.MAX_VALUE;
            }
          }
        }
      }
    }

    private void repeated(Stage stage, ModelPath path, String keyword, String seeAlso) {
      report(RuleRegistry.REPEATED_INSTRUCTION, path,
          "stage \"" + stage.name() + "\" has more than one " + keyword + "; only the last one takes effect",
          "Keep a single " + keyword + " in the stage (see " + seeAlso + ").");
    }

    private void run(int stageIndex, ModelPath path, Run run, boolean pipCacheOff) {
      String command = run.commandLine();
      for (RunMount mount : run.mounts()) {
        if (mount instanceof RunMount.Bind bind && bind.from() != null) {
          from(stageIndex, path, "RUN --mount from", bind.from());
        }
      }
      if (SUDO.matcher(command).find()) {
        report(RuleRegistry.SUDO, path,
            "RUN uses sudo, which is rarely installed and behaves unpredictably without a terminal",
            "Build steps run as root until a USER instruction; move the command before USER instead of using "
                + "sudo.");
      }
      boolean aptCache = hasCacheMount(run, "/var/cache/apt") || hasCacheMount(run, "/var/lib/apt");
      boolean aptReported = false;
      for (String segment : SEGMENT_SEPARATOR.split(command)) {
        String trimmed = segment.strip();
        if (APT_INSTALL.matcher(trimmed).find()) {
          if (!YES.matcher(trimmed).find()) {
            report(RuleRegistry.APT_WITHOUT_YES, path,
                "apt-get install without -y waits for a confirmation that never comes, so the build fails",
                "Add -y: apt-get install -y --no-install-recommends <packages>.");
          }
          if (!trimmed.contains("--no-install-recommends")) {
            report(RuleRegistry.APT_RECOMMENDS, path,
                "apt-get install without --no-install-recommends also installs recommended packages, which "
                    + "makes the image bigger and its attack surface wider",
                "Add --no-install-recommends and name the packages you need.");
          }
        }
        if (!aptReported && APT_GET.matcher(trimmed).find() && !aptCache
            && !command.contains("rm -rf /var/lib/apt/lists")) {
          aptReported = true;
          report(RuleRegistry.APT_LISTS_KEPT, path,
              "apt-get leaves its package lists in /var/lib/apt/lists, tens of megabytes in the layer",
              "End the same RUN with && rm -rf /var/lib/apt/lists/*, or put /var/cache/apt and /var/lib/apt "
                  + "in cache mounts (--mount=type=cache,target=/var/cache/apt,sharing=locked).");
        }
      }
      if (PIP_INSTALL.matcher(command).find() && !command.contains("--no-cache-dir") && !pipCacheOff
          && run.mounts().stream().noneMatch(m -> m instanceof RunMount.Cache c
              && (c.target().contains("pip") || c.target().endsWith("/.cache")))) {
        report(RuleRegistry.PIP_CACHE_KEPT, path,
            "pip install keeps the downloaded packages in its cache, which ends up in the layer",
            "Give RUN a cache mount on pip's cache (--mount=type=cache,target=/root/.cache/pip), or add "
                + "--no-cache-dir.");
      }
    }

    private static boolean hasCacheMount(Run run, String prefix) {
      return run.mounts().stream().anyMatch(m -> m instanceof RunMount.Cache c && c.target().startsWith(prefix));
    }

    private void from(int stageIndex, ModelPath path, String what, String from) {
      List<Stage> stages = dockerfile.stages();
      Stage current = stages.get(stageIndex);
      if (from.matches("[0-9]+")) {
        int target = Integer.parseInt(from);
        if (target >= stageIndex) {
          report(RuleRegistry.FROM_LATER_STAGE, path,
              what + " names stage " + from + ", but only stages before " + stageIndex + " (\"" + current.name()
                  + "\") are built by then",
              "Name a stage declared before this one, preferably by its name.");
        }
        return;
      }
      for (int i = 0; i < stages.size(); i++) {
        if (stages.get(i).name().equals(from)) {
          if (i >= stageIndex) {
            report(RuleRegistry.FROM_LATER_STAGE, path,
                what + " names stage \"" + from + "\", which " + (i == stageIndex ? "is this stage itself"
                    : "comes later") + "; Docker would look for an image called \"" + from + "\" instead",
                "Move stage \"" + from + "\" before stage \"" + current.name() + "\", or name an earlier stage.");
          }
          return;
        }
      }
      ImageRef image;
      try {
        image = ImageRef.parse(from);
      } catch (IllegalArgumentException e) {
        image = null;
      }
      if (image == null || (image.registry() == null && image.tag() == null && image.digest() == null)) {
        report(RuleRegistry.FROM_UNKNOWN_STAGE, path,
            what + " names \"" + from + "\", which is no stage of this Dockerfile, so Docker would pull an image "
                + "of that name",
            "Correct the stage name, or if an image is meant, give it a tag, such as " + from + ":<version>.");
      }
    }

    private void secretName(ModelPath path, String keyword, String name, String where) {
      String upper = name.toUpperCase(Locale.ROOT);
      if (SECRET_NAME.matcher(upper).matches() && !FILE_REFERENCE.matcher(upper).matches()) {
        report(RuleRegistry.SECRET_IN_ARG_OR_ENV, path,
            keyword + " " + name + " looks like a secret, and its value " + where,
            "Pass secrets to build steps with RUN --mount=type=secret,id=<id> and to containers with Compose "
                + "secrets, never through ARG or ENV.");
      }
    }

    void finalUser() {
      Stage finalStage = dockerfile.finalStage();
      Stage stage = finalStage;
      while (stage != null) {
        List<Instruction> instructions = stage.instructions();
        for (int i = instructions.size() - 1; i >= 0; i--) {
          if (instructions.get(i) instanceof User user) {
            if (user.isRoot()) {
              report(RuleRegistry.ROOT_USER, stagePath(stage).key("instructions").index(i),
                  "the final stage \"" + finalStage.name() + "\" runs as root (USER " + user.spec() + ")",
                  "End the final stage with USER and a numeric non-root id, such as USER 10001:10001, and give "
                      + "it its files with COPY --chown.");
            }
            return;
          }
        }
        stage = stage.baseStage() == null ? null : dockerfile.stage(stage.baseStage()).orElse(null);
      }
      report(RuleRegistry.ROOT_USER, stagePath(finalStage),
          "the final stage \"" + finalStage.name() + "\" has no USER, so the container runs as root",
          "End the final stage with USER and a numeric non-root id, such as USER 10001:10001, and give it its "
              + "files with COPY --chown.");
    }

    private static ModelPath stagePath(Stage stage) {
      return ModelPath.of("stages", stage.name());
    }

    private void report(Rule rule, ModelPath path, String message, String hint) {
      problems.add(new Problem(file, path, rule.severity(), rule.code(), message, hint));
    }
  }
}
