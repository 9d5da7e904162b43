#!/usr/bin/env bash
# Validating the same files: composegen against docker-compose config.
#
# Renders a synthetic stack (1,000 services by default) with its three layers (compose.yaml,
# compose.override.yaml, compose.staging.yaml, compose.prod.yaml), then times, on those files:
#   - composegen reading and validating them through its API in a warm JVM (ValidateFiles --repeat WARM_RUNS,
#     60 by default, median of the second half: with 30 the compilers were not done) and as a cold process
#     (java -cp ... ValidateFiles, median of RUNS runs);
#   - composegen's command, bin/composegen validate of the distribution compose-cli builds, as a user runs it: its
#     first run, which also writes the class-data archive later runs map (into a cache folder of its own here, emptied
#     before each such run), and later runs, medians of RUNS runs each;
#   - composegen as a cold Maven invocation: mvn compose:validate -Dcompose.files=... in a project that holds nothing
#     else (the plugin is installed first), beside mvn validate on that project for Maven's own start;
#   - the cold process and Maven rows once more with the JVM's C2 compiler off (-XX:TieredStopAtLevel=1, as a
#     project's .mvn/jvm.config or MAVEN_OPTS sets it and as bin/composegen does; for what a process of a second or
#     two does, C2 mostly competes for the cores), in a table of their own;
#   - docker-compose config -q on the same files, median of RUNS runs,
# each for the base file alone and for all four environments (composegen validates base, dev, staging and prod in
# one call; docker-compose needs one call per environment: -f compose.yaml [-f <layer>]), and prints the ratios.
#
#   bash bench/compare.sh [services]      # RUNS=3 by default; BENCH_SKIP_BUILD=1 reuses the last build
source "$(dirname "$0")/lib.sh"
services=${1:-1000}
runs=${RUNS:-3}
command -v docker-compose >/dev/null || { echo "docker-compose is not installed" >&2; exit 1; }
bench_build
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  echo "[bench] installing the plugin and the command: ./mvnw -o install -Dmaven.test.skip=true" \
    "-pl compose-maven-plugin,compose-cli -am" >&2
  (cd "$ROOT" && "$MVNW" -q -B -o install -Dmaven.test.skip=true -pl compose-maven-plugin,compose-cli -am)
