"""A stand-in for the Digital Marketplace search API: answers from Elasticsearch."""
import base64
import json
import os
import urllib.request

from flask import Flask, jsonify, request

app = Flask(__name__)

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "http://elasticsearch:9200")


def elasticsearch(path):
    req = urllib.request.Request(ELASTICSEARCH_URL + path)
    password_file = os.environ.get("ELASTICSEARCH_PASSWORD_FILE")
    if password_file:
        with open(password_file, encoding="utf-8") as f:
            credentials = os.environ.get("ELASTICSEARCH_USERNAME", "elastic") + ":" + f.read().strip()
        req.add_header("Authorization", "Basic " + base64.b64encode(credentials.encode()).decode())
    with urllib.request.urlopen(req, timeout=4) as response:
        return json.load(response)


@app.get("/_status")
def status():
    try:
        health = elasticsearch("/_cluster/health")["status"]
    except OSError:
        health = "unreachable"
    up = health in ("green", "yellow")
    return jsonify(status="ok" if up else "error", app="search-api", elasticsearch=health), 200 if up else 503


@app.get("/search")
def search():
    query = request.args.get("q", "")
    try:
        hits = elasticsearch("/_search?q=" + urllib.request.quote(query))["hits"]["total"]["value"] if query else 0
    except OSError:
        return jsonify(error="search unavailable"), 503
    return jsonify(query=query, hits=hits)
