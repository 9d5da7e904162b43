"""A stand-in for the Pyramid web API."""
from flask import Flask, jsonify

from common import ENVIRONMENT, erpserver_status

app = Flask(__name__)


@app.get("/health")
def health():
    return jsonify(status="ok", service="api", environment=ENVIRONMENT)


@app.get("/v1/status")
def status():
    return jsonify(erpserver=erpserver_status(), environment=ENVIRONMENT)
