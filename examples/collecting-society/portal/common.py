"""What the portal, the API and the processing share: the Tryton server's address and the environment."""
import json
import os
import urllib.error
import urllib.request

ERPSERVER_URL = os.environ.get("ERPSERVER_URL", "http://erpserver:8000")
ENVIRONMENT = os.environ.get("ENVIRONMENT", "production")


def erpserver_status():
    # The erpserver's health asks PostgreSQL first: wait longer than that may take on a busy host.
    try:
        with urllib.request.urlopen(ERPSERVER_URL + "/health", timeout=10) as response:
            return json.load(response).get("status", "error")
    except urllib.error.HTTPError as e:
        return f"error (HTTP {e.code})"
    except OSError:
        return "unreachable"
