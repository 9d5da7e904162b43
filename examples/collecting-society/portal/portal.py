"""A stand-in for the Pyramid web portal: one page, and a health endpoint naming the replica that answered."""
import socket

from flask import Flask, jsonify

from common import ENVIRONMENT, erpserver_status

app = Flask(__name__)


@app.get("/health")
def health():
    return jsonify(status="ok", service="portal", replica=socket.gethostname(), environment=ENVIRONMENT)


@app.get("/")
def index():
    return (f"<!doctype html><title>Repertoire</title><h1>Repertoire portal</h1>"
            f"<p>replica {socket.gethostname()}, environment {ENVIRONMENT}, erpserver {erpserver_status()}</p>")
