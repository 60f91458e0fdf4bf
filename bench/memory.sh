#!/usr/bin/env bash
# Memory benchmark (issue 9): with a 256 MB heap, a large JSON Lines capture, a browser HAR whose
# frames are all in ONE entry, and a gzipped JSON Lines capture each validate in bounded memory,
# counting every message. Prints max RSS (from /usr/bin/time -v), wall time, the summary line and
# the exit code of each run (3 is expected: the generated captures hold deliberate problems,
# malformed lines among them).
#   bench/memory.sh [SIZE_MB] [HEAP]     (defaults: 1024 MB, 256m; SIZE_MB is uncompressed)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1024}
heap=${2:-256m}
dir=${BENCH_DIR:-target/bench}
if [ ! -f validator-cli/target/pushcheck.jar ] || [ ! -f validator-benchmarks/target/benchmarks.jar ]; then
  ./mvnw -q -B -DskipTests package -pl validator-cli,validator-benchmarks -am
fi
mkdir -p "$dir"
for kind in jsonl har jsonl.gz; do
  capture="$dir/memory-${size_mb}mb.$kind"
  [ -f "$capture" ] || java -cp validator-benchmarks/target/benchmarks.jar \
    dev.pushcheck.bench.CaptureGenerator "$capture" "$size_mb"
  stats=$(mktemp)
  out=$(mktemp)
  set +e
  /usr/bin/time -v -o "$stats" java "-Xmx$heap" -jar validator-cli/target/pushcheck.jar \
    validate --quiet "$capture" >"$out" 2>&1
  code=$?
  set -e
  rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$stats")
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$stats")
  printf '%-28s %6s MB on disk  max RSS %4d MB  wall %s  exit %d\n' \
    "$(basename "$capture")" "$(( $(stat -c %s "$capture") >> 20 ))" "$(( rss_kb / 1024 ))" \
    "$wall" "$code"
  grep -E '^[0-9]+ messages?:|pushcheck:' "$out" | sed 's/^/    /'
  rm -f "$stats" "$out"
done
