package io.composegen.generator.imports;

import io.composegen.model.ModelPath;
import io.composegen.model.service.ExtendsSpec;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttributes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Replaces each service's {@code extends} by the service it names, merged under the service by Compose's rules
 * ({@link ServiceAttributes#merge}): what the service sets wins over what it extends, lists such as ports add up,
 * maps such as environment merge by key. The service extended may itself extend another, in the same file
 * ({@code extends: {service: base}}) or in another one ({@code extends: {file: ../common.yml, service: base}}),
 * whose relative paths are then moved to this file's folder ({@link RelativePaths}); a cycle, a service that does
 * not exist and a file that cannot be read are problems. Mutable; one instance per import.
 */
final class ExtendsResolver {

  private final ComposeReader reader;
  private final Function<Path, String> shown;
  private final List<Problem> problems;
  private final Map<Path, SourceFile> files = new HashMap<>();
  private final Map<String, Service> done = new HashMap<>();
  /** The places of keys in each file a problem was found in, by file: found once, for every problem in it. */
  private final Map<Path, SourceLocations> places = new HashMap<>();

  /**
   * @param shown how a file is named in problem locations
   * @param problems where problems are added, each located in its file
   */
  ExtendsResolver(ComposeReader reader, Function<Path, String> shown, List<Problem> problems) {
    this.reader = reader;
    this.shown = shown;
    this.problems = problems;
  }

  /** A compose file that was read: its path, text and services by name. */
  record SourceFile(Path path, String shownAs, String text, Map<String, Service> services) {

    SourceFile {
      services = new LinkedHashMap<>(services);
    }
  }

  /**
   * Returns the services of {@code file} with every {@code extends} resolved, in their order.
   *
   * @param whole true for a base file, where a service needs an image or a build once its extends is resolved
   */
  Map<String, Service> resolve(SourceFile file, boolean whole) {
    files.putIfAbsent(key(file.path()), file);
    Map<String, Service> out = new LinkedHashMap<>();
    for (String name : file.services().keySet()) {
      Service resolved = resolved(file, name);
      if (whole && file.services().get(name).extendsFrom() != null && resolved.image() == null
          && resolved.build() == null) {
        problem(file, servicePath(name), Problem.MISSING_VALUE, "service \"" + name
            + "\" has neither image nor build, also not through the services it extends",
            "set image or build on it or on the service it extends");
      }
      out.put(name, resolved);
    }
    return out;
  }

  /** A service that extends another, on the way down a chain: what is merged onto what it extends. */
  private record Link(SourceFile file, String name, String id, Service own, SourceFile target, ModelPath at) {}

  /**
   * Returns service {@code name} of {@code file} with its extends resolved. Follows the chain in a loop, down to a
   * service that extends nothing, one already resolved, or a problem (a cycle, an undefined service, a file that
   * cannot be read: the service where it is found then stands for itself without extends), then merges back up,
   * remembering each service resolved: a chain of any length costs its length once.
   */
  private Service resolved(SourceFile file, String name) {
    List<Link> links = new ArrayList<>();
    Set<String> chain = new LinkedHashSet<>();
    SourceFile at = file;
    String current = name;
    Service base;
    while (true) {
      Service service = at.services().get(current);
      ExtendsSpec spec = service.extendsFrom();
      if (spec == null) {
        base = service; // the services that are done all extend one
        break;
      }
      String id = key(at.path()) + "#" + current;
      Service done = this.done.get(id);
      if (done != null) {
        base = done;
        break;
      }
      base = service.toBuilder().extendsFrom(null).build();
      ModelPath extendsAt = servicePath(current).key("extends");
      if (!chain.add(id)) {
        SourceFile reported = at;
        problem(at, extendsAt, Problem.INVALID_VALUE, "service \"" + current + "\" extends itself through "
            + String.join(" -> ", chain.stream().map(link -> shownIn(link, reported)).toList()) + " -> " + current,
            "break the cycle: let one of these services set its attributes instead of extending");
        break;
      }
      SourceFile target = spec.file() == null ? at : other(at, spec.file(), extendsAt);
      if (target == null) {
        break;
      }
      if (!target.services().containsKey(spec.service())) {
        String where = target == at ? "" : " in " + target.shownAs();
        problem(at, extendsAt, Problem.INVALID_VALUE, "service \"" + current + "\" extends service \""
            + spec.service() + "\", which is not defined" + where, "name a service defined"
            + (where.isEmpty() ? " in this file" : where) + ", or remove extends");
        break;
      }
      links.add(new Link(at, current, id, base, target, extendsAt));
      at = target;
      current = spec.service();
    }
    for (int i = links.size() - 1; i >= 0; i--) {
      Link link = links.get(i);
      Service moved = moved(base, link.target(), link.file(), link.name(), link.at());
      base = ServiceAttributes.merge(ServiceAttributes.renamed(moved, link.name()), link.own());
      this.done.put(link.id(), base);
    }
    return base;
  }

  /**
   * Returns {@code base}, declared in {@code target}, with its relative paths moved to the folder of {@code file},
   * as Compose moves them; a path that cannot be moved is a problem at {@code at}, the extends of {@code name}.
   */
  private Service moved(Service base, SourceFile target, SourceFile file, String name, ModelPath at) {
    return RelativePaths.rebase(base, folder(target), folder(file), path -> problem(file, at,
        Problem.UNSUPPORTED_YAML, "service \"" + name + "\" extends a service of " + target.shownAs()
            + ", in another folder, whose path " + Reading.quote(path) + " starts with a variable: composegen "
            + "cannot tell which folder it is relative to",
        "write the path in " + target.shownAs() + " without a variable at its start, or copy the service into "
            + "this file"));
  }

  /** Returns the file {@code relative} names from the folder of {@code from}, read once; null after a problem. */
  private SourceFile other(SourceFile from, String relative, ModelPath at) {
    Path path = folder(from).resolve(relative).normalize();
    SourceFile known = files.get(key(path));
    if (known != null) {
      return known;
    }
    String shownAs = shown.apply(path);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problem(from, at.key("file"), Problem.INVALID_VALUE, "extends names file " + relative
          + ", which cannot be read (" + (Files.exists(path) ? e.getMessage() : "it does not exist") + ")",
          "name an existing compose file, relative to the folder of " + from.shownAs());
      return null;
    }
    // a file of services to extend may hold fragments, as a layer file does, and a project name
    ReadResult<io.composegen.model.layer.Layer> read = reader.readLayer("extends", text, shownAs);
    read.problems().stream().filter(p -> !p.path().equals(ModelPath.of("name"))).forEach(problems::add);
    SourceFile file = new SourceFile(path, shownAs, text, read.value().services());
    files.put(key(path), file);
    return file;
  }

  private void problem(SourceFile file, ModelPath path, String code, String message, String hint) {
    SourceLocations in = places.computeIfAbsent(key(file.path()), k -> SourceLocations.of(file.shownAs(), file.text()));
    problems.add(new Problem(path, code, message, hint).at(in.locate(path)));
  }

  private static ModelPath servicePath(String name) {
    return ModelPath.of("services").key(name);
  }

  private static Path key(Path path) {
    return path.toAbsolutePath().normalize();
  }

  private static Path folder(SourceFile file) {
    return key(file.path()).getParent();
  }

  /** Returns how a link of an extends chain is named in a problem of {@code reported}: the service, and its file. */
  private String shownIn(String id, SourceFile reported) {
    int hash = id.lastIndexOf('#');
    String service = id.substring(hash + 1);
    Path path = Path.of(id.substring(0, hash));
    return path.equals(key(reported.path())) ? service : service + " (" + files.get(path).shownAs() + ")";
  }
}
