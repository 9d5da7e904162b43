package io.composegen.model.service;

import java.util.Objects;

/**
 * A single network port or an inclusive range of ports, written {@code 80} or {@code 8000-8010}.
 *
 * @param start the first port, 1 to 65535
 * @param end the last port, from {@code start} to 65535; equal to {@code start} for a single port
 */
public record PortRange(int start, int end) {

  /** The lowest valid port number. */
  public static final int MIN_PORT = 1;

  /** The highest valid port number. */
  public static final int MAX_PORT = 65535;

  /**
   * Creates a range, validating both ends.
   *
   * @throws IllegalArgumentException if a port is outside 1-65535 or {@code end} is below {@code start}
   */
  public PortRange {
    if (start < MIN_PORT || start > MAX_PORT) {
      throw new IllegalArgumentException("start " + start + " is out of range 1-65535");
    }
    if (end < MIN_PORT || end > MAX_PORT) {
      throw new IllegalArgumentException("end " + end + " is out of range 1-65535");
    }
    if (end < start) {
      throw new IllegalArgumentException("end " + end + " must not be below start " + start);
    }
  }

  /**
   * Returns the range holding the single given port.
   *
   * @param port the port, 1 to 65535
   * @return the single-port range, never null
   * @throws IllegalArgumentException if {@code port} is outside 1-65535
   */
  public static PortRange of(int port) {
    if (port < MIN_PORT || port > MAX_PORT) {
      throw new IllegalArgumentException("port " + port + " is out of range 1-65535");
    }
    return new PortRange(port, port);
  }

  /**
   * Returns the range from {@code start} to {@code end}, both inclusive.
   *
   * @param start the first port, 1 to 65535
   * @param end the last port, from {@code start} to 65535
   * @return the range, never null
   * @throws IllegalArgumentException if a port is outside 1-65535 or {@code end} is below {@code start}
   */
  public static PortRange of(int start, int end) {
    return new PortRange(start, end);
  }

  /**
   * Parses a port ({@code 80}) or a range ({@code 8000-8010}).
   *
   * @param text the text to parse; must not be null
   * @return the parsed range, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if {@code text} is not a port or range of ports 1-65535 in order;
   *     the message quotes {@code text}
   */
  public static PortRange parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    try {
      return parse(text, "port");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("invalid port range \"" + text + "\": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a port or range, describing problems with {@code role} ("published port", "target port") and
   * without quoting the whole text, so that callers can prefix their own context.
   */
  static PortRange parse(String text, String role) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException(role + " is empty");
    }
    int dash = text.indexOf('-');
    if (dash < 0) {
      int port = parsePort(text, text, role);
      return new PortRange(port, port);
    }
    int start = parsePort(text.substring(0, dash), text, role);
    int end = parsePort(text.substring(dash + 1), text, role);
    if (end < start) {
      throw new IllegalArgumentException(role + " range " + text + " ends before it starts");
    }
    return new PortRange(start, end);
  }

  private static int parsePort(String digits, String whole, String role) {
    boolean numeric = !digits.isEmpty();
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        numeric = false;
        break;
      }
    }
    if (!numeric) {
      String hint = whole.indexOf('$') >= 0 ? " (variables are not supported in port numbers)" : "";
      throw new IllegalArgumentException(role + " \"" + whole
          + "\" is not a number or a range like 8000-8010" + hint);
    }
    String significant = digits.replaceFirst("^0+(?=.)", "");
    int port = significant.length() > 5 ? Integer.MAX_VALUE : Integer.parseInt(significant);
    if (port < MIN_PORT || port > MAX_PORT) {
      throw new IllegalArgumentException(role + " " + significant + " is out of range 1-65535");
    }
    return port;
  }

  /**
   * Tells whether this range holds a single port.
   *
   * @return true when {@code start == end}
   */
  public boolean isSingle() {
    return start == end;
  }

  /**
   * Returns the number of ports in this range.
   *
   * @return {@code end - start + 1}, at least 1
   */
  public int size() {
    return end - start + 1;
  }

  /**
   * Tells whether the given port lies in this range.
   *
   * @param port any port number
   * @return true when {@code start <= port <= end}
   */
  public boolean contains(int port) {
    return port >= start && port <= end;
  }

  /**
   * Returns the Compose text: {@code 80} for a single port, {@code 8000-8010} for a range.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return isSingle() ? Integer.toString(start) : start + "-" + end;
  }
}
