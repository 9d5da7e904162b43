#!/bin/sh
# Collects the static files into the volume nginx serves, migrates only when asked to (development), then runs
# the command: gunicorn from the image, or Django's development server in the dev layer.
set -eu
python manage.py collectstatic --no-input --verbosity 0
if [ "${DJANGO_MIGRATE_ON_START:-0}" = "1" ]; then
  python manage.py migrate --no-input
fi
exec "$@"
