package io.composegen.generator.validate;

import io.composegen.model.Stack;
import io.composegen.model.service.Condition;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** CG110 and CG111: dependency cycles and waiting for the health of a service that has no healthcheck. */
final class DependencyChecks {

  private DependencyChecks() {}

  static void run(Environment env) {
    cycles(env);
    healthy(env);
  }

  private static void cycles(Environment env) {
    Stack stack = env.stack();
    Map<String, Service> byName = new TreeMap<>(stack.services());
    Set<Cycle> cycles = new LinkedHashSet<>();
    Set<String> done = new HashSet<>();
    Search search = new Search(stack, done, cycles);
    for (String start : byName.keySet()) {
      search.from(start);
    }
    for (Cycle cycle : cycles) {
      List<String> names = cycle.names();
      String first = names.get(0);
      String second = names.size() > 1 ? names.get(1) : first;
      String more = cycle.length() > names.size() ? " -> (" + (cycle.length() - names.size()) + " more)" : "";
      env.report(RuleRegistry.DEPENDENCY_CYCLE, Environment.service(first).key("depends_on").key(second),
          "depends_on forms a cycle: " + String.join(" -> ", names) + more + " -> " + first,
          "no service of a cycle can start; remove one of these dependencies, and let the service retry its "
              + "connection at start-up instead");
    }
  }

  /**
   * Depth-first search along {@code depends_on}, in declaration order, that records every cycle it closes, each
   * rotated to start at its smallest name, and adds every service it finishes to {@code done}. It keeps its own stack
   * of the services on the path, not the thread's: a chain of thousands of services is as deep. Its path is empty
   * again after each search, so one serves every start.
   */
  private static final class Search {
    private final Stack stack;
    private final Set<String> done;
    private final Set<Cycle> cycles;
    private final List<String> path = new ArrayList<>();
    private final Map<String, Integer> onPath = new HashMap<>();
    /** The dependencies left to follow of each service on the path. */
    private final List<Iterator<String>> next = new ArrayList<>();

    Search(Stack stack, Set<String> done, Set<Cycle> cycles) {
      this.stack = stack;
      this.done = done;
      this.cycles = cycles;
    }

    void from(String start) {
      String name = start;
      while (true) {
        if (name != null) {
          Integer on = onPath.get(name);
          Service service = on == null && !done.contains(name) ? stack.services().get(name) : null;
          if (on != null) {
            cycles.add(rotated(path.subList(on, path.size())));
          } else if (service != null) {
            onPath.put(name, path.size());
            path.add(name);
            next.add(service.dependsOn().keySet().iterator());
          }
        }
        if (next.isEmpty()) {
          return;
        }
        Iterator<String> dependencies = next.get(next.size() - 1);
        if (dependencies.hasNext()) {
          name = dependencies.next();
        } else {
          String finished = path.remove(path.size() - 1);
          onPath.remove(finished);
          next.remove(next.size() - 1);
          done.add(finished);
          name = null;
        }
      }
    }
  }

  /** How many services of a cycle its problem names. */
  static final int NAMES_SHOWN = 20;

  /**
   * A cycle as its problem prints it: its first {@link #NAMES_SHOWN} services from the alphabetically first, and
   * how many it has. A graph can hold as many cycles as services, each about as long: keeping and printing each whole
   * would cost their number times their length.
   */
  private record Cycle(List<String> names, int length) {}

  private static Cycle rotated(List<String> cycle) {
    int start = cycle.indexOf(Collections.min(cycle));
    List<String> names = new ArrayList<>(Math.min(cycle.size(), NAMES_SHOWN));
    for (int i = 0; i < Math.min(cycle.size(), NAMES_SHOWN); i++) {
      names.add(cycle.get((start + i) % cycle.size()));
    }
    return new Cycle(List.copyOf(names), cycle.size());
  }

  private static void healthy(Environment env) {
    Stack stack = env.stack();
    for (Service service : stack.services().values()) {
      service.dependsOn().forEach((name, dependency) -> {
        Service target = stack.services().get(name);
        if (dependency.condition() != Condition.HEALTHY || target == null) {
          return;
        }
        String lacks = !env.hasHealthcheck(name) ? name + " has no healthcheck"
            : target.healthcheck() != null && target.healthcheck().isDisabled() ? name + "'s healthcheck is disabled"
            : null;
        if (lacks != null) {
          env.report(RuleRegistry.HEALTHY_WITHOUT_HEALTHCHECK,
              Environment.service(service.name()).key("depends_on").key(name),
              "waits for service " + Texts.quote(name) + " to be healthy, but " + lacks,
              "add a healthcheck to service " + name + " (a HEALTHCHECK in its image is not visible here: "
                  + "repeat it on the service), or wait with condition: service_started");
        }
      });
    }
  }
}
