package io.composegen.generator.validate;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A problem a user means to keep: problems of {@code code} about {@code service} are listed as acknowledged and
 * do not fail a run; immutable.
 *
 * <pre>{@code
 * new Acknowledgement("watchtower", "CG203", "watchtower must control Docker to update the other containers")
 * }</pre>
 *
 * @param service the service name, or {@code *} for every service and for problems outside services; never blank
 * @param code the rule code, e.g. {@code CG203}; never null
 * @param reason why the problem is meant; printed with it; never blank
 */
public record Acknowledgement(String service, String code, String reason) {

  /** The service name that matches every problem of the code. */
  public static final String ANY_SERVICE = "*";

  private static final Pattern CODE = Pattern.compile("CG[0-9]{3}");

  /** Checks that every component is given and that the code has the form of a rule code. */
  public Acknowledgement {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
    if (service.isBlank()) {
      throw new IllegalArgumentException("acknowledgement of " + code + ": service must not be blank; use * for any");
    }
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("acknowledgement of service " + service + ": code \"" + code
          + "\" is not a rule code such as CG203");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("acknowledgement of " + code + " for service " + service
          + ": give the reason the problem is meant");
    }
  }

  /** Returns true when this acknowledgement covers {@code problem}. */
  public boolean covers(Problem problem) {
    return code.equals(problem.code()) && (service.equals(ANY_SERVICE) || service.equals(problem.service()));
  }
}
