package io.composegen.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.composegen.generator.imports.ComposeReader;
import io.composegen.generator.imports.DescriptorReader;
import io.composegen.generator.imports.Problem;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.imports.UnsetVariables;
import io.composegen.generator.validate.Rule;
import io.composegen.generator.validate.RuleRegistry;
import io.composegen.generator.validate.ValidationReport;
import io.composegen.generator.validate.Validator;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.service.BuildSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs every Java sample of the documentation ({@code README.md} and {@code docs/**}/*.md), and checks
 * that its YAML, JSON and XML samples parse, that descriptor samples read as the page says, and that
 * {@code scripts/first-use.sh} runs the commands of the getting-started page.
 *
 * <p>Conventions for writing samples, which {@code docs/README.md} repeats for authors:
 *
 * <ul>
 *   <li>A {@code java} block that declares a top-level class is a whole source file: it is compiled as written and,
 *       when it has a {@code main}, run with a temporary folder as its only argument.
 *   <li>Any other {@code java} block is a fragment: a sequence of statements, optionally preceded by its
 *       {@code import} lines. It is compiled inside a method that has {@code Path dir} and {@code Path folder} (an
 *       empty temporary folder) in scope, with the composegen and JDK types it names imported, and run. A fragment
 *       that uses variables an earlier fragment of the same page declares is compiled and run after that one.
 *   <li>A {@code yaml} block whose first line is {@code # src/main/compose/stack.yaml} is a stack descriptor and
 *       must read without problems; {@code # src/main/compose/stack.yaml: CG701} means reading it reports CG701.
 * </ul>
 */
class DocsSamplesTest {

  private static final Pattern FENCE = Pattern.compile("(?m)^```([A-Za-z0-9_-]*)[^\\n]*\\n(.*?)^```[ \\t]*$",
      Pattern.DOTALL);

  private static final Pattern TYPE_DECLARATION =
      Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?(?:class|record|interface|enum)\\s+(\\w+)");

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

  private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;$");

  private static final Pattern DESCRIPTOR_MARK =
      Pattern.compile("^# src/main/compose/stack\\.yaml(?::\\s*(CG\\d{3}))?\\s*$");

  /** Where a simple name is ambiguous among composegen's types, the type documentation samples mean. */
  private static final List<String> PREFERRED_PACKAGES = List.of(
      "io.composegen.model", "io.composegen.model.service", "io.composegen.model.layer",
      "io.composegen.model.resource", "io.composegen.model.units", "io.composegen.model.preset",
      "io.composegen.model.recipe", "io.composegen.generator", "io.composegen.generator.validate");

  private static final List<String> JDK_IMPORTS = List.of(
      "java.io.*", "java.math.BigDecimal", "java.nio.charset.StandardCharsets", "java.nio.file.*", "java.util.*");

  /** A fenced block of a page. */
  record Block(Path page, int line, String language, String text) {

    String where() {
      return root().relativize(page) + ":" + line;
    }
  }

  private static List<Block> blocks;

  private static Map<String, String> composegenTypes;

  @TempDir
  Path temp;

  @BeforeAll
  static void readPages() throws IOException {
    List<Path> pages = new ArrayList<>();
    pages.add(root().resolve("README.md"));
    try (Stream<Path> docs = Files.walk(root().resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    blocks = new ArrayList<>();
    for (Path page : pages) {
      String text = Files.readString(page, StandardCharsets.UTF_8);
      Matcher m = FENCE.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        blocks.add(new Block(page, line, m.group(1).toLowerCase(Locale.ROOT), m.group(2)));
      }
    }
    composegenTypes = composegenTypes();
  }

  static Path root() {
    return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
  }

  private static List<Block> blocks(String language) {
    return blocks.stream().filter(b -> b.language().equals(language)).toList();
  }

  @Test
  void findsTheSamplesOfEveryPage() {
    assertThat(blocks("java")).hasSizeGreaterThanOrEqualTo(10);
    assertThat(blocks("java")).extracting(b -> root().relativize(b.page()).toString())
        .contains("README.md", "docs/getting-started.md", "docs/layers.md");
  }

  @Test
  void compilesAndRunsEveryJavaSample() throws Exception {
    Map<Path, List<String>> bodiesByPage = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    int index = 0;
    for (Block block : blocks("java")) {
      index++;
      Path out = Files.createDirectories(temp.resolve("classes-" + index));
      Path runIn = Files.createDirectories(temp.resolve("run-" + index));
      Matcher type = TYPE_DECLARATION.matcher(block.text());
      if (type.find()) {
        String className = type.group(1);
        Matcher pkg = PACKAGE.matcher(block.text());
        String qualified = pkg.find() ? pkg.group(1) + "." + className : className;
        List<String> errors = compile(Map.of(qualified, block.text()), out);
        if (!errors.isEmpty()) {
          failures.add(block.where() + " does not compile:\n  " + String.join("\n  ", errors));
          continue;
        }
        String failure = runMain(out, qualified, runIn);
        if (failure != null) {
          failures.add(block.where() + " fails when run: " + failure);
        }
        continue;
      }
      List<String> earlier = bodiesByPage.computeIfAbsent(block.page(), p -> new ArrayList<>());
      String className = "DocSample" + index;
      String body = block.text();
      List<String> errors = compile(Map.of("docsamples." + className, fragment(className, body)), out);
      for (int from = earlier.size() - 1; !errors.isEmpty() && from >= 0; from--) {
        String continued = String.join("\n", earlier.subList(from, earlier.size())) + "\n" + block.text();
        List<String> retry = compile(Map.of("docsamples." + className, fragment(className, continued)), out);
        if (retry.isEmpty()) {
          body = continued;
          errors = retry;
        }
      }
      earlier.add(block.text());
      if (!errors.isEmpty()) {
        failures.add(block.where() + " does not compile:\n  " + String.join("\n  ", errors));
        continue;
      }
      String failure = runFragment(out, "docsamples." + className, runIn);
      if (failure != null) {
        failures.add(block.where() + " fails when run: " + failure);
      }
    }
    assertThat(failures).as("Java samples in the documentation").isEmpty();
  }

  @Test
  void everyYamlSampleParses() {
    YAMLMapper yaml = new YAMLMapper();
    List<String> failures = new ArrayList<>();
    for (Block block : blocks("yaml")) {
      Matcher mark = DESCRIPTOR_MARK.matcher(block.text().lines().findFirst().orElse(""));
      if (mark.matches() && "CG700".equals(mark.group(1))) {
        continue; // shows a syntax error on purpose; descriptorSamplesReadAsThePagesSay checks it reports one
      }
      try (MappingIterator<JsonNode> docs = yaml.readerFor(JsonNode.class).readValues(block.text())) {
        docs.readAll();
      } catch (IOException | RuntimeException e) {
        failures.add(block.where() + ": " + e.getMessage());
      }
    }
    assertThat(failures).as("YAML samples that do not parse").isEmpty();
  }

  @Test
  void descriptorSamplesReadAsThePagesSay() {
    List<String> failures = new ArrayList<>();
    int descriptors = 0;
    for (Block block : blocks("yaml")) {
      Matcher mark = DESCRIPTOR_MARK.matcher(block.text().lines().findFirst().orElse(""));
      if (!mark.matches()) {
        continue;
      }
      descriptors++;
      List<Problem> problems = DescriptorReader.create().read(block.text(), "src/main/compose/stack.yaml").problems();
      String expected = mark.group(1);
      if (expected == null && !problems.isEmpty()) {
        failures.add(block.where() + ": " + problems);
      } else if (expected != null && problems.stream().noneMatch(p -> p.code().equals(expected))) {
        failures.add(block.where() + ": expected " + expected + ", got " + problems);
      }
    }
    assertThat(descriptors).as("descriptor samples in docs/guides and docs/getting-started.md").isGreaterThan(3);
    assertThat(failures).isEmpty();
  }

  /**
   * docs/validation.md shows each rule's example as what trips it: for the rules about compose files, read the
   * example as a base file (with an empty production layer for production rules) and check that it does; the rules
   * about compose files as written check the example written as {@code compose.yaml}, in an empty environment. The
   * Dockerfile rules' examples are Dockerfile text, which composegen does not read; their tests cover the rules.
   */
  @Test
  void everyComposeRuleExampleTripsItsRule(@TempDir Path scratch) throws IOException {
    List<String> failures = new ArrayList<>();
    for (Rule rule : RuleRegistry.all()) {
      if (rule.isDockerfileRule()) {
        continue;
      }
      if (rule.isFileRule()) {
        Path file = Files.writeString(scratch.resolve("compose.yaml"), rule.example());
        List<io.composegen.generator.validate.Problem> found = UnsetVariables.find(List.of(file), scratch, Map.of());
        if (found.stream().noneMatch(p -> p.code().equals(rule.code()))) {
          failures.add(rule.code() + ": the example written as compose.yaml does not trip the rule: " + found);
        }
        continue;
      }
      ReadResult<Stack> read = ComposeReader.create().readBase(rule.example());
      if (read.value() == null) {
        failures.add(rule.code() + ": the example does not read: " + read.problems());
        continue;
      }
      Stack stack = read.value();
      if (rule.productionOnly() && stack.layers().values().stream().noneMatch(Layer::production)) {
        stack = stack.toBuilder().layer(Layer.prod()).build();
      }
      if (rule == RuleRegistry.ENTRYPOINT_CLEARS_COMMAND) {
        stack = withGeneratedDockerfiles(stack);
      }
      ValidationReport report = Validator.create().validate(stack);
      if (report.problems().stream().noneMatch(p -> p.code().equals(rule.code()))) {
        failures.add(rule.code() + ": the example does not trip the rule; the report is\n" + report.toText());
      }
    }
    assertThat(failures).isEmpty();
  }

  /**
   * Returns the stack with the Dockerfile of every {@code build:} generated by a recipe, as CG152's example assumes:
   * the rule knows the command only of the images composegen writes the Dockerfiles of.
   */
  private static Stack withGeneratedDockerfiles(Stack stack) {
    Stack.Builder out = stack.toBuilder();
    stack.services().values().forEach(service -> {
      if (service.build() != null) {
        out.service(service.toBuilder().build((BuildSpec) null).build(service.build().context(),
            Recipes.pythonPip().python("3.11").command("gunicorn", "app:app").build()));
      }
    });
    return out.build();
  }

  @Test
  void everyJsonAndXmlSampleParses() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> failures = new ArrayList<>();
    for (Block block : blocks("json")) {
      try {
        json.readTree(block.text());
      } catch (IOException e) {
        failures.add(block.where() + ": " + e.getMessage());
      }
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    for (Block block : blocks("xml")) {
      // A sample may hold several sibling elements (plugins, executions): parse it inside one root.
      String wrapped = "<sample>" + block.text().replaceFirst("^<\\?xml[^>]*\\?>", "") + "</sample>";
      try {
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(wrapped.getBytes(StandardCharsets.UTF_8)));
      } catch (Exception e) {
        failures.add(block.where() + ": " + e.getMessage());
      }
    }
    assertThat(failures).as("JSON and XML samples that do not parse").isEmpty();
  }

  /** docs/plugin.md names every goal of the plugin's Mojos and every parameter a user can set. */
  @Test
  void pluginPageListsEveryGoalAndParameter() throws IOException {
    String page = Files.readString(root().resolve("docs/plugin.md"), StandardCharsets.UTF_8);
    Pattern goal = Pattern.compile("@Mojo\\(name = \"([\\w-]+)\"");
    Pattern parameter = Pattern.compile(
        "@Parameter(?:\\(([^)]*)\\))?\\s+(?:protected |private |public )?[\\w<>., ]+?\\s(\\w+)\\s*(?:=[^;]*)?;");
    List<String> missing = new ArrayList<>();
    try (Stream<Path> sources = Files.walk(root().resolve("compose-maven-plugin/src/main/java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Matcher g = goal.matcher(text);
        while (g.find()) {
          if (!page.contains("`compose:" + g.group(1) + "`")) {
            missing.add("goal compose:" + g.group(1));
          }
        }
        Matcher p = parameter.matcher(text);
        while (p.find()) {
          boolean readonly = p.group(1) != null && p.group(1).replace(" ", "").contains("readonly=true");
          if (!readonly && !page.contains("| `" + p.group(2) + "`")) {
            missing.add("parameter " + p.group(2) + " (" + source.getFileName() + ")");
          }
        }
      }
    }
    assertThat(missing).as("goals and parameters docs/plugin.md does not list").isEmpty();
  }

  /** docs/README.md, the index, links every page of docs/ (the decision records through their folder). */
  @Test
  void indexLinksEveryPage() throws IOException {
    Path docs = root().resolve("docs");
    String index = Files.readString(docs.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> unlisted = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(docs)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String relative = docs.relativize(page).toString().replace(File.separatorChar, '/');
        if (!relative.equals("README.md") && !relative.startsWith("adr/") && !index.contains("(" + relative + ")")) {
          unlisted.add(relative);
        }
      }
    }
    assertThat(index).contains("(adr/)");
    assertThat(unlisted).as("pages docs/README.md does not link").isEmpty();
  }

  /** Every relative link of README.md and docs/ leads to a file that exists, and an anchor to a heading in it. */
  @Test
  void everyRelativeLinkResolves() throws IOException {
    Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    List<String> failures = new ArrayList<>();
    Set<Path> pages = new TreeSet<>();
    blocks.forEach(b -> pages.add(b.page()));
    pages.add(root().resolve("docs/README.md"));
    try (Stream<Path> docs = Files.walk(root().resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(pages::add);
    }
    for (Path page : pages) {
      String text = FENCE.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
      Matcher m = link.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^[a-z]+:.*")) {
          continue; // http:, https:, mailto:
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          failures.add(root().relativize(page) + ": " + target + " (no such file)");
        } else if (hash >= 0 && resolved.toString().endsWith(".md")
            && !anchors(resolved).contains(target.substring(hash + 1))) {
          failures.add(root().relativize(page) + ": " + target + " (no such heading)");
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** Returns the anchors GitHub gives the headings of a page. */
  private static Set<String> anchors(Path page) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    String text = FENCE.matcher(Files.readString(page, StandardCharsets.UTF_8)).replaceAll("");
    for (String line : text.split("\n")) {
      if (line.matches("^#{1,6} .*")) {
        String heading = line.replaceFirst("^#+ ", "").strip().toLowerCase(Locale.ROOT);
        out.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return out;
  }

  @Test
  void firstUseScriptRunsTheGettingStartedCommands() throws IOException {
    String page = Files.readString(root().resolve("docs/getting-started.md"), StandardCharsets.UTF_8);
    int start = page.indexOf("\n## 1. Zero configuration");
    int end = page.indexOf("\n## ", start + 1);
    assertThat(start).as("the zero-configuration section of docs/getting-started.md").isPositive();
    String section = page.substring(start, end < 0 ? page.length() : end);
    Set<String> scriptLines = Files.readAllLines(root().resolve("scripts/first-use.sh"), StandardCharsets.UTF_8)
        .stream().map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new));

    List<String> commands = new ArrayList<>();
    Matcher m = FENCE.matcher(section);
    while (m.find()) {
      if (m.group(1).equals("sh")) {
        m.group(2).lines().map(l -> l.replaceFirst("\\s+#.*$", "").strip())
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            // These need a container engine; the script has docker-compose read the files instead.
            .filter(l -> !l.startsWith("docker compose") && !l.startsWith("curl "))
            .forEach(commands::add);
      }
    }

    assertThat(commands).contains("mvn compose:generate", "mvn verify");
    assertThat(commands).allSatisfy(command -> assertThat(scriptLines)
        .as("scripts/first-use.sh runs `%s` as docs/getting-started.md says", command)
        .anySatisfy(line -> assertThat(line.equals(command) || line.startsWith(command + " ")).isTrue()));
  }

  // Compiling and running.

  private static String fragment(String className, String body) {
    List<String> imports = new ArrayList<>();
    StringBuilder statements = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      if (IMPORT.matcher(line.strip()).matches() && statements.toString().isBlank()) {
        imports.add(line.strip());
      } else {
        statements.append("      ").append(line).append('\n');
      }
    }
    Set<String> named = new TreeSet<>();
    Matcher identifiers = Pattern.compile("\\b[A-Z]\\w*\\b").matcher(body);
    while (identifiers.find()) {
      String type = composegenTypes.get(identifiers.group());
      if (type != null) {
        named.add("import " + type + ";");
      }
    }
    StringBuilder source = new StringBuilder("package docsamples;\n\n");
    JDK_IMPORTS.forEach(i -> source.append("import ").append(i).append(";\n"));
    named.forEach(i -> source.append(i).append('\n'));
    imports.stream().filter(i -> !named.contains(i)).forEach(i -> source.append(i).append('\n'));
    source.append("\npublic final class ").append(className).append(" {\n")
        .append("  public static void run(Path dir, Path folder) throws Exception {\n")
        .append("    {\n").append(statements).append("    }\n")
        .append("  }\n}\n");
    return source.toString();
  }

  private static List<String> compile(Map<String, String> sources, Path out) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK compiler").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      Path src = Files.createDirectories(out.resolve("../src-" + out.getFileName()).normalize());
      List<File> written = new ArrayList<>();
      for (Map.Entry<String, String> e : sources.entrySet()) {
        Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        written.add(file.toFile());
      }
      List<String> options = List.of("-d", out.toString(), "-classpath", classPath(), "--release", "17",
          "-proc:none", "-Xlint:none");
      StringWriter log = new StringWriter();
      boolean ok = javac.getTask(log, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(written))
          .call();
      List<String> errors = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT)
              + " [" + sourceLine(sources, d) + "]")
          .toList();
      return ok ? List.of() : errors.isEmpty() ? List.of(log.toString()) : errors;
    }
  }

  private static String sourceLine(Map<String, String> sources, Diagnostic<? extends JavaFileObject> d) {
    String source = sources.values().iterator().next();
    String[] lines = source.split("\n", -1);
    long n = d.getLineNumber();
    return n >= 1 && n <= lines.length ? lines[(int) n - 1].strip() : "";
  }

  private static String runMain(Path classes, String className, Path runIn) throws Exception {
    try (URLClassLoader loader = loader(classes)) {
      Method main;
      try {
        main = loader.loadClass(className).getMethod("main", String[].class);
      } catch (NoSuchMethodException e) {
        return null; // a type shown for its declaration only
      }
      return invoke(() -> main.invoke(null, (Object) new String[] {runIn.toString()}));
    }
  }

  private static String runFragment(Path classes, String className, Path runIn) throws Exception {
    try (URLClassLoader loader = loader(classes)) {
      Method run = loader.loadClass(className).getMethod("run", Path.class, Path.class);
      return invoke(() -> run.invoke(null, runIn, runIn));
    }
  }

  private interface Invocation {
    void call() throws Exception;
  }

  /** Runs a sample with its output captured, so that it shows only when the sample fails. */
  private static String invoke(Invocation invocation) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      String failure = run(invocation);
      return failure == null ? null : failure + "\n  output:\n" + captured.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static String run(Invocation invocation) {
    try {
      invocation.call();
      return null;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      StringBuilder trace = new StringBuilder(cause.toString());
      for (StackTraceElement element : cause.getStackTrace()) {
        trace.append("\n    at ").append(element);
        if (element.getClassName().startsWith("docsamples.") || !element.getClassName().contains(".")) {
          break;
        }
      }
      return trace.toString();
    } catch (Exception e) {
      return e.toString();
    }
  }

  private static URLClassLoader loader(Path classes) throws IOException {
    return new URLClassLoader(new URL[] {classes.toUri().toURL()}, DocsSamplesTest.class.getClassLoader());
  }

  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> anchor : List.of(Stack.class, ComposeGenerator.class, JsonNode.class)) {
      entries.add(location(anchor).toString());
    }
    entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    return String.join(File.pathSeparator, entries);
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns composegen's public top-level types by simple name; an ambiguous name maps to the preferred type. */
  private static Map<String, String> composegenTypes() throws IOException {
    Map<String, List<String>> byName = new TreeMap<>();
    for (Class<?> anchor : List.of(Stack.class, ComposeGenerator.class)) {
      for (String qualified : classNames(location(anchor))) {
        if (qualified.contains("$") || qualified.contains(".internal.") || !qualified.startsWith("io.composegen.")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(qualified, false, DocsSamplesTest.class.getClassLoader());
          if (Modifier.isPublic(type.getModifiers())) {
            byName.computeIfAbsent(type.getSimpleName(), n -> new ArrayList<>()).add(qualified);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // not loadable here; samples cannot use it either
        }
      }
    }
    Map<String, String> chosen = new TreeMap<>();
    byName.forEach((name, candidates) -> {
      if (candidates.size() == 1) {
        chosen.put(name, candidates.get(0));
        return;
      }
      for (String pkg : PREFERRED_PACKAGES) {
        for (String candidate : candidates) {
          if (candidate.equals(pkg + "." + name)) {
            chosen.put(name, candidate);
            return;
          }
        }
      }
    });
    return chosen;
  }

  private static List<String> classNames(Path location) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.filter(p -> p.toString().endsWith(".class")).forEach(p -> names.add(
            location.relativize(p).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "")));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class"))
            .forEach(n -> names.add(n.replace('/', '.').replaceAll("\\.class$", "")));
      }
    }
    if (names.isEmpty()) {
      fail("no classes found in " + location);
    }
    return names;
  }
}
