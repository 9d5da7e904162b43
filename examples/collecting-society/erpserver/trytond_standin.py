"""A stand-in for the Tryton server (trytond): answers on Tryton's port 8000 and checks what trytond would need."""
import os
import socket

from flask import Flask, jsonify

app = Flask(__name__)


def secret_present(variable):
    path = os.environ.get(variable)
    return bool(path) and os.path.isfile(path) and os.path.getsize(path) > 0


def database_answers():
    try:
        with socket.create_connection(("db", 5432), timeout=2):
            return True
    except OSError:
        return False


@app.get("/health")
def health():
    ready = database_answers() and secret_present("DB_PASSWORD_FILE") and secret_present("TRYTONPASSFILE")
    return jsonify(status="ok" if ready else "error", database=os.environ.get("DB_NAME"),
                   environment=os.environ.get("ENVIRONMENT")), 200 if ready else 503
