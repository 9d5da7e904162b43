#!/usr/bin/env bash
# A real container engine for composegen's end-to-end tests: Podman from Debian's packages, spoken to through
# its Docker-compatible API socket by the Docker CLI and docker-compose, with stand-in base images built locally
# (no image registry is reachable here).
#
# Usage: scripts/engine.sh COMMAND
#   install   install podman, buildah, debootstrap, docker-compose and a Docker CLI from Debian's packages
#   start     start `podman system service` on $ENGINE_DIR/podman.sock (no-op when it already answers) and the
#             healthcheck runner (Podman schedules healthchecks with systemd timers; without systemd, as here,
#             scripts/engine/healthcheck-runner.py runs them at their intervals)
#   stop      stop the processes this script started (by their recorded process ids)
#   images    build debian:bookworm-slim (debootstrap + podman import) and the stand-ins; cached: only missing
#             images and those whose folder under scripts/engine/standins changed are built (REBUILD=1 rebuilds
#             them all)
#   up        install + start + images
#   env       print the export lines that point podman, docker and docker-compose at the engine
#   status    print what runs and which stand-ins exist
#   clean     remove the stand-in images (the debian base stays unless ALL=1)
#
# Environment: ENGINE_DIR (default /var/tmp/composegen-engine) holds containers.conf, the socket, the service's
# pid and log file. Every command is idempotent.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
STANDINS="$HERE/engine/standins"
ENGINE_DIR="${ENGINE_DIR:-/var/tmp/composegen-engine}"
SOCK="$ENGINE_DIR/podman.sock"
PIDFILE="$ENGINE_DIR/podman-service.pid"
HC_PIDFILE="$ENGINE_DIR/healthcheck-runner.pid"
BASE_IMAGE="docker.io/library/debian:bookworm-slim"
# Maven 3.9 is not in Debian bookworm (3.8.7 is), so the maven:3.9 stand-in unpacks Apache Maven's own
# distribution, fetched from Maven Central with Maven itself.
MAVEN_DIST_VERSION="3.9.9"

# Stand-ins in build order: tag (exactly as the generated Dockerfiles and presets name it) and folder under
# scripts/engine/standins. Versions follow what Debian bookworm ships.
STANDIN_LIST=(
    "docker.io/library/eclipse-temurin:17-jre eclipse-temurin-17-jre"
    "docker.io/library/maven:3.9-eclipse-temurin-17 maven-3.9-eclipse-temurin-17"
    "docker.io/library/python:3.11 python-3.11"
    "docker.io/library/python:3.11-slim python-3.11-slim"
    "docker.io/library/redis:7.0 redis-7.0"
    "docker.io/library/postgres:15 postgres-15"
    "docker.io/nginxinc/nginx-unprivileged:1.27-alpine nginx-unprivileged-1.27"
    "docker.io/nginxinc/nginx-unprivileged:1.28-bookworm nginx-unprivileged-1.28-bookworm"
    "docker.elastic.co/elasticsearch/elasticsearch:8.15.0 elasticsearch-8.15.0"
)

log() { printf '[engine] %s\n' "$*" >&2; }
die() { printf '[engine] error: %s\n' "$*" >&2; exit 1; }

apt_get() {
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 -o Acquire::Retries=5 \
        -o Acquire::http::Timeout=60 "$@"
}

export_env() {
    mkdir -p "$ENGINE_DIR"
    # Podman's default container ulimits cannot be applied in this sandbox ("error setting rlimit"): clear them.
    # runc, since crun refuses this machine's hybrid cgroup layout ("cgroups in hybrid mode not supported").
    # Netavark (with aardvark-dns: services find each other by name) rather than CNI, whose plugins Debian
    # installs apart.
    cat > "$ENGINE_DIR/containers.conf" <<'CONF'
[containers]
default_ulimits = []

[engine]
runtime = "runc"

[network]
network_backend = "netavark"
CONF
    export CONTAINERS_CONF="$ENGINE_DIR/containers.conf"
    export DOCKER_HOST="unix://$SOCK"
    export DOCKER_BUILDKIT=0
    export COMPOSE_DOCKER_CLI_BUILD=0
    # Docker's image format for podman build: the OCI format has no HEALTHCHECK, STOPSIGNAL is kept either way.
    export BUILDAH_FORMAT=docker
}

