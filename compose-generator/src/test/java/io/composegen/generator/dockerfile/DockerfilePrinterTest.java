package io.composegen.generator.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.ShippedTemplates;
import io.composegen.generator.dockerfile.DockerfileView.DockerignoreView;
import io.composegen.generator.dockerfile.DockerfileView.InstructionView;
import io.composegen.generator.dockerfile.DockerfileView.Section;
import io.composegen.generator.dockerfile.DockerfileView.StageView;
import io.composegen.generator.render.TemplateEngine;
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
import io.composegen.model.recipe.Recipe;
import io.composegen.model.recipe.RecipeBuilder;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.units.ComposeDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DockerfilePrinter} prints what the shipped {@code Dockerfile.ftl} and {@code dockerignore.ftl}, rendered by
 * FreeMarker through the real {@link TemplateEngine}, print for the same view: the templates are the specification
 * of the built-in layouts. {@link DockerfileRenderer} with an engine whose folder holds unchanged copies of the two
 * templates renders them with FreeMarker, and gives the same files as without one.
 */
class DockerfilePrinterTest {

  private static final TemplateEngine TEMPLATES = TemplateEngine.create();
  /** An engine whose folder holds unchanged copies of the shipped templates, which it therefore renders. */
  private static final TemplateEngine SHIPPED_COPIES = TemplateEngine.withOverrides(ShippedTemplates.copies(
      List.of(DockerfileRenderer.DOCKERFILE_TEMPLATE, DockerfileRenderer.DOCKERIGNORE_TEMPLATE)));

  /** Returns the text of the shipped template for {@code view}, and checks that the printer's is the same. */
  private static String printsAsTheTemplate(DockerfileView view) {
    String template = TEMPLATES.render(DockerfileRenderer.DOCKERFILE_TEMPLATE, view);
    assertThat(DockerfilePrinter.dockerfile(view)).isEqualTo(template);
    return template;
  }

  /** Returns the text of the shipped template for {@code view}, and checks that the printer's is the same. */
  private static String printsAsTheTemplate(DockerignoreView view) {
    String template = TEMPLATES.render(DockerfileRenderer.DOCKERIGNORE_TEMPLATE, view);
    assertThat(DockerfilePrinter.dockerignore(view)).isEqualTo(template);
    return template;
  }

  /** Checks the view of {@code dockerfile} as above, and that the renderer gives the same file both ways. */
  private static String rendersAsTheTemplate(Dockerfile dockerfile) {
    String template = printsAsTheTemplate(DockerfileViews.of(dockerfile));
    String rendered = DockerfileRenderer.render(dockerfile);
    assertThat(rendered).isEqualTo(DockerfileRenderer.render(dockerfile, SHIPPED_COPIES))
        .isEqualTo(DockerfileRenderer.render(dockerfile, TEMPLATES));
    return template;
  }

  /** Checks the view of the entries as above, and that the renderer gives the same file both ways. */
  private static String rendersAsTheTemplate(List<String> dockerignore) {
    String template = printsAsTheTemplate(DockerfileRenderer.dockerignoreView(dockerignore));
    assertThat(DockerfileRenderer.renderDockerignore(dockerignore))
        .isEqualTo(DockerfileRenderer.renderDockerignore(dockerignore, SHIPPED_COPIES))
        .isEqualTo(DockerfileRenderer.renderDockerignore(dockerignore, TEMPLATES));
    return template;
  }

