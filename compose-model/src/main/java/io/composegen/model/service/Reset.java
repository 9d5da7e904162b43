package io.composegen.model.service;

import io.composegen.model.internal.Copies;

/**
 * What a layer removes from a base service: a whole attribute, or one element of a keyed collection; immutable.
 *
 * <p>The element key is the attribute's merge key: the variable name for {@code environment}, the container
 * path for {@code volumes}, {@code host_ip:published:target/protocol} for {@code ports} (as
 * {@link PortMapping#mergeKey()} prints it; the short syntax is accepted too), the service name for
 * {@code depends_on}, the value itself for lists of strings.
 *
 * @param attribute the attribute's YAML name, e.g. {@code ports}; never null
 * @param key the element's merge key, or null to remove the whole attribute
 */
public record Reset(String attribute, String key) {

  /** Checks that the attribute exists and, when a key is given, that its elements can be removed one by one. */
  public Reset {
    Copies.nonBlank(attribute, "reset attribute");
    ServiceAttribute<?> attr = ServiceAttributes.byName(attribute);
    if (attr == null || attribute.equals("name")) {
      throw new IllegalArgumentException("reset: \"" + attribute + "\" is not a service attribute");
    }
    if (key != null) {
      if (!attr.isKeyed()) {
        throw new IllegalArgumentException("reset: the elements of \"" + attribute
            + "\" cannot be removed one by one; remove the whole attribute");
      }
      key = attr.normaliseKey(key);
    }
  }

  /** Returns a reset of the whole attribute. */
  public static Reset of(String attribute) {
    return new Reset(attribute, null);
  }

  /** Returns a reset of one element of the attribute. */
  public static Reset element(String attribute, String key) {
    return new Reset(attribute, key);
  }

  /** Returns true when the whole attribute is removed. */
  public boolean isWhole() {
    return key == null;
  }

  @Override
  public String toString() {
    return key == null ? attribute : attribute + "[" + key + "]";
  }
}
