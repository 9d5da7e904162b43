package io.composegen.generator.docs;

import java.util.List;

/**
 * What {@code README.Docker.md.ftl} prints: every text already Markdown (user strings escaped, table cells with
 * {@code |} escaped), in order. Immutable.
 *
 * @param title the heading's text
 * @param files one list item per file of the stack, base first
 * @param services one table row per service, in declaration order
 * @param environments one section per environment, {@code base} first
 * @param envExample whether the stack has a {@code .env.example}
 * @param variables one table row per variable {@code .env.example} lists, alphabetically
 * @param ignored the lines to add to {@code .gitignore}: {@code .env} and each secret file
 * @param ignoredFence the code fence around {@code ignored}
 * @param diagrams one diagram per group of environments that look the same; the list {@link ReadmeRenderer} makes
 *     draws each diagram when it is read and keeps none (a large stack's diagrams are megabytes each), any other
 *     list is copied
 */
public record ReadmeView(
    String title,
    List<String> files,
    List<ServiceRow> services,
    List<EnvironmentSection> environments,
    boolean envExample,
    List<VariableRow> variables,
    List<String> ignored,
    String ignoredFence,
    List<DiagramSection> diagrams) {

  /** Copies the lists (but for the renderer's diagrams, drawn when read). */
  public ReadmeView {
    files = List.copyOf(files);
    services = List.copyOf(services);
    environments = List.copyOf(environments);
    variables = List.copyOf(variables);
    ignored = List.copyOf(ignored);
    diagrams = diagrams instanceof ReadmeRenderer.DrawnOnRead ? diagrams : List.copyOf(diagrams);
  }

  /**
   * A row of the services table; each value is a table cell.
   *
   * @param name the service's name
   * @param image its image or how it is built, per environment where they differ
   * @param ports its published ports, per environment where they differ
   * @param dependsOn the services it waits for and on what condition, per environment where they differ
   * @param environments the environments it runs in
   */
  public record ServiceRow(String name, String image, String ports, String dependsOn, String environments) {}

  /**
   * The section of one environment.
   *
   * @param heading the section's heading text
   * @param description a paragraph: its files and what sets it apart
   * @param commands the shell lines that start and stop it, one per line
   * @param fence the code fence around {@code commands}
   * @param profiles one list item per profile: the command that also starts the profile's services
   */
  public record EnvironmentSection(String heading, String description, String commands, String fence,
      List<String> profiles) {
    /** Copies the list. */
    public EnvironmentSection {
      profiles = List.copyOf(profiles);
    }
  }

  /**
   * A row of the variables table; each value is a table cell.
   *
   * @param name the variable's name
   * @param defaultValue its default, or a word saying there is none
   * @param notes whether it is required or secret, or empty
   */
  public record VariableRow(String name, String defaultValue, String notes) {}

  /**
   * A diagram and the environments it shows, or why it is left out.
   *
   * @param heading the heading's text, empty when one diagram shows every environment
   * @param mermaid the Mermaid flowchart, without the code fence; empty when it is left out
   * @param omitted empty when the diagram is drawn; else a Markdown paragraph saying why it is left out (Mermaid
   *     draws at most 500 edges and 50,000 characters with its default configuration, which GitHub and GitLab use)
   *     and how to draw it
   */
  public record DiagramSection(String heading, String mermaid, String omitted) {}
}
