package io.composegen.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Service;
import java.util.List;

/** Helpers of the validation tests: run the default validator and pick problems by code. */
final class Validations {

  private Validations() {}

  /** Returns the problems the default validator finds in {@code stack}. */
  static List<Problem> problems(Stack stack) {
    return Validator.create().validate(stack).problems();
  }

  /** Returns the problems of {@code code} the default validator finds in {@code stack}. */
  static List<Problem> problems(Stack stack, String code) {
    return problems(stack).stream().filter(p -> p.code().equals(code)).toList();
  }

  /** Returns a stack of the given services and no layers. */
  static Stack base(Service.Builder... services) {
    Stack.Builder stack = Stack.builder("app");
    for (Service.Builder service : services) {
      stack.service(service);
    }
    return stack.build();
  }

  /** Returns a stack of the given services and an empty prod layer. */
  static Stack production(Service.Builder... services) {
    return base(services).toBuilder().layer(Layer.prod()).build();
  }

  /** Asserts that exactly one problem of {@code code} is found, at {@code path} with {@code message}. */
  static void assertOnly(Stack stack, String code, String path, String message) {
    assertThat(problems(stack, code)).extracting(Problem::code, p -> p.path().toString(), Problem::message)
        .containsExactly(tuple(code, path, message));
  }

  /** Asserts that no problem of {@code code} is found. */
  static void assertNone(Stack stack, String code) {
    assertThat(problems(stack, code)).isEmpty();
  }
}
