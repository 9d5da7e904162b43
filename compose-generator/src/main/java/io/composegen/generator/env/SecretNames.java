package io.composegen.generator.env;

import java.util.Locale;
import java.util.Objects;

/**
 * Tells which variable names look like they hold a secret, so that their values are never shown and never
 * written literally.
 *
 * <p>A name looks secret when, ignoring case, it contains {@code PASSWORD}, {@code SECRET}, {@code TOKEN} or
 * {@code CREDENTIALS}, or ends with {@code _KEY}; names ending with {@code _FILE} name a file that holds the
 * secret ({@code POSTGRES_PASSWORD_FILE}) and do not count.
 */
public final class SecretNames {

  private SecretNames() {}

  /** Returns true when {@code name} looks like it holds a secret. */
  public static boolean looksSecret(String name) {
    String upper = Objects.requireNonNull(name, "name").toUpperCase(Locale.ROOT);
    if (upper.endsWith("_FILE")) {
      return false;
    }
    return upper.contains("PASSWORD") || upper.contains("SECRET") || upper.contains("TOKEN")
        || upper.contains("CREDENTIALS") || upper.endsWith("_KEY");
  }
}
