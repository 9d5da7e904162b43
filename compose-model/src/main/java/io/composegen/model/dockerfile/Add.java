package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An {@code ADD} instruction fetching remote files (HTTP(S) URLs or Git repositories); immutable.
 *
 * <p>Local files are rejected: for them {@link Copy} does the same without ADD's surprises (unpacking archives,
 * fetching URLs).
 *
 * @param sources the remote sources, {@code https://...}, {@code http://...}, {@code git@host:repo} or
 *     {@code ssh://...}; at least one; never null
 * @param dest the destination path; never null
 * @param chown the owner of the added files, {@code user[:group]}; null to keep root
 * @param chmod the permissions of the added files in octal; null to keep them
 * @param checksum the expected {@code sha256:...} of a single HTTP(S) source; null for no check
 * @param link true for {@code --link}
 */
public record Add(List<String> sources, String dest, String chown, String chmod, String checksum, boolean link)
    implements Instruction {

  private static final Pattern REMOTE = Pattern.compile("(?:https?://|git@|ssh://|git://)\\S+");
  private static final Pattern OCTAL = Pattern.compile("[0-7]{3,4}");
  private static final Pattern CHECKSUM = Pattern.compile("sha256:[0-9a-f]{64}");

  /** Copies the sources and checks every field, naming the offending one. */
  public Add {
    sources = Copies.list(sources, "add.sources");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("add.sources must name at least one URL");
    }
    for (int i = 0; i < sources.size(); i++) {
      String source = Checks.word(sources.get(i), "add.sources[" + i + "]");
      if (!REMOTE.matcher(source).matches()) {
        throw new IllegalArgumentException("add.sources[" + i + "] \"" + source
            + "\" is a local path: use COPY for files from the build context; ADD is only for remote URLs");
      }
    }
    Checks.path(Objects.requireNonNull(dest, "add.dest must not be null"), "add.dest");
    if (sources.size() > 1 && !dest.endsWith("/")) {
      throw new IllegalArgumentException("add.dest \"" + dest + "\" must end with / when adding several sources");
    }
    if (chown != null) {
      User.parse(Checks.word(chown, "add.chown"));
    }
    if (chmod != null && !OCTAL.matcher(chmod).matches()) {
      throw new IllegalArgumentException("add.chmod \"" + Checks.printable(chmod)
          + "\" must be 3 or 4 octal digits, such as 0644");
    }
    if (checksum != null) {
      if (!CHECKSUM.matcher(checksum).matches()) {
        throw new IllegalArgumentException("add.checksum \"" + Checks.printable(checksum)
            + "\" must be sha256: followed by 64 lowercase hex digits");
      }
      if (sources.size() != 1 || !sources.get(0).startsWith("http")) {
        throw new IllegalArgumentException("add.checksum applies to a single HTTP(S) source only");
      }
    }
  }

  /** Returns an ADD of one URL. */
  public static Add of(String url, String dest) {
    return new Add(List.of(Objects.requireNonNull(url, "add.sources[0]")), dest, null, null, null, false);
  }

  /** Returns a copy that checks the downloaded file against {@code sha256:...}. */
  public Add withChecksum(String sha256) {
    return new Add(sources, dest, chown, chmod, sha256, link);
  }

  /** Returns a copy whose files belong to {@code owner}, {@code user[:group]}. */
  public Add withChown(String owner) {
    return new Add(sources, dest, owner, chmod, checksum, link);
  }

  @Override
  public String keyword() {
    return "ADD";
  }
}
