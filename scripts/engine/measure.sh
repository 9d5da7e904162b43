#!/usr/bin/env bash
# Measures the examples' generated images on the engine of scripts/engine.sh and prints a Markdown report:
# image sizes against a naive single-stage Dockerfile, cold build, warm rebuild, rebuild after a one-line source
# change. Usage: scripts/engine/measure.sh > report.md   (the engine's stand-ins must exist: engine.sh images)
#
# "Cold" removes the image, its build cache and Podman's cache-mount folder, so Maven and pip start empty (Maven
# then downloads from Maven Central; pip installs from the stand-in's local wheelhouse). Images it builds are
# removed at the end.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck disable=SC1090
source <(bash "$ROOT/scripts/engine.sh" env)
WORK="$(mktemp -d)"
IMAGES=()
trap 'podman rmi -f "${IMAGES[@]}" >/dev/null 2>&1 || true; podman image prune -f >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

seconds() { local start=$SECONDS; "$@" >"$WORK/last.log" 2>&1 || { tail -c 3000 "$WORK/last.log" >&2; exit 1; }; echo $((SECONDS - start)); }
size_mb() { podman image inspect --format '{{.Size}}' "$1" | awk '{printf "%.0f", $1 / 1000000}'; }

build() { # image context [dockerfile] [target]
    local args=(build --pull=never --layers --format docker -t "$1")
    [ -n "${3:-}" ] && args+=(-f "$3")
    [ -n "${4:-}" ] && args+=(--target "$4")
    podman "${args[@]}" "$2"
}

cold() {
    podman rmi -f "$1" >/dev/null 2>&1 || true
    podman image prune -f >/dev/null 2>&1 || true
    rm -rf /var/tmp/buildah-cache
}

measure() { # name example-folder context-subfolder source-file naive-dockerfile
    local name="$1" src="$ROOT/$2" sub="$3" file="$4" naive="$5"
    local copy="$WORK/$name"
    mkdir -p "$copy"
    (cd "$src" && tar --exclude=./target -cf - .) | tar -C "$copy" -xf -
    local ctx="$copy/$sub" image="composegen-measure/$name"
    IMAGES+=("$image" "$image-naive")

    cold "$image"
    local t_cold t_warm t_change t_naive
    t_cold=$(seconds build "$image" "$ctx" "" runtime)
    t_warm=$(seconds build "$image" "$ctx" "" runtime)
    printf '\n// changed for the measurement\n' >> "$ctx/$file"
    [ "${file##*.}" = py ] && sed -i 's|^// changed for the measurement$|# changed for the measurement|' "$ctx/$file"
    t_change=$(seconds build "$image" "$ctx" "" runtime)
    local size
    size=$(size_mb "$image")

    cold "$image-naive"
    t_naive=$(seconds build "$image-naive" "$ctx" "$ROOT/scripts/engine/naive/$naive")
    local naive_size t_naive_change
    naive_size=$(size_mb "$image-naive")
    printf '\n// changed again\n' >> "$ctx/$file"
    [ "${file##*.}" = py ] && sed -i 's|^// changed again$|# changed again|' "$ctx/$file"
    t_naive_change=$(seconds build "$image-naive" "$ctx" "$ROOT/scripts/engine/naive/$naive")
    printf '| %s | %s MB | %s MB | %s s | %s s | %s s | %s s | %s s |\n' "$name" "$size" "$naive_size" "$t_cold" \
        "$t_warm" "$t_change" "$t_naive" "$t_naive_change"
}

echo "| example | generated image | naive single-stage image | cold build | rebuild, nothing changed | rebuild after a one-line source change | naive: cold build | naive: rebuild after a one-line source change |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
measure java-service examples/java-service . src/main/java/io/composegen/examples/javaservice/Main.java \
    java-service.Dockerfile
measure project-allocation examples/project-allocation app main.py project-allocation.Dockerfile
echo
echo "Base images (stand-ins): $(for i in eclipse-temurin:17-jre maven:3.9-eclipse-temurin-17 python:3.11 python:3.11-slim; do printf '%s %s MB; ' "$i" "$(size_mb "docker.io/library/$i")"; done)"
