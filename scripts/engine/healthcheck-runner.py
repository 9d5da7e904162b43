"""Runs the healthchecks of running Podman containers at their intervals, in place of systemd's timers.

Podman schedules each container's healthcheck with a systemd timer; where systemd is not running (as here), a
container's health stays "starting" forever and `depends_on: condition: service_healthy` never holds. This loop
does what the timers would: every `interval` (Docker's default 30 s when unset) after a container is first seen
running, it calls `podman healthcheck run`, which records the result, the retries and the start period as usual.

Usage: python3 healthcheck-runner.py   (runs until stopped; started and stopped by scripts/engine.sh)
"""

import json
import subprocess
import time

DEFAULT_INTERVAL_NS = 30_000_000_000


def running_healthchecks():
    ids = subprocess.run(["podman", "ps", "-q", "--no-trunc"], capture_output=True, text=True).stdout.split()
    if not ids:
        return {}
    out = subprocess.run(["podman", "inspect", "--type", "container", *ids], capture_output=True, text=True)
    try:
        containers = json.loads(out.stdout or "[]")
    except json.JSONDecodeError:
        return {}
    checks = {}
    for container in containers:
        check = (container.get("Config") or {}).get("Healthcheck") or {}
        test = check.get("Test") or []
        if not test or test[0] == "NONE" or not container.get("State", {}).get("Running"):
            continue
        checks[container["Id"]] = (check.get("Interval") or DEFAULT_INTERVAL_NS) / 1e9
    return checks


def main():
    due = {}
    busy = {}
    while True:
        now = time.monotonic()
        checks = running_healthchecks()
        for cid in list(due):
            if cid not in checks:
                del due[cid]
        for cid, interval in checks.items():
            if cid not in due:
                due[cid] = now + interval
            process = busy.get(cid)
            if process is not None and process.poll() is None:
                continue
            if now >= due[cid]:
                busy[cid] = subprocess.Popen(["podman", "healthcheck", "run", cid],
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                due[cid] = now + interval
        for cid in [c for c, p in busy.items() if p.poll() is not None]:
            del busy[cid]
        time.sleep(1)


if __name__ == "__main__":
    main()
