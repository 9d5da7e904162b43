package io.composegen.generator.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.composegen.model.Stack;
import io.composegen.model.layer.Layer;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A file of many services, read on two threads, gives what reading its services one by one gives: the same
 * services in the file's order and the same problems, those of one path in the same order.
 */
class ServiceBatchTest {

  private static final ComposeReader READER = ComposeReader.create();
  private static final int COUNT = ServiceBatch.PARALLEL_FROM * 4;

  /** Returns service {@code i}: most are valid, some have an unknown key, a bad port, a bad name, and so on. */
  private static String service(int i) {
    String name = String.format(Locale.ROOT, "s%03d", i);
    if (i % 7 == 3) {
      return "  " + name + ":\n    image: app\n    imagee: app\n";
    }
    if (i % 11 == 5) {
      return "  " + name + ":\n    image: app\n    ports: [\"abc\", \"80:80\", \"x:y:z:w\"]\n";
    }
    if (i % 13 == 6) {
      return "  ." + name + ":\n    image: app\n";
    }
    if (i % 19 == 9) {
      return "  " + name + ": nginx\n";
    }
    if (i % 23 == 10) {
      return "  " + name + ":\n    restart: sometimes\n";
    }
    return "  " + name + ":\n    image: nginx:1.27\n    environment: {A: \"" + i + "\"}\n    ports: [\"" + (8000 + i)
        + ":80\"]\n";
  }

  /** Returns the problems as a read result holds them: sorted by path, problems of one path in their order. */
  private static List<String> sorted(List<Problem> problems) {
    List<Problem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    return sorted.stream().map(Problem::toString).toList();
  }

  @Test
  void readsTheServicesOfABaseFileInOrderWithTheirProblemsInOrder() {
    StringBuilder file = new StringBuilder("services:\n");
    List<Service> services = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      file.append(service(i));
      ReadResult<Stack> alone = READER.readBase("services:\n" + service(i));
      services.addAll(alone.value().services().values());
      problems.addAll(alone.problems());
    }

    ReadResult<Stack> read = READER.readBase(file.toString());

    assertThat(problems).hasSizeGreaterThan(COUNT / 4);
    assertThat(read.value().services().values()).containsExactlyElementsOf(services);
    assertThat(read.problems()).map(Problem::toString).containsExactlyElementsOf(sorted(problems));
  }

  @Test
  void readsTheServicesOfALayerFileInOrderWithTheirProblemsInOrder() {
    StringBuilder file = new StringBuilder("services:\n");
    List<Service> services = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      file.append(service(i));
      ReadResult<Layer> alone = READER.readLayer(Layer.PROD, "services:\n" + service(i));
      services.addAll(alone.value().services().values());
      problems.addAll(alone.problems());
    }

    ReadResult<Layer> read = READER.readLayer(Layer.PROD, file.toString());

    assertThat(read.value().services().values()).containsExactlyElementsOf(services);
    assertThat(read.problems()).map(Problem::toString).containsExactlyElementsOf(sorted(problems));
  }
}
