"""A landing page and the healthcheck."""
from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render


def index(request):
    providers = [name for name, oauth in settings.OAUTH.items() if oauth["client_id"] and oauth["secret"]]
    channel = "stable" if settings.PRODUCTION else "latest"
    return render(request, "core/index.html", {"channel": channel, "providers": providers})


def health(request):
    """Healthy when the SQLite database on the data volume opens."""
    connection.ensure_connection()
    return JsonResponse({"status": "ok"})
