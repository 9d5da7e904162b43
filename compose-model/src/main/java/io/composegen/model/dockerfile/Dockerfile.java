package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A multi-stage Dockerfile: named stages in build order, the last one being the image; immutable.
 *
 * <p>Stage names are unique, and a stage built on another stage names one declared before it. A stage based on
 * an image whose plain name equals an earlier stage's name is rejected, because Docker would read it as that
 * stage.
 *
 * @param stages the stages in order; at least one; never null
 */
public record Dockerfile(List<Stage> stages) {

  /** Copies the stages and checks the references between them, naming the offending stage. */
  public Dockerfile {
    stages = Copies.list(stages, "stages");
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("stages must hold at least one stage");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      String where = "stages[" + i + "] \"" + stage.name() + "\"";
      Integer earlier = seen.putIfAbsent(stage.name(), i);
      if (earlier != null) {
        throw new IllegalArgumentException(where + ": the name is already used by stages[" + earlier
            + "]; stage names must be unique");
      }
      if (stage.baseStage() != null) {
        Integer base = seen.get(stage.baseStage());
        if (base == null || base == i) {
          throw new IllegalArgumentException(where + ": builds on stage \"" + stage.baseStage()
              + "\", which is not declared before it");
        }
      }
      ImageRef image = stage.image();
      if (image != null && image.registry() == null && image.tag() == null && image.digest() == null
          && seen.containsKey(image.repository()) && !image.repository().equals(stage.name())) {
        throw new IllegalArgumentException(where + ": image \"" + image + "\" has the name of stage \""
            + image.repository() + "\", which Docker would use instead; build on the stage with fromStage(\""
            + image.repository() + "\") or give the image a tag");
      }
    }
  }

  /** Returns a Dockerfile of the given stages. */
  public static Dockerfile of(Stage... stages) {
    return new Dockerfile(List.of(stages));
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the last stage, the one that makes the image. */
  public Stage finalStage() {
    return stages.get(stages.size() - 1);
  }

  /** Returns the stage of the given name, if any. */
  public Optional<Stage> stage(String name) {
    return stages.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * Returns a copy whose image carries the label {@code key=value}, unless its final stage already sets {@code key}.
   * The label joins the final stage's first {@code LABEL}; without one, a {@code LABEL} goes before the stage's
   * trailing {@code ENTRYPOINT} and {@code CMD}.
   */
  public Dockerfile withImageLabel(String key, String value) {
    Stage last = finalStage();
    List<Instruction> instructions = new ArrayList<>(last.instructions());
    int firstLabel = -1;
    for (int i = 0; i < instructions.size(); i++) {
      if (instructions.get(i) instanceof Label label) {
        if (label.labels().containsKey(key)) {
          return this;
        }
        firstLabel = firstLabel < 0 ? i : firstLabel;
      }
    }
    if (firstLabel >= 0) {
      Map<String, String> merged = new LinkedHashMap<>(((Label) instructions.get(firstLabel)).labels());
      merged.put(key, value);
      instructions.set(firstLabel, new Label(merged));
    } else {
      int at = instructions.size();
      while (at > 0 && (instructions.get(at - 1) instanceof Entrypoint || instructions.get(at - 1) instanceof Cmd)) {
        at--;
      }
      instructions.add(at, Label.of(key, value));
    }
    List<Stage> copy = new ArrayList<>(stages);
    copy.set(copy.size() - 1, last.toBuilder().instructions(instructions).build());
    return new Dockerfile(copy);
  }

  /** Mutable builder of {@link Dockerfile}; not thread-safe. {@code stage(...)} appends a stage. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    Builder() {}

    /** Appends a stage. */
    public Builder stage(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    /** Appends the stage the builder builds. */
    public Builder stage(Stage.Builder stage) {
      return stage(stage.build());
    }

    /** Returns the immutable Dockerfile; checks its invariants. */
    public Dockerfile build() {
      return new Dockerfile(stages);
    }
  }
}
