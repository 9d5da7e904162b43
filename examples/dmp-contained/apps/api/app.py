"""A stand-in for the Digital Marketplace data API: reports whether its PostgreSQL database answers."""
import os
import socket
from urllib.parse import urlparse

from flask import Flask, jsonify

app = Flask(__name__)

DATABASE = urlparse(os.environ.get("DATABASE_URL", "postgresql://app@db:5432/digitalmarketplace"))


def database_answers():
    try:
        with socket.create_connection((DATABASE.hostname, DATABASE.port or 5432), timeout=2):
            return True
    except OSError:
        return False


@app.get("/_status")
def status():
    up = database_answers()
    return jsonify(status="ok" if up else "error", app="api", database=DATABASE.path.lstrip("/")), 200 if up else 503


@app.get("/")
def index():
    return jsonify(links={"status": "/_status"})
