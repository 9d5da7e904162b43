"""Stand-in for rq-dashboard in composegen's offline tests: one HTML page listing RQ's queues and workers."""
