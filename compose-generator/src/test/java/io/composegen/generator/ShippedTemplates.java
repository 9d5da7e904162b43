package io.composegen.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/** Copies of the templates shipped in the jar, for tests that compare the Java printers with them. */
public final class ShippedTemplates {

  private ShippedTemplates() {}

  /**
   * Returns a new folder, deleted when the JVM exits, holding unchanged copies of the shipped templates
   * {@code names}: a template folder that makes FreeMarker render them instead of the printers.
   */
  public static Path copies(Collection<String> names) {
    try {
      Path folder = Files.createTempDirectory("composegen-shipped-templates");
      folder.toFile().deleteOnExit();
      for (String name : names) {
        try (InputStream in = ShippedTemplates.class.getResourceAsStream("/io/composegen/generator/templates/"
            + name)) {
          Files.write(folder.resolve(name), in.readAllBytes());
        }
        folder.resolve(name).toFile().deleteOnExit();
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
