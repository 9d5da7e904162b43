package io.composegen.generator.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver of YAML 1.1's implicit types, deciding as {@link Resolver#resolve} does from the same table
 * of patterns, but with one matcher per pattern, reset for each scalar, where SnakeYAML makes a new matcher for every
 * pattern every scalar tries. The read-back resolves every value of a file, and those matchers were a tenth of what
 * rendering a large stack allocated.
 *
 * <p>Not thread-safe: one instance per file read.
 */
final class ReusingResolver extends Resolver {

  /** One implicit type: its tag, a matcher of its pattern, and the longest scalar it is tried on. */
  private record Rule(Tag tag, Matcher matcher, int limit) {}

  /**
   * SnakeYAML's table, as it is filled: the rules by the first character of the scalars they are tried on, and under
   * null those tried on every scalar. No initializer: the superclass's constructor fills it, before this class's
   * initializers would run.
   */
  private Map<Character, List<Rule>> rules;

  @Override
  public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
    super.addImplicitResolver(tag, regexp, first, limit);
    if (rules == null) {
      rules = new HashMap<>();
    }
    Rule rule = new Rule(tag, regexp.matcher(""), limit);
    if (first == null) {
      rules.computeIfAbsent(null, k -> new ArrayList<>()).add(rule);
    } else {
      for (char c : first.toCharArray()) {
        rules.computeIfAbsent(c == 0 ? null : c, k -> new ArrayList<>()).add(rule);
      }
    }
  }

  @Override
  public Tag resolve(NodeId kind, String value, boolean implicit) {
    if (kind != NodeId.scalar || !implicit) {
      return super.resolve(kind, value, implicit);
    }
    Tag tag = firstMatch(rules.get(value.isEmpty() ? '\0' : value.charAt(0)), value);
    if (tag == null) {
      tag = firstMatch(rules.get(null), value);
    }
    return tag != null ? tag : Tag.STR;
  }

  /** Returns the tag of the first of {@code candidates} whose pattern matches {@code value}, or null. */
  private static Tag firstMatch(List<Rule> candidates, String value) {
    if (candidates == null) {
      return null;
    }
    for (int i = 0; i < candidates.size(); i++) { // by index: no iterator per scalar
      Rule rule = candidates.get(i);
      if (value.length() <= rule.limit() && rule.matcher().reset(value).matches()) {
        return rule.tag();
      }
    }
    return null;
  }
}
