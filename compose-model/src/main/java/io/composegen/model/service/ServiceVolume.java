package io.composegen.model.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of a service's {@code volumes}: a bind mount, a named or anonymous volume, a tmpfs, a named
 * pipe, a cluster volume or an image mounted at a path in the container.
 *
 * <p>The short syntax {@code [SOURCE:]TARGET[:MODE,...]} is read by {@link #parse(String)} and written by
 * {@link #toShortSyntax()}. Options that are all absent are stored as null, so {@code parse(v.toShortSyntax())}
 * equals {@code v} whenever {@link #hasShortForm()}, except that {@code createHostPath = true} reads back as
 * null (the short syntax always creates the host path).
 *
 * @param type the kind of mount; never null
 * @param source the host path of a bind mount, the name of a volume, the pipe of an npipe mount or the
 *     image of an image mount; null for an anonymous volume and required to be null for a tmpfs. A volume
 *     name consists of letters, digits, {@code _}, {@code .} and {@code -}, not starting with {@code .}, or
 *     is a {@code ${VAR}} expression
 * @param target the absolute path in the container (starting with {@code /}, a Windows path such as
 *     {@code C:\data} or {@code \\.\pipe\name}, or a {@code ${VAR}} expression); never null
 * @param readOnly whether the mount is read-only
 * @param consistency the consistency requirement: {@code consistent}, {@code cached}, {@code delegated} or
 *     {@code default}; null for the default
 * @param bind bind options, only allowed for {@link MountType#BIND}; null when absent (empty options become
 *     null)
 * @param volume volume options, only allowed for {@link MountType#VOLUME}; null when absent (empty options
 *     become null)
 * @param tmpfs tmpfs options, only allowed for {@link MountType#TMPFS}; null when absent (empty options
 *     become null)
 */
public record ServiceVolume(
    MountType type,
    String source,
    String target,
    boolean readOnly,
    String consistency,
    BindOptions bind,
    VolumeOptions volume,
    TmpfsOptions tmpfs) {

  /** The consistency values Compose accepts. */
  public static final Set<String> CONSISTENCIES = Set.of("consistent", "cached", "delegated", "default");

  private static final Pattern VOLUME_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*");

  private static final String EXPECTED = "expected [SOURCE:]TARGET[:MODE,...], e.g. ./app:/app:ro";

  private static final String EXPECTED_MODE = "expected ro, rw, z, Z, nocopy, a propagation (private, "
      + "rprivate, shared, rshared, slave, rslave) or a consistency (consistent, cached, delegated)";

  /**
   * Creates a mount, validating every component and turning empty option blocks into null.
   *
   * @throws NullPointerException if {@code type} or {@code target} is null
   * @throws IllegalArgumentException if a component is invalid or options do not match the type; the
   *     message names the component
   */
  public ServiceVolume {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(target, "target must not be null");
    String typeName = type.yamlName();
    if (target.isEmpty()) {
      throw new IllegalArgumentException("target must not be empty");
    }
    if (!isAbsolute(target)) {
      throw new IllegalArgumentException("target \"" + target + "\" must be an absolute path");
    }
    if (type == MountType.TMPFS && source != null) {
      throw new IllegalArgumentException("source must be null for a tmpfs mount, was \"" + source + "\"");
    }
    if (source != null && source.isEmpty()) {
      throw new IllegalArgumentException(type == MountType.VOLUME
          ? "source must not be empty; use null for an anonymous volume"
          : "source must not be empty");
    }
    if (source == null && (type == MountType.BIND || type == MountType.NPIPE || type == MountType.IMAGE)) {
      throw new IllegalArgumentException("source is required for a " + typeName + " mount");
    }
    if (type == MountType.VOLUME && source != null && !VOLUME_NAME.matcher(source).matches()
        && !ShortSyntax.startsWithVariable(source)) {
      throw new IllegalArgumentException("source \"" + source + "\" is not a valid volume name "
          + "(letters, digits, _, . and -, not starting with .)");
    }
    if (consistency != null && !CONSISTENCIES.contains(consistency)) {
      throw new IllegalArgumentException("consistency \"" + consistency
          + "\" must be one of consistent, cached, delegated, default");
    }
    if (bind != null && bind.isEmpty()) {
      bind = null;
    }
    if (volume != null && volume.isEmpty()) {
      volume = null;
    }
    if (tmpfs != null && tmpfs.isEmpty()) {
      tmpfs = null;
    }
    if (bind != null && type != MountType.BIND) {
      throw new IllegalArgumentException("bind options are only allowed on a bind mount, not on a "
          + typeName + " mount");
    }
    if (volume != null && type != MountType.VOLUME) {
      throw new IllegalArgumentException("volume options are only allowed on a volume mount, not on a "
          + typeName + " mount");
    }
    if (tmpfs != null && type != MountType.TMPFS) {
      throw new IllegalArgumentException("tmpfs options are only allowed on a tmpfs mount, not on a "
          + typeName + " mount");
    }
  }

  /**
   * Parses Compose's short syntax {@code [SOURCE:]TARGET[:MODE,...]}, e.g. {@code /var/lib/mysql}
   * (anonymous volume), {@code ./app:/app:ro}, {@code datavolume:/var/lib/mysql} or
   * {@code /opt/data:/var/lib/mysql:rw,z}.
   *
   * <p>The source is a bind-mounted host path when it starts with {@code .}, {@code /}, {@code ~},
   * {@code $}, {@code \\} or a Windows drive letter ({@code C:\}); otherwise it names a volume. Modes are
   * {@code ro}, {@code rw}, {@code z} and {@code Z} (bind only), a propagation such as {@code rshared} (bind
   * only), {@code nocopy} (volume only) and a consistency ({@code consistent}, {@code cached},
   * {@code delegated}). Colons inside {@code ${...}} expressions do not separate parts.
   *
   * @param shortSyntax the text to parse; must not be null
   * @return the parsed mount, never null
   * @throws NullPointerException if {@code shortSyntax} is null
   * @throws IllegalArgumentException if the text is not a valid mount; the message quotes it and says what
   *     is wrong
   */
  public static ServiceVolume parse(String shortSyntax) {
    Objects.requireNonNull(shortSyntax, "shortSyntax must not be null");
    try {
      return parseValid(shortSyntax);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid volume \"" + shortSyntax + "\": " + e.getMessage(), e);
    }
  }

  private static ServiceVolume parseValid(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException(EXPECTED);
    }
    List<String> sections = ShortSyntax.splitColons(text, false, true);
    if (sections.size() > 3) {
      throw new IllegalArgumentException("too many colons; " + EXPECTED);
    }
    for (String section : sections) {
      if (section.isEmpty()) {
        throw new IllegalArgumentException("empty part between colons; " + EXPECTED);
      }
    }
    if (sections.size() == 1) {
      return anonymous(sections.get(0));
    }
    String source = sections.get(0);
    String target = sections.get(1);
    MountType type = isHostPath(source) ? MountType.BIND : MountType.VOLUME;
    boolean readOnly = false;
    String selinux = null;
    String propagation = null;
    Boolean nocopy = null;
    String consistency = null;
    if (sections.size() == 3) {
      String[] categories = new String[5];
      for (String mode : sections.get(2).split(",", -1)) {
        if (mode.isEmpty()) {
          throw new IllegalArgumentException("empty mode in \"" + sections.get(2) + "\"; " + EXPECTED_MODE);
        }
        int category;
        if (mode.equals("ro") || mode.equals("rw")) {
          category = 0;
          readOnly = mode.equals("ro");
        } else if (mode.equals("z") || mode.equals("Z")) {
          category = 1;
          requireType(type, MountType.BIND, mode);
          selinux = mode;
        } else if (BindOptions.PROPAGATIONS.contains(mode)) {
          category = 2;
          requireType(type, MountType.BIND, mode);
          propagation = mode;
        } else if (mode.equals("nocopy")) {
          category = 3;
          requireType(type, MountType.VOLUME, mode);
          nocopy = Boolean.TRUE;
        } else if (CONSISTENCIES.contains(mode)) {
          category = 4;
          consistency = mode;
        } else {
          throw new IllegalArgumentException("unknown mode \"" + mode + "\"; " + EXPECTED_MODE);
        }
        if (categories[category] != null) {
          throw new IllegalArgumentException(categories[category].equals(mode)
              ? "mode " + mode + " is repeated"
              : "modes " + categories[category] + " and " + mode + " conflict");
        }
        categories[category] = mode;
      }
    }
    BindOptions bind = type == MountType.BIND ? new BindOptions(propagation, null, selinux) : null;
    VolumeOptions volume = type == MountType.VOLUME ? new VolumeOptions(nocopy, null) : null;
    return new ServiceVolume(type, source, target, readOnly, consistency, bind, volume, null);
  }

  private static void requireType(MountType actual, MountType required, String mode) {
    if (actual != required) {
      throw new IllegalArgumentException("mode " + mode + " is only valid for a "
          + (required == MountType.BIND ? "bind mount (a source path starting with ., /, ~ or $)"
              : "named volume"));
    }
  }

  /**
   * Returns a bind mount of a host path.
   *
   * @param source the host path, such as {@code ./app}; must not be null
   * @param target the absolute container path; must not be null
   * @return the mount, never null
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if {@code source} is null or empty or {@code target} is not absolute
   */
  public static ServiceVolume bind(String source, String target) {
    return new ServiceVolume(MountType.BIND, source, target, false, null, null, null, null);
  }

  /**
   * Returns a mount of a named volume.
   *
   * @param name the volume name; must not be null
   * @param target the absolute container path; must not be null
   * @return the mount, never null
   * @throws NullPointerException if {@code name} or {@code target} is null
   * @throws IllegalArgumentException if {@code name} is not a valid volume name or {@code target} is not
   *     absolute
   */
  public static ServiceVolume volume(String name, String target) {
    Objects.requireNonNull(name, "name must not be null");
    return new ServiceVolume(MountType.VOLUME, name, target, false, null, null, null, null);
  }

  /**
   * Returns a mount of a new anonymous volume.
   *
   * @param target the absolute container path; must not be null
   * @return the mount, never null
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if {@code target} is not absolute
   */
  public static ServiceVolume anonymous(String target) {
    return new ServiceVolume(MountType.VOLUME, null, target, false, null, null, null, null);
  }

  /**
   * Returns a tmpfs mount.
   *
   * @param target the absolute container path; must not be null
   * @return the mount, never null
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if {@code target} is not absolute
   */
  public static ServiceVolume tmpfs(String target) {
    return new ServiceVolume(MountType.TMPFS, null, target, false, null, null, null, null);
  }

  /**
   * Returns a copy mounted at another container path.
   *
   * @param target the absolute container path; must not be null
   * @return the copy, never null
   * @throws NullPointerException if {@code target} is null
   * @throws IllegalArgumentException if {@code target} is not absolute
   */
  public ServiceVolume withTarget(String target) {
    return new ServiceVolume(type, source, target, readOnly, consistency, bind, volume, tmpfs);
  }

  /**
   * Returns a copy with the given read-only flag.
   *
   * @param readOnly whether the mount is read-only
   * @return the copy, never null
   */
  public ServiceVolume withReadOnly(boolean readOnly) {
    return new ServiceVolume(type, source, target, readOnly, consistency, bind, volume, tmpfs);
  }

  /**
   * Returns a copy with the given consistency requirement.
   *
   * @param consistency {@code consistent}, {@code cached}, {@code delegated} or {@code default}; null for
   *     the default
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code consistency} is not accepted
   */
  public ServiceVolume withConsistency(String consistency) {
    return new ServiceVolume(type, source, target, readOnly, consistency, bind, volume, tmpfs);
  }

  /**
   * Returns a copy with the given bind options.
   *
   * @param bind the options; null or empty for none
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code bind} is not empty and this is not a bind mount
   */
  public ServiceVolume withBind(BindOptions bind) {
    return new ServiceVolume(type, source, target, readOnly, consistency, bind, volume, tmpfs);
  }

  /**
   * Returns a copy with the given volume options.
   *
   * @param volume the options; null or empty for none
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code volume} is not empty and this is not a volume mount
   */
  public ServiceVolume withVolume(VolumeOptions volume) {
    return new ServiceVolume(type, source, target, readOnly, consistency, bind, volume, tmpfs);
  }

  /**
   * Returns a copy with the given tmpfs options.
   *
   * @param tmpfs the options; null or empty for none
   * @return the copy, never null
   * @throws IllegalArgumentException if {@code tmpfs} is not empty and this is not a tmpfs mount
   */
  public ServiceVolume withTmpfs(TmpfsOptions tmpfs) {
    return new ServiceVolume(type, source, target, readOnly, consistency, bind, volume, tmpfs);
  }

  /**
   * Tells whether this is a bind mount.
   *
   * @return true when {@code type} is {@link MountType#BIND}
   */
  public boolean isBind() {
    return type == MountType.BIND;
  }

  /**
   * Tells whether this mounts a named volume.
   *
   * @return true when {@code type} is {@link MountType#VOLUME} and {@code source} is set
   */
  public boolean isNamedVolume() {
    return type == MountType.VOLUME && source != null;
  }

  /**
   * Tells whether this mounts a new anonymous volume.
   *
   * @return true when {@code type} is {@link MountType#VOLUME} and {@code source} is null
   */
  public boolean isAnonymousVolume() {
    return type == MountType.VOLUME && source == null;
  }

  /**
   * Tells whether the short syntax can express this mount exactly.
   *
   * <p>True for a bind mount whose source reads as a host path and whose options are limited to
   * propagation, SELinux relabeling and {@code createHostPath} null or true; for a named volume whose name
   * cannot be mistaken for a path or drive letter and whose options are limited to {@code nocopy: true};
   * and for an anonymous volume with no mode at all. False for tmpfs, npipe, cluster and image mounts, and
   * when the source or target contains a colon that would be read as a separator.
   *
   * @return true when {@link #toShortSyntax()} may be called
   */
  public boolean hasShortForm() {
    if (!isSingleSection(target)) {
      return false;
    }
    switch (type) {
      case BIND:
        return isHostPath(source) && isSingleSection(source)
            && (bind == null || bind.createHostPath() == null
                || bind.createHostPath().booleanValue());
      case VOLUME:
        if (source == null) {
          return !readOnly && consistency == null && volume == null;
        }
        return source.length() > 1 && !isHostPath(source) && isSingleSection(source)
            && (volume == null || (volume.subpath() == null && Boolean.TRUE.equals(volume.nocopy())));
      default:
        return false;
    }
  }

  /**
   * Returns the canonical short syntax {@code [SOURCE:]TARGET[:MODE,...]} with modes in the order
   * {@code ro}, SELinux ({@code z}/{@code Z}), propagation, {@code nocopy}, consistency; {@code rw} is never
   * printed.
   *
   * @return the short syntax, never null
   * @throws IllegalStateException if {@link #hasShortForm()} is false
   */
  public String toShortSyntax() {
    if (!hasShortForm()) {
      throw new IllegalStateException("volume " + this + " can only be written in the long syntax");
    }
    if (source == null) {
      return target;
    }
    List<String> modes = new ArrayList<>();
    if (readOnly) {
      modes.add("ro");
    }
    if (bind != null && bind.selinux() != null) {
      modes.add(bind.selinux());
    }
    if (bind != null && bind.propagation() != null) {
      modes.add(bind.propagation());
    }
    if (volume != null && Boolean.TRUE.equals(volume.nocopy())) {
      modes.add("nocopy");
    }
    if (consistency != null) {
      modes.add(consistency);
    }
    String text = source + ":" + target;
    return modes.isEmpty() ? text : text + ":" + String.join(",", modes);
  }

  /**
   * Returns the key by which Compose merges mounts when layering files: the container path.
   *
   * @return {@code target}, never null
   */
  public String mergeKey() {
    return target;
  }

  /**
   * Returns the short syntax when there is one, otherwise a flow-style rendering of the long syntax such as
   * {@code {type: tmpfs, target: /run, tmpfs: {size: 64m}}}.
   *
   * @return a readable form, never null
   */
  @Override
  public String toString() {
    if (hasShortForm()) {
      return toShortSyntax();
    }
    StringBuilder out = new StringBuilder("{type: ").append(type.yamlName());
    if (source != null) {
      out.append(", source: ").append(source);
    }
    out.append(", target: ").append(target);
    if (readOnly) {
      out.append(", read_only: true");
    }
    if (consistency != null) {
      out.append(", consistency: ").append(consistency);
    }
    if (bind != null) {
      List<String> fields = new ArrayList<>();
      if (bind.propagation() != null) {
        fields.add("propagation: " + bind.propagation());
      }
      if (bind.createHostPath() != null) {
        fields.add("create_host_path: " + bind.createHostPath());
      }
      if (bind.selinux() != null) {
        fields.add("selinux: " + bind.selinux());
      }
      out.append(", bind: {").append(String.join(", ", fields)).append('}');
    }
    if (volume != null) {
      List<String> fields = new ArrayList<>();
      if (volume.nocopy() != null) {
        fields.add("nocopy: " + volume.nocopy());
      }
      if (volume.subpath() != null) {
        fields.add("subpath: " + volume.subpath());
      }
      out.append(", volume: {").append(String.join(", ", fields)).append('}');
    }
    if (tmpfs != null) {
      List<String> fields = new ArrayList<>();
      if (tmpfs.size() != null) {
        fields.add("size: " + tmpfs.size());
      }
      if (tmpfs.mode() != null) {
        fields.add("mode: 0" + Integer.toOctalString(tmpfs.mode()));
      }
      out.append(", tmpfs: {").append(String.join(", ", fields)).append('}');
    }
    return out.append('}').toString();
  }

  /** Tells whether the short syntax reads {@code source} as a host path rather than a volume name. */
  private static boolean isHostPath(String source) {
    char first = source.charAt(0);
    return first == '.' || first == '/' || first == '~' || first == '$' || source.startsWith("\\\\")
        || ShortSyntax.isWindowsAbsolute(source);
  }

  private static boolean isAbsolute(String path) {
    return path.startsWith("/") || path.startsWith("\\\\") || ShortSyntax.isWindowsAbsolute(path)
        || ShortSyntax.startsWithVariable(path);
  }

  /**
   * Tells whether {@code text} stays one part when the short syntax is split at colons, also with other parts
   * after it (an unclosed {@code ${} would join them).
   */
  private static boolean isSingleSection(String text) {
    return ShortSyntax.splitColons(text, false, true).size() == 1 && !ShortSyntax.leavesVariableOpen(text);
  }
}
