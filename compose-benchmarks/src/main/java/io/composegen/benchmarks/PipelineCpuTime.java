package io.composegen.benchmarks;

import io.composegen.generator.ComposeGenerator;
import io.composegen.model.Stack;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times {@code validate} then {@code render} of a synthetic stack in a loop in one JVM and prints the median CPU time
 * of the thread that runs them and the median wall time over the second half of the runs, as a command:
 * {@code java -Xmx256m -cp ... io.composegen.benchmarks.PipelineCpuTime 1000 30}.
 *
 * <p>On a machine shared with other work the thread's CPU time varies far less than wall time or JMH's means; it
 * leaves out the collector's and the compiler's threads, so the total collection time is printed beside it. Since
 * the generator renders the base compose file and checks the environments on other threads of the common pool, the
 * CPU time of the whole process per run (every thread: the pipeline's, the pool's, the collector's, the compiler's)
 * is printed too.
 */
public final class PipelineCpuTime {

  private PipelineCpuTime() {}

  /** Runs the command; see the class comment. */
  public static void main(String[] args) {
    int services = Integer.parseInt(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ComposeGenerator generator = ComposeGenerator.create();
    Stack stack = SyntheticStacks.of(services);
    com.sun.management.OperatingSystemMXBean system =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    double[] cpu = new double[runs];
    double[] process = new double[runs];
    double[] wall = new double[runs];
    for (int i = 0; i < runs; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long processStart = system.getProcessCpuTime();
      long wallStart = System.nanoTime();
      if (generator.validate(stack).failed()) {
        throw new IllegalStateException("the synthetic stack does not validate");
      }
      generator.render(stack);
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
      wall[i] = (System.nanoTime() - wallStart) / 1e6;
      process[i] = (system.getProcessCpuTime() - processStart) / 1e6;
    }
    long collections = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += collector.getCollectionTime();
    }
    System.out.printf(Locale.ROOT,
        "%d services, %d runs: thread CPU median %.0f ms, process CPU median %.0f ms, wall median %.0f ms (second half),"
            + " collections %d ms in all%n",
        services, runs, secondHalfMedian(cpu), secondHalfMedian(process), secondHalfMedian(wall), collections);
  }

  private static double secondHalfMedian(double[] values) {
    double[] warm = Arrays.copyOfRange(values, values.length / 2, values.length);
    Arrays.sort(warm);
    return warm[warm.length / 2];
  }
}
