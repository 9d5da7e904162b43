package io.composegen.model;

import java.util.Arrays;
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
  private static final ModelPath ROOT = new ModelPath(null, null);

  // A path is its parent and one segment, so extending a path costs one object whatever its depth: readers make a
  // path for every node of a compose file. The segment list is made on first use.
  private final ModelPath parent;
  private final Object segment;
  private final int size;
  private final int hash;
  private List<Object> segments;

  private ModelPath(ModelPath parent, Object segment) {
    this.parent = parent;
    this.segment = segment;
    this.size = parent == null ? 0 : parent.size + 1;
    // The hash of the segment list, as List.hashCode computes it.
    this.hash = parent == null ? 1 : 31 * parent.hash + segment.hashCode();
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
    return new ModelPath(this, key);
  }

  /** Returns this path extended by a list index. */
  public ModelPath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, got " + index);
    }
    return new ModelPath(this, index);
  }

  /** Returns the segments, each a {@code String} key or an {@code Integer} index, outermost first. */
  public List<Object> segments() {
    List<Object> list = segments;
    if (list == null) {
      Object[] all = new Object[size];
      for (ModelPath p = this; p.parent != null; p = p.parent) {
        all[p.size - 1] = p.segment;
      }
      list = Collections.unmodifiableList(Arrays.asList(all));
      segments = list;
    }
    return list;
  }

  /** Returns true for the root path. */
  public boolean isRoot() {
    return parent == null;
  }

  /** Returns the path without its last segment; the root's parent is the root. */
  public ModelPath parent() {
    return parent == null ? this : parent;
  }

  /** Returns true when {@code other} equals this path or lies below it. */
  public boolean contains(ModelPath other) {
    if (other.size < size) {
      return false;
    }
    ModelPath p = other;
    while (p.size > size) {
      p = p.parent;
    }
    return p.equals(this);
  }

  @Override
  public int compareTo(ModelPath other) {
    List<Object> mine = segments();
    List<Object> theirs = other.segments();
    int n = Math.min(size, other.size);
    for (int i = 0; i < n; i++) {
      Object a = mine.get(i);
      Object b = theirs.get(i);
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
    return Integer.compare(size, other.size);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ModelPath other) || other.size != size || other.hash != hash) {
      return false;
    }
    ModelPath a = this;
    ModelPath b = other;
    while (a != b) {
      if (!a.segment.equals(b.segment)) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns the path as {@code services.web.ports[1]}; the root prints as {@code (root)}. */
  @Override
  public String toString() {
    if (isRoot()) {
      return "(root)";
    }
    StringBuilder out = new StringBuilder();
    for (Object segment : segments()) {
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
