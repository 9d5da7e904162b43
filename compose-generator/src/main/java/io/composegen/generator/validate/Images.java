package io.composegen.generator.validate;

import io.composegen.generator.env.Interpolation;
import java.util.Locale;

/**
 * The parts of an image reference such as {@code docker.elastic.co/elasticsearch/elasticsearch:8.15.0}.
 *
 * @param repository everything before the tag and digest, e.g. {@code docker.elastic.co/elasticsearch/elasticsearch}
 * @param tag the tag, or null when there is none
 * @param digest the digest after {@code @}, or null when there is none
 */
record Images(String repository, String tag, String digest) {

  /** Splits {@code image}; a colon counts as the tag's only when it follows the last slash (not a registry port). */
  static Images parse(String image) {
    String rest = image;
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    int colon = rest.lastIndexOf(':');
    String tag = null;
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    return new Images(rest, tag, digest);
  }

  /** Returns true when {@code image} holds a variable reference, so its parts are not known before run time. */
  static boolean isVariable(String image) {
    return Interpolation.hasReferences(image);
  }

  /** Returns the last path segment of the repository in lower case: {@code elasticsearch}. */
  String name() {
    return repository.substring(repository.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  /** Returns the leading number of the tag ({@code 7} for {@code 7.17.22}), or -1 when it starts otherwise. */
  int majorVersion() {
    if (tag == null) {
      return -1;
    }
    int end = 0;
    while (end < tag.length() && end < 9 && Character.isDigit(tag.charAt(end))) {
      end++;
    }
    return end == 0 ? -1 : Integer.parseInt(tag.substring(0, end));
  }
}
