package io.composegen.generator.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.composegen.model.ModelPath;
import io.composegen.model.dockerfile.Healthcheck;
import io.composegen.model.recipe.JavaMavenRecipe;
import io.composegen.model.recipe.NodeRecipe;
import io.composegen.model.recipe.PythonPipRecipe;
import io.composegen.model.recipe.PythonPoetryRecipe;
import io.composegen.model.recipe.Recipe;
import io.composegen.model.recipe.RecipeBuilder;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.recipe.StaticNginxRecipe;
import io.composegen.model.service.GeneratedBuild;
import io.composegen.model.units.ComposeDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a descriptor service's {@code recipe:} entry into the Dockerfile composegen generates for it.
 *
 * <p>{@code type} picks the recipe, {@code context} the build folder (default {@code .}), {@code dockerfile} the
 * generated file's name (default {@code Dockerfile}); every other key is a parameter of the recipe's builder in
 * snake case ({@code spring_boot_layers} for {@code springBootLayers(boolean)}).
 */
final class RecipeReader {

  /** Reads the type-specific parameters into a fresh builder and returns it. */
  @FunctionalInterface
  private interface Type {
    Recipe.Builder<?> read(Reading reading, Fields fields);
  }

  private static final String STRING_HINT = "write a string; quote it if YAML reads it as something else";
  private static final String COMMAND_HINT = "write the command as a list of words, or as one string split at spaces";
  private static final String TYPE_HINT =
      "set type to one of java-maven, python-pip, python-poetry, node, static-nginx";

  private static final String HEALTHCHECK_HINT = "write false for none, or a mapping with test (the command as a "
      + "list, e.g. [wget, -q, --spider, \"http://127.0.0.1:8080/\"]) and optional interval, timeout, start_period, "
      + "retries";
  /** Marks {@code healthcheck: true}: keep the recipe's own. */
  private static final Healthcheck RECIPE_HEALTHCHECK = Healthcheck.cmd("true");
  /** Marks {@code healthcheck: false}: declare none. */
  private static final Healthcheck NO_HEALTHCHECK = Healthcheck.cmd("false");

