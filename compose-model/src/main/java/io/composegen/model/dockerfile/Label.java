package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A {@code LABEL} instruction setting one or more image labels; immutable.
 *
 * @param labels the labels in declaration order; keys are letters, digits and {@code . _ - /}; values are single
 *     lines; at least one; never null
 */
public record Label(Map<String, String> labels) implements Instruction {

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

  /** Copies the labels and checks keys and values, naming the offending one. */
  public Label {
    labels = Copies.map(labels, "label");
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("label must set at least one label");
    }
    labels.forEach((key, value) -> {
      if (!KEY.matcher(key).matches()) {
        throw new IllegalArgumentException("label key \"" + Checks.printable(key)
            + "\" must start with a letter or digit and contain only letters, digits, '.', '_', '-' and '/'");
      }
      Checks.noControl(value, "label." + key);
    });
  }

  /** Returns a LABEL setting one label. */
  public static Label of(String key, String value) {
    Map<String, String> one = new LinkedHashMap<>();
    one.put(key, value);
    return new Label(one);
  }

  @Override
  public String keyword() {
    return "LABEL";
  }
}
