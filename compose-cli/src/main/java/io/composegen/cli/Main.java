package io.composegen.cli;

import io.composegen.generator.ComposeGenerator;
import io.composegen.generator.imports.ComposeFileSet;
import io.composegen.generator.imports.JacksonYamlLoader;
import io.composegen.generator.imports.ReadResult;
import io.composegen.generator.imports.UnsetVariables;
import io.composegen.generator.validate.ValidationReport;
import io.composegen.generator.validate.Validator;
import io.composegen.generator.write.FileSetWriter;
import io.composegen.model.Stack;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The {@code composegen} command, which {@code bin/composegen} of the distribution runs:
 * {@code composegen validate [options] [FILE...]} reads compose files, the base first and then the files layered on
 * it, and validates every environment they make, as {@code mvn compose:validate -Dcompose.files=...} does;
 * {@code composegen --help} lists the options. docs/cli.md describes the command.
 *
 * <p>{@link #run} does the work without ending the JVM, for tests and for callers that embed the command; only
 * {@link #main} exits. Every failure is a message naming what to fix and an exit status, never a stack trace:
 * {@link #OK}, {@link #FAILED}, {@link #USAGE}, or {@link #INTERNAL} for a fault of composegen's own.
 */
public final class Main {

  /** Exit status: nothing at or above the failing severity was found. */
  public static final int OK = 0;
  /** Exit status: a problem at or above the failing severity was found, or a file could not be read. */
  public static final int FAILED = 1;
  /** Exit status: the command line is wrong, or the report file could not be written; nothing was validated. */
  public static final int USAGE = 2;
  /**
   * Exit status: composegen could not finish: the JVM ran out of memory (the message says how to give it more), or a
   * fault of composegen's own (the message says what to report).
   */
  public static final int INTERNAL = 70;

  /** The environment variable that, set to anything, adds the stack trace to an {@link #INTERNAL} failure. */
  public static final String DEBUG_VARIABLE = "COMPOSEGEN_DEBUG";

  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> environment;
  private final Path workingDirectory;

  /**
   * Creates the command.
   *
   * @param out where reports go
   * @param err where messages about the run go
   * @param environment the environment the files' variable references are resolved against, such as
   *     {@link System#getenv()}
   * @param workingDirectory the folder relative file names are taken from and shown relative to
   */
  public Main(PrintStream out, PrintStream err, Map<String, String> environment, Path workingDirectory) {
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.environment = Map.copyOf(environment);
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  /**
   * Runs the command with the process's streams (as UTF-8, whatever the locale: a JSON or SARIF report is UTF-8, and
   * names in a text report must not turn into question marks), environment and working folder, and exits with its
   * status.
   */
  public static void main(String[] args) {
    PrintStream out = utf8(FileDescriptor.out);
    PrintStream err = utf8(FileDescriptor.err);
    int status = new Main(out, err, System.getenv(), Path.of("")).run(args);
    System.exit(status);
  }

  private static PrintStream utf8(FileDescriptor descriptor) {
    // flushed by run when it ends
    return new PrintStream(new BufferedOutputStream(new FileOutputStream(descriptor), 1 << 16), false,
        StandardCharsets.UTF_8);
  }

  /**
   * Runs the command line {@code args} (without the program's name).
   *
   * @return the exit status: {@link #OK}, {@link #FAILED}, {@link #USAGE} or {@link #INTERNAL}
   */
  public int run(String... args) {
    try {
      return dispatch(List.of(args));
    } catch (UsageException e) {
      err.println("composegen: " + e.getMessage());
      err.println("Run composegen --help for the commands and their options.");
      return USAGE;
    } catch (OutOfMemoryError e) {
      err.println("composegen: the JVM ran out of memory (" + e.getMessage() + "); give it more with"
          + " COMPOSEGEN_OPTS=-Xmx2g, or validate fewer or smaller files at once");
      return INTERNAL;
    } catch (RuntimeException | Error e) {
      err.println("composegen: unexpected " + e.getClass().getName() + (e.getMessage() == null ? "" : ": "
          + e.getMessage()) + ". This is a fault of composegen " + version() + ", not of the files; please report it"
          + " with the command line" + (environment.containsKey(DEBUG_VARIABLE) ? " and the stack trace below."
              : " and the stack trace that " + DEBUG_VARIABLE + "=1 prints."));
      if (environment.containsKey(DEBUG_VARIABLE)) {
        e.printStackTrace(err);
      }
      return INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private int dispatch(List<String> args) {
    if (args.isEmpty()) {
      throw new UsageException("no command given; to validate compose files: composegen validate [FILE...]");
    }
    String command = args.get(0);
    switch (command) {
      case "validate":
        ValidateOptions options = ValidateOptions.parse(args.subList(1, args.size()));
        if (options.help()) {
          out.print(help());
          return OK;
        }
        return validate(options);
      case "help", "-h", "--help":
        out.print(help());
        return OK;
      case "version", "-V", "--version":
        out.println("composegen " + version());
        return OK;
      default:
        throw new UsageException((command.startsWith("-") ? "unknown option " : "unknown command ") + command
            + "; the command is validate (composegen validate [options] [FILE...])");
    }
  }

  private int validate(ValidateOptions options) {
    List<Path> files = files(options);
    UnsetVariables.Read checked = UnsetVariables.read(files, workingDirectory,
        JacksonYamlLoader.Limits.forFileSize(options.maxFileSize()), environment);
    ReadResult<Stack> read = checked.read();
    ValidationReport report;
    if (read.isClean()) {
      Validator.Builder validator = Validator.builder().failOn(options.failOn());
      options.acknowledgements().forEach(validator::acknowledge);
      report = ComposeFileSet.locate(ComposeGenerator.builder().validator(validator.build()).build()
          .validate(read.value(), checked.unset()), files, workingDirectory);
    } else {
      // the files cannot be validated: their reading problems are the report, as compose:validate makes them
      report = read.problemsReport();
    }
    if (options.report() != null) {
      Path file = workingDirectory.resolve(options.report());
      try {
        FileSetWriter.writeAtomically(file, options.format().render(report).getBytes(StandardCharsets.UTF_8));
      } catch (IOException | UncheckedIOException e) {
        err.println("composegen: cannot write the report " + options.report() + ": " + e.getMessage()
            + "; name a file in a folder that can be written with --report");
        return USAGE;
      }
    }
    if (!(options.quiet() && report.isClean())) {
      out.print(options.report() == null ? options.format().render(report) : report.toText());
    }
    if (!read.isClean()) {
      int count = read.problems().size();
      err.println("composegen: " + count + (count == 1 ? " problem" : " problems")
          + " reading the compose files; fix them and run again");
      return FAILED;
    }
    if (report.failed()) {
      err.println("composegen: " + report.summary() + "; fix the problems listed, or accept one on purpose with"
          + " --acknowledge SERVICE:CODE:REASON");
      return FAILED;
    }
    return OK;
  }

  /** The files named, taken from the working folder, or else the compose files the working folder holds. */
  private List<Path> files(ValidateOptions options) {
    if (!options.files().isEmpty()) {
      return options.files().stream().map(workingDirectory::resolve).toList();
    }
    List<Path> found;
    try {
      found = ComposeFileSet.discover(workingDirectory);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage() + "; name the files to validate, the base first: composegen validate"
          + " compose.yaml compose.prod.yaml");
    } catch (UncheckedIOException e) {
      throw new UsageException("cannot list the folder " + workingDirectory + ": " + e.getCause().getMessage()
          + "; name the files to validate: composegen validate compose.yaml");
    }
    if (found.isEmpty()) {
      throw new UsageException("no compose file here (" + workingDirectory + " holds none of "
          + String.join(", ", ComposeFileSet.BASE_FILE_NAMES) + "); name the files to validate, the base first:"
          + " composegen validate path/to/compose.yaml [layer files ...]");
    }
    return found;
  }

  /** Returns the text of {@code composegen --help}. */
  static String help() {
    return """
        Usage: composegen validate [options] [FILE...]
               composegen --help | --version

        Reads compose files, the base file first and then the files layered on it, and validates every
        environment they make: the base file alone and the base file with each layer, as
        docker compose -f compose.yaml -f compose.prod.yaml would run it. Variable references are resolved
        against the environment and the .env file beside the base file. Without FILE: the first of
        compose.yaml, compose.yml, docker-compose.yml and docker-compose.yaml in the current folder, with
        the layer files of the same name beside it (compose.override.yaml, compose.prod.yaml ...).

        Options of validate:
          -f, --file FILE            a compose file; the same as naming it after the options
              --format FORMAT        the report's format: text (the default), json or sarif
              --report FILE          write the report in FORMAT to FILE; the output then shows it as text
              --fail-on SEVERITY     the lowest severity that fails: error (the default), warning or info
              --acknowledge SERVICE:CODE:REASON
                                     accept the problems of rule CODE about SERVICE (* for any) on purpose,
                                     for REASON; repeat for more
              --max-file-size CHARS  the longest file to read, in characters (default 3145728)
          -q, --quiet                print nothing when nothing is found
          -h, --help                 print this text

        Exit status: 0 when nothing at or above the --fail-on severity is found; 1 when something is, or
        when a file cannot be read; 2 when the command line is wrong or the report cannot be written.

        Environment: JAVA_HOME selects the Java (17 or later); COMPOSEGEN_OPTS adds options to the JVM.
        """;
  }

  /** Returns composegen's version, or {@code unknown} when the jar does not carry it. */
  static String version() {
    try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
