package io.composegen.generator.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every validation rule, by code: the one list that reports and the documentation's rule reference read, for
 * compose files and for the Dockerfiles composegen writes alike.
 *
 * <p>{@link #all()} lists the rules in code order. A rule's code never changes meaning; a retired code is not
 * reused.
 */
public final class RuleRegistry {

  private RuleRegistry() {}

  // CG1xx: structure and references.

  /** CG101: {@code depends_on} names a service the environment does not define. */
  public static final Rule UNDEFINED_DEPENDENCY = new Rule("CG101", Severity.ERROR, false,
      "depends_on names an undefined service",
      "depends_on names service \"<name>\", which is not defined",
      "A service depends on a service that the environment does not define; Compose refuses to start the "
          + "stack. Dependencies marked required: false are skipped, as Compose skips them.",
      "services:\n  web:\n    image: nginx:1.27\n    depends_on: [dbb]\n  db:\n    image: postgres:16",
      "Correct the name (the hint suggests the nearest defined one), define the service, or remove the "
          + "dependency.");

  /** CG102: a service joins a network that is not declared at the top level. */
  public static final Rule UNDEFINED_NETWORK = new Rule("CG102", Severity.ERROR, false,
      "a service joins an undefined network",
      "joins network \"<name>\", which is not a top-level network",
      "A service lists a network under networks that the top-level networks do not declare (the implicit "
          + "default network always exists); Compose refuses to start the stack.",
      "services:\n  web:\n    image: nginx:1.27\n    networks: [frontend]\nnetworks:\n  front: {}",
      "Correct the name or declare the network under the top-level networks.");

  /** CG103: a service mounts a named volume that is not declared at the top level. */
  public static final Rule UNDEFINED_VOLUME = new Rule("CG103", Severity.ERROR, false,
      "a service mounts an undefined named volume",
      "mounts volume \"<name>\", which is not a top-level volume",
      "A mount's source is a volume name (not a path starting with ., / or ~) that the top-level volumes do not "
          + "declare; Compose refuses to start the stack. A source meant as a host folder needs ./ in front.",
      "services:\n  db:\n    image: postgres:16\n    volumes: [\"dbdata:/var/lib/postgresql/data\"]\n"
          + "volumes:\n  db-data: {}",
      "Correct the name, declare the volume under the top-level volumes, or write ./name to bind a host folder.");

  /** CG104: a service uses a secret that is not declared at the top level. */
  public static final Rule UNDEFINED_SECRET = new Rule("CG104", Severity.ERROR, false,
      "a service uses an undefined secret",
      "uses secret \"<name>\", which is not a top-level secret",
      "A service lists a secret that the top-level secrets do not declare; Compose refuses to start the stack.",
      "services:\n  db:\n    image: postgres:16\n    secrets: [db_pasword]\nsecrets:\n  db_password:\n"
          + "    file: ./secrets/db_password.txt",
      "Correct the name or declare the secret under the top-level secrets (file:, environment: or external:).");

  /** CG105: a service uses a config that is not declared at the top level. */
  public static final Rule UNDEFINED_CONFIG = new Rule("CG105", Severity.ERROR, false,
      "a service uses an undefined config",
      "uses config \"<name>\", which is not a top-level config",
      "A service lists a config that the top-level configs do not declare; Compose refuses to start the stack.",
      "services:\n  proxy:\n    image: nginx:1.27\n    configs: [nginx_conf]\nconfigs:\n  nginx.conf:\n"
          + "    file: ./nginx.conf",
      "Correct the name or declare the config under the top-level configs.");

  /** CG106: {@code volumes_from} names a service the environment does not define. */
  public static final Rule UNDEFINED_VOLUMES_FROM = new Rule("CG106", Severity.ERROR, false,
      "volumes_from names an undefined service",
      "volumes_from names service \"<name>\", which is not defined",
      "volumes_from takes the mounts of another service of the stack, or of a container outside it when written "
          + "container:<name>; a service name that the environment does not define makes Compose refuse the stack.",
      "services:\n  backup:\n    image: alpine:3.20\n    volumes_from: [datastore]",
      "Correct the name, or write container:<name> for a container outside the stack.");

  /** CG107: {@code extends} names a service of the same file that is not defined. */
  public static final Rule UNDEFINED_EXTENDS = new Rule("CG107", Severity.ERROR, false,
      "extends names an undefined service",
      "extends service \"<name>\", which is not defined in this file",
      "extends without file: takes a service of the same file as the starting point; Compose refuses a name the "
          + "file does not define. extends with file: points outside the stack and is not checked.",
      "services:\n  web:\n    extends: {service: bse}\n  base:\n    image: python:3.12-slim",
      "Correct the name, or add file: when the service is defined in another file.");

  /** CG108: {@code links} or {@code network_mode: service:} names a service the environment does not define. */
  public static final Rule UNDEFINED_LINK = new Rule("CG108", Severity.ERROR, false,
      "links or network_mode names an undefined service",
      "links to service \"<name>\", which is not defined / network_mode uses service \"<name>\", which is not "
          + "defined",
      "links entries (service[:alias]) and network_mode: service:<name> must name a service of the environment; "
          + "Compose refuses the stack otherwise.",
      "services:\n  web:\n    image: nginx:1.27\n    links: [\"db2:database\"]\n  db:\n    image: postgres:16",
      "Correct the name; prefer networks over links, which Compose keeps only for old files.");

  /** CG110: {@code depends_on} forms a cycle. */
  public static final Rule DEPENDENCY_CYCLE = new Rule("CG110", Severity.ERROR, false,
      "depends_on forms a cycle",
      "depends_on forms a cycle: <a> -> <b> -> <a>",
      "Services that depend on each other, directly or through others, can never all start: Compose refuses "
          + "the stack. The problem prints the cycle, starting and ending at the alphabetically first service; of a "
          + "cycle of more than 20 services, the first 20 and how many more.",
      "services:\n  a:\n    image: alpine:3.20\n    depends_on: [b]\n  b:\n    image: alpine:3.20\n"
          + "    depends_on: [a]",
      "Remove one of the dependencies of the cycle; a service that needs another at run time should retry its "
          + "connection instead of depending on it.");

  /** CG111: {@code condition: service_healthy} on a service without a healthcheck. */
  public static final Rule HEALTHY_WITHOUT_HEALTHCHECK = new Rule("CG111", Severity.ERROR, false,
      "waits for a healthy service that has no healthcheck",
      "waits for service \"<name>\" to be healthy, but <name> has no healthcheck / but <name>'s healthcheck is "
          + "disabled",
      "depends_on with condition: service_healthy waits for the other service's healthcheck to pass; without "
          + "a healthcheck, or with a disabled one, the dependent service never starts. A HEALTHCHECK defined in "
          + "the image is invisible to composegen and counts as missing: repeat it on the service, in the model or "
          + "the compose file.",
      "services:\n  web:\n    image: nginx:1.27\n    depends_on:\n      db: {condition: service_healthy}\n"
          + "  db:\n    image: postgres:16",
      "Add a healthcheck to the service waited for, or wait with condition: service_started.");

  /** CG120: two published ports use the same host port. */
  public static final Rule PORT_COLLISION = new Rule("CG120", Severity.ERROR, false,
      "a host port is published twice",
      "host port <port>/<protocol> is published twice (also by <path>) / host ports <range>/<protocol> overlap "
          + "host port <port>/<protocol> (published by <path>)",
      "Two ports entries of one environment publish the same host port and protocol on the same host address "
          + "(a port on all interfaces collides with any address), or overlapping ranges; the second container "
          + "fails to start with \"port is already allocated\". Ports whose host address is a ${VAR} are compared "
          + "as written; a published range picked from for a single container port is not compared.",
      "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n  api:\n    image: acme/api:1.0\n"
          + "    ports: [\"8080:8080\"]",
      "Publish one of them on another host port, or bind them to different host addresses.");

  /** CG130: two services have the same {@code container_name}. */
  public static final Rule DUPLICATE_CONTAINER_NAME = new Rule("CG130", Severity.ERROR, false,
      "two services have the same container_name",
      "container_name \"<name>\" is also used by <path>",
      "Container names are unique on an engine; the second service of a name fails to start.",
      "services:\n  web:\n    image: nginx:1.27\n    container_name: app\n  api:\n    image: acme/api:1.0\n"
          + "    container_name: app",
      "Give each service its own container_name, or drop container_name and let Compose name the containers.");

  /** CG131: {@code container_name} together with more than one replica. */
  public static final Rule CONTAINER_NAME_WITH_REPLICAS = new Rule("CG131", Severity.ERROR, false,
      "container_name on a service with several replicas",
      "container_name \"<name>\" cannot be combined with deploy.replicas: <n>",
      "Compose cannot start several containers of one name and refuses a service that sets both.",
      "services:\n  worker:\n    image: acme/worker:1.0\n    container_name: worker\n    deploy: {replicas: 3}",
      "Drop container_name; Compose then names the containers <project>-<service>-1, -2, ...");

  /** CG132: a {@code container_name} the engine rejects. */
  public static final Rule INVALID_CONTAINER_NAME = new Rule("CG132", Severity.ERROR, false,
      "container_name is not a valid container name",
      "container_name \"<name>\" is not a valid container name",
      "The engine accepts container names of letters, digits, '_', '.' and '-', starting with a letter or digit, "
          + "at least two characters long.",
      "services:\n  web:\n    image: nginx:1.27\n    container_name: \"my web\"",
      "Use letters, digits, '_', '.' and '-', starting with a letter or digit.");

  /** CG140: a service with neither {@code image} nor {@code build}. */
  public static final Rule MISSING_IMAGE = new Rule("CG140", Severity.ERROR, false,
      "a service has neither image nor build",
      "service <name> has neither image nor build",
      "Compose needs an image to pull or a build to make one, in every file combination it is run with; the base "
          + "file is checked alone too, since docker compose -f compose.yaml reads it alone. A service that "
          + "extends another service of the file takes the image from there.",
      "services:\n  worker:\n    command: rqworker",
      "Add build: with the folder of the Dockerfile, or image: with a pinned image; a layer may add it, but the "
          + "base file then needs it too.");

  /** CG150: an invalid {@code ${...}} variable reference. */
  public static final Rule INVALID_INTERPOLATION = new Rule("CG150", Severity.ERROR, false,
      "an invalid variable reference",
      "\"<fragment>\" is not a valid variable reference",
      "Compose interpolates ${...} in every value and rejects a reference without a closing brace, without a "
          + "name, or with an unknown operator. composegen also reports a value that nests references in defaults, "
          + "errors or alternatives more than 64 deep, since it reads no deeper.",
      "services:\n  web:\n    image: \"acme/web:${TAG\"",
      "Write ${NAME}, ${NAME:-default} or ${NAME:?message}; write $$ for a literal dollar sign.");

  /** CG151: a top-level network, volume, secret or config name Compose rejects. */
  public static final Rule INVALID_RESOURCE_NAME = new Rule("CG151", Severity.ERROR, false,
      "a top-level network, volume, secret or config name Compose rejects",
      "<kind> name \"<name>\" is not valid",
      "Compose accepts names of letters, digits, '.', '_' and '-' for networks, volumes, secrets and configs.",
      "services:\n  db:\n    image: postgres:16\nvolumes:\n  \"db data\": {}",
      "Rename it with letters, digits, '.', '_' and '-' only, and update the services that use it.");

  /** CG152: a service's entrypoint clears the command of the image composegen generates for it. */
  public static final Rule ENTRYPOINT_CLEARS_COMMAND = new Rule("CG152", Severity.WARNING, false,
      "entrypoint clears the image's command",
      "entrypoint replaces the image's ENTRYPOINT and clears its CMD <cmd>, and command is not set",
      "Setting entrypoint on a service makes the engine drop the image's CMD as well (as docker run --entrypoint "
          + "does), so the container runs the entrypoint with no arguments: an entrypoint script that ends with "
          + "exec \"$@\" then exits at once and the service restarts forever. composegen knows the CMD of the "
          + "images it generates Dockerfiles for (a recipe's, or another service's through image_of); images "
          + "pulled by name or built from other Dockerfiles are not checked.",
      "services:\n  web:\n    build: ./app  # app/Dockerfile written by a recipe: CMD [\"gunicorn\", \"app:app\"]\n"
          + "    entrypoint: [\"sh\", \"/app/entrypoint.sh\"]",
      "Add command: with the arguments the entrypoint should receive (the image's CMD, which the hint shows), "
          + "drop entrypoint and let the image's own start run, or write command: [] when the entrypoint needs no "
          + "arguments.");

  // CG2xx: security.

  /** CG201: a secret-looking environment variable with a literal value. */
  public static final Rule LITERAL_SECRET = new Rule("CG201", Severity.WARNING, false,
      "a secret in plain environment",
      "<KEY> looks like a secret but holds a literal value",
      "An environment key containing PASSWORD, SECRET, TOKEN or CREDENTIALS, or ending with _KEY (ignoring case, "
          + "and not ending with _FILE), has a literal value rather than a ${VAR} reference: the secret is in the "
          + "compose file and in version control. A warning, an error in production environments. The value is "
          + "never printed.",
      "services:\n  web:\n    image: acme/web:1.0\n    environment:\n      SECRET_KEY: s3cr3t",
      "Use secrets: with a <KEY>_FILE variable where the image supports one, or write ${<KEY>} and set it in .env, "
          + "which .env.example lists.");

  /** CG202: a privileged container in production. */
  public static final Rule PRIVILEGED = new Rule("CG202", Severity.WARNING, true,
      "a privileged container in production",
      "service <name> runs privileged, with every capability and access to all host devices",
      "A privileged container can take over the host.",
      "services:\n  agent:\n    image: acme/agent:1.0\n    privileged: true",
      "Drop privileged and add only the capabilities the service needs with cap_add.");

  /** CG203: the Docker socket mounted in production. */
  public static final Rule DOCKER_SOCKET = new Rule("CG203", Severity.WARNING, true,
      "the Docker socket is mounted in production",
      "mounts the Docker socket <path>, which gives root access to the host",
      "Whoever controls the Docker socket controls the host. Some services need it (watchtower, a reverse proxy "
          + "that reads labels): acknowledge the problem for them.",
      "services:\n  watchtower:\n    image: containrrr/watchtower:1.7.1\n"
          + "    volumes: [\"/var/run/docker.sock:/var/run/docker.sock\"]",
      "Remove the mount, put a socket proxy that allows only the calls needed in front of it, or acknowledge it "
          + "for a service that must control Docker.");

  /** CG204: {@code network_mode: host} in production. */
  public static final Rule HOST_NETWORK = new Rule("CG204", Severity.WARNING, true,
      "network_mode: host in production",
      "service <name> shares the host's network stack (network_mode: host)",
      "With the host's network the container can reach every port of the host and bypasses the stack's "
          + "networks and published ports.",
      "services:\n  web:\n    image: nginx:1.27\n    network_mode: host",
      "Join the stack's networks and publish the ports the service needs.");

  /** CG205: {@code cap_add: ALL} in production. */
  public static final Rule ALL_CAPABILITIES = new Rule("CG205", Severity.WARNING, true,
      "cap_add: ALL in production",
      "cap_add: ALL gives service <name> every Linux capability",
      "Every capability makes the container nearly as powerful as a privileged one.",
      "services:\n  web:\n    image: nginx:1.27\n    cap_add: [ALL]",
      "Add only the capabilities the service needs, e.g. NET_BIND_SERVICE.");

  /** CG206: a database port published on all host interfaces in production. */
  public static final Rule PUBLISHED_DATABASE_PORT = new Rule("CG206", Severity.WARNING, true,
      "a database port is published on all interfaces in production",
      "publishes <database> port <port> on all host interfaces",
      "Container ports 5432 (PostgreSQL), 3306 (MySQL, MariaDB), 27017 (MongoDB), 6379 (Redis) and 9200 "
          + "(Elasticsearch) published without a host address are reachable from outside the host.",
      "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]",
      "Drop the port (services reach the database over the stack's network), or bind it to 127.0.0.1.");

  /** CG207: a database with authentication turned off. */
  public static final Rule AUTHENTICATION_OFF = new Rule("CG207", Severity.WARNING, false,
      "a database with authentication turned off",
      "<setting> lets anyone who reaches service <name> in without a password / Elasticsearch <tag> runs "
          + "without authentication unless xpack.security.enabled is true",
      "Settings that turn a database's authentication off: xpack.security.enabled=false for Elasticsearch (and "
          + "Elasticsearch before 8 without xpack.security.enabled=true), DISABLE_SECURITY_PLUGIN=true for "
          + "OpenSearch, POSTGRES_HOST_AUTH_METHOD=trust, MYSQL_ALLOW_EMPTY_PASSWORD, "
          + "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD and ALLOW_EMPTY_PASSWORD. A warning, an error in production "
          + "environments.",
      "services:\n  search:\n    image: elasticsearch:7.17.22\n    environment:\n"
          + "      discovery.type: single-node",
      "Turn authentication on and give the password as a secret (e.g. ELASTIC_PASSWORD_FILE, "
          + "POSTGRES_PASSWORD_FILE).");

  // CG3xx: the Dockerfiles composegen writes (see validate.dockerfile.DockerfileLint). Some well-known Dockerfile
  // mistakes have no rule because the model cannot express them: ADD of local files (hadolint DL3020; Add takes
  // remote URLs only), shell-form CMD and ENTRYPOINT (DL3025; exec form only), duplicate stage names (DL3024) and
  // ports out of range (DL3011).

  /** CG301: the image runs as root. */
  public static final Rule ROOT_USER = new Rule("CG301", Severity.WARNING, false,
      "the final stage runs as root",
      "the final stage \"<stage>\" has no USER, so the container runs as root / the final stage \"<stage>\" runs "
          + "as root (USER <user>)",
      "The container runs as the last USER of the final stage, or of the stage it builds on; with none, or with "
          + "USER root or 0, whoever breaks into the application is root in the container. A USER in an earlier "
          + "build stage does not count: only the final stage's image runs.",
      "FROM eclipse-temurin:21-jre\nCOPY target/app.jar /app/app.jar\nCMD [\"java\", \"-jar\", \"/app/app.jar\"]",
      "End the final stage with USER and a numeric non-root id, such as USER 10001:10001, and give it its files "
          + "with COPY --chown.",
      "hadolint DL3002");

  /** CG302: a stage builds on an untagged or {@code latest} image. */
  public static final Rule UNPINNED_BASE = new Rule("CG302", Severity.WARNING, false,
      "a base image is untagged or latest",
      "stage \"<stage>\" builds on image \"<image>\", which has no tag / stage \"<stage>\" builds on image "
          + "\"<image>\", which uses the tag latest",
      "A stage built FROM an image without a tag, or with the tag latest, starts from whatever the tag points to "
          + "on the day of the build: two builds of the same sources differ, and a rebuild can break with no change "
          + "in the project.",
      "FROM python\nUSER 10001\nCMD [\"python\", \"-m\", \"app\"]",
      "Pin a version tag such as python:3.12-slim, or a digest (@sha256:...), so every build starts from the same "
          + "image.",
      "hadolint DL3006, DL3007");

  /** CG303: a stage has several CMD, ENTRYPOINT or HEALTHCHECK instructions. */
  public static final Rule REPEATED_INSTRUCTION = new Rule("CG303", Severity.WARNING, false,
      "several CMD, ENTRYPOINT or HEALTHCHECK in one stage",
      "stage \"<stage>\" has more than one <CMD|ENTRYPOINT|HEALTHCHECK>; only the last one takes effect",
      "Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; an earlier one misleads whoever reads "
          + "the Dockerfile. The problem points at the second one.",
      "FROM debian:12-slim\nUSER 10001\nCMD [\"./migrate.sh\"]\nCMD [\"./serve.sh\"]",
      "Keep a single CMD, ENTRYPOINT or HEALTHCHECK in the stage; run several steps from one script.",
      "hadolint DL4003, DL4004, DL3012");

  /** CG304: WORKDIR with a relative path. */
  public static final Rule RELATIVE_WORKDIR = new Rule("CG304", Severity.WARNING, false,
      "WORKDIR is relative",
      "WORKDIR \"<path>\" is relative, so where it points depends on the base image",
      "A relative WORKDIR is resolved against the working directory the base image left, which another version "
          + "of the base image may change.",
      "FROM node:20-slim\nWORKDIR app\nUSER node",
      "Use an absolute path, such as /app.",
      "hadolint DL3000");

  /** CG305: sudo in RUN. */
  public static final Rule SUDO = new Rule("CG305", Severity.WARNING, false,
      "RUN uses sudo",
      "RUN uses sudo, which is rarely installed and behaves unpredictably without a terminal",
      "Build steps run as root until a USER instruction. sudo is rarely installed in images, may ask for a "
          + "password or a terminal, and hides which user a step really runs as.",
      "FROM debian:12-slim\nUSER 10001\nRUN sudo mkdir -p /data",
      "Move the command before USER, where it runs as root, instead of using sudo.",
      "hadolint DL3004");

  /** CG306: apt-get install that would ask for confirmation. */
  public static final Rule APT_WITHOUT_YES = new Rule("CG306", Severity.ERROR, false,
      "apt-get install without -y",
      "apt-get install without -y waits for a confirmation that never comes, so the build fails",
      "A build has no terminal to answer apt-get's question whether to go on: the step aborts and the build "
          + "fails.",
      "FROM debian:12-slim\nRUN apt-get update && apt-get install --no-install-recommends curl \\\n"
          + "    && rm -rf /var/lib/apt/lists/*\nUSER 10001",
      "Add -y: apt-get install -y --no-install-recommends <packages>.",
      "hadolint DL3014");

  /** CG307: apt-get install that pulls recommended packages. */
  public static final Rule APT_RECOMMENDS = new Rule("CG307", Severity.WARNING, false,
      "apt-get install without --no-install-recommends",
      "apt-get install without --no-install-recommends also installs recommended packages, which makes the image "
          + "bigger and its attack surface wider",
      "Without --no-install-recommends apt-get also installs every package the named ones recommend, often many "
          + "more than were asked for.",
      "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"
          + "USER 10001",
      "Add --no-install-recommends and name the packages you need.",
      "hadolint DL3015");

  /** CG308: apt package lists left in the layer. */
  public static final Rule APT_LISTS_KEPT = new Rule("CG308", Severity.WARNING, false,
      "apt-get leaves its package lists in the layer",
      "apt-get leaves its package lists in /var/lib/apt/lists, tens of megabytes in the layer",
      "apt-get update downloads the package lists to /var/lib/apt/lists; unless the same RUN removes them or "
          + "keeps them in cache mounts, they stay in the image for good. Removing them in a later RUN does not "
          + "make the image smaller.",
      "FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER 10001",
      "End the same RUN with && rm -rf /var/lib/apt/lists/*, or put /var/cache/apt and /var/lib/apt in cache "
          + "mounts (--mount=type=cache,target=/var/cache/apt,sharing=locked).",
      "hadolint DL3009");

  /** CG309: pip's download cache left in the layer. */
  public static final Rule PIP_CACHE_KEPT = new Rule("CG309", Severity.WARNING, false,
      "pip install keeps its cache in the layer",
      "pip install keeps the downloaded packages in its cache, which ends up in the layer",
      "pip keeps every package it downloads in its cache, which stays in the image. Not reported when the RUN "
          + "has a cache mount on pip's cache, when the command says --no-cache-dir, or when an earlier ENV sets "
          + "PIP_NO_CACHE_DIR.",
      "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt ./\nRUN pip install -r requirements.txt\n"
          + "USER 10001",
      "Give RUN a cache mount on pip's cache (--mount=type=cache,target=/root/.cache/pip), or add --no-cache-dir.",
      "hadolint DL3042");

  /** CG310: the whole build context copied before dependencies are installed. */
  public static final Rule CONTEXT_BEFORE_DEPENDENCIES = new Rule("CG310", Severity.WARNING, false,
      "the whole context is copied before installing dependencies",
      "COPY copies the whole build context before \"<command>\" installs dependencies, so every source change "
          + "installs them again",
      "A build reuses a cached step only while every step before it is unchanged. Copying the whole context "
          + "(COPY . .) before the step that installs dependencies (npm ci, pip install, poetry install, "
          + "mvn dependency:go-offline, ...) downloads and installs every dependency again whenever any source "
          + "file changes.",
      "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nUSER node",
      "Copy only the dependency files (such as package.json and package-lock.json, or requirements.txt) before "
          + "installing, and the rest of the sources after.");

  /** CG311: COPY --from or a bind mount names the stage itself or a later one. */
  public static final Rule FROM_LATER_STAGE = new Rule("CG311", Severity.ERROR, false,
      "COPY --from names the same or a later stage",
      "COPY --from names stage \"<stage>\", which comes later; Docker would look for an image called \"<stage>\" "
          + "instead / COPY --from names stage <n>, but only stages before <index> (\"<stage>\") are built by then",
      "COPY --from and RUN --mount=from take files from a stage declared before the current one. Docker reads the "
          + "name of the same or a later stage as an image to pull, and the number of one as an error, so the "
          + "build fails or copies from somewhere else.",
      "FROM debian:12-slim AS app\nCOPY --from=build /out/app /usr/local/bin/app\nUSER 10001\n\n"
          + "FROM golang:1.23 AS build\nRUN go build -o /out/app .",
      "Move the stage that makes the files before the stage that copies them, or name an earlier stage.",
      "hadolint DL3022, DL3023");

  /** CG312: COPY --from or a bind mount names something that is neither a stage nor a tagged image. */
  public static final Rule FROM_UNKNOWN_STAGE = new Rule("CG312", Severity.WARNING, false,
      "COPY --from names an unknown stage",
      "COPY --from names \"<name>\", which is no stage of this Dockerfile, so Docker would pull an image of that "
          + "name",
      "A COPY --from or RUN --mount from that names neither a stage of the Dockerfile nor an image with a tag, a "
          + "digest or a registry is most likely a misspelt stage; Docker would try to pull an image of that name.",
      "FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM debian:12-slim AS app\n"
          + "COPY --from=biuld /out/app /usr/local/bin/app\nUSER 10001",
      "Correct the stage name, or when an image is meant, give it a tag, such as nginx:1.27.",
      "hadolint DL3022");

  /** CG313: an ARG or ENV whose name looks like a secret. */
  public static final Rule SECRET_IN_ARG_OR_ENV = new Rule("CG313", Severity.WARNING, false,
      "a secret-looking name in ARG or ENV",
      "<ARG|ENV> <NAME> looks like a secret, and its value is recorded in the image history / is stored in the "
          + "image's configuration",
      "ARG values are recorded in the image history and ENV values in its configuration: whoever can pull the "
          + "image can read them. Reported for names containing PASSWORD, PASSWD, SECRET or TOKEN, or ending with "
          + "_KEY (ignoring case), except names ending with _FILE, _PATH or _DIR, which say where a secret is.",
      "FROM node:20-slim\nARG NPM_TOKEN\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n"
          + "USER node",
      "Pass secrets to build steps with RUN --mount=type=secret,id=<id> and to containers with Compose secrets, "
          + "never through ARG or ENV.",
      "BuildKit check SecretsUsedInArgOrEnv");

  // CG4xx: production readiness.

  /** CG401: an untagged or {@code latest} image in production. */
  public static final Rule UNPINNED_IMAGE = new Rule("CG401", Severity.WARNING, true,
      "an untagged or latest image in production",
      "image \"<image>\" has no tag, so each pull may bring another version / image \"<image>\" uses the tag "
          + "latest, so each pull may bring another version",
      "An image without a tag means latest; each pull may bring another version, so a restart can upgrade "
          + "production by surprise and a rollback has nothing to return to. Images whose tag is a ${VAR} are "
          + "not checked.",
      "services:\n  cache:\n    image: redis",
      "Pin a version tag (redis:7.2) or a digest (redis@sha256:...).");

  /** CG402: {@code build} without {@code image} in production. */
  public static final Rule BUILD_WITHOUT_IMAGE = new Rule("CG402", Severity.WARNING, true,
      "build without image in production",
      "service <name> is built on the deploying host: build without image leaves nothing to push or pull",
      "Without image, the built image has a generated name, so it cannot be pushed to a registry, pulled by "
          + "another host or rolled back.",
      "services:\n  web:\n    build: ./web",
      "Set image: to the registry name and tag the build produces, build and push it in CI.");

  /** CG403: a source-code bind mount in production. */
  public static final Rule SOURCE_BIND_MOUNT = new Rule("CG403", Severity.WARNING, true,
      "a source-code bind mount in production",
      "bind-mounts <source> from the project folder, so production runs whatever files are on the host",
      "A bind mount of a relative host path (./app) is a development convenience: in production it replaces "
          + "what the image holds with the host's files.",
      "services:\n  web:\n    image: acme/web:1.0\n    volumes: [\"./app:/app\"]",
      "Copy the files into the image (COPY in the Dockerfile) and keep the bind mount in the dev layer.");

  /** CG404: no restart policy in production. */
  public static final Rule NO_RESTART_POLICY = new Rule("CG404", Severity.WARNING, true,
      "no restart policy in production",
      "service <name> has no restart policy, so it stays down after a crash or a reboot",
      "Neither restart nor deploy.restart_policy is set. One-off jobs are skipped: services with profiles, and "
          + "services that others wait for with condition: service_completed_successfully.",
      "services:\n  web:\n    image: acme/web:1.0",
      "Set restart: unless-stopped in the production layer; its \"*\" entry covers every service.");

  /** CG405: no healthcheck in production. */
  public static final Rule NO_HEALTHCHECK = new Rule("CG405", Severity.WARNING, true,
      "no healthcheck in production",
      "service <name> has no healthcheck, so a hung container looks healthy",
      "Without a healthcheck nothing notices a container that runs but no longer answers, and other services "
          + "cannot wait for it to be ready. One-off jobs are skipped, as for CG404. A HEALTHCHECK defined in the "
          + "image is invisible to composegen: repeat it on the service, in the model or the compose file.",
      "services:\n  web:\n    image: acme/web:1.0",
      "Add a healthcheck that probes the service, e.g. test: [\"CMD\", \"curl\", \"-f\", "
          + "\"http://localhost:8080/health\"].");

  /** CG406: no memory limit in production. */
  public static final Rule NO_MEMORY_LIMIT = new Rule("CG406", Severity.WARNING, true,
      "no memory limit in production",
      "service <name> has no memory limit, so a leak can starve every other service of the host",
      "Neither mem_limit nor deploy.resources.limits.memory is set.",
      "services:\n  web:\n    image: acme/web:1.0",
      "Set deploy.resources.limits.memory (or mem_limit) to what the service needs, e.g. 512m.");

  /** CG407: {@code container_name} in production. */
  public static final Rule FIXED_CONTAINER_NAME = new Rule("CG407", Severity.WARNING, true,
      "container_name in production",
      "container_name \"<name>\" is fixed in production, so the service cannot scale and clashes with any other "
          + "container of that name on the host",
      "A fixed container name is handy in development but in production it blocks scaling and collides with "
          + "another stack's container of the same name on the host.",
      "services:\n  web:\n    image: acme/web:1.0\n    container_name: web",
      "Drop container_name from production; keep it in the dev layer if it helps there.");

  // CG5xx: Swarm compatibility.

  /** CG501: Swarm ignores {@code build}. */
  public static final Rule SWARM_BUILD = new Rule("CG501", Severity.INFO, true,
      "Swarm ignores build",
      "docker stack deploy ignores build: Swarm only runs images it can pull",
      "docker stack deploy skips build; every node pulls the service's image from a registry.",
      "services:\n  web:\n    build: ./web\n    image: ghcr.io/acme/web:1.0",
      "Build and push the image in CI; deploy with image: only.");

  /** CG502: Swarm ignores {@code container_name}. */
  public static final Rule SWARM_CONTAINER_NAME = new Rule("CG502", Severity.INFO, true,
      "Swarm ignores container_name",
      "docker stack deploy ignores container_name: Swarm names the containers <stack>_<service>.<n>.<id>",
      "Swarm names the tasks of a service itself.",
      "services:\n  web:\n    image: acme/web:1.0\n    container_name: web",
      "Drop container_name from production; address the service by its name on the stack's network.");

  /** CG503: Swarm ignores {@code depends_on}. */
  public static final Rule SWARM_DEPENDS_ON = new Rule("CG503", Severity.INFO, true,
      "Swarm ignores depends_on",
      "docker stack deploy ignores depends_on: Swarm starts the services in any order and waits for no condition",
      "Start order and conditions such as service_healthy only hold for docker compose.",
      "services:\n  web:\n    image: acme/web:1.0\n    depends_on:\n      db: {condition: service_healthy}",
      "Make the service retry its connections at start-up; Swarm restarts it until its dependencies answer.");

  /** CG504: Swarm ignores {@code restart}. */
  public static final Rule SWARM_RESTART = new Rule("CG504", Severity.INFO, true,
      "Swarm ignores restart",
      "docker stack deploy ignores restart: <policy>: Swarm follows deploy.restart_policy, which is not set, and "
          + "restarts the service whenever it stops",
      "Swarm restarts a service's tasks by deploy.restart_policy, whose default condition is any, not by "
          + "restart; reported for restart: no and restart: on-failure, which the default does not match.",
      "services:\n  migrate:\n    image: acme/web:1.0\n    restart: on-failure",
      "Add deploy.restart_policy with the matching condition (none or on-failure) next to restart.");

  /** CG505: Swarm ignores other service attributes. */
  public static final Rule SWARM_UNSUPPORTED = new Rule("CG505", Severity.INFO, true,
      "Swarm ignores an attribute",
      "docker stack deploy ignores <attribute>",
      "docker stack deploy ignores devices, domainname, ipc, links, network_mode, pid, privileged, security_opt "
          + "and shm_size: what they set does not hold in Swarm.",
      "services:\n  web:\n    image: acme/web:1.0\n    privileged: true",
      "Remove the attribute from production if the stack is deployed with docker stack deploy.");

  /** CG506: Swarm publishes ports on every interface, ignoring {@code host_ip}. */
  public static final Rule SWARM_HOST_IP = new Rule("CG506", Severity.INFO, true,
      "Swarm ignores the host address of a published port",
      "docker stack deploy ignores host_ip <address>: Swarm publishes <port>/<protocol> on every interface of "
          + "every node",
      "Swarm's routing mesh publishes ports on all interfaces; a port bound to 127.0.0.1 for docker compose is "
          + "public under Swarm.",
      "services:\n  web:\n    image: acme/web:1.0\n    ports: [\"127.0.0.1:8080:8080\"]",
      "Restrict access with a firewall or a reverse proxy in front of the service.");

  // CG6xx: compose files as written on disk.

  /** CG601: a variable reference without a default that neither the environment nor {@code .env} sets. */
  public static final Rule UNSET_VARIABLE = new Rule("CG601", Severity.WARNING, false,
      "a variable without a default that neither the environment nor .env sets",
      "variable <name> is set neither in the environment nor in .env: Compose "
          + "substitutes an empty string",
      "Compose replaces ${NAME} and $NAME with the value of NAME in the environment it runs in, or else in the "
          + ".env file of the project folder (the folder of the first compose file), and with an empty string when "
          + "neither sets it: an image loses its tag, a port its number, a password its value. ${NAME:?message} "
          + "and ${NAME?message} make Compose stop instead. Checked in compose files read from disk "
          + "(compose:validate -Dcompose.files=...), at each reference, with the line and column of the value. "
          + "composegen reads .env for this check only: imported files keep ${NAME} as written, and no value of "
          + ".env reaches the descriptor or the generated files.",
      "services:\n  web:\n    image: \"acme/web:${TAG}\"",
      "Add NAME=value to the .env file beside the compose files (or export NAME in the shell that runs Compose), "
          + "or give the reference a default: ${NAME:-value}.");

  private static final List<Rule> ALL = List.of(
      UNDEFINED_DEPENDENCY, UNDEFINED_NETWORK, UNDEFINED_VOLUME, UNDEFINED_SECRET, UNDEFINED_CONFIG,
      UNDEFINED_VOLUMES_FROM, UNDEFINED_EXTENDS, UNDEFINED_LINK, DEPENDENCY_CYCLE, HEALTHY_WITHOUT_HEALTHCHECK,
      PORT_COLLISION, DUPLICATE_CONTAINER_NAME, CONTAINER_NAME_WITH_REPLICAS, INVALID_CONTAINER_NAME,
      MISSING_IMAGE, INVALID_INTERPOLATION, INVALID_RESOURCE_NAME, ENTRYPOINT_CLEARS_COMMAND,
      LITERAL_SECRET, PRIVILEGED, DOCKER_SOCKET, HOST_NETWORK, ALL_CAPABILITIES, PUBLISHED_DATABASE_PORT,
      AUTHENTICATION_OFF,
      ROOT_USER, UNPINNED_BASE, REPEATED_INSTRUCTION, RELATIVE_WORKDIR, SUDO, APT_WITHOUT_YES, APT_RECOMMENDS,
      APT_LISTS_KEPT, PIP_CACHE_KEPT, CONTEXT_BEFORE_DEPENDENCIES, FROM_LATER_STAGE, FROM_UNKNOWN_STAGE,
      SECRET_IN_ARG_OR_ENV,
      UNPINNED_IMAGE, BUILD_WITHOUT_IMAGE, SOURCE_BIND_MOUNT, NO_RESTART_POLICY, NO_HEALTHCHECK, NO_MEMORY_LIMIT,
      FIXED_CONTAINER_NAME,
      SWARM_BUILD, SWARM_CONTAINER_NAME, SWARM_DEPENDS_ON, SWARM_RESTART, SWARM_UNSUPPORTED, SWARM_HOST_IP,
      UNSET_VARIABLE);

  private static final Map<String, Rule> BY_CODE;

  static {
    Map<String, Rule> byCode = new LinkedHashMap<>();
    for (Rule rule : ALL) {
      if (byCode.put(rule.code(), rule) != null) {
        throw new IllegalStateException("two rules have code " + rule.code());
      }
    }
    BY_CODE = Collections.unmodifiableMap(byCode);
  }

  /** Returns every rule in code order. */
  public static List<Rule> all() {
    return ALL;
  }

  /** Returns the rule of the given code, or null when there is none. */
  public static Rule byCode(String code) {
    return BY_CODE.get(code);
  }
}
