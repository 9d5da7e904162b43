#!/bin/sh
# Entrypoint of the redis:7.0 stand-in, after the official image's: options alone run redis-server; as root, it
# takes /data and drops to the redis user; protected mode is off, as the official build sets it.
set -e
case "$1" in -*|*.conf) set -- redis-server "$@" ;; esac
if [ "$1" = redis-server ] && [ "$(id -u)" = 0 ]; then
    find . \! -user redis -exec chown redis:redis '{}' +
    exec setpriv --reuid=redis --regid=redis --init-groups "$0" "$@"
fi
if [ "$1" = redis-server ]; then
    shift
    case "$1" in
        *.conf) conf="$1"; shift; set -- redis-server "$conf" --protected-mode no "$@" ;;
        *) set -- redis-server --protected-mode no "$@" ;;
    esac
fi
exec "$@"
