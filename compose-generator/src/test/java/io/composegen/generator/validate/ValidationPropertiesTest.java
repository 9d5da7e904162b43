package io.composegen.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.generator.env.EnvExampleRenderer;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Service;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any string the model accepts is validated and listed in .env.example without an exception, the same way twice. */
class ValidationPropertiesTest {

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(12),
        Arbitraries.strings().withChars("${}:-?+$ab_1\n\"'#").ofMaxLength(14),
        Arbitraries.of("${", "$$", "${A:-${B", "${A:?}", "$", "${1}", "latest", "x:latest", "a@b", ":", "/"));
  }

  @Property(tries = 400)
  void validatesAndListsVariablesOfHostileStringsWithoutThrowing(@ForAll("hostile") String a,
      @ForAll("hostile") String b, @ForAll("hostile") String c) {
    Stack stack = Stack.builder("app")
        .service(Service.builder("web").image(a).containerName(b).env("SECRET_" + "KEY", c).env("X", a)
            .command(b).label("l", c))
        .service(Service.builder("api").image(c).containerName(b).env("API_TOKEN", a))
        .layer(Layer.dev().service("web", w -> w.env("Y", b)))
        .layer(Layer.prod().allServices(s -> s.env("Z", c)).service("api", s -> s.image(b)))
        .build();

    ValidationReport first = Validator.create().validate(stack);
    ValidationReport second = Validator.create().validate(stack);

    assertThat(second).isEqualTo(first);
    assertThat(first.toText()).endsWith(first.summary() + "\n");
    assertThat(ReportFormat.SARIF.render(first)).isEqualTo(ReportFormat.SARIF.render(second));
    assertThat(EnvExampleRenderer.render(stack)).isEqualTo(EnvExampleRenderer.render(stack));
    EnvExampleRenderer.render(stack).ifPresent(text -> assertThat(text.lines())
        .allMatch(line -> line.isEmpty() || line.startsWith("#") || line.matches("[A-Za-z_][A-Za-z0-9_]*=.*")));
  }
}
