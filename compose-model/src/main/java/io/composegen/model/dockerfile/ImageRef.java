package io.composegen.model.dockerfile;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A reference to a container image, {@code [REGISTRY/]REPOSITORY[:TAG][@DIGEST]}; immutable.
 *
 * <p>{@link #parse(String)} follows the grammar of Docker's reference package: the first path component is a
 * registry when it contains a {@code .} or a {@code :} or is {@code localhost}; repository components are
 * lowercase letters and digits joined by {@code .}, {@code _}, {@code __} or dashes; a tag is up to 128 of
 * {@code [A-Za-z0-9_.-]}, not starting with {@code .} or {@code -}; a digest is {@code ALGORITHM:HEX}, exactly 64
 * lowercase hex digits for {@code sha256}. Nothing is normalised: {@code nginx} stays {@code nginx}, not
 * {@code docker.io/library/nginx:latest}, so {@link #toString()} prints what was parsed and
 * {@code parse(ref.toString())} equals {@code ref}.
 *
 * @param registry the registry host with an optional port, such as {@code ghcr.io} or {@code localhost:5000};
 *     null for Docker Hub
 * @param repository the repository path, such as {@code eclipse-temurin} or {@code acme/app}; never null
 * @param tag the tag, such as {@code 17-jre}; null when absent
 * @param digest the content digest, such as {@code sha256:...}; null when absent
 */
public record ImageRef(String registry, String repository, String tag, String digest) {

  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final Pattern REGISTRY =
      Pattern.compile(DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*(?::[0-9]+)?");
  private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final Pattern REPOSITORY = Pattern.compile(PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*");
  private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
  private static final Pattern DIGEST =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
  private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");
  private static final int MAX_NAME_LENGTH = 255;

  /**
   * Creates a reference, checking each component.
   *
   * @throws NullPointerException if {@code repository} is null
   * @throws IllegalArgumentException if a component is malformed; the message names the component and quotes it
   */
  public ImageRef {
    Objects.requireNonNull(repository, "repository must not be null");
    if (registry != null && !REGISTRY.matcher(registry).matches()) {
      throw new IllegalArgumentException("registry \"" + Checks.printable(registry)
          + "\" must be a host name with an optional port, e.g. ghcr.io or localhost:5000");
    }
    if (!REPOSITORY.matcher(repository).matches()) {
      throw new IllegalArgumentException("repository \"" + Checks.printable(repository)
          + "\" must be lowercase letters and digits, separated by /, and joined by ., _, __ or -");
    }
    int nameLength = (registry == null ? 0 : registry.length() + 1) + repository.length();
    if (nameLength > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("repository \"" + repository + "\" is " + nameLength
          + " characters long with its registry; at most " + MAX_NAME_LENGTH + " are allowed");
    }
    if (tag != null && !TAG.matcher(tag).matches()) {
      throw new IllegalArgumentException("tag \"" + Checks.printable(tag)
          + "\" must be 1 to 128 of letters, digits, _, . and -, not starting with . or -");
    }
    if (digest != null) {
      if (!DIGEST.matcher(digest).matches()) {
        throw new IllegalArgumentException("digest \"" + Checks.printable(digest)
            + "\" must be ALGORITHM:HEX, e.g. sha256: followed by 64 hex digits");
      }
      if (digest.startsWith("sha256:") && !SHA256.matcher(digest).matches()) {
        throw new IllegalArgumentException("digest \"" + digest
            + "\" must have exactly 64 lowercase hex digits after sha256:");
      }
    }
  }

  /**
   * Parses a reference such as {@code eclipse-temurin:17-jre-jammy} or {@code ghcr.io/acme/app:1.2@sha256:...}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not an image reference; the message quotes {@code text}
   */
  public static ImageRef parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("invalid image reference \"\": expected [REGISTRY/]REPOSITORY[:TAG][@DIGEST]");
    }
    String rest = text;
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    String registry = null;
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      String first = rest.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        rest = rest.substring(slash + 1);
      }
    }
    try {
      return new ImageRef(registry, rest, tag, digest);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid image reference \"" + Checks.printable(text) + "\": "
          + e.getMessage(), e);
    }
  }

  /** Returns a Docker Hub reference {@code repository:tag}; {@code tag} may be null. */
  public static ImageRef of(String repository, String tag) {
    return new ImageRef(null, repository, tag, null);
  }

  /** Returns a copy with the given tag (null removes it). */
  public ImageRef withTag(String newTag) {
    return new ImageRef(registry, repository, newTag, digest);
  }

  /** Returns a copy pinned to the given digest (null removes it). */
  public ImageRef withDigest(String newDigest) {
    return new ImageRef(registry, repository, tag, newDigest);
  }

  /** Returns the name without tag and digest: {@code [REGISTRY/]REPOSITORY}. */
  public String name() {
    return registry == null ? repository : registry + "/" + repository;
  }

  /**
   * Tells whether this reference leaves the version open: no digest, and no tag or the tag {@code latest}.
   *
   * <p>A digest pins the content whatever the tag says, so {@code app:latest@sha256:...} is not open.
   * {@code scratch}, the empty base, has no versions and is never open.
   */
  public boolean isLatestOrUntagged() {
    return digest == null && !isScratch() && (tag == null || tag.equals("latest"));
  }

  /** Tells whether this is {@code scratch}, the reserved name of the empty base image. */
  public boolean isScratch() {
    return registry == null && repository.equals("scratch") && tag == null && digest == null;
  }

  /** Returns the canonical text {@code [REGISTRY/]REPOSITORY[:TAG][@DIGEST]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(name());
    if (tag != null) {
      out.append(':').append(tag);
    }
    if (digest != null) {
      out.append('@').append(digest);
    }
    return out.toString();
  }
}