  static Stream<String> recipeCases() {
    return RecipeCases.all().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recipeCases")
  void printsEveryGoldenRecipeAsTheTemplatesDo(String name) {
    Recipe recipe = RecipeCases.all().get(name);

    assertThat(rendersAsTheTemplate(recipe.dockerfile())).startsWith("# syntax=docker/dockerfile:1\n\nFROM ");
    assertThat(rendersAsTheTemplate(recipe.dockerignore())).startsWith("# Version control");
  }

  @Test
  void printsEveryInstructionWithHostileValuesAsTheTemplateDoes() {
    String text = rendersAsTheTemplate(DockerfileUtilsOracleTest.everyInstruction());

    assertThat(text).contains(" \\\n    --mount=").contains("\nHEALTHCHECK ").contains("\nSTOPSIGNAL SIGQUIT\n");
  }

  @Test
  void printsALayoutOfContinuationsAndBlankLinesAsTheTemplateDoes() {
    DockerfileView view = new DockerfileView(List.of(
        new StageView("alpine:3.20 AS build", List.of(
            new InstructionView("RUN", List.of("--mount=type=cache,target=/x", "make", "&& make install")),
            new InstructionView("WORKDIR", List.of("/src")))),
        new StageView("build AS empty", List.of())));

    assertThat(printsAsTheTemplate(view)).isEqualTo("""
        # syntax=docker/dockerfile:1

        FROM alpine:3.20 AS build
        RUN --mount=type=cache,target=/x \\
            make \\
            && make install
        WORKDIR /src

        FROM build AS empty
        """);
    assertThat(printsAsTheTemplate(new DockerfileView(List.of()))).isEqualTo("# syntax=docker/dockerfile:1\n");
  }

  @Test
  void printsSectionsAndEmptyOnesAsTheTemplateDoes() {
    DockerignoreView view = new DockerignoreView(List.of(
        new Section("One", List.of("a", "b/")), new Section("Empty", List.of()), new Section("Last", List.of("c"))));

    assertThat(printsAsTheTemplate(view)).isEqualTo("""
        # One
        a
        b/

        # Empty

        # Last
        c
        """);
    assertThat(printsAsTheTemplate(new DockerignoreView(List.of()))).isEmpty();
    assertThat(rendersAsTheTemplate(List.of())).doesNotContain("Build outputs");
    assertThat(rendersAsTheTemplate(List.of(".git", "target/", "node_modules/", "target/")))
        .endsWith("\n\n# Build outputs and dependencies, made inside the image\ntarget/\nnode_modules/\n");
  }

  @Property(tries = 300)
  void printsAnyViewAsTheTemplatesDo(@ForAll("views") DockerfileView view,
      @ForAll("dockerignoreViews") DockerignoreView dockerignore) {
    printsAsTheTemplate(view);
    printsAsTheTemplate(dockerignore);
  }

  @Property(tries = 300)
  void printsAnyDockerfileAsTheTemplateDoes(@ForAll("dockerfiles") Dockerfile dockerfile) {
    rendersAsTheTemplate(dockerfile);
  }

  @Property(tries = 200)
  void printsAnyRecipeAsTheTemplatesDo(@ForAll("recipes") Recipe recipe) {
    rendersAsTheTemplate(recipe.dockerfile());
    rendersAsTheTemplate(recipe.dockerignore());
  }

  /** Any text, line breaks, backslashes and non-ASCII characters among it: the template prints it as it is. */
  private static final Arbitrary<String> ANY_TEXT = Arbitraries.oneOf(
      Arbitraries.strings().withCharRange('a', 'e').ofMaxLength(6),
      Arbitraries.strings().withCharRange(' ', '~').withChars("\n\t\\\u00e9\u20ac\ud83d\ude00").ofMaxLength(30),
      Arbitraries.of("", "\\", " \\\n    ", "${x}", "<#list>", "&&"));

  @Provide
  Arbitrary<DockerfileView> views() {
    Arbitrary<InstructionView> instruction = Combinators.combine(
        Arbitraries.of("RUN", "ENV", "COPY", "HEALTHCHECK", "X", ""), ANY_TEXT.list().ofMinSize(1).ofMaxSize(5))
        .as(InstructionView::new);
    Arbitrary<StageView> stage = Combinators.combine(ANY_TEXT, instruction.list().ofMaxSize(6)).as(StageView::new);
    return stage.list().ofMaxSize(4).map(DockerfileView::new);
  }

  @Provide
  Arbitrary<DockerignoreView> dockerignoreViews() {
    Arbitrary<Section> section = Combinators.combine(ANY_TEXT, ANY_TEXT.list().ofMaxSize(6)).as(Section::new);
    return section.list().ofMaxSize(5).map(DockerignoreView::new);
  }

  /** One-line values that need quoting or escaping: spaces, quotes, backslashes, dollars, non-ASCII. */
  private static final Arbitrary<String> VALUE = Arbitraries.oneOf(
      Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
      Arbitraries.strings().withCharRange(' ', '~').withChars("\u00e9\u2713").ofMaxLength(24));

  private static final Arbitrary<String> NAME = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1)
      .ofMaxLength(8);

