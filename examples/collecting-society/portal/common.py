"""What the portal, the API and the processing share: the Tryton server's address and the environment."""
import json
import os
import urllib.request

ERPSERVER_URL = os.environ.get("ERPSERVER_URL", "http://erpserver:8000")
ENVIRONMENT = os.environ.get("ENVIRONMENT", "production")


def erpserver_status():
    try:
        with urllib.request.urlopen(ERPSERVER_URL + "/health", timeout=4) as response:
            return json.load(response).get("status", "error")
    except OSError:
        return "unreachable"
