package io.composegen.generator.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/** Finds the defined name nearest to a misspelt one, for "did you mean" hints. */
final class Suggestions {

  private Suggestions() {}

  /**
   * Hints for names missing from one collection of defined names, each search kept: a thousand services that name
   * the same missing service cost one search among the names, not a thousand. Each search compares the missing name
   * with every defined name, so the searches of one collection together compare at most {@value #COMPARISONS}
   * names: enough for thousands of misspelt names among thousands of defined ones; past that, a missing name is
   * answered as one with no near name, with the defined names' list (a file with more distinct missing names than
   * that was not misspelt by hand). Not thread-safe: one per check of one environment.
   */
  static final class Among {
    /** The most comparisons of a missing name with a defined one that the searches of one collection make. */
    static final int COMPARISONS = 4_000_000;

    private final Collection<String> defined;
    /** The nearest defined name of each missing name asked about, or the empty string for none. */
    private final Map<String, String> nearest = new HashMap<>();
    /** The alphabetically first defined names, one more than a hint lists and one for the name left out. */
    private List<String> first;
    /** The defined names and their lower case, made for the first search. */
    private String[] names;
    private String[] lowered;
    private long compared;

    Among(Collection<String> defined) {
      this.defined = defined;
    }

    /**
     * Returns the hint for an undefined {@code name}, among the defined names but {@code own}, the name of the one
     * asking (a service does not depend on itself; null for none): a "did you mean" when a defined name is near it,
     * otherwise {@code define} followed by the defined names.
     *
     * @param define what to do when the name is meant, e.g. {@code define service "dbb" or remove the dependency}
     * @param kinds what the defined names are, e.g. {@code services}
     */
    String hint(String name, String own, String define, String kinds) {
      String near = nearest.computeIfAbsent(name, missing -> search(missing, null));
      if (near.equals(own)) {
        // the nearest of all is the asker itself: the nearest of the others is one that is further
        near = search(name, own);
      }
      if (!near.isEmpty()) {
        return "did you mean " + Texts.quote(near) + "? Otherwise " + define;
      }
      if (first == null) {
        first = first(defined, LISTED + 2);
      }
      List<String> listed = new ArrayList<>(first);
      listed.remove(own);
      if (listed.isEmpty()) {
        return define;
      }
      return define + "; defined " + kinds + ": " + Texts.list(listed, LISTED);
    }

    /** Returns the defined name but {@code skip} nearest to {@code name}, or "" for none or past the comparisons. */
    private String search(String name, String skip) {
      if (names == null) {
        names = defined.toArray(String[]::new);
        lowered = lowered(names);
      }
      if (compared + names.length > COMPARISONS) {
        return "";
      }
      compared += names.length;
      return Objects.requireNonNullElse(nearest(name, names, lowered, skip), "");
    }
  }

  /** How many defined names a hint lists. */
  private static final int LISTED = 10;

  /** Returns the {@code count} alphabetically first of {@code names}, sorted, without sorting them all. */
  static List<String> first(Collection<String> names, int count) {
    PriorityQueue<String> last = new PriorityQueue<>(Comparator.reverseOrder()); // the greatest kept on top
    for (String name : names) {
      if (last.size() < count) {
        last.add(name);
      } else if (name.compareTo(last.peek()) < 0) {
        last.poll();
        last.add(name);
      }
    }
    List<String> out = new ArrayList<>(last);
    out.sort(null);
    return out;
  }

  /**
   * Returns the defined name nearest to {@code name} by edit distance (ignoring case), or null when none is near:
   * at most 1 edit for names up to 4 characters, 2 up to 8, 3 beyond; a name that starts with the other (both at
   * least 3 characters) is near too. Ties go to the alphabetically first.
   */
  static String nearest(String name, Collection<String> defined) {
    String[] names = defined.toArray(String[]::new);
    return nearest(name, names, lowered(names), null);
  }

  private static String[] lowered(String[] names) {
    String[] lowered = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      lowered[i] = names[i].toLowerCase(Locale.ROOT);
    }
    return lowered;
  }

  /**
   * Returns the nearest of {@code names} but {@code skip} (null for none), as {@link #nearest(String, Collection)};
   * {@code lowered} holds each name in lower case.
   */
  private static String nearest(String name, String[] names, String[] lowered, String skip) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    int allowed = allowed(name.length());
    for (int i = 0; i < names.length; i++) {
      String candidate = names[i];
      if (candidate.equals(name) || candidate.equals(skip)) {
        continue;
      }
      String other = lowered[i];
      boolean prefix = Math.min(lower.length(), other.length()) >= 3
          && (lower.startsWith(other) || other.startsWith(lower));
      // a prefix is as far as the other is longer; any other name further in length than allowed is not near
      int distance = prefix ? Math.abs(lower.length() - other.length()) : distance(lower, other, allowed);
      if ((distance <= allowed || prefix)
          && (distance < bestDistance || distance == bestDistance && candidate.compareTo(best) < 0)) {
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
    return distance(a, b, Integer.MAX_VALUE);
  }

  /**
   * Returns the Levenshtein distance of {@code a} and {@code b} when it is at most {@code limit}, else some number
   * above {@code limit}: only the cells within {@code limit} of the diagonal are computed, so two long names cost
   * their length times the limit, not the product of their lengths.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int over = limit >= b.length() + a.length() ? a.length() + b.length() + 1 : limit + 1;
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= a.length(); i++) {
      int from = Math.max(1, i - limit);
      int to = (int) Math.min(b.length(), (long) i + limit);
      current[0] = Math.min(i, over);
      if (from > 1) {
        current[from - 1] = over;
      }
      int rowMin = current[0];
      for (int j = from; j <= to; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        current[j] = Math.min(value, over);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (to < b.length()) {
        current[to + 1] = over;
      }
      if (rowMin >= over) {
        return over;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