  private static final Arbitrary<String> PATH = Arbitraries.oneOf(
      Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).map(p -> "/" + p),
      Arbitraries.of("/my dir/", "/app/out", "/a b/c", "/srv"));

  private static final Arbitrary<String> FOLDER = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1)
      .ofMaxLength(10).map(p -> "/app/" + p);

  /** Shell commands short and long, some joined by {@code &&}, with quotes that hide an {@code &&}. */
  private static final Arbitrary<String> COMMAND = Arbitraries.oneOf(
          Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(40),
          Arbitraries.of("echo 'a && b'", "echo \"c && d\"", "printf '%s\\n' done", "apt-get update",
              "rm -rf /var/lib/apt/lists/*", "echo \\&& x", "true &&", "&& false"))
      .list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join(" && ", parts));

  /** An executable and arguments of any text, for the exec form. */
  private static final Arbitrary<List<String>> ARGS = Combinators.combine(Arbitraries.of("sh", "/app/run", "my tool"),
      ANY_TEXT.list().ofMaxSize(3)).as((executable, args) -> {
        List<String> out = new ArrayList<>(List.of(executable));
        out.addAll(args);
        return out;
      });

  private static final Arbitrary<ComposeDuration> DURATION =
      Arbitraries.of("1s", "500ms", "1m30s", "15s").map(ComposeDuration::parse).injectNull(0.4);

  private static final Arbitrary<RunMount> MOUNT = Arbitraries.oneOf(
      FOLDER.map(RunMount::cache),
      Combinators.combine(FOLDER, Arbitraries.of("apk", "npm")).as((p, id) -> RunMount.cache(p).withId(id)
          .withSharing(RunMount.Sharing.LOCKED)),
      Combinators.combine(Arbitraries.of("npmrc", "pip-conf"), FOLDER).as(RunMount::secret),
      Combinators.combine(Arbitraries.of("pom.xml", "src"), FOLDER).as(RunMount::bind));

  private static final Arbitrary<Instruction> INSTRUCTION = Arbitraries.oneOf(
      Combinators.combine(NAME, VALUE.injectNull(0.3)).as((n, v) -> v == null
          ? Arg.of(n) : Arg.of(n, v)),
      Arbitraries.maps(NAME, VALUE).ofMinSize(1).ofMaxSize(4).map(LinkedHashMap::new)
          .map(Env::new),
      Arbitraries.maps(NAME.map(n -> "org.example." + n.toLowerCase(Locale.ROOT)), VALUE).ofMinSize(1)
          .ofMaxSize(3).map(LinkedHashMap::new).map(Label::new),
      Combinators.combine(COMMAND, MOUNT.list().ofMaxSize(3)).as((command, mounts) -> {
        Run run = Run.shell(command);
        for (RunMount mount : mounts) {
          run = run.withMount(mount);
        }
        return run;
      }),
      ARGS.map(args -> Run.exec(args.toArray(String[]::new))),
      Combinators.combine(PATH.list().ofMinSize(1).ofMaxSize(3), PATH, Arbitraries.of(true, false))
          .as((sources, dest, link) -> Copy.of(sources, sources.size() > 1 && !dest.endsWith("/") ? dest + "/" : dest).withChown("10001:10001").withLink(link)),
      PATH.map(p -> Copy.fromStage("s0", p, "/app")),
      PATH.map(p -> Add.of("https://example.com/a.tar.gz", p)),
      FOLDER.map(Workdir::new),
      Arbitraries.integers().between(0, 65535).map(uid -> User.of(uid, uid)),
      Arbitraries.integers().between(1, 65535).map(port -> port % 2 == 0 ? Expose.tcp(port) : Expose.udp(port)),
      Combinators.combine(ARGS, DURATION, DURATION, DURATION,
              Arbitraries.integers().between(1, 9).injectNull(0.4))
          .as((command, interval, timeout, start, retries) -> new Healthcheck(command, interval, timeout, start,
              retries)),
      Arbitraries.just(Healthcheck.none()),
      ARGS.map(args -> Entrypoint.of(
          args.toArray(String[]::new))),
      Arbitraries.oneOf(ARGS, Arbitraries.just(List.<String>of())).map(args -> Cmd.of(args.toArray(String[]::new))),
      Arbitraries.just(Shell.of("/bin/sh", "-eu", "-c")),
      PATH.list().ofMinSize(1).ofMaxSize(3).map(paths -> Volume.of(
          paths.toArray(String[]::new))),
      Arbitraries.of("SIGQUIT", "SIGTERM").map(StopSignal::new));

  @Provide
  Arbitrary<Dockerfile> dockerfiles() {
    return Combinators.combine(INSTRUCTION.list().ofMaxSize(12).list().ofMinSize(1).ofMaxSize(3),
        Arbitraries.of("", "$BUILDPLATFORM")).as((stages, platform) -> {
          List<Stage> out = new ArrayList<>();
          for (int i = 0; i < stages.size(); i++) {
            Stage.Builder stage = Stage.builder("s" + i);
            if (i == 0) {
              stage.from("alpine:3.20");
              if (!platform.isEmpty()) {
                stage.platform(platform);
              }
            } else {
              stage.fromStage("s" + (i - 1));
            }
            out.add(stage.instructions(stages.get(i)).build());
          }
          return Dockerfile.of(out.toArray(Stage[]::new));
        });
  }

  /** Recipes of every kind with the options every recipe takes, and some of each kind's own. */
  @Provide
  Arbitrary<Recipe> recipes() {
    Arbitrary<RecipeBuilder<?, ?>> kinds = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of("17", "21"), Arbitraries.of(true, false), Arbitraries.of(true, false))
            .as((java, wrapper, layers) -> Recipes.javaMaven().java(java).mavenWrapper(wrapper)
                .springBootLayers(layers)),
        Arbitraries.of("requirements.txt", "requirements/prod.txt").map(r -> Recipes.pythonPip().requirements(r)),
        Arbitraries.of("3.11", "3.12").map(p -> Recipes.pythonPoetry().python(p)),
        Arbitraries.of("20", "22").map(n -> Recipes.node().node(n)),
        Arbitraries.of("dist", "build").map(o -> Recipes.staticNginx().buildOutput(o)));
    return Combinators.combine(kinds, Arbitraries.integers().between(1024, 65535), Arbitraries.integers()
            .between(1000, 65000), VALUE.injectNull(0.5), VALUE.injectNull(0.5), FOLDER.list().ofMaxSize(2),
            Arbitraries.of(true, false))
        .as((builder, port, uid, title, description, writable, healthcheck) -> {
          builder.port(port).user(uid, uid).writablePaths(writable);
          if (title != null) {
            builder.title(title);
          }
          if (description != null) {
            builder.description(description);
          }
          if (!healthcheck) {
            builder.noHealthcheck();
          }
          return (Recipe) builder.build();
        });
  }
}
