package io.composegen.generator.validate;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/** Finds the defined name nearest to a misspelt one, for "did you mean" hints. */
final class Suggestions {

  private Suggestions() {}

  /**
   * Returns the hint for an undefined {@code name}: a "did you mean" when a defined name is near it, otherwise
   * {@code define} followed by the defined names.
   *
   * @param define what to do when the name is meant, e.g. {@code define service "dbb" or remove the dependency}
   * @param kinds what the defined names are, e.g. {@code services}
   */
  static String hint(String name, Collection<String> defined, String define, String kinds) {
    String near = nearest(name, defined);
    if (near != null) {
      return "did you mean " + Texts.quote(near) + "? Otherwise " + define;
    }
    if (defined.isEmpty()) {
      return define;
    }
    return define + "; defined " + kinds + ": " + Texts.list(new TreeSet<>(defined), 10);
  }

  /**
   * Returns the defined name nearest to {@code name} by edit distance (ignoring case), or null when none is near:
   * at most 1 edit for names up to 4 characters, 2 up to 8, 3 beyond; a name that starts with the other (both at
   * least 3 characters) is near too. Ties go to the alphabetically first.
   */
  static String nearest(String name, Collection<String> defined) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String candidate : new TreeSet<>(defined)) {
      if (candidate.equals(name)) {
        continue;
      }
      String other = candidate.toLowerCase(Locale.ROOT);
      int distance = distance(lower, other);
      boolean prefix = Math.min(lower.length(), other.length()) >= 3
          && (lower.startsWith(other) || other.startsWith(lower));
      if ((distance <= allowed(name.length()) || prefix) && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static int allowed(int length) {
    return length <= 4 ? 1 : length <= 8 ? 2 : 3;
  }

  /** Returns the Levenshtein distance of {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
