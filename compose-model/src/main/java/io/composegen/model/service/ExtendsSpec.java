package io.composegen.model.service;

import io.composegen.model.internal.Copies;

/**
 * A service's {@code extends}: another service, in this file or another, whose configuration it starts from.
 *
 * @param service the name of the extended service; never null
 * @param file the file that defines it, or null for the same file
 */
public record ExtendsSpec(String service, String file) {

  /** Checks that the extended service is named. */
  public ExtendsSpec {
    Copies.nonBlank(service, "extends.service");
  }
}
