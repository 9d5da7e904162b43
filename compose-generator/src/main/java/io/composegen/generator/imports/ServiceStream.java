package io.composegen.generator.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;
import io.composegen.model.ModelPath;
import io.composegen.model.service.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the services of one file while the YAML loader is still parsing it: the loader hands each service over as
 * soon as its value is complete and keeps only a placeholder in the tree, and another thread reads the services
 * handed over while this one parses on. A file of thousands of services so never holds the trees of all of them at
 * once (the tree of a YAML file takes about six times the file's size), and parsing and reading share the two cores.
 *
 * <p>The result is the one {@link ServiceBatch#read} gives for the whole tree: {@link #handOn} hands the services and
 * their problems on in the file's order and throws what reading a service threw, after the services before it. The
 * loading thread says when the load {@link #loaded() ended well}, and {@link #cancel() cancels} the stream when it
 * failed (nothing is handed on then) and once everything was handed on. Mutable; one instance per file, used by the
 * loading thread.
 */
final class ServiceStream {

  private final ModelPath section;
  private final boolean whole;
  private final boolean parallel = Runtime.getRuntime().availableProcessors() > 1;
  /** Guards the slots' {@code taken} and {@code done}, {@link #slots}, {@link #closed} and {@link #stopped}. */
  private final Object lock = new Object();
  private final List<Slot> slots = new ArrayList<>();
  /** The first slot the helper has not looked at. */
  private int scanned;
  private boolean closed;
  /** Set when reading a service threw, or the load failed: the services not yet read are not read. */
  private boolean stopped;
  private Thread helper;

  /**
   * Returns a stream of the services at {@code section}.
   *
   * @param whole true in a base file, where a service needs an image, a build or an extends
   */
  ServiceStream(ModelPath section, boolean whole) {
    this.section = section;
    this.whole = whole;
  }

  /** A service handed over: its name and value until read, then what reading it gave. */
  static final class Slot {
    private final String name;
    private JsonNode value;
    private final Reading problems = new Reading();
    private Service read;
    private Throwable failure;
    /** Set by the thread that reads it. */
    private boolean taken;
    private boolean done;

    private Slot(String name, JsonNode value) {
      this.name = name;
      this.value = value;
    }
  }

  /**
   * Takes the service {@code name} with its complete {@code value} and returns the placeholder the tree keeps in its
   * place. With one core the service is read at once; with more, a helper thread started at the
   * {@link ServiceBatch#PARALLEL_FROM}th service reads each as it comes (below that, starting it costs more than it
   * saves, and {@link #handOn} reads them).
   */
  JsonNode add(String name, JsonNode value) {
    Slot slot = new Slot(name, value);
    synchronized (lock) {
      slots.add(slot);
      slot.taken = !parallel;
      if (parallel && helper == null && slots.size() >= ServiceBatch.PARALLEL_FROM) {
        helper = new Thread(this::help, "composegen-services");
        helper.setDaemon(true);
        helper.start();
      }
      lock.notifyAll();
    }
    if (!parallel) {
      read(slot);
    }
    return new POJONode(slot);
  }

  /** Returns the service a placeholder of this stream stands for, or null when {@code node} is none. */
  static Slot slotOf(JsonNode node) {
    return node instanceof POJONode pojo && pojo.getPojo() instanceof Slot slot ? slot : null;
  }

  /** Returns true when the loader handed over at least one service. */
  boolean used() {
    synchronized (lock) {
      return !slots.isEmpty();
    }
  }

  /**
   * Hands the service of {@code slot} and its problems on to {@code reading} and {@code out}, reading it here if no
   * thread took it yet; throws what reading it threw.
   */
  void handOn(Slot slot, Reading reading, Consumer<Service> out) {
    boolean mine;
    synchronized (lock) {
      mine = !slot.taken;
      slot.taken = true;
    }
    if (mine) {
      read(slot);
    }
    awaitDone(slot);
    if (slot.failure instanceof RuntimeException failure) {
      throw failure;
    }
    if (slot.failure instanceof Error failure) {
      throw failure;
    }
    slot.problems.problems().forEach(reading::add);
    if (slot.read != null) {
      out.accept(slot.read);
    }
  }

  /** Ends the stream once the load ended well: the helper reads what is left to it and stops. */
  void loaded() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }

  /**
   * Ends the stream after the load failed, or once everything was handed on: the helper reads nothing more and stops.
   */
  void cancel() {
    synchronized (lock) {
      stopped = true;
      closed = true;
      lock.notifyAll();
    }
  }

  private void help() {
    while (true) {
      Slot slot = null;
      synchronized (lock) {
        while (slot == null) {
          while (scanned < slots.size() && slots.get(scanned).taken) {
            scanned++;
          }
          if (stopped || (closed && scanned == slots.size())) {
            return;
          }
          if (scanned < slots.size()) {
            slot = slots.get(scanned++);
            slot.taken = true;
          } else {
            try {
              lock.wait();
            } catch (InterruptedException e) {
              return; // handOn reads what is left
            }
          }
        }
      }
      read(slot);
    }
  }

  /** Reads the service of {@code slot}, taken by the calling thread, unless reading stopped. */
  private void read(Slot slot) {
    boolean skip;
    synchronized (lock) {
      skip = stopped;
    }
    if (!skip) {
      try {
        slot.read = ServiceReader.read(slot.problems, slot.name, slot.value, section.key(slot.name), whole);
      } catch (RuntimeException | Error failure) {
        slot.failure = failure;
      }
    }
    slot.value = null; // the service's tree is read: let it go
    synchronized (lock) {
      stopped |= slot.failure != null;
      slot.done = true;
      lock.notifyAll();
    }
  }

  /** Waits until {@code slot} is read; an interrupt meanwhile is kept for the caller, not lost. */
  private void awaitDone(Slot slot) {
    boolean interrupted = false;
    synchronized (lock) {
      while (!slot.done) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
