package io.composegen.testkit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Format;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The official Compose Specification JSON schema ({@code compose-spec/compose-spec.json} in the shared folder) as a
 * test oracle for generated and committed Compose files: draft 2020-12, format assertions enabled, Go
 * {@code duration} format registered. The generator's tests and the examples' tests use this one class.
 *
 * <p>The schema file is used as shipped, with one addition made in memory: the eleven properties that the reference
 * loader (compose-go) decodes as durations are marked {@code "format": "duration"}. Earlier releases of the same
 * schema carried that annotation on exactly these properties (docker-compose 1.29 still ships it); the current release
 * dropped it and checks durations while decoding instead, so without the addition a value such as {@code 10 seconds}
 * would pass. Each marked location must exist in the schema as a string property, otherwise {@link #load()} fails, so
 * a schema update cannot silently disable the check.
 *
 * <p>Instances are immutable and thread-safe; {@link #get()} loads the schema once per JVM.
 */
public final class ComposeSchema {

  /** System property naming the shared folder; surefire sets it in the root pom. */
  public static final String SHARED_PROPERTY = "composegen.shared";

  /** The base Compose file of a folder, listed first by {@link #composeFiles(Path)}. */
  public static final String BASE = "compose.yaml";

  /** JSON pointers (into the schema) of the properties compose-go decodes as Go durations. */
  static final List<String> DURATION_PROPERTIES = List.of(
      "/$defs/service/properties/stop_grace_period",
      "/$defs/healthcheck/properties/interval",
      "/$defs/healthcheck/properties/timeout",
      "/$defs/healthcheck/properties/start_period",
      "/$defs/healthcheck/properties/start_interval",
      "/$defs/deployment/properties/rollback_config/properties/delay",
      "/$defs/deployment/properties/rollback_config/properties/monitor",
      "/$defs/deployment/properties/update_config/properties/delay",
      "/$defs/deployment/properties/update_config/properties/monitor",
      "/$defs/deployment/properties/restart_policy/properties/delay",
      "/$defs/deployment/properties/restart_policy/properties/window");

  // Go's time.ParseDuration: optional sign, then "0" alone or one or more decimal numbers each with a unit.
  private static final Pattern GO_DURATION = Pattern.compile(
      "[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      // Compose (go-yaml v3) rejects a key defined twice in one mapping; so does this check.
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static volatile ComposeSchema loaded;

  private final JsonSchema schema;

  private ComposeSchema(JsonSchema schema) {
    this.schema = schema;
  }

  /** Returns the schema from {@link #sharedFolder()}, loading it on first use. */
  public static ComposeSchema get() {
    ComposeSchema result = loaded;
    if (result == null) {
      synchronized (ComposeSchema.class) {
        result = loaded;
        if (result == null) {
          result = load(sharedFolder().resolve("compose-spec").resolve("compose-spec.json"));
          loaded = result;
        }
      }
    }
    return result;
  }

  /** Loads the schema from {@code file}, adding the {@code duration} format described above. */
  public static ComposeSchema load(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Compose schema " + file, e);
    }
    for (String pointer : DURATION_PROPERTIES) {
      JsonNode property = root.at(pointer);
      if (!(property instanceof ObjectNode node) || !"string".equals(node.path("type").asText())) {
        throw new IllegalStateException("the Compose schema " + file + " has no string property at " + pointer);
      }
      node.put("format", GoDurationFormat.NAME);
    }
    JsonMetaSchema metaSchema = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
        .format(new GoDurationFormat())
        .build();
    JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
        SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(metaSchema));
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .formatAssertionsEnabled(true)
        // "$.services.web.ports[0]" rather than a JSON pointer.
        .pathType(PathType.LEGACY)
        .build();
    JsonSchema schema = factory.getSchema(SchemaLocation.of(file.toUri().toString()), root, config);
    schema.initializeValidators();
    return new ComposeSchema(schema);
  }

  /**
   * Validates one Compose document.
   *
   * @param yamlText the YAML text of a Compose file
   * @return the violations, each starting with its instance location (such as {@code $.services.web.ports}),
   *     sorted; empty when the document is valid
   */
  public List<String> validate(String yamlText) {
    JsonNode document;
    try {
      document = YAML.readTree(yamlText);
    } catch (JsonProcessingException e) {
      return List.of("$: not readable as YAML: " + e.getOriginalMessage());
    }
    if (document == null || document instanceof MissingNode) {
      document = NullNode.getInstance();
    }
    return schema.validate(document).stream()
        .map(violation -> GoDurationFormat.MESSAGE_KEY.equals(violation.getMessageKey())
            ? GoDurationFormat.message(violation)
            : violation.getMessage())
        .distinct()
        .sorted()
        .toList();
  }

  /** Validates the Compose file at {@code file}; see {@link #validate(String)}. */
  public List<String> validate(Path file) {
    try {
      return validate(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Lists the committed Compose files of an example folder: {@code compose.yaml} first, then every
   * {@code compose.*.yaml} layer (the override file included) by name.
   */
  public static List<Path> composeFiles(Path dir) {
    try (var files = Files.list(dir)) {
      List<Path> layers = files
          .filter(Files::isRegularFile)
          .filter(file -> {
            String name = file.getFileName().toString();
            return name.startsWith("compose.") && name.endsWith(".yaml") && !name.equals(BASE);
          })
          .sorted()
          .toList();
      Path base = dir.resolve(BASE);
      return Files.isRegularFile(base)
          ? Stream.concat(Stream.of(base), layers.stream()).toList()
          : layers;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Whether {@code value} is a duration in Go's {@code time.ParseDuration} syntax ({@code 1m30s}, {@code 0}). */
  public static boolean isGoDuration(String value) {
    return value != null && GO_DURATION.matcher(value).matches();
  }

  /**
   * The shared folder: the {@value #SHARED_PROPERTY} system property when set (surefire sets it to the folder beside
   * the repository root), otherwise the nearest folder named {@code shared} holding {@code compose-spec}, beside the
   * working directory or one of its parents (a module's or an example's folder when a test runs alone).
   *
   * @throws IllegalStateException when neither finds it
   */
  public static Path sharedFolder() {
    String configured = System.getProperty(SHARED_PROPERTY, "").trim();
    // An unset Maven property reaches the JVM as its literal "${...}" text.
    if (!configured.isEmpty() && !configured.contains("${")) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isDirectory(candidate.resolve("compose-spec"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("no shared folder with compose-spec/ above " + start
        + ": set -D" + SHARED_PROPERTY + "=<folder>");
  }

  /** The Compose schema's {@code duration} format: Go duration syntax rather than ISO 8601. */
  static final class GoDurationFormat implements Format {

    static final String NAME = "duration";

    /** Our own key: the library's "format.duration" text speaks of ISO 8601; {@link #message} writes ours. */
    static final String MESSAGE_KEY = "composegen.format.go-duration";

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    public String getMessageKey() {
      return MESSAGE_KEY;
    }

    static String message(ValidationMessage violation) {
      return violation.getInstanceLocation() + ": " + violation.getInstanceNode()
          + " is not a Go duration (such as 1m30s, 10s, 500ms or 0)";
    }

    @Override
    public boolean matches(ExecutionContext executionContext, String value) {
      return isGoDuration(value);
    }
  }
}
