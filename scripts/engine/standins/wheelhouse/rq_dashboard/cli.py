"""rq-dashboard's command line, as far as the tests use it: --bind, --port, --redis-url (or RQ_DASHBOARD_REDIS_URL)."""

import argparse
import html
import os

from flask import Flask
from redis import Redis
from rq import Queue, Worker


def create_app(redis_url):
    app = Flask("rq_dashboard")
    connection = Redis.from_url(redis_url)

    @app.route("/")
    def overview():
        queues = "".join(
            f"<li>{html.escape(q.name)}: {q.count} jobs</li>" for q in Queue.all(connection=connection)
        )
        workers = "".join(f"<li>{html.escape(w.name)}</li>" for w in Worker.all(connection=connection))
        return f"<h1>RQ dashboard</h1><h2>Queues</h2><ul>{queues}</ul><h2>Workers</h2><ul>{workers}</ul>"

    return app


def main():
    parser = argparse.ArgumentParser(prog="rq-dashboard")
    parser.add_argument("-b", "--bind", default="0.0.0.0")
    parser.add_argument("-p", "--port", type=int, default=9181)
    parser.add_argument("-u", "--redis-url",
                        default=os.environ.get("RQ_DASHBOARD_REDIS_URL", "redis://127.0.0.1:6379"))
    args = parser.parse_args()
    create_app(args.redis_url).run(host=args.bind, port=args.port)


if __name__ == "__main__":
    main()
