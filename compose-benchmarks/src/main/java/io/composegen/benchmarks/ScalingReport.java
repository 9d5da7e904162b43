package io.composegen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the JSON results of {@code PipelineBenchmark} into a Markdown table and an SVG plot of time against stack
 * size, as a command: {@code java -cp ... io.composegen.benchmarks.ScalingReport jmh.json table.md plot.svg}.
 *
 * <p>The plot is log-log, so a straight line of slope one is linear growth; a dashed line shows linear growth
 * from the 10-service {@code pipeline} time, and a dotted one the 100 ms target at 1,000 services.
 */
public final class ScalingReport {

  private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"};
  private static final int WIDTH = 720;
  private static final int HEIGHT = 460;
  private static final int LEFT = 70;
  private static final int RIGHT = 170;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  private ScalingReport() {}

  /** One benchmark at one size: mean time in ms, its error, and the bytes allocated per operation or -1. */
  record Point(double ms, double error, double bytes) {}

  /** Runs the command; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: ScalingReport <jmh.json> <table.md> <plot.svg>");
      System.exit(2);
    }
    Map<String, TreeMap<Integer, Point>> results = read(Path.of(args[0]));
    Files.writeString(Path.of(args[1]), table(results), StandardCharsets.UTF_8);
    Files.writeString(Path.of(args[2]), svg(results), StandardCharsets.UTF_8);
  }

  /** Reads the benchmarks by short name, each with its points by stack size, in JMH's order. */
  static Map<String, TreeMap<Integer, Point>> read(Path json) throws IOException {
    Map<String, TreeMap<Integer, Point>> out = new java.util.LinkedHashMap<>();
    for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
      String name = run.path("benchmark").asText();
      name = name.substring(name.lastIndexOf('.') + 1);
      int services = run.path("params").path("services").asInt();
      JsonNode metric = run.path("primaryMetric");
      double factor = switch (metric.path("scoreUnit").asText()) {
        case "s/op" -> 1000;
        case "us/op" -> 0.001;
        default -> 1;
      };
      JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      double bytes = alloc.isMissingNode() ? -1 : alloc.path("score").asDouble();
      double error = metric.path("scoreError").asDouble();
      out.computeIfAbsent(name, k -> new TreeMap<>()).put(services,
          new Point(metric.path("score").asDouble() * factor, Double.isNaN(error) ? 0 : error * factor, bytes));
    }
    return out;
  }

  static String table(Map<String, TreeMap<Integer, Point>> results) {
    TreeSet<Integer> sizes = new TreeSet<>();
    results.values().forEach(points -> sizes.addAll(points.keySet()));
    boolean alloc = results.values().stream().flatMap(p -> p.values().stream()).anyMatch(p -> p.bytes() >= 0);
    StringBuilder out = new StringBuilder("| benchmark |");
    sizes.forEach(size -> out.append(String.format(Locale.ROOT, " %,d services |", size)));
    out.append(" 10,000 / 1,000 |");
    if (alloc) {
      out.append(" allocated per op at the largest size |");
    }
    out.append("\n| --- |");
    sizes.forEach(size -> out.append(" ---: |"));
    out.append(" ---: |").append(alloc ? " ---: |" : "").append('\n');
    results.forEach((name, points) -> {
      out.append("| ").append(name).append(" |");
      for (int size : sizes) {
        Point p = points.get(size);
        out.append(p == null ? " |" : " " + ms(p.ms()) + " ± " + ms(p.error()) + " |");
      }
      Point small = points.get(1000);
      Point large = points.get(10_000);
      out.append(small != null && large != null
          ? String.format(Locale.ROOT, " %.1fx |", large.ms() / small.ms()) : " |");
      if (alloc) {
        Point last = points.lastEntry().getValue();
        out.append(last.bytes() < 0 ? " |" : String.format(Locale.ROOT, " %.0f MB |", last.bytes() / 1e6));
      }
      out.append('\n');
    });
    return out.toString();
  }

  private static String ms(double ms) {
    if (ms >= 100) {
      return String.format(Locale.ROOT, "%,.0f ms", ms);
    }
    return String.format(Locale.ROOT, ms >= 10 ? "%.1f ms" : "%.2f ms", ms);
  }

  static String svg(Map<String, TreeMap<Integer, Point>> results) {
    double minX = Double.MAX_VALUE;
    double maxX = 0;
    double minY = Double.MAX_VALUE;
    double maxY = 0;
    for (TreeMap<Integer, Point> points : results.values()) {
      for (Map.Entry<Integer, Point> e : points.entrySet()) {
        minX = Math.min(minX, e.getKey());
        maxX = Math.max(maxX, e.getKey());
        minY = Math.min(minY, e.getValue().ms());
        maxY = Math.max(maxY, e.getValue().ms());
      }
    }
    double x0 = Math.floor(Math.log10(minX));
    double x1 = Math.ceil(Math.log10(maxX));
    double y0 = Math.floor(Math.log10(Math.min(minY, 100)));
    double y1 = Math.ceil(Math.log10(Math.max(maxY, 100)));
    Scale scale = new Scale(x0, Math.max(x1, x0 + 1), y0, Math.max(y1, y0 + 1));
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
    out.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"14\">Time per operation against "
        + "stack size (log-log; JMH, mean)</text>%n", LEFT));
    for (double e = scale.y0; e <= scale.y1; e++) {
      double y = scale.y(Math.pow(10, e));
      out.append(line(LEFT, y, WIDTH - RIGHT, y, "#ddd", ""));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6,
          y + 4, label(Math.pow(10, e), "ms")));
    }
    for (double e = scale.x0; e <= scale.x1; e++) {
      double x = scale.x(Math.pow(10, e));
      out.append(line(x, TOP, x, HEIGHT - BOTTOM, "#ddd", ""));
      out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x,
          HEIGHT - BOTTOM + 18, String.format(Locale.ROOT, "%,d", (long) Math.pow(10, e))));
    }
    out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">services</text>%n",
        LEFT + (WIDTH - LEFT - RIGHT) / 2, HEIGHT - 12));
    out.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#333", ""));
    out.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#333", ""));
    TreeMap<Integer, Point> pipeline = results.get("pipeline");
    if (pipeline != null && !pipeline.isEmpty()) {
      Map.Entry<Integer, Point> first = pipeline.firstEntry();
      double perService = first.getValue().ms() / first.getKey();
      double xa = Math.pow(10, scale.x0);
      double xb = Math.pow(10, scale.x1);
      out.append(line(scale.x(xa), scale.y(perService * xa), scale.x(xb), scale.y(perService * xb), "#999",
          " stroke-dasharray=\"6 4\""));
    }
    double target = scale.y(100);
    out.append(line(scale.x(1000) - 30, target, scale.x(1000) + 30, target, "#000", " stroke-dasharray=\"2 3\""));
    out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">100 ms at 1,000</text>%n",
        scale.x(1000) + 34, target + 4));
    int index = 0;
    int legend = TOP + 6;
    for (Map.Entry<String, TreeMap<Integer, Point>> entry : results.entrySet()) {
      String color = COLORS[index++ % COLORS.length];
      List<String> coords = new ArrayList<>();
      entry.getValue().forEach((size, p) -> coords.add(String.format(Locale.ROOT, "%.1f,%.1f", scale.x(size),
          scale.y(p.ms()))));
      out.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
          + "points=\"%s\"/>%n", color, String.join(" ", coords)));
      for (String c : coords) {
        String[] xy = c.split(",");
        out.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>%n", xy[0], xy[1],
            color));
      }
      out.append(line(WIDTH - RIGHT + 14, legend, WIDTH - RIGHT + 34, legend, color, " stroke-width=\"2\""));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", WIDTH - RIGHT + 40, legend + 4,
          entry.getKey()));
      legend += 18;
    }
    if (pipeline != null) {
      out.append(line(WIDTH - RIGHT + 14, legend, WIDTH - RIGHT + 34, legend, "#999", " stroke-dasharray=\"6 4\""));
      out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">linear</text>%n", WIDTH - RIGHT + 40,
          legend + 4));
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private static String line(double xa, double ya, double xb, double yb, String color, String more) {
    return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n",
        xa, ya, xb, yb, color, more);
  }

  private static String label(double value, String unit) {
    if (value >= 1000) {
      return String.format(Locale.ROOT, "%,.0f s", value / 1000);
    }
    return value >= 1 ? String.format(Locale.ROOT, "%.0f %s", value, unit)
        : String.format(Locale.ROOT, "%s %s", value, unit);
  }

  /** Maps decades of services and milliseconds onto the plot area. */
  private record Scale(double x0, double x1, double y0, double y1) {
    double x(double services) {
      return LEFT + (Math.log10(services) - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT);
    }

    double y(double ms) {
      return HEIGHT - BOTTOM - (Math.log10(ms) - y0) / (y1 - y0) * (HEIGHT - TOP - BOTTOM);
    }
  }
}