fi
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -1)
cli=$ROOT/compose-cli/target/composegen-$version/bin/composegen
[ -x "$cli" ] || { echo "$cli is missing; build it: ./mvnw -o install -pl compose-cli -am" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/composegen-compare.XXXXXX")
trap 'rm -rf "$work"' EXIT
# the command's class-data archive, written by its first run
export COMPOSEGEN_CACHE="$work/cache"
machine
echo "docker-compose: $(docker-compose version --short 2>/dev/null)"

mapfile -t files < <(java -cp "$CP" io.composegen.benchmarks.RenderStack "$services" "$work")
base=${files[0]}
echo "stack: $services services; files:"
for f in "${files[@]}"; do
  printf '  %-24s %8s bytes\n' "$(basename "$f")" "$(stat -c %s "$f")"
done
cd "$work"

# One docker-compose call per environment, as composegen validates them.
dc_all() {
  docker-compose -f "$base" config -q
  for layer in "${files[@]:1}"; do
    docker-compose -f "$base" -f "$layer" config -q
  done
}
dc_base() {
  docker-compose -f "$base" config -q
}
# COLD_JAVA_OPTS: options of the cold process's JVM (see with_c1).
cold_all() {
  java ${COLD_JAVA_OPTS:-} -cp "$CP" io.composegen.benchmarks.ValidateFiles "${files[@]}"
}
cold_base() {
  java ${COLD_JAVA_OPTS:-} -cp "$CP" io.composegen.benchmarks.ValidateFiles "$base"
}
# The command; --max-file-size admits the base file of a stack larger than the default 3 MiB allows.
cli_all() {
  "$cli" validate --max-file-size 100000000 "${files[@]}"
}
cli_base() {
  "$cli" validate --max-file-size 100000000 "$base"
}
# Runs a command of the command's with an empty cache folder: its first run on a machine.
first() {
  rm -rf "$COMPOSEGEN_CACHE"
  "$@"
}
C1=-XX:TieredStopAtLevel=1
# Runs a command with C2 off in the JVMs it starts: the cold process's and Maven's.
with_c1() {
  COLD_JAVA_OPTS="$C1" MAVEN_OPTS="$C1" "$@"
}
# A project with nothing else in it, so that Maven's work is starting, reading this pom and running the goal.
mkdir -p "$work/project"
cat > "$work/project/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>compare</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
</project>
POM
mvn_in() {
  "$MVNW" -q -B -o -f "$work/project/pom.xml" "$@"
}
maven_alone() {
  mvn_in validate
}
maven_base() {
  mvn_in "io.composegen:compose-maven-plugin:$version:validate" -Dcompose.files="$base"
}
maven_all() {
  mvn_in "io.composegen:compose-maven-plugin:$version:validate" -Dcompose.files="$(IFS=,; echo "${files[*]}")"
}
warm() {
  java -cp "$CP" io.composegen.benchmarks.ValidateFiles --repeat "${WARM_RUNS:-60}" "$@" | awk '/warm median/ {print $3 / 1000}'
}
times() {
  local out=()
  for _ in $(seq "$runs"); do out+=("$(wall "$@")"); done
  median "${out[@]}"
}
rss() {
  /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f MiB", $1/1024}'
}

echo "checking that both accept the files"
dc_all 2>/dev/null || { echo "docker-compose rejects the files:" >&2; dc_all; exit 1; }
cold_all >/dev/null || { echo "composegen rejects the files:" >&2; cold_all; exit 1; }
COMPOSEGEN_CACHE='' cli_all >/dev/null || { echo "composegen validate rejects the files:" >&2; cli_all; exit 1; }
maven_all >/dev/null || { echo "compose:validate rejects the files:" >&2; maven_all; exit 1; }

echo "timing (median of $runs runs; warm: median of the last half of ${WARM_RUNS:-60} runs in one JVM)"
dc_base_s=$(times dc_base)
dc_all_s=$(times dc_all)
cold_base_s=$(times cold_base)
cold_all_s=$(times cold_all)
cli_first_base_s=$(times first cli_base)
cli_base_s=$(times cli_base)
cli_first_all_s=$(times first cli_all)
cli_all_s=$(times cli_all)
maven_alone_s=$(times maven_alone)
maven_base_s=$(times maven_base)
maven_all_s=$(times maven_all)
cold_base_c1_s=$(times with_c1 cold_base)
cold_all_c1_s=$(times with_c1 cold_all)
maven_alone_c1_s=$(times with_c1 maven_alone)
maven_base_c1_s=$(times with_c1 maven_base)
maven_all_c1_s=$(times with_c1 maven_all)
warm_base_s=$(warm "$base")
warm_all_s=$(warm "${files[@]}")
dc_rss=$(rss docker-compose -f "$base" config -q)
cold_rss=$(rss java -cp "$CP" io.composegen.benchmarks.ValidateFiles "$base")
cli_rss=$(rss "$cli" validate "$base")

# Prints a table row of two times in seconds.
row() {
  printf '| %s | %.3f s | %.3f s |\n' "$1" "$2" "$3"
}
# Prints a row of docker-compose's times over composegen's: label, composegen's two times, the format of a ratio.
ratio() {
  printf "| %s | $4 | $4 |\n" "$1" "$(awk -v a="$dc_base_s" -v b="$2" 'BEGIN {print a/b}')" \
    "$(awk -v a="$dc_all_s" -v b="$3" 'BEGIN {print a/b}')"
}
header() {
  echo
  printf '| %s | %s | %s |\n' "$1" "base file alone" "all four environments"
  printf '| --- | ---: | ---: |\n'
}

header "what ($services services)"
row 'docker-compose config -q' "$dc_base_s" "$dc_all_s"
row 'composegen command (bin/composegen validate), cold' "$cli_base_s" "$cli_all_s"
row 'the same, its first run (writes the class-data archive)' "$cli_first_base_s" "$cli_first_all_s"
row 'composegen, cold process (java -cp ... with the JVM'"'"'s defaults)' "$cold_base_s" "$cold_all_s"
printf '| composegen, warm JVM | %.4f s | %.4f s |\n' "$warm_base_s" "$warm_all_s"
row 'composegen, cold Maven invocation (mvn compose:validate)' "$maven_base_s" "$maven_all_s"
row 'of which Maven itself (mvn validate on the same project)' "$maven_alone_s" "$maven_alone_s"
ratio 'ratio docker-compose / composegen command, cold' "$cli_base_s" "$cli_all_s" '%.1fx'
ratio 'ratio docker-compose / composegen command, its first run' "$cli_first_base_s" "$cli_first_all_s" '%.1fx'
ratio 'ratio docker-compose / composegen cold process, JVM defaults' "$cold_base_s" "$cold_all_s" '%.1fx'
ratio 'ratio docker-compose / composegen cold Maven invocation' "$maven_base_s" "$maven_all_s" '%.1fx'
ratio 'ratio docker-compose / composegen warm' "$warm_base_s" "$warm_all_s" '%.0fx'
echo
echo "With C2 off ($C1), as .mvn/jvm.config or MAVEN_OPTS would set it (bin/composegen sets it itself):"
header "what ($services services, $C1)"
row 'composegen, cold process' "$cold_base_c1_s" "$cold_all_c1_s"
row 'composegen, cold Maven invocation (mvn compose:validate)' "$maven_base_c1_s" "$maven_all_c1_s"
row 'of which Maven itself (mvn validate on the same project)' "$maven_alone_c1_s" "$maven_alone_c1_s"
ratio 'ratio docker-compose / composegen cold' "$cold_base_c1_s" "$cold_all_c1_s" '%.1fx'
ratio 'ratio docker-compose / composegen cold Maven invocation' "$maven_base_c1_s" "$maven_all_c1_s" '%.1fx'
echo
echo "peak memory (max RSS), base file: docker-compose $dc_rss, composegen command $cli_rss, composegen cold" \
  "process (JVM defaults) $cold_rss"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
