# Shared by the bench/*.sh scripts: builds the benchmarks module and its dependencies offline, and sets CP to its
# runtime classpath. Source it; BENCH_SKIP_BUILD=1 skips the build (the classpath must have been written before).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
MVNW="$ROOT/mvnw"
CLASSPATH_FILE="$ROOT/compose-benchmarks/target/classpath.txt"

bench_build() {
  if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$CLASSPATH_FILE" ]; then
    echo "[bench] building compose-benchmarks and what it depends on (offline, tests skipped)" >&2
    (cd "$ROOT" && "$MVNW" -q -B -o -pl compose-benchmarks -am install -Dmaven.test.skip=true)
    (cd "$ROOT" && "$MVNW" -q -B -o -pl compose-benchmarks \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE")
  fi
  CP="$ROOT/compose-benchmarks/target/classes:$(cat "$CLASSPATH_FILE")"
  export CP
}

# Prints the median of the numbers given as arguments.
median() {
  printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2}'
}

# Runs a command with output discarded and prints its wall time in seconds; fails when the command fails.
wall() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || { echo "[bench] failed: $*" >&2; return 1; }
  end=$(date +%s%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f\n", (b-a)/1e9}'
}

# Describes the machine and its load, for the record.
machine() {
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
