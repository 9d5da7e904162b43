#!/usr/bin/env bash
# What the plugin adds to a build: wall time of `mvn compose:generate` on examples/java-service minus `mvn validate`
# on the same project, medians of RUNS runs (5 by default), offline.
#
# The plugin must be installed in ~/.m2 first; this script runs `./mvnw install -DskipTests` on the plugin and
# what it depends on unless BENCH_SKIP_BUILD=1. It works on a copy of the example in a temporary folder, so the
# files under examples/ are never touched.
#
#   bash bench/plugin-overhead.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/bench/lib.sh"
runs=${RUNS:-5}
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "[bench] installing the plugin: ./mvnw -o install -Dmaven.test.skip=true -pl compose-maven-plugin -am" >&2
  (cd "$ROOT" && "$MVNW" -q -B -o install -Dmaven.test.skip=true -pl compose-maven-plugin -am)
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/composegen-plugin.XXXXXX")
trap 'rm -rf "$work"' EXIT
(cd "$ROOT/examples/java-service" && tar --exclude=./target -cf - .) | (cd "$work" && tar -xf -)
machine
mvn_in() {
  "$MVNW" -q -B -o -f "$work/pom.xml" "$@"
}
echo "warming up (first runs load Maven and the plugin into the OS cache)"
mvn_in validate >/dev/null
mvn_in compose:generate >/dev/null
validate=(); generate=()
for _ in $(seq "$runs"); do
  validate+=("$(wall mvn_in validate)")
  generate+=("$(wall mvn_in compose:generate)")
done
v=$(median "${validate[@]}")
g=$(median "${generate[@]}")
echo "mvn validate:         ${validate[*]} s -> median $v s"
echo "mvn compose:generate: ${generate[*]} s -> median $g s"
awk -v g="$g" -v v="$v" 'BEGIN {printf "plugin overhead: %.3f s (target <= 0.4 s)\n", g - v}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
