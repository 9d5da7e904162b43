package io.composegen.model.recipe;

import io.composegen.model.dockerfile.Healthcheck;
import io.composegen.model.dockerfile.Label;
import io.composegen.model.dockerfile.Run;
import io.composegen.model.dockerfile.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The parameters every recipe shares: the user the image runs as, the app port and the OCI labels; a mutable
 * builder, not thread-safe.
 *
 * @param <B> the concrete builder, returned by the setters for chaining
 * @param <R> the recipe it builds
 */
public abstract class RecipeBuilder<B extends RecipeBuilder<B, R>, R extends Recipe> implements Recipe.Builder<R> {

  /** The user and group id recipes run as unless told otherwise. */
  public static final int DEFAULT_ID = 10001;

  /** An absolute folder path safe to print unquoted in a shell command line. */
  private static final Pattern WRITABLE_PATH = Pattern.compile("/[A-Za-z0-9._@%+=:,-][A-Za-z0-9._@%+=:,/-]*");

  private int uid;
  private int gid;
  private int port;
  private String title;
  private String description;
  private String version;
  private String revision;
  private String source;
  private String url;
  private String documentation;
  private String licenses;
  private String vendor;
  private String created;
  private Healthcheck healthcheck;
  private boolean healthcheckOff;
  private final List<String> writablePaths = new ArrayList<>();

  /** Starts with the given default user ids and port. */
  protected RecipeBuilder(int uid, int gid, int port) {
    this.uid = uid;
    this.gid = gid;
    this.port = port;
  }

  /** Returns this builder as its concrete type. */
  @SuppressWarnings("unchecked")
  protected final B self() {
    return (B) this;
  }

  /** Sets the numeric user and group id the image runs as and owns its files with; neither may be 0 (root). */
  public B user(int userId, int groupId) {
    this.uid = userId;
    this.gid = groupId;
    return self();
  }

  /** Sets the port the application listens on. */
  public B port(int value) {
    this.port = value;
    return self();
  }

  /** Sets the {@code org.opencontainers.image.title} label; null removes it. */
  public B title(String value) {
    this.title = value;
    return self();
  }

  /** Sets the {@code org.opencontainers.image.description} label; null removes it. */
  public B description(String value) {
    this.description = value;
    return self();
  }

  /** Sets the {@code org.opencontainers.image.version} label; null removes it. */
  public B version(String value) {
    this.version = value;
    return self();
  }

  /** Sets the {@code org.opencontainers.image.revision} label, such as a commit hash; null removes it. */
  public B revision(String value) {
    this.revision = value;
    return self();
  }

  /** Sets the {@code org.opencontainers.image.source} label, the URL of the sources; null removes it. */
  public B source(String value) {
    this.source = value;
    return self();
  }

  /** Sets the {@code org.opencontainers.image.url} label; null removes it. */
  public B url(String value) {
    this.url = value;
    return self();
  }

  /** Sets the {@code org.opencontainers.image.documentation} label; null removes it. */
  public B documentation(String value) {
    this.documentation = value;
    return self();
  }

  /** Sets the {@code org.opencontainers.image.licenses} label, an SPDX expression; null removes it. */
  public B licenses(String value) {
    this.licenses = value;
    return self();
  }

  /** Sets the {@code org.opencontainers.image.vendor} label; null removes it. */
  public B vendor(String value) {
    this.vendor = value;
    return self();
  }

  /**
   * Sets {@code org.opencontainers.image.created}, an RFC 3339 date-time such as {@code 2026-01-15T10:00:00Z};
   * give a fixed time (a release's), since the time of each build would make every build differ.
   */
  public B created(String value) {
    this.created = value;
    return self();
  }

  /**
   * Replaces the recipe's own healthcheck with {@code custom}; its command must exist in the final image.
   */
  public B healthcheck(Healthcheck custom) {
    this.healthcheck = Objects.requireNonNull(custom, "healthcheck");
    this.healthcheckOff = false;
    return self();
  }

