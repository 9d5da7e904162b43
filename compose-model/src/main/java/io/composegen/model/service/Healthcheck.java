package io.composegen.model.service;

import io.composegen.model.internal.Copies;
import io.composegen.model.units.ByteSize;
import io.composegen.model.units.ComposeDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A container healthcheck; immutable.
 *
 * @param test the test command: first element CMD, CMD-SHELL or NONE, then its arguments; empty when absent.
 * @param interval the healthcheck.interval value, or null when absent.
 * @param timeout the healthcheck.timeout value, or null when absent.
 * @param retries the healthcheck.retries value, or null when absent.
 * @param startPeriod the healthcheck.start_period value, or null when absent.
 * @param startInterval the healthcheck.start_interval value, or null when absent.
 * @param disable the healthcheck.disable value, or null when absent.
 * @param extensions the {@code x-*} extension values in declaration order; never null.
 */
public record Healthcheck(
    List<String> test,
    ComposeDuration interval,
    ComposeDuration timeout,
    Integer retries,
    ComposeDuration startPeriod,
    ComposeDuration startInterval,
    Boolean disable,
    Map<String, Object> extensions) {

  /** Copies collections and checks invariants, naming the offending field. */
  public Healthcheck {
    test = Copies.list(test, "healthcheck.test");
    extensions = Copies.extensions(extensions, "x-*");
    if (!test.isEmpty()) {
      String kind = test.get(0);
      if (!kind.equals("CMD") && !kind.equals("CMD-SHELL") && !kind.equals("NONE")) {
        throw new IllegalArgumentException("healthcheck.test must start with CMD, CMD-SHELL or NONE, got \"" + kind + "\"");
      }
      if (kind.equals("CMD-SHELL") && test.size() != 2) {
        throw new IllegalArgumentException("healthcheck.test: CMD-SHELL takes exactly one command line, got " + (test.size() - 1));
      }
      if (kind.equals("NONE") && test.size() != 1) {
        throw new IllegalArgumentException("healthcheck.test: NONE takes no arguments");
      }
    }
    Copies.atLeast(retries, 0, "healthcheck.retries");
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a healthcheck that runs the command directly ({@code ["CMD", args...]}). */
  public static Healthcheck cmd(String... args) {
    Builder b = builder().testPart("CMD");
    for (String arg : args) {
      b.testPart(arg);
    }
    return b.build();
  }

  /** Returns a healthcheck that runs the command through the container's shell ({@code ["CMD-SHELL", line]}). */
  public static Healthcheck shell(String commandLine) {
    return builder().testPart("CMD-SHELL").testPart(commandLine).build();
  }

  /** Returns a healthcheck that disables the image's own healthcheck. */
  public static Healthcheck disabled() {
    return builder().disable(true).build();
  }

  /** Returns a builder initialised with this value's fields, for edits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.test.addAll(test);
    b.interval = interval;
    b.timeout = timeout;
    b.retries = retries;
    b.startPeriod = startPeriod;
    b.startInterval = startInterval;
    b.disable = disable;
    b.extensions.putAll(extensions);
    return b;
  }

  /** Returns a copy with the given interval, parsed from Compose duration syntax ({@code 10s}). */
  public Healthcheck withInterval(String duration) {
    return toBuilder().interval(ComposeDuration.parse(duration)).build();
  }

  /** Returns a copy with the given timeout, parsed from Compose duration syntax. */
  public Healthcheck withTimeout(String duration) {
    return toBuilder().timeout(ComposeDuration.parse(duration)).build();
  }

  /** Returns a copy with the given start period, parsed from Compose duration syntax. */
  public Healthcheck withStartPeriod(String duration) {
    return toBuilder().startPeriod(ComposeDuration.parse(duration)).build();
  }

  /** Returns a copy with the given number of retries. */
  public Healthcheck withRetries(int count) {
    return toBuilder().retries(count).build();
  }

  /** Returns true when this healthcheck turns checking off ({@code disable: true} or test {@code NONE}). */
  public boolean isDisabled() {
    return Boolean.TRUE.equals(disable) || (!test.isEmpty() && test.get(0).equals("NONE"));
  }

  /** Mutable builder of {@link Healthcheck}; not thread-safe. Setters named after a collection replace it, singular adders append. */
  public static final class Builder {
    private final List<String> test = new ArrayList<>();
    private ComposeDuration interval;
    private ComposeDuration timeout;
    private Integer retries;
    private ComposeDuration startPeriod;
    private ComposeDuration startInterval;
    private Boolean disable;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    Builder() {}

    /** Replaces healthcheck.test: the test command: first element CMD, CMD-SHELL or NONE, then its arguments; empty when absent. */
    public Builder test(List<? extends String> values) {
      this.test.clear();
      if (values != null) {
        values.forEach(this::testPart);
      }
      return this;
    }

    /** Appends one entry to healthcheck.test. */
    public Builder testPart(String value) {
      this.test.add(Objects.requireNonNull(value, "healthcheck.test entry"));
      return this;
    }

    /** Sets healthcheck.interval: the healthcheck.interval value, or null when absent. */
    public Builder interval(ComposeDuration value) {
      this.interval = value;
      return this;
    }

    /** Sets healthcheck.timeout: the healthcheck.timeout value, or null when absent. */
    public Builder timeout(ComposeDuration value) {
      this.timeout = value;
      return this;
    }

    /** Sets healthcheck.retries: the healthcheck.retries value, or null when absent. */
    public Builder retries(Integer value) {
      this.retries = value;
      return this;
    }

    /** Sets healthcheck.start_period: the healthcheck.start_period value, or null when absent. */
    public Builder startPeriod(ComposeDuration value) {
      this.startPeriod = value;
      return this;
    }

    /** Sets healthcheck.start_interval: the healthcheck.start_interval value, or null when absent. */
    public Builder startInterval(ComposeDuration value) {
      this.startInterval = value;
      return this;
    }

    /** Sets healthcheck.disable: the healthcheck.disable value, or null when absent. */
    public Builder disable(Boolean value) {
      this.disable = value;
      return this;
    }

    /** Replaces x-*: the {@code x-*} extension values in declaration order; never null. */
    public Builder extensions(Map<String, ? extends Object> values) {
      this.extensions.clear();
      if (values != null) {
        this.extensions.putAll(values);
      }
      return this;
    }

    /** Sets one entry of x-*, keeping the others. */
    public Builder extension(String key, Object value) {
      this.extensions.put(Objects.requireNonNull(key, "x-* key"), value);
      return this;
    }

    /** Returns the immutable value; checks its invariants. */
    public Healthcheck build() {
      return new Healthcheck(test, interval, timeout, retries, startPeriod, startInterval, disable, extensions);
    }
  }
}
