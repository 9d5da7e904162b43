package io.composegen.model.layer;

import io.composegen.model.Stack;
import io.composegen.model.internal.Tasks;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A stack with every environment resolved and its layers factored into files, each computed once; immutable.
 *
 * <p>One generation run needs these several times (validation, the check that the files merge back, the compose
 * files, {@code .env.example}, the README), and on a stack of thousands of services each costs a copy of every
 * service. Computing them once and handing this object along keeps the run linear in the stack's size.
 */
public final class Environments {

  private final Stack stack;
  private final Stack files;
  private final Map<String, Stack> resolved;

  private Environments(Stack stack) {
    this.stack = stack;
    // Factoring and resolving read the stack only and take about as long: with layers, the files are factored on
    // another core meanwhile, and what factoring throws is thrown first, as when it was done first. A stack without
    // layers is its own files; factoring it would copy every service to an equal one.
    CompletableFuture<Stack> factored = stack.layers().isEmpty()
        ? CompletableFuture.completedFuture(stack)
        : CompletableFuture.supplyAsync(() -> Layers.factor(stack));
    Map<String, Stack> out = new LinkedHashMap<>();
    try {
      for (String environment : stack.environments()) {
        out.put(environment, stack.resolve(environment));
      }
    } catch (RuntimeException | Error e) {
      Tasks.join(factored);
      throw e;
    }
    this.files = Tasks.join(factored);
    this.resolved = Collections.unmodifiableMap(out);
  }

  /** Resolves every environment of {@code stack} and factors its layers. */
  public static Environments of(Stack stack) {
    return new Environments(Objects.requireNonNull(stack, "stack"));
  }

  /** Returns the stack as given. */
  public Stack stack() {
    return stack;
  }

  /** Returns the stack as files, as {@link Layers#factor(Stack)} gives it. */
  public Stack files() {
    return files;
  }

  /** Returns the names of the environments: {@link Stack#BASE} first, then each layer in declaration order. */
  public List<String> names() {
    return List.copyOf(resolved.keySet());
  }

  /**
   * Returns environment {@code environment} as {@link Stack#resolve(String)} gives it.
   *
   * @throws IllegalArgumentException when the stack has no such environment
   */
  public Stack resolved(String environment) {
    Stack out = resolved.get(Objects.requireNonNull(environment, "environment"));
    if (out == null) {
      throw new IllegalArgumentException("no environment \"" + environment + "\"; this stack has " + names());
    }
    return out;
  }

  /** Returns every environment by name, in the order of {@link #names()}; unmodifiable. */
  public Map<String, Stack> resolved() {
    return resolved;
  }
}
