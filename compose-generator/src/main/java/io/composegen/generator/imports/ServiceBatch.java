package io.composegen.generator.imports;

import com.fasterxml.jackson.databind.JsonNode;
import io.composegen.model.ModelPath;
import io.composegen.model.service.Service;
import io.composegen.model.service.ServiceAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads the {@code services} of one file with {@link ServiceReader}; a file of many services on this thread and
 * another one at once.
 *
 * <p>The two threads take the services in the file's order, one at a time, each service collecting its problems
 * apart; the problems and the services are then handed on in the file's order, so the result is the one reading
 * them one by one gives. What reading a service throws is thrown here, after the services before it were handed
 * on, as reading them one by one would. A cold JVM gains most: the other thread loads and links half of what the
 * mapping needs while this one interprets the rest.
 */
final class ServiceBatch {

  /** From this many services on, another thread helps: below, starting it costs more than it saves. */
  static final int PARALLEL_FROM = 64;

  /** Set once {@link #prepare()} started its thread. */
  private static final AtomicBoolean PREPARED = new AtomicBoolean();

  private ServiceBatch() {}

  /**
   * Initialises, on another thread and once per JVM, the classes reading services needs first: the reader's table
   * of attributes and the model's, some hundred lambdas between them. Called before a text is parsed, so that a cold
   * JVM links them on its second core while this one parses, instead of afterwards.
   */
  static void prepare() {
    if (Runtime.getRuntime().availableProcessors() > 1 && !PREPARED.getAndSet(true)) {
      Thread thread = new Thread(() -> {
        ServiceReader.attributeNames();
        ServiceAttributes.all();
      }, "composegen-prepare");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * Reads every service of {@code services}, a mapping of names to services at {@code section}, adding the problems
   * to {@code reading} and each service read (not those whose name or value is invalid) to {@code out}, in order.
   *
   * @param whole true in a base file, where a service needs an image, a build or an extends
   */
  static void read(Reading reading, JsonNode services, ModelPath section, boolean whole, Consumer<Service> out) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(services.size());
    services.fields().forEachRemaining(entries::add);
    int count = entries.size();
    if (count < PARALLEL_FROM || Runtime.getRuntime().availableProcessors() < 2) {
      for (Map.Entry<String, JsonNode> e : entries) {
        handOn(ServiceReader.read(reading, e.getKey(), e.getValue(), section.key(e.getKey()), whole), out);
      }
      return;
    }
    Service[] read = new Service[count];
    Reading[] problems = new Reading[count];
    Throwable[] failures = new Throwable[count];
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
        Map.Entry<String, JsonNode> e = entries.get(i);
        problems[i] = new Reading();
        try {
          read[i] = ServiceReader.read(problems[i], e.getKey(), e.getValue(), section.key(e.getKey()), whole);
        } catch (RuntimeException | Error failure) {
          failures[i] = failure;
          next.set(count); // the services after this one are not read, as one by one; those before it are
        }
      }
    };
    Thread helper = new Thread(work, "composegen-services");
    helper.setDaemon(true);
    helper.start();
    work.run();
    joinUninterruptibly(helper);
    for (int i = 0; i < count; i++) {
      if (failures[i] instanceof RuntimeException failure) {
        throw failure;
      }
      if (failures[i] instanceof Error failure) {
        throw failure;
      }
      problems[i].problems().forEach(reading::add);
      handOn(read[i], out);
    }
  }

  /**
   * Hands on every service of {@code services}, whose values are placeholders of services {@code streamed} already
   * took from the loader (read meanwhile on another thread), or, for entries a merge key copied in, the services'
   * values themselves, read here; in the mapping's order, as {@link #read(Reading, JsonNode, ModelPath, boolean,
   * Consumer)} does.
   */
  static void read(Reading reading, JsonNode services, ModelPath section, boolean whole, Consumer<Service> out,
      ServiceStream streamed) {
    for (Iterator<Map.Entry<String, JsonNode>> entries = services.fields(); entries.hasNext(); ) {
      Map.Entry<String, JsonNode> e = entries.next();
      ServiceStream.Slot slot = ServiceStream.slotOf(e.getValue());
      if (slot != null) {
        streamed.handOn(slot, reading, out);
      } else {
        handOn(ServiceReader.read(reading, e.getKey(), e.getValue(), section.key(e.getKey()), whole), out);
      }
    }
  }

  private static void handOn(Service service, Consumer<Service> out) {
    if (service != null) {
      out.accept(service);
    }
  }

  /** Waits for {@code thread} to end; an interrupt meanwhile is kept for the caller, not lost. */
  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
