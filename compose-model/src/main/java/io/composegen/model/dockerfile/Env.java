package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code ENV} instruction setting one or more environment variables; immutable.
 *
 * <p>Values are single lines and may refer to other variables as {@code $NAME} or {@code ${NAME}}, which the
 * builder expands (so {@code PATH=/opt/venv/bin:$PATH} works); renderers quote values that need it.
 *
 * @param variables the variables in declaration order; at least one; never null
 */
public record Env(Map<String, String> variables) implements Instruction {

  /** Copies the variables and checks names and values, naming the offending one. */
  public Env {
    variables = Copies.map(variables, "env");
    if (variables.isEmpty()) {
      throw new IllegalArgumentException("env must set at least one variable");
    }
    variables.forEach((name, value) -> {
      Checks.variableName(name, "env name");
      Checks.noControl(value, "env." + name);
    });
  }

  /** Returns an ENV setting one variable. */
  public static Env of(String name, String value) {
    Map<String, String> one = new LinkedHashMap<>();
    one.put(name, value);
    return new Env(one);
  }

  @Override
  public String keyword() {
    return "ENV";
  }
}
