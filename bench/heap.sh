#!/usr/bin/env bash
# Runs the whole pipeline on 10,000 services with the heap capped at 256 MB (-Xmx256m) and prints the time, the
# heap live after a collection and the peak. An OutOfMemoryError fails the script.
#
#   bash bench/heap.sh [services] [max heap]      # defaults: 10000 256m
source "$(dirname "$0")/lib.sh"
bench_build
services=${1:-10000}
heap=${2:-256m}
echo "[bench] $services services, -Xmx$heap"
java -Xmx"$heap" -cp "$CP" io.composegen.benchmarks.HeapCheck "$services" 3
