package io.composegen.generator.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** The ways a {@link ValidationReport} can be printed; each gives the same bytes for the same report. */
public enum ReportFormat {

  /** Human-readable text: {@link ValidationReport#toText()}. */
  TEXT,

  /** JSON with a stable field order: the summary, the counts, then every problem. */
  JSON,

  /** SARIF 2.1.0, the format CI systems read to show problems inline. */
  SARIF;

  /**
   * Jackson's mapper and pretty printer, made when a JSON or SARIF report is first written: a text report, the
   * default, never pays for them (tens of milliseconds in a cold JVM).
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {}
  }

  /** Returns the report in this format, ending with a line break. */
  public String render(ValidationReport report) {
    return switch (this) {
      case TEXT -> report.toText();
      case JSON -> write(JsonReport.tree(report, Json.MAPPER));
      case SARIF -> write(SarifReport.tree(report, Json.MAPPER));
    };
  }

  /** Returns the format of the given name, ignoring case ({@code text}, {@code json}, {@code sarif}). */
  public static ReportFormat ofName(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown report format \"" + name + "\": use text, json or sarif", e);
    }
  }

  private static String write(ObjectNode tree) {
    try {
      return Json.WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain JSON nodes always serializes", e);
    }
  }
}
