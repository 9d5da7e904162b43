package io.composegen.cli;

import io.composegen.generator.imports.JacksonYamlLoader;
import io.composegen.generator.validate.Acknowledgement;
import io.composegen.generator.validate.ReportFormat;
import io.composegen.generator.validate.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

/**
 * The options of {@code composegen validate}, as parsed from its command line.
 *
 * @param files the files named, as given; empty for the compose files of the working folder
 * @param format the report's format
 * @param report the file to write the report to, as given, or null for none
 * @param failOn the lowest severity that fails
 * @param acknowledgements the problems accepted on purpose
 * @param maxFileSize the longest file to read, in characters
 * @param quiet whether to print nothing when nothing is found
 * @param help whether only the help was asked for
 */
record ValidateOptions(List<String> files, ReportFormat format, String report, Severity failOn,
    List<Acknowledgement> acknowledgements, int maxFileSize, boolean quiet, boolean help) {

  private static final String OPTIONS = "-f/--file, --format, --report, --fail-on, --acknowledge, --max-file-size,"
      + " -q/--quiet and -h/--help";

  /**
   * Parses the arguments after {@code validate}: options ({@code --name value} or {@code --name=value}) and file
   * names in any order; after {@code --}, file names only.
   *
   * @throws UsageException naming the argument that is wrong and what it should be
   */
  static ValidateOptions parse(List<String> args) {
    List<String> files = new ArrayList<>();
    ReportFormat format = ReportFormat.TEXT;
    String report = null;
    Severity failOn = Severity.ERROR;
    List<Acknowledgement> acknowledgements = new ArrayList<>();
    int maxFileSize = JacksonYamlLoader.Limits.DEFAULT.maxCodePoints();
    boolean quiet = false;
    boolean help = false;
    boolean optionsEnded = false;
    ListIterator<String> rest = args.listIterator();
    while (rest.hasNext()) {
      String arg = rest.next();
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        files.add(arg);
        continue;
      }
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      String inline = name.equals(arg) ? null : arg.substring(equals + 1);
      switch (name) {
        case "--" -> optionsEnded = true;
        case "-q", "--quiet" -> quiet = flag(name, inline);
        case "-h", "--help" -> help = flag(name, inline);
        case "-f", "--file" -> files.add(nonBlank(name, value(rest, name, inline, "a compose file")));
        case "--format" -> format = format(value(rest, name, inline, "text, json or sarif"));
        case "--report" -> report = nonBlank(name, value(rest, name, inline, "the file to write the report to"));
        case "--fail-on" -> failOn = severity(value(rest, name, inline, "error, warning or info"));
        case "--acknowledge" -> acknowledgements.add(acknowledgement(value(rest, name, inline,
            "SERVICE:CODE:REASON, e.g. 'db:CG203:reached only from the host'")));
        case "--max-file-size" -> maxFileSize = size(value(rest, name, inline, "a number of characters"));
        default -> throw new UsageException("unknown option " + arg + " of validate; its options are " + OPTIONS);
      }
    }
    return new ValidateOptions(List.copyOf(files), format, report, failOn, List.copyOf(acknowledgements),
        maxFileSize, quiet, help);
  }

  private static boolean flag(String name, String inline) {
    if (inline != null) {
      throw new UsageException("option " + name + " takes no value; remove =" + inline);
    }
    return true;
  }

  /** Returns the option's value: after its {@code =}, else the next argument, which it takes. */
  private static String value(ListIterator<String> rest, String name, String inline, String expected) {
    if (inline != null) {
      return inline;
    }
    if (!rest.hasNext()) {
      throw new UsageException("option " + name + " needs a value: " + expected);
    }
    return rest.next();
  }

  private static String nonBlank(String name, String value) {
    if (value.isBlank()) {
      throw new UsageException("option " + name + " needs a file name, not an empty one");
    }
    return value;
  }

  private static ReportFormat format(String value) {
    try {
      return ReportFormat.ofName(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format: " + e.getMessage());
    }
  }

  private static Severity severity(String value) {
    try {
      return Severity.ofLabel(value);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fail-on: " + e.getMessage());
    }
  }

  private static int size(String value) {
    int size;
    try {
      size = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      size = 0;
    }
    if (size < 1) {
      throw new UsageException("--max-file-size is \"" + value + "\"; give the longest compose file to read in"
          + " characters, a whole number from 1 to " + Integer.MAX_VALUE + ", e.g. 3145728");
    }
    return size;
  }

  /** Parses {@code SERVICE:CODE:REASON}; the reason may hold colons of its own. */
  private static Acknowledgement acknowledgement(String value) {
    String[] parts = value.split(":", 3);
    if (parts.length < 3) {
      throw new UsageException("--acknowledge \"" + value + "\" needs SERVICE:CODE:REASON, e.g. --acknowledge"
          + " 'db:CG203:reached only from the host' (* as SERVICE for every service)");
    }
    try {
      return new Acknowledgement(parts[0].trim(), parts[1].trim(), parts[2].trim());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--acknowledge \"" + value + "\": " + e.getMessage());
    }
  }
}
