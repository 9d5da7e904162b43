package io.composegen.model.dockerfile;

import java.util.Objects;

/**
 * An {@code EXPOSE} instruction documenting one port the container listens on; immutable.
 *
 * @param port the port, 1 to 65535
 * @param protocol {@code tcp} or {@code udp}; never null
 */
public record Expose(int port, String protocol) implements Instruction {

  /** Checks port range and protocol. */
  public Expose {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("expose.port must be between 1 and 65535, got " + port);
    }
    Objects.requireNonNull(protocol, "expose.protocol must not be null");
    if (!protocol.equals("tcp") && !protocol.equals("udp")) {
      throw new IllegalArgumentException("expose.protocol \"" + protocol + "\" must be tcp or udp");
    }
  }

  /** Returns a TCP port. */
  public static Expose tcp(int port) {
    return new Expose(port, "tcp");
  }

  /** Returns a UDP port. */
  public static Expose udp(int port) {
    return new Expose(port, "udp");
  }

  @Override
  public String keyword() {
    return "EXPOSE";
  }
}
