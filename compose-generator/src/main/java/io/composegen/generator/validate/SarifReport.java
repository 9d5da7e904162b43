package io.composegen.generator.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.composegen.model.ModelPath;
import java.util.List;

/**
 * The SARIF 2.1.0 form of a report: one run of the tool {@code composegen} whose driver lists every rule of
 * {@link RuleRegistry} (id, name, descriptions, help, default level, and as properties whether it is production-only
 * and the analogous rule of another linter), and one result per problem with its rule, level, message and hint, the
 * file (a compose file or a Dockerfile) as the physical location and the path as the logical location's fully
 * qualified name. Acknowledged problems carry an external suppression with the reason.
 */
final class SarifReport {

  /** The schema of SARIF 2.1.0 (OASIS standard, errata 01). */
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private SarifReport() {}

  static ObjectNode tree(ValidationReport report, ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "composegen");
    ArrayNode rules = driver.putArray("rules");
    List<Rule> all = RuleRegistry.all();
    for (Rule rule : all) {
      ObjectNode node = rules.addObject();
      node.put("id", rule.code());
      node.put("name", name(rule.title()));
      node.putObject("shortDescription").put("text", rule.title());
      node.putObject("fullDescription").put("text", rule.description());
      node.putObject("help").put("text", rule.fix() + "\n\nExample:\n" + rule.example());
      node.putObject("defaultConfiguration").put("level", rule.severity().sarifLevel());
      ObjectNode properties = node.putObject("properties");
      properties.put("productionOnly", rule.productionOnly());
      if (rule.seeAlso() != null) {
        properties.put("seeAlso", rule.seeAlso());
      }
    }
    ArrayNode results = run.putArray("results");
    for (ValidationReport.Entry entry : report.entries()) {
      Problem p = entry.problem();
      ObjectNode result = results.addObject();
      result.put("ruleId", p.code());
      Rule rule = RuleRegistry.byCode(p.code());
      if (rule != null) {
        result.put("ruleIndex", all.indexOf(rule));
      }
      result.put("level", p.severity().sarifLevel());
      String text = p.message() + (p.environments().isEmpty() ? "" : " (in " + String.join(", ", p.environments())
          + ")") + ". Hint: " + p.hint();
      result.putObject("message").put("text", text);
      location(result.putArray("locations").addObject(), p.file(), p.path(), p.line(), p.column());
      if (!p.related().isEmpty()) {
        ArrayNode related = result.putArray("relatedLocations");
        for (int i = 0; i < p.related().size(); i++) {
          Problem.Place place = p.related().get(i);
          ObjectNode other = related.addObject();
          other.put("id", i + 1);
          location(other, place.file(), place.path(), place.line(), place.column());
          other.putObject("message").put("text", "named in the message: " + place.path());
        }
      }
      if (entry.acknowledgement() != null) {
        ObjectNode suppression = result.putArray("suppressions").addObject();
        suppression.put("kind", "external");
        suppression.put("justification", entry.acknowledgement().reason());
      }
      ObjectNode properties = result.putObject("properties");
      ArrayNode environments = properties.putArray("environments");
      p.environments().forEach(environments::add);
    }
    return root;
  }

  /**
   * Returns a rule's title as a SARIF rule name in PascalCase, e.g. {@code DependsOnNamesAnUndefinedService}; an
   * apostrophe joins its word ({@code image's} gives {@code Images}).
   */
  private static String name(String title) {
    StringBuilder out = new StringBuilder();
    for (String word : title.replace("'", "").split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }

  /** Fills a SARIF location: the file and region when known, and the path as the logical location. */
  private static void location(ObjectNode location, String file, ModelPath path, int line, int column) {
    if (file != null) {
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", file);
      if (line > 0) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", line);
        if (column > 0) {
          region.put("startColumn", column);
        }
      }
    }
    location.putArray("logicalLocations").addObject().put("fullyQualifiedName", path.toString());
  }
}