  private static final Map<String, Type> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("java-maven", RecipeReader::javaMaven);
    TYPES.put("python-pip", RecipeReader::pythonPip);
    TYPES.put("python-poetry", RecipeReader::pythonPoetry);
    TYPES.put("node", RecipeReader::node);
    TYPES.put("static-nginx", RecipeReader::staticNginx);
  }

  private RecipeReader() {}

  /** Returns the names of the recipe types, in documentation order. */
  static List<String> types() {
    return List.copyOf(TYPES.keySet());
  }

  /** Reads the recipe at {@code path}; returns null after reporting a problem. */
  static GeneratedBuild read(Reading r, JsonNode node, ModelPath path) {
    Fields f = r.fields(node, path, "a recipe", "write a mapping with type, context and the recipe's parameters");
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    String[] texts = {null, ".", null};
    f.string("type", TYPE_HINT, v -> texts[0] = v);
    f.string("context", STRING_HINT, v -> texts[1] = v);
    f.string("dockerfile", STRING_HINT, v -> texts[2] = v);
    if (texts[0] == null) {
      if (f.get("type") == null) {
        r.missing(path, "recipe has no type", TYPE_HINT);
      }
      return null;
    }
    Type type = TYPES.get(texts[0]);
    if (type == null) {
      String closest = Reading.closest(texts[0], TYPES.keySet());
      r.problem(path.key("type"), Problem.INVALID_VALUE, "unknown recipe type " + Reading.quote(texts[0]),
          closest != null ? "did you mean \"" + closest + "\"?" : TYPE_HINT);
      return null;
    }
    Recipe.Builder<?> builder = type.read(r, f);
    f.finish();
    if (r.since(mark)) {
      return null;
    }
    String hint = "change the recipe's parameters as the message says";
    Recipe recipe = r.attempt(path, hint, builder::build);
    if (recipe == null) {
      return null;
    }
    return r.attempt(path.key("context"), "write a folder inside the project, e.g. ./app", () -> {
      GeneratedBuild build = GeneratedBuild.of(texts[1], recipe);
      return texts[2] == null ? build : build.withDockerfileName(texts[2]);
    });
  }

  /** Reads the parameters every recipe has. */
  private static void common(Reading r, Fields f, RecipeBuilder<?, ?> b) {
    f.integer("port", b::port);
    f.read("user", (n, p) -> user(r, n, p), ids -> b.user(ids[0], ids[1]));
    f.string("title", STRING_HINT, b::title);
    f.string("description", STRING_HINT, b::description);
    f.string("version", STRING_HINT, b::version);
    f.string("revision", STRING_HINT, b::revision);
    f.string("source", STRING_HINT, b::source);
    f.string("url", STRING_HINT, b::url);
    f.string("documentation", STRING_HINT, b::documentation);
    f.string("licenses", STRING_HINT, b::licenses);
    f.string("vendor", STRING_HINT, b::vendor);
    f.string("created", "write an RFC 3339 date-time in quotes, e.g. \"2026-01-15T10:00:00Z\"", b::created);
    f.strings("writable_paths", false, "write a list of absolute folders, e.g. [/app/data]", b::writablePaths);
    f.read("healthcheck", (n, p) -> healthcheck(r, n, p), check -> {
      if (check == NO_HEALTHCHECK) {
        b.noHealthcheck();
      } else if (check != RECIPE_HEALTHCHECK) {
        b.healthcheck(check);
      }
    });
  }

  /**
   * Reads {@code healthcheck}: {@code false} for none, {@code true} for the recipe's own, or a mapping with
   * {@code test} (the command in exec form, a list of words or one string split at spaces; a leading
   * {@code CMD} is dropped) and the optional {@code interval}, {@code timeout}, {@code start_period} and
   * {@code retries}.
   */
  private static Healthcheck healthcheck(Reading r, JsonNode node, ModelPath path) {
    if (node.isBoolean()) {
      return node.booleanValue() ? RECIPE_HEALTHCHECK : NO_HEALTHCHECK;
    }
    Fields f = r.fields(node, path, "a healthcheck", HEALTHCHECK_HINT);
    if (f == null) {
      return null;
    }
    int mark = r.mark();
    List<List<String>> test = new ArrayList<>(List.of(List.of()));
    ComposeDuration[] timing = new ComposeDuration[3];
    Integer[] retries = {null};
    f.read("test", (n, p) -> {
      List<String> words = n.isTextual() ? List.of(n.textValue().strip().split("\\s+"))
          : r.strings(n, p, false, HEALTHCHECK_HINT);
      if (words != null && !words.isEmpty() && words.get(0).equals("CMD")) {
        words = words.subList(1, words.size());
      }
      return words;
    }, words -> test.set(0, words));
    f.duration("interval", d -> timing[0] = d);
    f.duration("timeout", d -> timing[1] = d);
    f.duration("start_period", d -> timing[2] = d);
    f.integer("retries", v -> retries[0] = v);
    f.finish();
    if (f.get("test") == null) {
      r.missing(path, "healthcheck has no test", HEALTHCHECK_HINT);
      return null;
    }
    if (r.since(mark)) {
      return null;
    }
    return r.attempt(path, HEALTHCHECK_HINT,
        () -> new Healthcheck(test.get(0), timing[0], timing[1], timing[2], retries[0]));
  }

  private static Recipe.Builder<?> javaMaven(Reading r, Fields f) {
    JavaMavenRecipe.Builder b = Recipes.javaMaven();
    common(r, f, b);
    f.string("java", STRING_HINT, b::java);
    f.string("maven", STRING_HINT, b::maven);
    f.string("build_image", STRING_HINT, b::buildImage);
    f.string("runtime_image", STRING_HINT, b::runtimeImage);
    f.bool("maven_wrapper", b::mavenWrapper);
    f.bool("spring_boot_layers", b::springBootLayers);
    f.string("jar", STRING_HINT, b::jar);
    f.strings("source_folders", false, "write a list of folders, e.g. [src]", b::sourceFolders);
    f.bool("skip_tests", b::skipTests);
    f.string("java_tool_options", STRING_HINT, b::javaToolOptions);
    return b;
  }

  private static Recipe.Builder<?> pythonPip(Reading r, Fields f) {
    PythonPipRecipe.Builder b = Recipes.pythonPip();
    common(r, f, b);
    f.string("python", STRING_HINT, b::python);
    f.string("build_image", STRING_HINT, b::buildImage);
    f.string("runtime_image", STRING_HINT, b::runtimeImage);
    f.string("requirements", STRING_HINT, b::requirements);
    command(r, f, b::command);
    f.string("health_path", STRING_HINT, b::healthPath);
    return b;
  }

  private static Recipe.Builder<?> pythonPoetry(Reading r, Fields f) {
    PythonPoetryRecipe.Builder b = Recipes.pythonPoetry();
    common(r, f, b);
    f.string("python", STRING_HINT, b::python);
    f.string("poetry", STRING_HINT, b::poetry);
    f.strings("groups", false, "write a list of Poetry dependency groups, e.g. [deploy]", b::groups);
    f.string("build_image", STRING_HINT, b::buildImage);
    f.string("runtime_image", STRING_HINT, b::runtimeImage);
    command(r, f, b::command);
    f.string("health_path", STRING_HINT, b::healthPath);
    return b;
  }

  private static Recipe.Builder<?> node(Reading r, Fields f) {
    NodeRecipe.Builder b = Recipes.node();
    common(r, f, b);
    f.string("node", STRING_HINT, b::node);
    f.string("image", STRING_HINT, b::image);
    f.string("build_script", STRING_HINT, b::buildScript);
    f.string("build_output", STRING_HINT, b::buildOutput);
    command(r, f, b::command);
    f.string("health_path", STRING_HINT, b::healthPath);
    return b;
  }

  private static Recipe.Builder<?> staticNginx(Reading r, Fields f) {
    StaticNginxRecipe.Builder b = Recipes.staticNginx();
    common(r, f, b);
    f.string("node", STRING_HINT, b::node);
    f.string("build_image", STRING_HINT, b::buildImage);
    f.string("runtime_image", STRING_HINT, b::runtimeImage);
    f.string("build_script", STRING_HINT, b::buildScript);
    f.string("build_output", STRING_HINT, b::buildOutput);
    f.string("health_path", STRING_HINT, b::healthPath);
    return b;
  }

  /** Reads {@code command} as a list of words, or one string split at runs of spaces. */
  private static void command(Reading r, Fields f, Consumer<String[]> set) {
    f.read("command", (n, p) -> {
      if (n.isTextual()) {
        String line = n.textValue().strip();
        return line.isEmpty() ? new String[0] : line.split("\\s+");
      }
      List<String> words = r.strings(n, p, false, COMMAND_HINT);
      return words == null ? null : words.toArray(String[]::new);
    }, set);
  }

  /** Reads {@code user} as {@code "uid:gid"} or one number for both. */
  private static int[] user(Reading r, JsonNode node, ModelPath path) {
    String hint = "write the numeric user and group ids, e.g. \"10001:10001\", or one id for both";
    if (node.isIntegralNumber()) {
      Integer id = r.integer(node, path, hint);
      return id == null ? null : new int[] {id, id};
    }
    String text = r.string(node, path, hint);
    if (text == null) {
      return null;
    }
    String[] parts = text.split(":", -1);
    try {
      if (parts.length == 1) {
        int id = Integer.parseInt(parts[0].strip());
        return new int[] {id, id};
      }
      if (parts.length == 2) {
        return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
      }
    } catch (NumberFormatException notNumeric) {
      // reported below
    }
    r.problem(path, Problem.INVALID_VALUE, "user " + Reading.quote(text) + " is not uid:gid", hint);
    return null;
  }
}
