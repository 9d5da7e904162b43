package io.composegen.maven;

/**
 * A validation problem the project accepts on purpose, as configured in the pom:
 * {@code <acknowledgement><service>watchtower</service><code>CG203</code><reason>...</reason></acknowledgement>}.
 */
public class Acknowledgement {

  /** The service it covers, or {@code *} for every service. */
  private String service = "*";

  /** The rule code it covers, e.g. {@code CG203}. */
  private String code;

  /** Why the problem is accepted; printed with it. */
  private String reason;

  /** Returns the service, or {@code *}. */
  public String getService() {
    return service;
  }

  /** Sets the service, or {@code *}. */
  public void setService(String service) {
    this.service = service;
  }

  /** Returns the rule code. */
  public String getCode() {
    return code;
  }

  /** Sets the rule code. */
  public void setCode(String code) {
    this.code = code;
  }

  /** Returns the reason. */
  public String getReason() {
    return reason;
  }

  /** Sets the reason. */
  public void setReason(String reason) {
    this.reason = reason;
  }
}
