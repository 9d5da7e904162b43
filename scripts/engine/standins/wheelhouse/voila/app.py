"""Voila's command line, as far as the examples use it: --port, --Voila.ip, --Voila.base_url, --no-browser and a
folder of notebooks. Like Voila, it lists the notebooks at the base URL and renders each under render/ by running
its code cells in a fresh Python process and showing the markdown and the outputs, not the code. Other traitlets
options (--MappingKernelManager.cull_idle_timeout=...) are accepted and reported: each render's process exits when
the notebook has run, so no idle kernel is left to cull.
"""

import argparse
import html
import json
import os
import subprocess
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

# Runs the code cells of the notebook named by argv[1] in one namespace; prints each cell's output, as JSON.
RUNNER = """
import contextlib, io, json, sys, traceback
cells = json.load(open(sys.argv[1], encoding="utf-8"))["cells"]
namespace, outputs = {"__name__": "__main__"}, []
for cell in cells:
    if cell["cell_type"] != "code":
        continue
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            exec(compile("".join(cell["source"]), "<cell>", "exec"), namespace)
    except Exception:
        out.write(traceback.format_exc())
    outputs.append(out.getvalue())
json.dump(outputs, sys.stdout)
"""


def render(path, timeout):
    with open(path, encoding="utf-8") as handle:
        cells = json.load(handle)["cells"]
    run = subprocess.run([sys.executable, "-c", RUNNER, path], capture_output=True, text=True, timeout=timeout,
                         cwd=os.path.dirname(path) or ".")
    outputs = iter(json.loads(run.stdout) if run.returncode == 0 else [run.stderr])
    body = []
    for cell in cells:
        if cell["cell_type"] == "markdown":
            body.append(f"<div class=\"markdown\"><pre>{html.escape(''.join(cell['source']))}</pre></div>")
        elif cell["cell_type"] == "code":
            body.append(f"<div class=\"output\"><pre>{html.escape(next(outputs, ''))}</pre></div>")
    title = html.escape(os.path.basename(path))
    return f"<!doctype html><html><head><title>{title}</title></head><body>{''.join(body)}</body></html>"


def handler(root, base_url, timeout):
    class Voila(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            path = unquote(self.path.split("?")[0])
            if path == base_url:
                names = sorted(n for n in os.listdir(root) if n.endswith(".ipynb"))
                links = "".join(f"<li><a href=\"{base_url}render/{html.escape(n)}\">{html.escape(n)}</a></li>"
                                for n in names)
                return self.reply(200, f"<!doctype html><html><body><h1>Voila</h1><ul>{links}</ul></body></html>")
            name = path[len(base_url + "render/"):] if path.startswith(base_url + "render/") else ""
            notebook = os.path.realpath(os.path.join(root, name))
            if not name.endswith(".ipynb") or os.path.dirname(notebook) != root or not os.path.isfile(notebook):
                return self.reply(404, "not found")
            return self.reply(200, render(notebook, timeout))

        def reply(self, status, text):
            data = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Voila


def main():
    parser = argparse.ArgumentParser(prog="voila")
    parser.add_argument("notebooks", nargs="?", default=".")
    parser.add_argument("--port", type=int, default=8866)
    parser.add_argument("--Voila.ip", dest="ip", default="localhost")
    parser.add_argument("--Voila.base_url", dest="base_url", default="/")
    parser.add_argument("--no-browser", action="store_true")
    args, others = parser.parse_known_args()
    for option in others:
        print(f"voila (stand-in): {option} accepted; every render runs in its own process, which exits after it")
    base_url = "/" + args.base_url.strip("/") + "/" if args.base_url.strip("/") else "/"
    root = os.path.realpath(args.notebooks)
    server = ThreadingHTTPServer((args.ip, args.port), handler(root, base_url, timeout=60))
    print(f"voila (stand-in): serving {root} at http://{args.ip}:{args.port}{base_url}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
