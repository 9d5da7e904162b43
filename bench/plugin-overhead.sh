#!/usr/bin/env bash
# What the plugin adds to a build: `mvn compose:generate` on examples/java-service minus `mvn validate` on the same
# project, offline, medians of RUNS runs (5 by default), in wall time and in user CPU time (less sensitive to other
# work on the machine). Two cases of the goal: the model unchanged since the last run (the up-to-date check finds
# every file intact and does nothing else), and the full run (`-Dcompose.upToDateCheck=false`: build the model,
# validate, render, read back, compare with the files; all unchanged, so nothing is written).
#
# The plugin must be installed in the local repository first; this script runs `./mvnw install` on the plugin and what
# it depends on, without tests, unless BENCH_SKIP_BUILD=1. It works on a copy of the example in a temporary folder,
# so the files under examples/ are never touched.
#
#   bash bench/plugin-overhead.sh
#   RUNS=9 BENCH_SKIP_BUILD=1 bash bench/plugin-overhead.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib.sh"
runs=${RUNS:-5}
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "[bench] installing the plugin: ./mvnw -o install -Dmaven.test.skip=true -DskipTests -pl compose-maven-plugin -am" >&2
  (cd "$ROOT" && "$MVNW" -q -B -o install -Dmaven.test.skip=true -DskipTests -pl compose-maven-plugin -am)
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/composegen-plugin.XXXXXX")
trap 'rm -rf "$work"' EXIT
(cd "$ROOT/examples/java-service" && tar --exclude=./target -cf - .) | (cd "$work" && tar -xf -)
machine
mvn_in() {
  "$MVNW" -q -B -o -f "$work/pom.xml" "$@"
}
# Runs Maven on the copy with output discarded and prints its wall time and user CPU time in seconds; fails when it
# fails.
timed() {
  local out
  out=$(mktemp)
  /usr/bin/time -f '%e %U' -o "$out" "$MVNW" -q -B -o -f "$work/pom.xml" "$@" >/dev/null 2>&1 \
    || { echo "[bench] failed: mvn $*" >&2; rm -f "$out"; return 1; }
  tail -1 "$out"
  rm -f "$out"
}
echo "warming up (first runs load Maven and the plugin into the OS cache; the first generate records the state)"
mvn_in validate >/dev/null
mvn_in compose:generate >/dev/null
mvn_in compose:generate -Dcompose.upToDateCheck=false >/dev/null
declare -A wall_s user_s
cases=(validate up-to-date full)
for _ in $(seq "$runs"); do
  for c in "${cases[@]}"; do
    case $c in
      validate) t=$(timed validate) ;;
      up-to-date) t=$(timed compose:generate) ;;
      full) t=$(timed compose:generate -Dcompose.upToDateCheck=false) ;;
    esac
    wall_s[$c]="${wall_s[$c]:-} ${t% *}"
    user_s[$c]="${user_s[$c]:-} ${t#* }"
  done
done
declare -A wall_m user_m
for c in "${cases[@]}"; do
  # shellcheck disable=SC2086
  wall_m[$c]=$(median ${wall_s[$c]})
  # shellcheck disable=SC2086
  user_m[$c]=$(median ${user_s[$c]})
  printf '%-44s wall%s s -> median %s s; user CPU median %s s\n' "$(case $c in
    validate) echo "mvn validate:" ;;
    up-to-date) echo "mvn compose:generate (model unchanged):" ;;
    full) echo "mvn compose:generate (full run):" ;;
  esac)" "${wall_s[$c]}" "${wall_m[$c]}" "${user_m[$c]}"
done
for c in up-to-date full; do
  awk -v c="$c" -v g="${wall_m[$c]}" -v v="${wall_m[validate]}" -v gu="${user_m[$c]}" -v vu="${user_m[validate]}" \
    'BEGIN {printf "plugin overhead, %s: %.3f s wall, %.3f s user CPU (target <= 0.4 s)\n", c, g - v, gu - vu}'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
