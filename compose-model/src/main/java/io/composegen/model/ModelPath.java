package io.composegen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An immutable path to a place in a stack, printed as {@code services.web.ports[1]}.
 *
 * <p>Keys that are not simple names print in brackets and quotes ({@code labels["com.example.tier"]}).
 * Paths compare segment by segment, names alphabetically and indices numerically, so problems sort in a
 * stable, readable order.
 */
public final class ModelPath implements Comparable<ModelPath> {

  private static final Pattern SIMPLE = Pattern.compile("[A-Za-z0-9_*-]+");
  private static final ModelPath ROOT = new ModelPath(List.of());

  private final List<Object> segments;

  private ModelPath(List<Object> segments) {
    this.segments = segments;
  }

  /** Returns the empty path, the stack itself. */
  public static ModelPath root() {
    return ROOT;
  }

  /** Returns a path of the given keys, e.g. {@code ModelPath.of("services", "web")}. */
  public static ModelPath of(String... keys) {
    ModelPath path = ROOT;
    for (String key : keys) {
      path = path.key(key);
    }
    return path;
  }

  /** Returns this path extended by a map key. */
  public ModelPath key(String key) {
    Objects.requireNonNull(key, "key");
    return append(key);
  }

  /** Returns this path extended by a list index. */
  public ModelPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
    return append(index);
  }

  private ModelPath append(Object segment) {
    List<Object> next = new ArrayList<>(segments.size() + 1);
    next.addAll(segments);
    next.add(segment);
    return new ModelPath(Collections.unmodifiableList(next));
  }

  /** Returns the segments, each a {@code String} key or an {@code Integer} index, outermost first. */
  public List<Object> segments() {
    return segments;
  }

  /** Returns true for the root path. */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /** Returns the path without its last segment; the root's parent is the root. */
  public ModelPath parent() {
    return segments.isEmpty() ? this : new ModelPath(segments.subList(0, segments.size() - 1));
  }

  /** Returns true when {@code other} equals this path or lies below it. */
  public boolean contains(ModelPath other) {
    return other.segments.size() >= segments.size()
        && other.segments.subList(0, segments.size()).equals(segments);
  }

  @Override
  public int compareTo(ModelPath other) {
    int n = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < n; i++) {
      Object a = segments.get(i);
      Object b = other.segments.get(i);
      int c;
      if (a instanceof Integer x && b instanceof Integer y) {
        c = Integer.compare(x, y);
      } else if (a instanceof String x && b instanceof String y) {
        c = x.compareTo(y);
      } else {
        c = a instanceof Integer ? -1 : 1;
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModelPath other && other.segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** Returns the path as {@code services.web.ports[1]}; the root prints as {@code (root)}. */
  @Override
  public String toString() {
    if (segments.isEmpty()) {
      return "(root)";
    }
    StringBuilder out = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        String key = (String) segment;
        if (SIMPLE.matcher(key).matches()) {
          if (out.length() > 0) {
            out.append('.');
          }
          out.append(key);
        } else {
          out.append("[\"").append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
        }
      }
    }
    return out.toString();
  }
}
