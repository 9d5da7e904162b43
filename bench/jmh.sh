#!/usr/bin/env bash
# Runs the JMH benchmarks of compose-benchmarks (PipelineBenchmark: build, resolve, validate, render, pipeline,
# importFiles, validateFiles on synthetic stacks of 10 to 10,000 services, heap capped at 256 MB, with JMH's gc
# profiler), then writes the table and the plot of docs/performance.md.
#
#   bash bench/jmh.sh                      # everything (about 20 minutes on 2 cores)
#   bash bench/jmh.sh -p services=1000     # any JMH option replaces the defaults below
#   bash bench/jmh.sh -p services=10000 -jvmArgsAppend -Xmx2g   # 10,000 services need more than 256 MB
#
# Results: bench/results/jmh.json, bench/results/scaling.md (the table), docs/performance-scaling.svg (the plot).
source "$(dirname "$0")/lib.sh"
bench_build
mkdir -p "$ROOT/bench/results"
machine | tee "$ROOT/bench/results/jmh-machine.txt"
if [ $# -eq 0 ]; then
  set -- -wi 3 -w 2 -i 5 -r 2
fi
java -cp "$CP" org.openjdk.jmh.Main 'io.composegen.benchmarks.jmh.PipelineBenchmark' -prof gc \
  -rf json -rff "$ROOT/bench/results/jmh.json" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$ROOT/bench/results/jmh-machine.txt"
java -cp "$CP" io.composegen.benchmarks.ScalingReport "$ROOT/bench/results/jmh.json" \
  "$ROOT/bench/results/scaling.md" "$ROOT/docs/performance-scaling.svg"
cat "$ROOT/bench/results/scaling.md"
