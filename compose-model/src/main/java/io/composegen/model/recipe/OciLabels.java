package io.composegen.model.recipe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code org.opencontainers.image.*} labels of an image; immutable. The {@code created} timestamp is set only
 * when given (for instance from a reproducible build's fixed timestamp): the time of each build would make every
 * build of the same sources differ.
 *
 * @param title the human-readable title; null for none
 * @param description a short description; null for none
 * @param version the version of the packaged software; null for none
 * @param revision the source control revision, such as a commit hash; null for none
 * @param source the URL of the source code; null for none
 * @param url the URL of the project's home page; null for none
 * @param documentation the URL of the documentation; null for none
 * @param licenses an SPDX license expression such as {@code Apache-2.0}; null for none
 * @param vendor the distributing organisation; null for none
 * @param created the creation time in RFC 3339 form, such as {@code 2026-01-15T10:00:00Z}; null for none
 */
public record OciLabels(
    String title,
    String description,
    String version,
    String revision,
    String source,
    String url,
    String documentation,
    String licenses,
    String vendor,
    String created) {

  /** Checks that {@code created}, when given, is an RFC 3339 date-time. */
  public OciLabels {
    if (created != null) {
      try {
        java.time.OffsetDateTime.parse(created);
      } catch (java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("created \"" + created
            + "\" must be an RFC 3339 date-time such as 2026-01-15T10:00:00Z");
      }
    }
  }

  /** The prefix of every key. */
  public static final String PREFIX = "org.opencontainers.image.";

  /** The labels without any value. */
  public static final OciLabels NONE = new OciLabels(null, null, null, null, null, null, null, null, null, null);

  /** Returns the labels that have a value, keyed with {@link #PREFIX}, in the order of the components. */
  public Map<String, String> toMap() {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "title", title);
    put(out, "description", description);
    put(out, "version", version);
    put(out, "revision", revision);
    put(out, "source", source);
    put(out, "url", url);
    put(out, "documentation", documentation);
    put(out, "licenses", licenses);
    put(out, "vendor", vendor);
    put(out, "created", created);
    return out;
  }

  private static void put(Map<String, String> out, String key, String value) {
    if (value != null) {
      out.put(PREFIX + key, value);
    }
  }
}
