package io.composegen.generator.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

  /** A record as view objects hand them to templates. */
  public record ServiceView(String name, int port, List<String> tags, boolean enabled) {
  }

  private static final TemplateEngine ENGINE = TemplateEngine.forClasspath("/render/", null);

  @Test
  void rendersATemplateWithAMapModel() {
    assertThat(ENGINE.render("hello.ftl", Map.of("name", "world"))).isEqualTo("Hello world!\n");
  }

  @Test
  void exposesRecordComponentsAsPropertiesAndAsMethods() {
    ServiceView service = new ServiceView("web", 8080, List.of("a", "b"), true);

    assertThat(ENGINE.render("record.ftl", Map.of("service", service))).isEqualTo("web:8080 web [a, b] true\n");
  }

  @Test
  void acceptsARecordAsTheRootOfTheModel() {
    record Root(String name) {
    }
    // Local records are not public, so their components are not visible: views must be public types.
    assertThatThrownBy(() -> ENGINE.render("hello.ftl", new Root("x"))).isInstanceOf(RenderException.class);
    assertThat(ENGINE.render("hello.ftl", new PublicRoot("world"))).isEqualTo("Hello world!\n");
  }

  /** A public record used as the root of a data model. */
  public record PublicRoot(String name) {
  }

  @Test
  void returnsTheTextWithoutNormalisingWhitespaceOrLineEndings() {
    assertThat(ENGINE.render("whitespace.ftl", Map.of())).isEqualTo("a  \r\n\tb\n\n");
  }

  @Test
  void doesNotEscapeEvenForAnHtmlTemplateExtension() {
    assertThat(ENGINE.render("raw.ftlh", Map.of("text", "<b>\"&'</b>"))).isEqualTo("<b>\"&'</b>\n");
  }

  @Test
  void rendersNumbersInComputerFormatWhateverTheDefaultLocale() {
    Locale previous = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.GERMANY, new Locale("ar", "EG"), new Locale("hi", "IN"), Locale.US)) {
        Locale.setDefault(locale);
        TemplateEngine engine = TemplateEngine.forClasspath("/render/", null);
        String text = engine.render("numbers.ftl", Map.of(
            "n", 1000, "big", 1234567L, "ratio", 1234.5, "flag", false, "list", List.of(1, 2)));
        assertThat(text).as("default locale %s", locale).isEqualTo("1000 1234567 1234.5 false 2\n");
      }
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  void failsOnAMissingVariableNamingTheTemplateAndTheLine() {
    assertThatThrownBy(() -> ENGINE.render("missing.ftl", Map.of("service", Map.of("name", "web"))))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("Cannot render template \"missing.ftl\" at line 3")
        .hasMessageContaining("service.image")
        .asInstanceOf(type(RenderException.class))
        .satisfies(e -> {
          assertThat(e.templateName()).isEqualTo("missing.ftl");
          assertThat(e.line()).hasValue(3);
        });
  }

  @Test
  void namesTheIncludedTemplateWhereTheFailureHappened() {
    assertThatThrownBy(() -> ENGINE.render("includes-broken.ftl", Map.of()))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith(
            "Cannot render template \"broken-part.ftl\" (included from \"includes-broken.ftl\") at line 2")
        .asInstanceOf(type(RenderException.class))
        .satisfies(e -> assertThat(e.templateName()).isEqualTo("broken-part.ftl"));
  }

  @Test
  void failsOnASyntaxErrorNamingTheTemplateAndTheLine() {
    assertThatThrownBy(() -> ENGINE.render("syntax-error.ftl", Map.of()))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("Template \"syntax-error.ftl\" has a syntax error at line 2")
        .asInstanceOf(type(RenderException.class))
        .satisfies(e -> assertThat(e.line()).hasValue(2));
  }

  @Test
  void failsOnAMissingTemplateNamingIt() {
    assertThatThrownBy(() -> ENGINE.render("no-such.ftl", Map.of()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("\"no-such.ftl\" not found");
  }

  @Test
  void failsOnANullLoopVariable() {
    assertThatThrownBy(() -> ENGINE.render("loop.ftl", Map.of("items", Arrays.asList("a", null))))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("loop.ftl");
  }

  @Test
  void listsSetsInTheirOwnOrder() {
    assertThat(ENGINE.render("loop.ftl", Map.of("items", new TreeSet<>(List.of("b", "a"))))).isEqualTo("a\nb\n");
  }

  @Test
  void wrapsExceptionsThrownByModelMethodsIntoRenderException() {
    assertThatThrownBy(() -> ENGINE.render("hello.ftl", new ThrowingRoot()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("hello.ftl")
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  /** A model whose accessor fails. */
  public static final class ThrowingRoot {
    /** Always fails. */
    public String getName() {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void userTemplatesOverrideBuiltInOnesOfTheSameName(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("override.ftl"), "overridden ${name}\n", StandardCharsets.UTF_8);
    TemplateEngine engine = TemplateEngine.forClasspath("/render/", folder);

    assertThat(ENGINE.render("override.ftl", Map.of())).isEqualTo("built-in\n");
    assertThat(engine.render("override.ftl", Map.of("name", "é"))).isEqualTo("overridden é\n");
    assertThat(engine.render("builtin-only.ftl", Map.of())).isEqualTo("only built-in\n");
  }

  @Test
  void saysWhichTemplatesTheUsersFolderOverrides(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("override.ftl"), "overridden\n", StandardCharsets.UTF_8);
    Files.createDirectories(folder.resolve("sub.ftl"));
    TemplateEngine engine = TemplateEngine.forClasspath("/render/", folder);

    assertThat(engine.overrides("override.ftl")).isTrue();
    assertThat(engine.overrides("builtin-only.ftl")).isFalse();
    assertThat(engine.overrides("no-such.ftl")).isFalse();
    assertThat(engine.overrides("sub.ftl")).as("a folder is no template").isFalse();
    assertThat(ENGINE.overrides("override.ftl")).as("no folder, nothing overridden").isFalse();
  }

  @Test
  void rejectsAnOverrideFolderThatDoesNotExist(@TempDir Path folder) {
    assertThatThrownBy(() -> TemplateEngine.withOverrides(folder.resolve("absent")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not exist")
        .hasMessageContaining("absent");
  }

  @Test
  void rejectsAnOverrideFolderThatIsAFile(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("file.ftl"), "x");
    assertThatThrownBy(() -> TemplateEngine.withOverrides(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a directory");
  }

  @Test
  void createsTheEngineForTheBuiltInTemplates(@TempDir Path folder) {
    assertThatThrownBy(() -> TemplateEngine.create().render("no-such.ftl", Map.of()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("/io/composegen/generator/templates/");
    assertThatThrownBy(() -> TemplateEngine.withOverrides(folder).render("no-such.ftl", Map.of()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining(folder.toString());
  }
}
