#!/usr/bin/env bash
# Runs every measurement of docs/performance.md one after the other (they must not run side by side on a small
# machine) and keeps each output under bench/results/. About 30 minutes on 2 cores.
#
#   bash bench/all.sh            # JMH_ARGS="-wi 3 -w 2 -i 5 -r 2" for longer JMH runs
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$ROOT/bench/results"
(source "$ROOT/bench/lib.sh" && bench_build)
export BENCH_SKIP_BUILD=1
# shellcheck disable=SC2086
bash "$ROOT/bench/jmh.sh" ${JMH_ARGS:--wi 2 -w 1 -i 3 -r 1} 2>&1 | tee "$ROOT/bench/results/jmh.txt"
bash "$ROOT/bench/heap.sh" 10000 256m 2>&1 | tee "$ROOT/bench/results/heap.txt"
RUNS=${RUNS:-3} bash "$ROOT/bench/compare.sh" 1000 2>&1 | tee "$ROOT/bench/results/compare.txt"
# The plugin must be installed: run it last, after the build above installed model and generator.
unset BENCH_SKIP_BUILD
RUNS=${RUNS:-5} bash "$ROOT/bench/plugin-overhead.sh" 2>&1 | tee "$ROOT/bench/results/plugin-overhead.txt"