cmd_env() {
    export_env
    printf 'export CONTAINERS_CONF=%q\nexport DOCKER_HOST=%q\nexport DOCKER_BUILDKIT=0\nexport COMPOSE_DOCKER_CLI_BUILD=0\nexport BUILDAH_FORMAT=docker\n' \
        "$CONTAINERS_CONF" "$DOCKER_HOST"
}

cmd_install() {
    local need=()
    command -v podman >/dev/null 2>&1 || need+=(podman buildah runc netavark aardvark-dns slirp4netns uidmap fuse-overlayfs)
    command -v runc >/dev/null 2>&1 || need+=(runc)
    # netavark, Podman's network stack, sets up the build and container networks with iptables; without it every
    # RUN step fails with "netavark: No such file or directory"
    command -v iptables >/dev/null 2>&1 || need+=(iptables)
    command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
    command -v docker-compose >/dev/null 2>&1 || need+=(docker-compose)
    # Any Docker CLI will do (one may ship with the machine); else Debian's docker.io brings one (its daemon
    # is not started: the socket it would serve is not the one DOCKER_HOST names).
    command -v docker >/dev/null 2>&1 || need+=(docker.io)
    if [ ${#need[@]} -eq 0 ]; then
        log "engine packages already installed"
        return 0
    fi
    log "installing ${need[*]}"
    local attempt
    for attempt in 1 2 3; do
        if apt_get update -qq && apt_get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; then
            break
        fi
        log "apt-get failed (attempt $attempt of 3); retrying in 20 s"
        sleep 20
    done
    for tool in podman debootstrap docker-compose docker; do
        command -v "$tool" >/dev/null 2>&1 || die "could not install $tool"
    done
    if [ -x /usr/sbin/dockerd ] && command -v systemctl >/dev/null 2>&1; then
        systemctl disable --now docker.service docker.socket >/dev/null 2>&1 || true
    fi
}

service_answers() {
    [ -S "$SOCK" ] && curl -fsS --max-time 5 --unix-socket "$SOCK" http://d/_ping >/dev/null 2>&1
}

cmd_start() {
    export_env
    command -v podman >/dev/null 2>&1 || die "podman is not installed: run $0 install"
    start_healthchecks
    if service_answers; then
        log "podman service already answers on $SOCK"
        return 0
    fi
    rm -f "$SOCK"
    log "starting podman system service on $SOCK (log: $ENGINE_DIR/podman-service.log)"
    nohup podman system service --time=0 "unix://$SOCK" >"$ENGINE_DIR/podman-service.log" 2>&1 &
    echo $! > "$PIDFILE"
    local i
    for i in $(seq 1 60); do
        service_answers && { log "podman service is up (pid $(cat "$PIDFILE"))"; return 0; }
        kill -0 "$(cat "$PIDFILE")" 2>/dev/null || { cat "$ENGINE_DIR/podman-service.log" >&2; die "podman service exited"; }
        sleep 0.5
    done
    die "podman service did not answer on $SOCK within 30 s"
}

start_healthchecks() {
    if [ -d /run/systemd/system ]; then
        return 0  # systemd runs Podman's healthcheck timers
    fi
    if [ -f "$HC_PIDFILE" ] && kill -0 "$(cat "$HC_PIDFILE")" 2>/dev/null; then
        return 0
    fi
    nohup python3 "$HERE/engine/healthcheck-runner.py" >"$ENGINE_DIR/healthcheck-runner.log" 2>&1 &
    echo $! > "$HC_PIDFILE"
    log "healthcheck runner started (pid $(cat "$HC_PIDFILE"))"
}

stop_pidfile() {
    local file="$1" what="$2" pid i
    [ -f "$file" ] || return 0
    pid="$(cat "$file")"
    if kill -0 "$pid" 2>/dev/null; then
        log "stopping $what (pid $pid)"
        kill "$pid"
        for i in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

cmd_stop() {
    stop_pidfile "$HC_PIDFILE" "healthcheck runner"
    stop_pidfile "$PIDFILE" "podman service"
    rm -f "$SOCK"
}

image_exists() { podman image exists "$1"; }

debian_mirror() {
    local uri
    uri="$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
        | grep -v security | head -1 | sed -E 's/^URIs:[[:space:]]*//; s/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//; s/[[:space:]].*$//')"
    echo "${uri:-http://deb.debian.org/debian}"
}

build_base() {
    if [ "${REBUILD:-0}" != 1 ] && image_exists "$BASE_IMAGE"; then
        log "cached: $BASE_IMAGE"
        return 0
    fi
    local root mirror start
    root="$(mktemp -d "$ENGINE_DIR/rootfs.XXXXXX")"
    mirror="$(debian_mirror)"
    start=$SECONDS
    log "debootstrap --variant=minbase bookworm from $mirror"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$ENGINE_DIR/debootstrap.log" 2>&1 \
        || { tail -20 "$ENGINE_DIR/debootstrap.log" >&2; rm -rf "$root"; die "debootstrap failed"; }
    # The shape of the official slim image: no apt caches or package lists, no docs, the mirror as a source.
    rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* \
        "$root"/usr/share/man/* "$root"/usr/share/locale/*
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\n' "$mirror" "$mirror" > "$root/etc/apt/sources.list"
    cat > "$root/etc/dpkg/dpkg.cfg.d/docker-slim" <<'CFG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/info/*
CFG
    cat > "$root/etc/apt/apt.conf.d/docker-clean" <<'CFG'
APT::Install-Recommends "false";
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb || true"; };
CFG
    tar -C "$root" -c . | podman import --change 'CMD ["bash"]' - "$BASE_IMAGE" >/dev/null
    rm -rf "$root"
    log "built $BASE_IMAGE in $((SECONDS - start)) s"
}

maven_dist() {
    local dir="$STANDINS/maven-3.9-eclipse-temurin-17"
    local file="$ENGINE_DIR/apache-maven-$MAVEN_DIST_VERSION-bin.tar.gz"
    if [ ! -s "$file" ]; then
        log "fetching Apache Maven $MAVEN_DIST_VERSION from Maven Central"
        local mvn_cmd
        if [ -x "$HERE/../mvnw" ]; then mvn_cmd="$HERE/../mvnw"; else mvn_cmd=mvn; fi
        "$mvn_cmd" -B -q -ntp -f "$HERE/../pom.xml" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            "-Dartifact=org.apache.maven:apache-maven:$MAVEN_DIST_VERSION:tar.gz:bin" \
            "-DoutputDirectory=$ENGINE_DIR" -Dmdep.stripVersion=false >&2
        mv "$ENGINE_DIR/apache-maven-$MAVEN_DIST_VERSION-bin.tar.gz" "$file" 2>/dev/null || true
        [ -s "$file" ] || die "could not fetch Apache Maven $MAVEN_DIST_VERSION"
    fi
    echo "$file"
}

# Elasticsearch is not in Debian: its stand-in runs Elastic's own 8.15.0 server, from the distribution Elastic
# publishes on Maven Central (integ-test-zip: no bundled JDK, x-pack security included).
elasticsearch_dist() {
    local file="$ENGINE_DIR/elasticsearch-8.15.0-integ-test.zip"
    if [ ! -s "$file" ]; then
        log "fetching Elasticsearch 8.15.0 from Maven Central"
        local mvn_cmd
        if [ -x "$HERE/../mvnw" ]; then mvn_cmd="$HERE/../mvnw"; else mvn_cmd=mvn; fi
        "$mvn_cmd" -B -q -ntp -f "$HERE/../pom.xml" -N org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            "-Dartifact=org.elasticsearch.distribution.integ-test-zip:elasticsearch:8.15.0:zip" \
            "-DoutputDirectory=$ENGINE_DIR" -Dmdep.stripVersion=false >&2
        mv "$ENGINE_DIR/elasticsearch-8.15.0.zip" "$file" 2>/dev/null || true
        [ -s "$file" ] || die "could not fetch Elasticsearch 8.15.0"
    fi
    echo "$file"
}

# A digest of what a stand-in is built from: the files of its folder (and the wheelhouse for the Python image).
# Stored as a label on the image, so that a cached stand-in whose sources changed is built again.
standin_sources() {
    local folder="$1" dirs=("$STANDINS/$folder")
    [ "$folder" = python-3.11 ] && dirs+=("$STANDINS/wheelhouse")
    local dir
    for dir in "${dirs[@]}"; do
        (cd "$dir" && find . -type f ! -name '*.pyc' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum)
    done | sha256sum | cut -c1-16
}

build_standin() {
    local tag="$1" folder="$2" start sources cached
    sources="$(standin_sources "$folder")"
    if [ "${REBUILD:-0}" != 1 ] && image_exists "$tag"; then
        cached="$(podman image inspect --format '{{index .Labels "io.composegen.standin.sources"}}' "$tag" 2>/dev/null || true)"
        if [ "$cached" = "$sources" ]; then
            log "cached: $tag"
            return 0
        fi
        log "$tag was built from other sources (${cached:-unlabelled}, now $sources): building it again"
    fi
    local context="$STANDINS/$folder"
    [ -f "$context/Dockerfile" ] || die "no stand-in Dockerfile in $context"
    local tmp
    tmp="$(mktemp -d "$ENGINE_DIR/context.XXXXXX")"
    cp -a "$context/." "$tmp/"
    if [ "$folder" = maven-3.9-eclipse-temurin-17 ]; then
        cp "$(maven_dist)" "$tmp/apache-maven-bin.tar.gz"
        # Builds in this image fetch from Maven Central: it trusts what the host trusts beyond Debian's bundle
        # (a machine whose egress inspects TLS adds its CA there), so it reaches Central as the host does.
        mkdir -p "$tmp/extra-ca"
        cp /usr/local/share/ca-certificates/*.crt "$tmp/extra-ca/" 2>/dev/null || true
    fi
    if [ "$folder" = elasticsearch-8.15.0 ]; then
        cp "$(elasticsearch_dist)" "$tmp/elasticsearch.zip"
    fi
    if [ "$folder" = python-3.11 ]; then
        cp -a "$STANDINS/wheelhouse/." "$tmp/"
    fi
    start=$SECONDS
    log "building stand-in $tag"
    podman build --pull=never --layers -t "$tag" --label io.composegen.standin=true \
        --label "io.composegen.standin.sources=$sources" "$tmp" \
        >"$ENGINE_DIR/build-$folder.log" 2>&1 \
        || { tail -c 4000 "$ENGINE_DIR/build-$folder.log" >&2; rm -rf "$tmp"; die "building $tag failed"; }
    rm -rf "$tmp"
    log "built $tag in $((SECONDS - start)) s"
}

cmd_images() {
    export_env
    command -v podman >/dev/null 2>&1 || die "podman is not installed: run $0 install"
    build_base
    local entry
    for entry in "${STANDIN_LIST[@]}"; do
        # shellcheck disable=SC2086
        build_standin $entry
    done
    # Intermediate images of the stand-ins' own multi-stage builds are not needed once the tags exist.
    podman image prune -f >/dev/null 2>&1 || true
}

cmd_status() {
    export_env
    if service_answers; then echo "service: answering on $SOCK"; else echo "service: not running"; fi
    local entry tag
    for tag in "$BASE_IMAGE" $(printf '%s\n' "${STANDIN_LIST[@]}" | cut -d' ' -f1); do
        if command -v podman >/dev/null 2>&1 && image_exists "$tag"; then echo "image: $tag"; else echo "missing: $tag"; fi
    done
}

cmd_clean() {
    export_env
    local tag
    for tag in $(printf '%s\n' "${STANDIN_LIST[@]}" | cut -d' ' -f1); do
        podman rmi -f "$tag" >/dev/null 2>&1 || true
    done
    [ "${ALL:-0}" = 1 ] && podman rmi -f "$BASE_IMAGE" >/dev/null 2>&1 || true
}

case "${1:-}" in
    install) cmd_install ;;
    start) cmd_install; cmd_start ;;
    stop) cmd_stop ;;
    images) cmd_images ;;
    up) cmd_install; cmd_start; cmd_images ;;
    env) cmd_env ;;
    status) cmd_status ;;
    clean) cmd_clean ;;
    *) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
