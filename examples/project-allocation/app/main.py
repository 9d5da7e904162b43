"""Project allocation's API: enqueues jobs on Redis for the RQ worker and reports their results."""

import os

from flask import Flask, jsonify
from redis import Redis
from rq import Queue
from rq.job import Job

import jobs

app = Flask(__name__)
redis = Redis.from_url(os.environ.get("REDIS_URL", "redis://redis:6379/0"))
queue = Queue(connection=redis)


@app.route("/health")
def health():
    redis.ping()
    return "ok\n"


@app.route("/add/<int:a>/<int:b>", methods=["POST"])
def enqueue_add(a, b):
    job = queue.enqueue(jobs.add, a, b)
    return jsonify(id=job.id), 202


@app.route("/jobs/<job_id>")
def job_status(job_id):
    job = Job.fetch(job_id, connection=redis)
    return jsonify(id=job.id, status=job.get_status(), result=job.result)