  /** Leaves the healthcheck out of the image (a Compose file may still define one). */
  public B noHealthcheck() {
    this.healthcheck = null;
    this.healthcheckOff = true;
    return self();
  }

  /**
   * Adds a folder the application writes at run time, created in the final image owned by the user and by group 0
   * with group write permission ({@code chmod g=u}). Platforms that run containers as an arbitrary user id in
   * group 0 (OpenShift, some Kubernetes policies) can then write there as well as the image's own user.
   */
  public B writablePath(String path) {
    this.writablePaths.add(Objects.requireNonNull(path, "writablePath"));
    return self();
  }

  /** Replaces the folders the application writes at run time (see {@link #writablePath(String)}). */
  public B writablePaths(List<String> paths) {
    this.writablePaths.clear();
    paths.forEach(this::writablePath);
    return self();
  }

  /**
   * Returns the shared parameters, checked.
   *
   * @throws IllegalArgumentException if the user is root or negative, the port is out of range, or a label value
   *     is not a single line
   */
  protected RecipeOptions options() {
    OciLabels labels = new OciLabels(title, description, version, revision, source, url, documentation, licenses,
        vendor, created);
    return new RecipeOptions(uid, gid, port, labels, healthcheck, healthcheckOff, writablePaths);
  }

  /**
   * The parameters every recipe shares, checked; immutable.
   *
   * @param uid the numeric user id the image runs as; not 0
   * @param gid the numeric group id; not 0
   * @param port the application port, 1 to 65535
   * @param labels the OCI labels; never null
   * @param healthcheck a healthcheck replacing the recipe's own; null for the recipe's own
   * @param healthcheckOff true to declare no healthcheck at all
   * @param writablePaths absolute folders of the final image the application writes, owned by the user and group 0
   *     and group-writable; never null
   */
  public record RecipeOptions(int uid, int gid, int port, OciLabels labels, Healthcheck healthcheck,
      boolean healthcheckOff, List<String> writablePaths) {

    /** Checks user, port, labels and writable paths. */
    public RecipeOptions {
      writablePaths = List.copyOf(writablePaths);
      for (String path : writablePaths) {
        if (!WRITABLE_PATH.matcher(path).matches() || path.contains("/../") || path.endsWith("/..")) {
          throw new IllegalArgumentException("writable path \"" + path
              + "\" must be an absolute folder such as /app/data, without spaces, quotes or shell characters");
        }
      }
      if (uid <= 0 || gid <= 0) {
        throw new IllegalArgumentException("user " + uid + ":" + gid
            + " must be a non-root user and group (ids above 0); recipes never run as root");
      }
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
      }
      Objects.requireNonNull(labels, "labels");
      if (!labels.toMap().isEmpty()) {
        new Label(labels.toMap());
      }
      if (healthcheck != null && healthcheckOff) {
        throw new IllegalArgumentException("a healthcheck cannot be both given and turned off");
      }
    }

    /** Returns the healthcheck to declare: the custom one, else {@code recipeDefault}; null for none. */
    public Healthcheck healthcheckOr(Healthcheck recipeDefault) {
      if (healthcheckOff) {
        return null;
      }
      return healthcheck != null ? healthcheck : recipeDefault;
    }

    /** Returns the {@code USER} instruction. */
    public User user() {
      return User.of(uid, gid);
    }

    /**
     * Returns the {@code RUN} that creates the writable paths owned by the user and group 0, group-writable; null
     * when there are none.
     */
    public Run writablePathsRun() {
      if (writablePaths.isEmpty()) {
        return null;
      }
      String paths = String.join(" ", writablePaths);
      return Run.shell("mkdir -p " + paths + " && chown -R " + uid + ":0 " + paths + " && chmod -R g=u " + paths);
    }

    /** Returns {@code uid:gid} as used by {@code COPY --chown}. */
    public String owner() {
      return uid + ":" + gid;
    }
  }
}
