package io.composegen.generator.dockerfile;

import static io.composegen.generator.dockerfile.DockerfileEscaping.jsonArray;
import static io.composegen.generator.dockerfile.DockerfileEscaping.word;

import io.composegen.generator.dockerfile.DockerfileView.InstructionView;
import io.composegen.generator.dockerfile.DockerfileView.StageView;
import io.composegen.model.dockerfile.Add;
import io.composegen.model.dockerfile.Arg;
import io.composegen.model.dockerfile.Cmd;
import io.composegen.model.dockerfile.Copy;
import io.composegen.model.dockerfile.Dockerfile;
import io.composegen.model.dockerfile.Entrypoint;
import io.composegen.model.dockerfile.Env;
import io.composegen.model.dockerfile.Expose;
import io.composegen.model.dockerfile.Healthcheck;
import io.composegen.model.dockerfile.Instruction;
import io.composegen.model.dockerfile.Label;
import io.composegen.model.dockerfile.Run;
import io.composegen.model.dockerfile.RunMount;
import io.composegen.model.dockerfile.Shell;
import io.composegen.model.dockerfile.Stage;
import io.composegen.model.dockerfile.StopSignal;
import io.composegen.model.dockerfile.User;
import io.composegen.model.dockerfile.Volume;
import io.composegen.model.dockerfile.Workdir;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the Dockerfile model into its view: every escaping and line-breaking decision is made here, so the
 * template only prints.
 *
 * <p>An instruction stays on one line when it fits in {@value #WIDTH} characters. A longer {@code RUN} puts its
 * flags on the first line (one per line if they do not fit together) and its command on the next ones, broken
 * before each {@code &&} that is outside quotes;
 * a longer {@code HEALTHCHECK} puts {@code CMD [...]} on its own line; {@code ENV} and {@code LABEL} with several
 * entries put one entry per line.
 */
public final class DockerfileViews {

  /** The line width beyond which instructions are broken over several lines. */
  public static final int WIDTH = 80;

  private DockerfileViews() {}

  /** Returns the view of {@code dockerfile}. */
  public static DockerfileView of(Dockerfile dockerfile) {
    List<StageView> stages = new ArrayList<>();
    for (Stage stage : dockerfile.stages()) {
      List<InstructionView> instructions = new ArrayList<>();
      for (Instruction instruction : stage.instructions()) {
        instructions.add(new InstructionView(instruction.keyword(), lines(instruction)));
      }
      String platform = stage.platform() == null ? "" : "--platform=" + stage.platform() + " ";
      stages.add(new StageView(platform + stage.base() + " AS " + stage.name(), instructions));
    }
    return new DockerfileView(stages);
  }

  /** Returns the argument lines of one instruction. */
  static List<String> lines(Instruction instruction) {
    if (instruction instanceof Arg arg) {
      return List.of(arg.defaultValue() == null ? arg.name() : arg.name() + "=" + word(arg.defaultValue()));
    } else if (instruction instanceof Env env) {
      return pairs(env.variables());
    } else if (instruction instanceof Label label) {
      return pairs(label.labels());
    } else if (instruction instanceof Run run) {
      return run(run);
    } else if (instruction instanceof Copy copy) {
      return List.of(copy(copy));
    } else if (instruction instanceof Add add) {
      return List.of(add(add));
    } else if (instruction instanceof Workdir workdir) {
      return List.of(workdir.path());
    } else if (instruction instanceof User user) {
      return List.of(user.spec());
    } else if (instruction instanceof Expose expose) {
      return List.of(expose.protocol().equals("tcp")
          ? Integer.toString(expose.port()) : expose.port() + "/" + expose.protocol());
    } else if (instruction instanceof Healthcheck healthcheck) {
      return healthcheck(healthcheck);
    } else if (instruction instanceof Entrypoint entrypoint) {
      return List.of(jsonArray(entrypoint.args()));
    } else if (instruction instanceof Cmd cmd) {
      return List.of(jsonArray(cmd.args()));
    } else if (instruction instanceof Shell shell) {
      return List.of(jsonArray(shell.args()));
    } else if (instruction instanceof Volume volume) {
      return List.of(jsonArray(volume.paths()));
    } else if (instruction instanceof StopSignal stopSignal) {
      return List.of(stopSignal.signal());
    }
    throw new IllegalArgumentException("Unknown instruction " + instruction.getClass().getName());
  }

  private static List<String> pairs(Map<String, String> entries) {
    List<String> out = new ArrayList<>();
    entries.forEach((key, value) -> out.add(key + "=" + word(value)));
    return out;
  }

  private static List<String> run(Run run) {
    List<String> flags = new ArrayList<>();
    for (RunMount mount : run.mounts()) {
      flags.add("--mount=" + mount(mount));
    }
    String flagText = String.join(" ", flags);
    String command = run.isExecForm() ? jsonArray(run.exec()) : run.shell();
    String oneLine = flags.isEmpty() ? command : flagText + " " + command;
    if ("RUN ".length() + oneLine.length() <= WIDTH) {
      return List.of(oneLine);
    }
    List<String> out = new ArrayList<>();
    if ("RUN ".length() + flagText.length() <= WIDTH) {
      if (!flags.isEmpty()) {
        out.add(flagText);
      }
    } else {
      out.addAll(flags);
    }
    if (run.isExecForm()) {
      out.add(command);
    } else {
      List<String> parts = splitAtAnd(command);
      out.add(parts.get(0));
      for (int i = 1; i < parts.size(); i++) {
        out.add("&& " + parts.get(i));
      }
    }
    return out;
  }

  /** Splits a shell command line at each {@code  && } outside quotes; the parts are trimmed. */
  static List<String> splitAtAnd(String command) {
    List<String> parts = new ArrayList<>();
    char quote = 0;
    int start = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote == 0 && c == '\\') {
        i++;
      } else if (quote == '"' && c == '\\') {
        i++;
      } else if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '&' && command.startsWith("&&", i) && i > 0 && Character.isWhitespace(command.charAt(i - 1))
          && i + 2 < command.length() && Character.isWhitespace(command.charAt(i + 2))) {
        String part = command.substring(start, i).strip();
        if (!part.isEmpty()) {
          parts.add(part);
        }
        start = i + 2;
        i++;
      }
    }
    String last = command.substring(start).strip();
    if (!last.isEmpty() || parts.isEmpty()) {
      parts.add(last);
    }
    if (parts.size() > 1 && parts.stream().anyMatch(String::isEmpty)) {
      return List.of(command);
    }
    return parts;
  }

  private static String mount(RunMount mount) {
    StringBuilder out = new StringBuilder("type=").append(mount.type());
    if (mount instanceof RunMount.Cache cache) {
      out.append(",target=").append(cache.target());
      if (cache.id() != null) {
        out.append(",id=").append(cache.id());
      }
      if (cache.sharing() != null) {
        out.append(",sharing=").append(cache.sharing().value());
      }
    } else if (mount instanceof RunMount.Bind bind) {
      if (bind.source() != null) {
        out.append(",source=").append(bind.source());
      }
      out.append(",target=").append(bind.target());
      if (bind.from() != null) {
        out.append(",from=").append(bind.from());
      }
      if (bind.readWrite()) {
        out.append(",rw");
      }
    } else if (mount instanceof RunMount.Secret secret) {
      out.append(",id=").append(secret.id());
      if (secret.target() != null) {
        out.append(",target=").append(secret.target());
      }
      if (secret.required()) {
        out.append(",required=true");
      }
    }
    return out.toString();
  }

  private static String copy(Copy copy) {
    StringBuilder out = new StringBuilder();
    if (copy.from() != null) {
      out.append("--from=").append(copy.from()).append(' ');
    }
    ownership(out, copy.chown(), copy.chmod(), copy.link());
    return out.append(paths(copy.sources(), copy.dest())).toString();
  }

  private static String add(Add add) {
    StringBuilder out = new StringBuilder();
    if (add.checksum() != null) {
      out.append("--checksum=").append(add.checksum()).append(' ');
    }
    ownership(out, add.chown(), add.chmod(), add.link());
    return out.append(paths(add.sources(), add.dest())).toString();
  }

  private static void ownership(StringBuilder out, String chown, String chmod, boolean link) {
    if (chown != null) {
      out.append("--chown=").append(chown).append(' ');
    }
    if (chmod != null) {
      out.append("--chmod=").append(chmod).append(' ');
    }
    if (link) {
      out.append("--link ");
    }
  }

  /** Returns sources and destination separated by spaces, or as a JSON array when one of them has whitespace. */
  private static String paths(List<String> sources, String dest) {
    List<String> all = new ArrayList<>(sources);
    all.add(dest);
    boolean spaces = all.stream().anyMatch(p -> p.chars().anyMatch(c -> Character.isWhitespace(c)
        || Character.isSpaceChar(c)));
    return spaces ? jsonArray(all) : String.join(" ", all);
  }

  private static List<String> healthcheck(Healthcheck healthcheck) {
    if (healthcheck.isNone()) {
      return List.of("NONE");
    }
    List<String> options = new ArrayList<>();
    if (healthcheck.interval() != null) {
      options.add("--interval=" + healthcheck.interval());
    }
    if (healthcheck.timeout() != null) {
      options.add("--timeout=" + healthcheck.timeout());
    }
    if (healthcheck.startPeriod() != null) {
      options.add("--start-period=" + healthcheck.startPeriod());
    }
    if (healthcheck.retries() != null) {
      options.add("--retries=" + healthcheck.retries());
    }
    String cmd = "CMD " + jsonArray(healthcheck.command());
    String optionText = String.join(" ", options);
    String oneLine = options.isEmpty() ? cmd : optionText + " " + cmd;
    if (options.isEmpty() || "HEALTHCHECK ".length() + oneLine.length() <= WIDTH) {
      return List.of(oneLine);
    }
    return List.of(optionText, cmd);
  }
}
