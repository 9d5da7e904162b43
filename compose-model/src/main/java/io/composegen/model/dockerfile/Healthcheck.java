package io.composegen.model.dockerfile;

import io.composegen.model.internal.Copies;
import io.composegen.model.units.ComposeDuration;
import java.util.List;

/**
 * A {@code HEALTHCHECK} instruction: a command in exec form that tells whether the container works, or
 * {@code NONE} to turn off the base image's check; immutable.
 *
 * <p>The command must exist in the final image: a check calling {@code curl} in an image without curl marks
 * every container unhealthy.
 *
 * @param command the executable and its arguments; empty for {@code HEALTHCHECK NONE}; never null
 * @param interval the time between checks; null for Docker's default (30s)
 * @param timeout the time a check may take; null for the default (30s)
 * @param startPeriod the time after start during which failures do not count; null for the default (none)
 * @param retries the consecutive failures that make the container unhealthy, at least 1; null for the default (3)
 */
public record Healthcheck(
    List<String> command,
    ComposeDuration interval,
    ComposeDuration timeout,
    ComposeDuration startPeriod,
    Integer retries) implements Instruction {

  private static final long ONE_MILLISECOND = 1_000_000L;

  /** Copies the command and checks the options, naming the offending one. */
  public Healthcheck {
    command = Checks.execForm(Copies.list(command, "healthcheck.command"), "healthcheck.command", false);
    atLeastOneMillisecond(interval, "healthcheck.interval");
    atLeastOneMillisecond(timeout, "healthcheck.timeout");
    atLeastOneMillisecond(startPeriod, "healthcheck.startPeriod");
    Copies.atLeast(retries, 1, "healthcheck.retries");
    if (command.isEmpty() && (interval != null || timeout != null || startPeriod != null || retries != null)) {
      throw new IllegalArgumentException("healthcheck NONE takes no options");
    }
  }

  /** Returns a check running the given executable and arguments, with Docker's default timing. */
  public static Healthcheck cmd(String... command) {
    if (command.length == 0) {
      throw new IllegalArgumentException("healthcheck.command must have at least one element (the executable)");
    }
    return new Healthcheck(List.of(command), null, null, null, null);
  }

  /** Returns {@code HEALTHCHECK NONE}, which turns off a check inherited from the base image. */
  public static Healthcheck none() {
    return new Healthcheck(List.of(), null, null, null, null);
  }

  /** Returns a copy with the given timing; null leaves an option at Docker's default. */
  public Healthcheck withTiming(ComposeDuration newInterval, ComposeDuration newTimeout,
      ComposeDuration newStartPeriod, Integer newRetries) {
    return new Healthcheck(command, newInterval, newTimeout, newStartPeriod, newRetries);
  }

  /** Tells whether this is {@code HEALTHCHECK NONE}. */
  public boolean isNone() {
    return command.isEmpty();
  }

  /** Rejects durations below 1ms, zero included: builders reject them ({@code 0s} too, in older versions). */
  private static void atLeastOneMillisecond(ComposeDuration value, String field) {
    if (value != null && value.nanos() < ONE_MILLISECOND) {
      throw new IllegalArgumentException(field + " must be at least 1ms, got " + value
          + "; leave it out for the default");
    }
  }

  @Override
  public String keyword() {
    return "HEALTHCHECK";
  }
}
