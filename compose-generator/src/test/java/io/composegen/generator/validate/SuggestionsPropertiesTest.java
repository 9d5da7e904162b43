package io.composegen.generator.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** "Did you mean" hints: the same answers as comparing every name in full, at a cost linear in the names. */
class SuggestionsPropertiesTest {

  @Property(tries = 2000)
  void theBoundedDistanceIsTheDistanceUpToItsLimit(
      @ForAll @StringLength(max = 12) @Chars({'a', 'b', 'c'}) String a,
      @ForAll @StringLength(max = 12) @Chars({'a', 'b', 'c'}) String b,
      @ForAll @IntRange(min = 0, max = 6) int limit) {
    int full = levenshtein(a, b);

    assertThat(Suggestions.distance(a, b)).isEqualTo(full);
    if (full <= limit) {
      assertThat(Suggestions.distance(a, b, limit)).isEqualTo(full);
    } else {
      assertThat(Suggestions.distance(a, b, limit)).isGreaterThan(limit);
    }
  }

  @Property(tries = 1000)
  void theNearestNameIsTheOneAFullComparisonOfEveryNameInOrderFinds(
      @ForAll @StringLength(min = 1, max = 10) @Chars({'a', 'b', 'c', 'A'}) String name,
      @ForAll @Size(max = 12) List<@StringLength(min = 1, max = 10) @Chars({'a', 'b', 'c', 'B'}) String> defined) {
    List<String> shuffled = new ArrayList<>(defined);
    Collections.shuffle(shuffled);

    assertThat(Suggestions.nearest(name, shuffled)).isEqualTo(nearestInFull(name, defined));
  }

  @Property(tries = 500)
  void theFirstNamesAreTheSortedOnesCutToTheCount(
      @ForAll @Size(max = 40) List<@StringLength(max = 4) @Chars({'a', 'b', 'c'}) String> names,
      @ForAll @IntRange(min = 1, max = 12) int count) {
    assertThat(Suggestions.first(names, count))
        .containsExactlyElementsOf(names.stream().sorted().limit(count).toList());
  }

  @Test
  @Timeout(10)
  void comparesTwoNamesOfAMillionCharactersByTheirLengthTimesTheLimit() {
    String a = "n".repeat(1_000_000);
    String b = "n".repeat(999_999) + "m";

    assertThat(Suggestions.distance(a, b, 3)).isEqualTo(1);
    assertThat(Suggestions.nearest(a, List.of(b, "x".repeat(1_000_000)))).isEqualTo(b);
  }

  /** The distance by the full table, as the hints computed it before. */
  private static int levenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }

  /** The nearest name found as the hints found it before: every name in alphabetical order, compared in full. */
  private static String nearestInFull(String name, List<String> defined) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String candidate : new TreeSet<>(defined)) {
      if (candidate.equals(name)) {
        continue;
      }
      String other = candidate.toLowerCase(Locale.ROOT);
      int distance = levenshtein(lower, other);
      boolean prefix = Math.min(lower.length(), other.length()) >= 3
          && (lower.startsWith(other) || other.startsWith(lower));
      int allowed = name.length() <= 4 ? 1 : name.length() <= 8 ? 2 : 3;
      if ((distance <= allowed || prefix) && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }
}
