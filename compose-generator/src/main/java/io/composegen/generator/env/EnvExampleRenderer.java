package io.composegen.generator.env;

import io.composegen.model.Stack;
import io.composegen.model.layer.Environments;
import io.composegen.model.layer.Layer;
import io.composegen.model.layer.Layers;
import io.composegen.model.resource.Config;
import io.composegen.model.resource.Secret;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceFileRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Renders {@code .env.example}: every variable the stack's compose files read, with its default and the places
 * that use it (the first {@value #PLACES_NAMED}, then how many more), and the secret files the stack expects.
 *
 * <p>The files looked at are those composegen writes (the base file and one file per layer), so each use is named
 * by its file and its path there. Variables are listed alphabetically; a variable's value is its default when
 * the uses agree on one, otherwise empty. Values of names that look secret ({@link SecretNames}) and of variables
 * that feed a secret are always empty: a secret value is never written. The text has no generated mark; the
 * caller stamps it. Stateless and thread-safe.
 */
public final class EnvExampleRenderer {

  /** The file name the rendered text is written to. */
  public static final String FILE_NAME = ".env.example";

  private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_./:@%+,=-]*");

  /**
   * The most places a comment names as using a variable or a secret file; the rest are counted. A variable of a
   * thousand services used in each would otherwise be listed on one comment line of tens of kilobytes.
   */
  static final int PLACES_NAMED = 10;

  private EnvExampleRenderer() {}

  /** A use of a variable: the file and path of the string holding it, and the reference. */
  private record Use(String file, String path, Interpolation.Reference reference, boolean feedsSecret) {}

  /** A secret file the stack reads: the file and the secret's name. */
  private record SecretFile(String file, String secret) {}

  /**
   * Returns the text of {@code .env.example} for {@code stack}, or empty when the stack reads no variable and
   * no secret file.
   */
  public static Optional<String> render(Stack stack) {
    return summarize(stack).text();
  }

  /** Collects what {@code .env.example} says about {@code stack}, factoring its layers into files. */
  public static Summary summarize(Stack stack) {
    return new Summary(collect(Layers.factor(stack)));
  }

  /** Collects what {@code .env.example} says about a stack whose layers are already factored. */
  public static Summary summarize(Environments environments) {
    return new Summary(collect(environments.files()));
  }

  /**
   * What {@code .env.example} says about a stack, collected once from its files for the file itself and for the
   * README; immutable.
   */
  public static final class Summary {
    private final Collected collected;

    private Summary(Collected collected) {
      this.collected = collected;
    }

    /** Returns the text of {@code .env.example}, or empty when the stack reads no variable and no secret file. */
    public Optional<String> text() {
      return EnvExampleRenderer.text(collected);
    }

    /** Returns the variables, alphabetically; empty when none. */
    public List<Variable> variables() {
      return EnvExampleRenderer.variables(collected);
    }

    /** Returns the secret files, in declaration order. */
    public List<SecretFileEntry> secretFiles() {
      return collected.secretFiles().stream().map(f -> new SecretFileEntry(f.file(), f.secret())).toList();
    }
  }

  private static Optional<String> text(Collected collected) {
    Map<String, List<Use>> variables = collected.variables();
    Set<SecretFile> secretFiles = collected.secretFiles();
    Map<String, Set<String>> secretUsers = collected.secretUsers();
    if (variables.isEmpty() && secretFiles.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    out.append("# Variables the compose files of this stack read from the environment or from a .env file.\n");
    out.append("# Copy this file to .env next to the compose files and set the values there;\n");
    out.append("# keep .env and secret files out of version control.\n");
    variables.forEach((name, uses) -> variable(name, uses, out));
    if (!secretFiles.isEmpty()) {
      out.append("\n# Secret files the stack reads; create each one and keep it out of version control:\n");
      for (SecretFile f : secretFiles) {
        Set<String> users = secretUsers.getOrDefault(f.secret(), Set.of());
        out.append("#   ").append(comment(f.file())).append(" (secret ").append(comment(f.secret()));
        if (!users.isEmpty()) {
          List<String> named = users.stream().limit(PLACES_NAMED).toList();
          out.append(", used by ").append(comment(String.join(", ", named) + more(users.size() - named.size())));
        }
        out.append(")\n");
      }
    }
    return Optional.of(out.toString());
  }

  /**
   * A variable {@code .env.example} lists; immutable.
   *
   * @param name the variable's name; never null
   * @param defaultValue the default its uses agree on, or null when there is none, they differ, or it is secret
   * @param required whether a use requires it to be set ({@code ${NAME:?message}})
   * @param secret whether its value is a secret, so never written in a file under version control
   */
  public record Variable(String name, String defaultValue, boolean required, boolean secret) {}

  /**
   * A secret file the stack reads; immutable.
   *
   * @param file the file's path as the compose files give it; never null
   * @param secret the secret's name; never null
   */
  public record SecretFileEntry(String file, String secret) {}

  /** Returns the variables {@code .env.example} lists for {@code stack}, alphabetically; empty when none. */
  public static List<Variable> variables(Stack stack) {
    return summarize(stack).variables();
  }

  private static List<Variable> variables(Collected collected) {
    List<Variable> out = new ArrayList<>();
    collected.variables().forEach((name, uses) -> {
      boolean secret = SecretNames.looksSecret(name) || uses.stream().anyMatch(Use::feedsSecret);
      Set<String> defaults = new LinkedHashSet<>();
      boolean required = false;
      for (Use use : uses) {
        if (use.reference().modifier().hasDefault()) {
          defaults.add(use.reference().argument());
        } else if (use.reference().modifier().isRequired()) {
          required = true;
        }
      }
      String value = !secret && defaults.size() == 1 ? defaults.iterator().next() : null;
      out.add(new Variable(name, value, required, secret));
    });
    return List.copyOf(out);
  }

  /** Returns the secret files {@code .env.example} lists for {@code stack}, in declaration order. */
  public static List<SecretFileEntry> secretFiles(Stack stack) {
    return summarize(stack).secretFiles();
  }

  private record Collected(Map<String, List<Use>> variables, Set<SecretFile> secretFiles,
      Map<String, Set<String>> secretUsers) {}

  private static Collected collect(Stack files) {
    Map<String, List<Use>> variables = new TreeMap<>();
    Set<SecretFile> secretFiles = new LinkedHashSet<>();
    Map<String, Set<String>> secretUsers = new LinkedHashMap<>();
    collect(files.effectiveBaseFileName(), StackStrings.of(files, Interpolation::hasDollar), files.secrets(), files.configs(),
        files.services().values(), variables, secretFiles, secretUsers);
    for (Layer layer : files.layers().values()) {
      collect(layer.effectiveFileName(), StackStrings.of(layer, Interpolation::hasDollar), layer.secrets(), layer.configs(),
          layer.services().values(), variables, secretFiles, secretUsers);
    }
    return new Collected(variables, secretFiles, secretUsers);
  }

  private static void collect(String file, List<StackStrings.Occurrence> strings, Map<String, Secret> secrets,
      Map<String, Config> configs, Iterable<Service> services, Map<String, List<Use>> variables,
      Set<SecretFile> secretFiles, Map<String, Set<String>> secretUsers) {
    for (StackStrings.Occurrence occurrence : strings) {
      for (Interpolation.Reference ref : Interpolation.parse(occurrence.value()).references()) {
        use(variables, ref.name(), new Use(file, occurrence.path().toString(), ref, false));
      }
    }
    secrets.forEach((name, secret) -> {
      if (secret.environment() != null) {
        use(variables, secret.environment(), new Use(file, "secrets." + name + ".environment",
            new Interpolation.Reference(secret.environment(), Interpolation.Modifier.NONE, null, ""), true));
      }
      if (secret.file() != null) {
        secretFiles.add(new SecretFile(secret.file(), name));
      }
    });
    for (Service service : services) {
      for (ServiceFileRef ref : service.secrets()) {
        secretUsers.computeIfAbsent(ref.source(), k -> new LinkedHashSet<>()).add("services." + service.name());
      }
    }
    configs.forEach((name, config) -> {
      if (config.environment() != null) {
        use(variables, config.environment(), new Use(file, "configs." + name + ".environment",
            new Interpolation.Reference(config.environment(), Interpolation.Modifier.NONE, null, ""), false));
      }
    });
  }

  private static void use(Map<String, List<Use>> variables, String name, Use use) {
    variables.computeIfAbsent(name, k -> new ArrayList<>()).add(use);
  }

  private static void variable(String name, List<Use> uses, StringBuilder out) {
    boolean secret = SecretNames.looksSecret(name) || uses.stream().anyMatch(Use::feedsSecret);
    Set<String> defaults = new LinkedHashSet<>();
    Set<String> required = new LinkedHashSet<>();
    for (Use use : uses) {
      Interpolation.Reference ref = use.reference();
      if (ref.modifier().hasDefault()) {
        defaults.add(ref.argument());
      } else if (ref.modifier().isRequired()) {
        required.add(ref.argument());
      }
    }
    out.append('\n');
    if (!required.isEmpty()) {
      List<String> messages = required.stream().filter(m -> !m.isEmpty()).toList();
      out.append("# Required").append(messages.isEmpty() ? "" : ": " + comment(String.join("; ", messages)))
          .append('\n');
    }
    if (secret) {
      out.append("# Secret: set it in .env only, never in a file under version control.\n");
    } else if (defaults.size() > 1) {
      out.append("# Defaults differ between uses: ").append(comment(String.join(", ", defaults))).append('\n');
    }
    out.append("# Used by ").append(comment(usesText(uses))).append(".\n");
    String value = !secret && defaults.size() == 1 ? defaults.iterator().next() : "";
    out.append(name).append('=').append(quote(value)).append('\n');
  }

  /**
   * Returns {@code a, b (compose.yaml); c (compose.prod.yaml)}: the paths grouped by file, in order, the first
   * {@value #PLACES_NAMED} of them, then how many more.
   */
  private static String usesText(List<Use> uses) {
    Map<String, Set<String>> byFile = new LinkedHashMap<>();
    Set<Map.Entry<String, String>> unnamed = new HashSet<>();
    int named = 0;
    for (Use use : uses) {
      Set<String> paths = byFile.get(use.file());
      if (paths != null && paths.contains(use.path())) {
        continue;
      }
      if (named < PLACES_NAMED) {
        byFile.computeIfAbsent(use.file(), k -> new LinkedHashSet<>()).add(use.path());
        named++;
      } else {
        unnamed.add(Map.entry(use.file(), use.path()));
      }
    }
    List<String> parts = new ArrayList<>();
    byFile.forEach((file, paths) -> parts.add(String.join(", ", paths) + " (" + file + ")"));
    return String.join("; ", parts) + more(unnamed.size());
  }

  /** Returns {@code " and N more"}, or nothing for none. */
  private static String more(int count) {
    return count == 0 ? "" : " and " + count + " more";
  }

  /** Returns {@code value} as a .env value: bare when plain, else single-quoted, else double-quoted. */
  static String quote(String value) {
    if (BARE.matcher(value).matches()) {
      return value;
    }
    if (value.indexOf('\'') < 0 && value.chars().noneMatch(c -> Character.isISOControl(c) && c != '\t')) {
      return "'" + value + "'";
    }
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '$' -> out.append("\\$");
        default -> {
          if (Character.isISOControl(c) && c != '\t') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** Returns {@code text} fit for one comment line: line breaks and other control characters escaped. */
  static String comment(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
