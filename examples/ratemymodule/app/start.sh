#!/bin/sh
# What the seed's Dockerfile wrote into /app/entrypoint.sh with printf: migrate the SQLite database on the data
# volume, collect the static files into the volume nginx serves, then run the command (gunicorn in the image,
# Django's development server in the dev layer).
set -eu
python manage.py migrate --no-input
python manage.py collectstatic --no-input --verbosity 0
exec "$@"
