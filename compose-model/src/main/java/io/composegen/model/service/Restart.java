package io.composegen.model.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's restart policy ({@code no}, {@code always}, {@code on-failure[:N]}, {@code unless-stopped}); immutable.
 *
 * @param policy one of {@code no}, {@code always}, {@code on-failure}, {@code unless-stopped}
 * @param maxRetries the retry limit of {@code on-failure}, or null when absent
 */
public record Restart(String policy, Integer maxRetries) {

  private static final Pattern SYNTAX = Pattern.compile("(no|always|unless-stopped|on-failure)(?::(\\d{1,9}))?");

  /** Never restart. */
  public static final Restart NO = new Restart("no", null);
  /** Always restart, also after the daemon restarts. */
  public static final Restart ALWAYS = new Restart("always", null);
  /** Restart when the container exits with a non-zero code. */
  public static final Restart ON_FAILURE = new Restart("on-failure", null);
  /** Restart unless the container was stopped by hand. */
  public static final Restart UNLESS_STOPPED = new Restart("unless-stopped", null);

  /** Checks the policy name and that only {@code on-failure} carries a retry limit. */
  public Restart {
    if (policy == null || !SYNTAX.matcher(policy).matches() || policy.contains(":")) {
      throw new IllegalArgumentException("invalid restart policy \"" + policy
          + "\": expected no, always, on-failure[:max-retries] or unless-stopped");
    }
    if (maxRetries != null && !policy.equals("on-failure")) {
      throw new IllegalArgumentException("restart: only on-failure takes a retry limit, not " + policy);
    }
    if (maxRetries != null && maxRetries < 0) {
      throw new IllegalArgumentException("restart: retry limit must not be negative, got " + maxRetries);
    }
  }

  /** Returns {@code on-failure} limited to {@code maxRetries} attempts. */
  public static Restart onFailure(int maxRetries) {
    return new Restart("on-failure", maxRetries);
  }

  /** Parses the form Compose files use, e.g. {@code on-failure:3}. */
  public static Restart parse(String text) {
    Matcher m = SYNTAX.matcher(text == null ? "" : text);
    if (!m.matches()) {
      throw new IllegalArgumentException("invalid restart policy \"" + text
          + "\": expected no, always, on-failure[:max-retries] or unless-stopped");
    }
    return new Restart(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)));
  }

  /** Returns the form Compose files use. */
  @Override
  public String toString() {
    return maxRetries == null ? policy : policy + ":" + maxRetries;
  }
}
