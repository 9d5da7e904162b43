package io.composegen.model.recipe;

/**
 * Entry points to the built-in recipes; each returns a builder with sensible defaults to adjust, such as
 * {@code Recipes.pythonPip().python("3.11").port(5000).build()}.
 */
public final class Recipes {

  private Recipes() {}

  /** Returns a builder of a Java application built with Maven and run on a JRE. */
  public static JavaMavenRecipe.Builder javaMaven() {
    return JavaMavenRecipe.builder();
  }

  /** Returns a builder of a Python application installed with pip from a requirements file. */
  public static PythonPipRecipe.Builder pythonPip() {
    return PythonPipRecipe.builder();
  }

  /** Returns a builder of a Python application installed with Poetry. */
  public static PythonPoetryRecipe.Builder pythonPoetry() {
    return PythonPoetryRecipe.builder();
  }

  /** Returns a builder of a Node.js server installed with npm ci. */
  public static NodeRecipe.Builder node() {
    return NodeRecipe.builder();
  }

  /** Returns a builder of a static site built with npm and served by unprivileged nginx. */
  public static StaticNginxRecipe.Builder staticNginx() {
    return StaticNginxRecipe.builder();
  }
}
