package io.composegen.generator.state;

import io.composegen.model.service.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A SHA-256 over named values in one canonical encoding: equal fingerprints mean equal values, whatever object
 * identities and collection classes hold them. Not thread-safe; one instance per fingerprint.
 *
 * <p>Every value is written with its kind and its length, so that no two different sequences of values give the same
 * bytes: a record as its class name and each component by name in declaration order, a list, set or map with its
 * size and its elements in iteration order (the order composegen renders them in, so that a change of order changes
 * the fingerprint), an enum constant by class and name, strings as their UTF-16 code units, numbers with their class,
 * booleans and null. A value of any other type cannot be fingerprinted: {@link #add} throws
 * {@link IllegalArgumentException}, and whoever asked does the full work instead of trusting a partial fingerprint.
 *
 * <pre>{@code
 * String hex = Fingerprint.create().add("legacy", false).add("stack", stack).hex();
 * }</pre>
 */
public final class Fingerprint {

  /**
   * The accessors of {@link Service}, which is not a record (it stores only the attributes a service has): every
   * public method without parameters that returns a value, but {@code toBuilder}, {@code isEmptyFragment},
   * {@code hashCode} and {@code toString}; by name, so that the order does not depend on the class file.
   */
  private static final List<Method> SERVICE_ACCESSORS = Stream.of(Service.class.getDeclaredMethods())
      .filter(m -> Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0 && m.getReturnType() != void.class
          && !Set.of("toBuilder", "isEmptyFragment", "hashCode", "toString").contains(m.getName()))
      .sorted(Comparator.comparing(Method::getName))
      .toList();

  private final MessageDigest digest = sha256();
  private final byte[] buffer = new byte[4];

  private Fingerprint() {}

  /** Returns an empty fingerprint. */
  public static Fingerprint create() {
    return new Fingerprint();
  }

  /**
   * Adds {@code value} under {@code name}.
   *
   * @param value a record, list, set, map, {@link Optional}, enum constant, string, number, boolean, character or
   *     null, nested in any way
   * @throws IllegalArgumentException when {@code value} holds a value of any other type, or a record component that
   *     cannot be read
   */
  public Fingerprint add(String name, Object value) {
    string(name);
    value(value);
    return this;
  }

  /**
   * Adds the files under {@code folder} under {@code name}: each regular file's path relative to the folder and its
   * bytes, in the order of their relative paths; a folder that does not exist adds that fact.
   *
   * @throws UncheckedIOException when the folder or a file in it cannot be read
   */
  public Fingerprint addFolder(String name, Path folder) {
    string(name);
    if (!Files.isDirectory(folder)) {
      tag('-');
      return this;
    }
    tag('F');
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      integer(files.size());
      for (Path file : files) {
        string(folder.relativize(file).toString());
        bytes(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + folder + ": " + e.getMessage(), e);
    }
    return this;
  }

  /**
   * Adds the bytes of {@code file} under {@code name}; a file that does not exist adds that fact.
   *
   * @throws UncheckedIOException when the file exists but cannot be read
   */
  public Fingerprint addFile(String name, Path file) {
    string(name);
    if (!Files.isRegularFile(file)) {
      tag('-');
      return this;
    }
    tag('f');
    try {
      bytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return this;
  }

  /** Adds the length and the bytes of {@code file}. */
  private void bytes(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    integer(bytes.length);
    digest.update(bytes);
  }

  /**
   * Adds where the code of each of {@code types} comes from under {@code name}: the location, with the size and
   * time of a jar file, so that another build of the same version does not pass for the one fingerprinted.
   */
  public Fingerprint addCode(String name, Class<?>... types) {
    List<Object> code = new ArrayList<>();
    for (Class<?> type : types) {
      code.add(codeOf(type));
    }
    return add(name, code);
  }

  private static List<Object> codeOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return List.of();
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return List.of(location.toString(), Files.size(location), Files.getLastModifiedTime(location).toMillis());
      }
      return List.of(location.toString());
    } catch (URISyntaxException | IllegalArgumentException | IOException e) {
      return List.of(source.getLocation().toString());
    }
  }

  /** Returns the fingerprint so far as 64 lowercase hex digits; the fingerprint cannot be added to afterwards. */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Returns the SHA-256 of {@code bytes} as 64 lowercase hex digits. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private void value(Object value) {
    if (value == null) {
      tag('N');
    } else if (value instanceof String s) {
      tag('S');
      string(s);
    } else if (value instanceof Boolean b) {
      tag(b ? 'T' : 'F');
    } else if (value instanceof Character c) {
      tag('C');
      integer(c);
    } else if (value instanceof Number n) {
      // the class keeps 1 (Integer) and 1 (Long) apart, as YAML and the templates may print them apart
      tag('#');
      string(n.getClass().getName());
      string(n.toString());
    } else if (value instanceof Enum<?> e) {
      tag('E');
      string(e.getDeclaringClass().getName());
      string(e.name());
    } else if (value instanceof Record r) {
      record(r);
    } else if (value instanceof Service service) {
      service(service);
    } else if (value instanceof Map<?, ?> map) {
      tag('M');
      integer(map.size());
      map.forEach((k, v) -> {
        value(k);
        value(v);
      });
    } else if (value instanceof List<?> list) {
      elements('L', list);
    } else if (value instanceof Set<?> set) {
      elements('{', set);
    } else if (value instanceof Optional<?> optional) {
      tag('O');
      value(optional.orElse(null));
    } else {
      throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName());
    }
  }

  private void elements(char kind, Collection<?> elements) {
    tag(kind);
    integer(elements.size());
    elements.forEach(this::value);
  }

  /** A service as a record of every accessor's value, present or not. */
  private void service(Service service) {
    tag('R');
    string(Service.class.getName());
    integer(SERVICE_ACCESSORS.size());
    for (Method accessor : SERVICE_ACCESSORS) {
      string(accessor.getName());
      try {
        value(accessor.invoke(service));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException("cannot read " + accessor + " to fingerprint it: " + e, e);
      }
    }
  }

  private void record(Record record) {
    Class<?> type = record.getClass();
    RecordComponent[] components = type.getRecordComponents();
    tag('R');
    string(type.getName());
    integer(components.length);
    for (RecordComponent component : components) {
      string(component.getName());
      value(read(record, component.getAccessor()));
    }
  }

  private static Object read(Record record, Method accessor) {
    try {
      if (!accessor.canAccess(record) && !accessor.trySetAccessible()) {
        throw new IllegalArgumentException("cannot read " + accessor + " to fingerprint it");
      }
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalArgumentException("cannot read " + accessor + " to fingerprint it: " + e, e);
    }
  }

  private void string(String s) {
    integer(s.length());
    byte[] units = new byte[s.length() * 2];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      units[2 * i] = (byte) (c >>> 8);
      units[2 * i + 1] = (byte) c;
    }
    digest.update(units);
  }

  private void tag(char kind) {
    digest.update((byte) kind);
  }

  private void integer(int value) {
    for (int i = 0; i < 4; i++) {
      buffer[i] = (byte) (value >>> (24 - 8 * i));
    }
    digest.update(buffer, 0, 4);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
