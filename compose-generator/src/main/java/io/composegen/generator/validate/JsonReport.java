package io.composegen.generator.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.composegen.model.ModelPath;

/**
 * The JSON form of a report. Fields, in this order: {@code summary}, {@code failed}, {@code failOn},
 * {@code errors}, {@code warnings}, {@code infos}, {@code acknowledged}, {@code environments}, {@code problems}; each
 * problem has {@code file} (null when none), {@code line} and {@code column} (only when the problem points to a
 * place in a file read from disk), {@code path}, {@code code}, {@code severity}, {@code message},
 * {@code hint}, {@code environments} and {@code acknowledged} (null, or the acknowledgement's {@code service} and
 * {@code reason}).
 */
final class JsonReport {

  private JsonReport() {}

  static ObjectNode tree(ValidationReport report, ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    root.put("summary", report.summary());
    root.put("failed", report.failed());
    root.put("failOn", report.failOn().label());
    root.put("errors", report.errors());
    root.put("warnings", report.warnings());
    root.put("infos", report.infos());
    root.put("acknowledged", report.acknowledged().size());
    ArrayNode environments = root.putArray("environments");
    report.environments().forEach(environments::add);
    ArrayNode problems = root.putArray("problems");
    for (ValidationReport.Entry entry : report.entries()) {
      Problem p = entry.problem();
      ObjectNode node = problems.addObject();
      place(node, p.file(), p.path(), p.line(), p.column());
      node.put("code", p.code());
      node.put("severity", p.severity().label());
      node.put("message", p.message());
      node.put("hint", p.hint());
      ArrayNode in = node.putArray("environments");
      p.environments().forEach(in::add);
      if (!p.related().isEmpty()) {
        ArrayNode related = node.putArray("related");
        p.related().forEach(other -> place(related.addObject(), other.file(), other.path(), other.line(),
            other.column()));
      }
      if (entry.acknowledgement() == null) {
        node.putNull("acknowledged");
      } else {
        ObjectNode ack = node.putObject("acknowledged");
        ack.put("service", entry.acknowledgement().service());
        ack.put("reason", entry.acknowledgement().reason());
      }
    }
    return root;
  }

  /** Writes where something is: {@code file}, {@code line} and {@code column} when known, {@code path}. */
  private static void place(ObjectNode node, String file, ModelPath path, int line, int column) {
    node.put("file", file);
    if (line > 0) {
      node.put("line", line);
      if (column > 0) {
        node.put("column", column);
      }
    }
    node.put("path", path.toString());
  }
}
