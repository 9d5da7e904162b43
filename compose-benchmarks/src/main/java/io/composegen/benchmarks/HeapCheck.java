package io.composegen.benchmarks;

import io.composegen.generator.ComposeGenerator;
import io.composegen.model.Stack;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the pipeline (build, validate, render with parse-back) on a synthetic stack and prints the heap it needed,
 * as a command: {@code java -Xmx256m -cp ... io.composegen.benchmarks.HeapCheck 10000 3}. An
 * {@link OutOfMemoryError} means the heap given with {@code -Xmx} was too small.
 *
 * <p>"Live after GC" is the heap in use after a full collection with the stack and its rendered files still
 * referenced: what holding them costs. "Peak" is the largest heap occupancy the collector saw (the sum of each
 * pool's peak, an upper bound).
 */
public final class HeapCheck {

  private HeapCheck() {}

  /** Runs the command; see the class comment. */
  public static void main(String[] args) {
    int services = Integer.parseInt(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    ComposeGenerator generator = ComposeGenerator.create();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Stack stack = SyntheticStacks.of(services);
      if (generator.validate(stack).failed()) {
        throw new IllegalStateException("the synthetic stack does not validate");
      }
      Map<String, String> files = generator.render(stack);
      long took = System.nanoTime() - start;
      System.gc();
      long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long chars = files.values().stream().mapToLong(String::length).sum();
      System.out.printf(Locale.ROOT, "run %d: %d services, %.0f ms, %d files of %.1f MB, live after GC %.1f MB%n",
          i + 1, stack.services().size(), took / 1e6, files.size(), chars / 1e6, live / 1048576.0);
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "max heap %.0f MB, peak %.1f MB%n",
        Runtime.getRuntime().maxMemory() / 1048576.0, peak / 1048576.0);
  }
}
