package io.composegen.generator.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a validation found: the problems, sorted, and those the user acknowledged; immutable.
 *
 * <p>Acknowledged problems are listed but not counted and never fail a run. {@link #failed()} compares the other
 * problems with the threshold the validator was given. {@link #toText()} prints every problem, acknowledged ones
 * marked and those alike but for their place once, then {@link #summary()}.
 *
 * @param problems the problems that count, sorted ({@link Problem}'s order); never null
 * @param acknowledged the acknowledged problems, sorted by problem; never null
 * @param environments the environments validated, in the stack's order ({@code base} first); never null
 * @param failOn the least severity that fails the run; never null
 */
public record ValidationReport(
    List<Problem> problems,
    List<Acknowledged> acknowledged,
    List<String> environments,
    Severity failOn) {

  /**
   * A problem with the acknowledgement that covers it; immutable.
   *
   * @param problem the problem; never null
   * @param acknowledgement the acknowledgement that covers it; never null
   */
  public record Acknowledged(Problem problem, Acknowledgement acknowledgement) {

    /** Checks that both components are given. */
    public Acknowledged {
      Objects.requireNonNull(problem, "problem");
      Objects.requireNonNull(acknowledgement, "acknowledgement");
    }
  }

  /** How many further places of a problem found in several the text names, before it counts the rest. */
  public static final int PLACES_NAMED = 10;

  /** One line of output: a problem and, when acknowledged, the acknowledgement. */
  record Entry(Problem problem, Acknowledgement acknowledgement) {}

  /** Sorts and copies the lists and checks that every component is given. */
  public ValidationReport {
    problems = problems.stream().sorted().toList();
    acknowledged = acknowledged.stream().sorted(Comparator.comparing(Acknowledged::problem)).toList();
    environments = List.copyOf(environments);
    Objects.requireNonNull(failOn, "failOn");
  }

  /** Returns the number of problems of {@code severity} that count (acknowledged ones do not). */
  public long count(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }

  /** Returns the number of errors that count. */
  public long errors() {
    return count(Severity.ERROR);
  }

  /** Returns the number of warnings that count. */
  public long warnings() {
    return count(Severity.WARNING);
  }

  /** Returns the number of infos that count. */
  public long infos() {
    return count(Severity.INFO);
  }

  /** Returns true when a problem that counts is at least as severe as {@link #failOn()}. */
  public boolean failed() {
    return problems.stream().anyMatch(p -> p.severity().isAtLeast(failOn));
  }

  /** Returns true when nothing was found, acknowledged problems aside. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** Returns every problem, counted or acknowledged, in one sorted list; acknowledged entries carry theirs. */
  List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    problems.forEach(p -> out.add(new Entry(p, null)));
    acknowledged.forEach(a -> out.add(new Entry(a.problem(), a.acknowledgement())));
    out.sort(Comparator.comparing(Entry::problem));
    return out;
  }

  /** Returns the summary line, e.g. {@code 2 errors, 1 warning, 0 infos in 3 environments; 1 acknowledged}. */
  public String summary() {
    // A report of files that could not be read has no environments: the count would only confuse.
    String out = plural(errors(), "error") + ", " + plural(warnings(), "warning") + ", " + plural(infos(), "info")
        + (environments.isEmpty() ? "" : " in " + plural(environments.size(), "environment"));
    return acknowledged.isEmpty() ? out : out + "; " + acknowledged.size() + " acknowledged";
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Returns the human-readable report: each problem on a line with its location, code, severity and message,
   * an indented hint line (and the reason of an acknowledged one), then the summary line; ends with a line break.
   *
   * <p>Problems that differ only in where they are (one unset variable used in a thousand values, one image in many
   * services) are printed once, at the first place, followed by an {@code also at:} line for each further place, up
   * to {@value #PLACES_NAMED}, and a line counting the rest; the JSON and SARIF reports list every one.
   */
  public String toText() {
    Map<List<Object>, List<Entry>> alike = new LinkedHashMap<>();
    for (Entry entry : entries()) {
      Problem p = entry.problem();
      alike.computeIfAbsent(Arrays.asList(p.code(), p.severity(), p.message(), p.hint(), p.environments(),
          entry.acknowledgement()), k -> new ArrayList<>()).add(entry);
    }
    StringBuilder out = new StringBuilder();
    for (List<Entry> entries : alike.values()) {
      Entry entry = entries.get(0);
      Problem p = entry.problem();
      out.append(p.headline(entry.acknowledgement() != null)).append('\n');
      out.append("  hint: ").append(p.hint()).append('\n');
      if (entry.acknowledgement() != null) {
        out.append("  acknowledged: ").append(Texts.escape(entry.acknowledgement().reason())).append('\n');
      }
      int further = entries.size() - 1;
      for (Entry also : entries.subList(1, 1 + Math.min(further, PLACES_NAMED))) {
        out.append("  also at: ").append(also.problem().location()).append('\n');
      }
      if (further > PLACES_NAMED) {
        out.append("  and at ").append(plural(further - PLACES_NAMED, "more place"))
            .append(" (the JSON and SARIF reports list every one)\n");
      }
    }
    return out.append(summary()).append('\n').toString();
  }

  @Override
  public String toString() {
    return toText();
  }
}
