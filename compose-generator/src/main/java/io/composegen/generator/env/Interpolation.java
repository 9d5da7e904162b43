package io.composegen.generator.env;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the variable references Compose interpolates in a string: {@code ${VAR}}, {@code ${VAR:-default}},
 * {@code ${VAR-default}}, {@code ${VAR:?error}}, {@code ${VAR?error}}, {@code ${VAR:+alternative}},
 * {@code ${VAR+alternative}} and {@code $VAR}.
 *
 * <p>{@code $$} is a literal dollar sign, and a {@code $} followed by anything else than a name or a brace is
 * left as it is, as Compose does. Defaults, errors and alternatives may hold references of their own, which are
 * found too, down to {@value #MAX_NESTING} levels (a default holding a default, and so on); the references
 * nested deeper are not read, and the result says so. Parsing never throws: a {@code ${...}} that Compose would
 * reject is returned as an error.
 */
public final class Interpolation {

  private Interpolation() {}

  /**
   * How deep references nested in defaults, errors and alternatives are read: those in the argument of a reference
   * that sits in the arguments of this many others are not. No file written by hand nests that deep, and a string
   * nesting thousands would otherwise cost time and memory by the square of its length.
   */
  public static final int MAX_NESTING = 64;

  /** How a reference treats an unset or empty variable. */
  public enum Modifier {
    /** {@code ${VAR}} or {@code $VAR}: the value, empty when unset. */
    NONE(""),
    /** {@code ${VAR:-default}}: the default when unset or empty. */
    DEFAULT_IF_UNSET_OR_EMPTY(":-"),
    /** {@code ${VAR-default}}: the default when unset. */
    DEFAULT_IF_UNSET("-"),
    /** {@code ${VAR:?error}}: fails with the error when unset or empty. */
    REQUIRED_NON_EMPTY(":?"),
    /** {@code ${VAR?error}}: fails with the error when unset. */
    REQUIRED("?"),
    /** {@code ${VAR:+alternative}}: the alternative when set and not empty, else empty. */
    ALTERNATIVE_IF_NON_EMPTY(":+"),
    /** {@code ${VAR+alternative}}: the alternative when set, else empty. */
    ALTERNATIVE_IF_SET("+");

    private final String operator;

    Modifier(String operator) {
      this.operator = operator;
    }

    /** Returns the operator as written between the name and the argument, e.g. {@code :-}; empty for none. */
    public String operator() {
      return operator;
    }

    /** Returns true for the forms that give a default value. */
    public boolean hasDefault() {
      return this == DEFAULT_IF_UNSET_OR_EMPTY || this == DEFAULT_IF_UNSET;
    }

    /** Returns true for the forms that fail when the variable is missing. */
    public boolean isRequired() {
      return this == REQUIRED_NON_EMPTY || this == REQUIRED;
    }
  }

  /**
   * One variable reference; immutable.
   *
   * @param name the variable's name; never null
   * @param modifier how an unset variable is treated; never null
   * @param argument the default, error message or alternative as written (it may hold references of its own),
   *     or null for {@link Modifier#NONE}
   * @param text the reference as written, e.g. {@code ${PORT:-8080}}; never null
   */
  public record Reference(String name, Modifier modifier, String argument, String text) {

    /** Checks that name, modifier and text are given. */
    public Reference {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(modifier, "modifier");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * What a string holds: its references in order of appearance (nested ones after the one holding them) and
   * the {@code ${...}} fragments Compose would reject; immutable.
   *
   * @param references the references; never null
   * @param errors the invalid fragments as written, e.g. {@code ${1X}} or an unclosed {@code ${HOST}; never null
   * @param tooDeep true when the argument of a reference that sits in the arguments of {@value #MAX_NESTING}
   *     others holds references or errors of its own, which are in neither list
   * @param enclosing for each reference, the index of the reference in whose default, error or alternative it is
   *     written, or -1 for one written in the string itself; never null
   */
  public record Result(List<Reference> references, List<String> errors, boolean tooDeep, List<Integer> enclosing) {

    /** Copies the lists and checks that each reference has its enclosing one. */
    public Result {
      references = List.copyOf(references);
      errors = List.copyOf(errors);
      enclosing = List.copyOf(enclosing);
      if (enclosing.size() != references.size()) {
        throw new IllegalArgumentException("give the enclosing reference of each of the " + references.size()
            + " references, not " + enclosing.size());
      }
    }

    /** Returns true when the string holds at least one reference. */
    public boolean hasReferences() {
      return !references.isEmpty();
    }
  }

  private static final Result NOTHING = new Result(List.of(), List.of(), false, List.of());

  /** Parses {@code text}; never throws for any string. */
  public static Result parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!hasDollar(text)) {
      return NOTHING; // most strings of a stack; parsing each costs more than the rest of validation
    }
    Scan scan = new Scan();
    scan.scan(text, 0);
    return new Result(scan.references, scan.errors, scan.tooDeep, scan.enclosing);
  }

  /**
   * Returns whether interpolation reads {@code text} at all: only a string with a {@code $} can hold a reference
   * or an error, so walks over a whole stack keep just those.
   */
  public static boolean hasDollar(String text) {
    return text.indexOf('$') >= 0;
  }

  /** Returns true when {@code text} holds at least one variable reference. */
  public static boolean hasReferences(String text) {
    return parse(text).hasReferences();
  }

  /** One parse: what it found so far. */
  private static final class Scan {
    private final List<Reference> references = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private final List<Integer> enclosing = new ArrayList<>();
    private boolean tooDeep;
    /** The index of the reference whose argument is being read, or -1. */
    private int holder = -1;

    private void add(Reference reference) {
      references.add(reference);
      enclosing.add(holder);
    }

    /** Reads {@code text}, the argument of {@code depth} references. */
    void scan(String text, int depth) {
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c != '$' || i + 1 >= text.length()) {
          i++;
          continue;
        }
        char next = text.charAt(i + 1);
        if (next == '$') {
          i += 2;
        } else if (next == '{') {
          i = braced(text, i, depth);
        } else if (isNameStart(next)) {
          int end = nameEnd(text, i + 1);
          add(new Reference(text.substring(i + 1, end), Modifier.NONE, null, text.substring(i, end)));
          i = end;
        } else {
          i++;
        }
      }
    }

    /**
     * Reads the {@code ${...}} starting at {@code start}, in the argument of {@code depth} references; returns the
     * index after it.
     */
    private int braced(String text, int start, int depth) {
      int close = matchingBrace(text, start + 1);
      if (close < 0) {
        errors.add(text.substring(start));
        return text.length();
      }
      String whole = text.substring(start, close + 1);
      String inner = text.substring(start + 2, close);
      int nameEnd = inner.isEmpty() || !isNameStart(inner.charAt(0)) ? 0 : nameEnd(inner, 0);
      if (nameEnd == 0) {
        errors.add(whole);
        return close + 1;
      }
      String name = inner.substring(0, nameEnd);
      String rest = inner.substring(nameEnd);
      if (rest.isEmpty()) {
        add(new Reference(name, Modifier.NONE, null, whole));
        return close + 1;
      }
      Modifier modifier = modifierOf(rest);
      if (modifier == null) {
        errors.add(whole);
        return close + 1;
      }
      String argument = rest.substring(modifier.operator().length());
      add(new Reference(name, modifier, argument, whole));
      if (depth < MAX_NESTING) {
        int outer = holder;
        holder = references.size() - 1;
        scan(argument, depth + 1);
        holder = outer;
      } else if (holdsReference(argument)) {
        tooDeep = true;
      }
      return close + 1;
    }
  }

  /** Returns whether {@code text} holds a reference, or a {@code $} and a brace: what {@link Scan#scan} reads. */
  private static boolean holdsReference(String text) {
    for (int i = text.indexOf('$'); i >= 0 && i + 1 < text.length(); i = text.indexOf('$', i)) {
      char next = text.charAt(i + 1);
      if (next == '{' || isNameStart(next)) {
        return true;
      }
      i += next == '$' ? 2 : 1;
    }
    return false;
  }

  private static Modifier modifierOf(String rest) {
    for (Modifier m : List.of(Modifier.DEFAULT_IF_UNSET_OR_EMPTY, Modifier.REQUIRED_NON_EMPTY,
        Modifier.ALTERNATIVE_IF_NON_EMPTY, Modifier.DEFAULT_IF_UNSET, Modifier.REQUIRED, Modifier.ALTERNATIVE_IF_SET)) {
      if (rest.startsWith(m.operator())) {
        return m;
      }
    }
    return null;
  }

  /** Returns the index of the brace that closes the one at {@code open}, or -1; nested {@code ${...}} count. */
  private static int matchingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static int nameEnd(String text, int from) {
    int i = from;
    while (i < text.length() && isNamePart(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
