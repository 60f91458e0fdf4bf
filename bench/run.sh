#!/usr/bin/env bash
# Whole-process benchmark: generate a large JSON Lines capture and time `pushcheck validate` on it
# with a small heap, to show that memory does not grow with input size.
#   bench/run.sh [SIZE_MB] [HEAP]     (defaults: 1024 MB, -Xmx256m)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1024}
heap=${2:-256m}
capture=${BENCH_DIR:-target/bench}/capture-${size_mb}mb.jsonl
./mvnw -q -B -DskipTests package -pl validator-cli,validator-benchmarks -am
mkdir -p "$(dirname "$capture")"
[ -f "$capture" ] || java -cp validator-benchmarks/target/benchmarks.jar dev.pushcheck.bench.CaptureGenerator "$capture" "$size_mb"
echo "pushcheck validate --quiet $capture  (java -Xmx$heap, $(nproc) cores)"
/usr/bin/time -f "wall %e s, max RSS %M KB, exit %x" \
  java "-Xmx$heap" -jar validator-cli/target/pushcheck.jar validate --quiet "$capture" || true
