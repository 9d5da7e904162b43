"""A landing page that shows what the web service reaches, and the healthcheck."""
import base64
import json
import urllib.request

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render

from coped.settings import read_secret


def _elasticsearch_status():
    request = urllib.request.Request(settings.ELASTICSEARCH_URL + "/_cluster/health")
    credentials = f"{settings.ELASTICSEARCH_USERNAME}:{read_secret('ELASTICSEARCH_PASSWORD', '')}"
    request.add_header("Authorization", "Basic " + base64.b64encode(credentials.encode()).decode())
    try:
        with urllib.request.urlopen(request, timeout=3) as response:
            return json.load(response).get("status", "unknown")
    except OSError as error:
        return f"unreachable ({error})"


def index(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()")
        database = cursor.fetchone()[0]
    return render(request, "coped/index.html", {"database": database, "search": _elasticsearch_status()})


def health(request):
    """Healthy when the database answers: what gunicorn needs to serve anything useful."""
    connection.ensure_connection()
    return JsonResponse({"status": "ok"})
