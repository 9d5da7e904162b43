package io.composegen.generator.validate;

import io.composegen.model.ModelPath;
import io.composegen.model.Stack;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One environment under validation, as the checks see it: its resolved stack, whether it is a production one,
 * and where problems go. Problems are located in the written files as they are reported.
 */
final class Environment {

  private final String name;
  private final boolean production;
  private final Stack stack;
  private final Locator locator;
  private final Map<String, BuiltImage> images;
  private final List<Problem> problems = new ArrayList<>();

  Environment(String name, boolean production, Stack stack, Locator locator) {
    this(name, production, stack, locator, Map.of());
  }

  Environment(String name, boolean production, Stack stack, Locator locator, Map<String, BuiltImage> images) {
    this.name = name;
    this.production = production;
    this.stack = stack;
    this.locator = locator;
    this.images = images;
  }

  /** Returns the same environment without the problems reported so far, for a check run apart from the others. */
  Environment anew() {
    return new Environment(name, production, stack, locator, images);
  }

  /** Returns the environment's name: {@code base} or a layer's name. */
  String name() {
    return name;
  }

  /** Returns true when the environment is marked as a production one. */
  boolean production() {
    return production;
  }

  /**
   * Tells whether service {@code service} has a healthcheck: in the compose model, or (with none there) in the
   * generated Dockerfile its image is built from. A disabled compose healthcheck counts as one here.
   */
  boolean hasHealthcheck(String service) {
    Service s = stack.services().get(service);
    if (s == null) {
      return false;
    }
    BuiltImage image = image(s);
    return s.healthcheck() != null || (image != null && image.checksHealth());
  }

  /**
   * Returns what the image {@code service} runs does on its own, when composegen generates its Dockerfile: the
   * service's own generated build, another service's through {@code image_of}, or one the validator was told of;
   * null when the image is not known.
   */
  BuiltImage image(Service service) {
    if (service.generatedBuild() != null) {
      return BuiltImage.of(service.generatedBuild());
    }
    if (service.imageOf() != null) {
      Service source = stack.services().get(service.imageOf());
      if (source != null && source.generatedBuild() != null) {
        return BuiltImage.of(source.generatedBuild());
      }
    }
    return images.get(service.name());
  }

  /** Returns the resolved single-file stack of the environment. */
  Stack stack() {
    return stack;
  }

  /** Reports a problem of {@code rule} at {@code path} of the resolved stack, with the rule's severity. */
  void report(Rule rule, ModelPath path, String message, String hint) {
    report(rule, rule.severity(), path, message, hint);
  }

  /** Reports a problem of {@code rule} at {@code path} of the resolved stack, with the given severity. */
  void report(Rule rule, Severity severity, ModelPath path, String message, String hint) {
    add(rule, severity, path, message, hint, List.of());
  }

  /**
   * Reports a problem of {@code rule} at {@code path} whose message names the element at {@code other} too (as
   * {@link #refer} names it), which the problem carries as a related place.
   */
  void report(Rule rule, ModelPath path, String message, String hint, ModelPath other) {
    Locator.Located to = locator.locate(stack, other);
    add(rule, rule.severity(), path, message, hint, List.of(new Problem.Place(to.file(), to.path(), 0, 0)));
  }

  private void add(Rule rule, Severity severity, ModelPath path, String message, String hint,
      List<Problem.Place> related) {
    Locator.Located at = locator.locate(stack, path);
    problems.add(new Problem(at.file(), at.path(), severity, rule.code(), message, hint, List.of(), 0, 0, related));
  }

  /**
   * Returns how a message names the element at {@code target} when reporting at {@code from}: its path in its
   * file, with the file's name in front when that is another file.
   */
  String refer(ModelPath target, ModelPath from) {
    Locator.Located to = locator.locate(stack, target);
    Locator.Located here = locator.locate(stack, from);
    return to.file().equals(here.file()) ? to.path().toString() : to.toString();
  }

  /** Returns the problems reported so far, in order of reporting. */
  List<Problem> problems() {
    return problems;
  }

  /** Returns the path of service {@code service}: {@code services.<service>}. */
  static ModelPath service(String service) {
    return ModelPath.of("services", service);
  }
}
