#!/bin/bash
# Starts Elasticsearch as the official image's entrypoint does, for what the examples use.
set -eo pipefail
cd /usr/share/elasticsearch
# ELASTIC_PASSWORD_FILE and other *_FILE variables become the variables they name.
source bin/elasticsearch-env-from-file
if [ -n "${ELASTIC_PASSWORD:-}" ]; then
    [ -f config/elasticsearch.keystore ] || bin/elasticsearch-keystore create >/dev/null
    printf '%s' "$ELASTIC_PASSWORD" | bin/elasticsearch-keystore add -x -f bootstrap.password
fi
settings=(-Enetwork.host=0.0.0.0)
# Environment variables whose name holds a dot (discovery.type, xpack.security.enabled) are settings.
while IFS='=' read -r -d '' key value; do
    if [[ "$key" =~ ^[a-z0-9_]+\.[a-z0-9_.]+$ ]]; then
        settings+=("-E$key=$value")
    fi
done < <(env -0)
exec bin/elasticsearch "${settings[@]}" "$@"
