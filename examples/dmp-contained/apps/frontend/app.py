"""A stand-in for a Digital Marketplace frontend: a page that asks both APIs and counts its views in Redis."""
import json
import os
import urllib.error
import urllib.request

from flask import Flask, jsonify
from redis import Redis

app = Flask(__name__)

redis = Redis.from_url(os.environ.get("REDIS_URL", "redis://redis:6379/0"))
APIS = {
    "api": os.environ.get("DM_DATA_API_URL", "http://api:5000"),
    "search-api": os.environ.get("DM_SEARCH_API_URL", "http://search-api:5009"),
}


def status_of(url):
    # The search API asks Elasticsearch with a 4 s timeout of its own: wait longer than that for its answer.
    try:
        with urllib.request.urlopen(url + "/_status", timeout=10) as response:
            return json.load(response).get("status", "error")
    except urllib.error.HTTPError as e:
        return f"error (HTTP {e.code})"
    except OSError:
        return "unreachable"


@app.get("/_status")
def status():
    try:
        redis.ping()
    except Exception:  # any Redis failure makes the frontend unhealthy
        return jsonify(status="error", app="frontend", redis="unreachable"), 503
    return jsonify(status="ok", app="frontend")


@app.get("/")
def index():
    views = redis.incr("views")
    apis = "".join(f"<li>{name}: {status_of(url)}</li>" for name, url in APIS.items())
    return f"<!doctype html><title>Digital Marketplace</title><h1>Digital Marketplace</h1><ul>{apis}</ul>" \
           f"<p>{views} views</p>"
