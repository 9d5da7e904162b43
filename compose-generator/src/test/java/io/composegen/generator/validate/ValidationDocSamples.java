package io.composegen.generator.validate;

import io.composegen.generator.ComposeGenerator;
import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.recipe.Recipes;
import io.composegen.model.service.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The code samples of {@code docs/validation.md}: {@link ValidationReference} copies the lines between each
 * {@code tag::<name>[]} and {@code end::<name>[]} comment into the page, and {@link ValidationReferenceTest} runs
 * them, so a sample that no longer compiles or works fails the build.
 */
final class ValidationDocSamples {

  private ValidationDocSamples() {}

  /** Returns the sample stack: a web service with mistakes, a search service and a dev layer. */
  static Stack stack() {
    // tag::stack[]
    Stack stack = Stack.builder("shop")
        .service(Service.builder("web")
            .build("./web", Recipes.pythonPip().python("3.12").port(8000).build())
            .image("ghcr.io/acme/shop-web:1.4.0")
            .port("8080:8000")
            .dependsOn("serach")
            .env("SECRET_KEY", "s3cr3t"))
        .service(Service.builder("search")
            .image("elasticsearch:8.15.0")
            .env("discovery.type", "single-node")
            .env("xpack.security.enabled", "false"))
        .layer(Layer.dev()
            .service(Service.builder("docs").image("squidfunk/mkdocs-material:9.5.34").port("8080:8000")))
        .build();
    // end::stack[]
    return stack;
  }

  /** Validates {@code stack} as the page shows and writes the SARIF report into {@code folder}. */
  static ValidationReport validate(Stack stack, Path folder) throws IOException {
    // tag::validate[]
    Validator validator = Validator.builder()
        .acknowledge("search", "CG207", "a throwaway index on the developer's machine")
        .failOn(Severity.ERROR)
        .build();
    ComposeGenerator generator = ComposeGenerator.builder().validator(validator).build();

    ValidationReport report = generator.validate(stack);
    System.out.print(report.toText());
    Files.writeString(folder.resolve("composegen.sarif"), ReportFormat.SARIF.render(report));
    if (!report.failed()) {
      generator.generate(stack, folder);
    }
    // end::validate[]
    return report;
  }
}
