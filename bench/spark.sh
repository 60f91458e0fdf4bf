#!/usr/bin/env bash
# The Spark job against the CLI on the same capture (issue 15): wall time and throughput of
#   pushcheck validate --threads 1 / --threads 2            (the CLI, one JVM)
#   pushcheck-spark --master local[1] / local[2]            (the job, Spark in one JVM)
# on the same generated capture in two layouts: one JSON Lines file (the job reads it in parts of
# --split-size, then sequences it in one task), and an archive of 16 gzip'd JSON Lines files (one
# task per file, nothing shuffled).
#   bench/spark.sh [SIZE_MB] [SPLIT_BYTES]     (defaults: 1024 MB, 134217728)
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-1024}
split=${2:-134217728}
dir=${BENCH_DIR:-target/bench}
capture=$dir/capture-${size_mb}mb.jsonl
./mvnw -q -B -DskipTests install -pl validator-cli,validator-benchmarks,validator-spark -am
./mvnw -q -B -pl validator-spark dependency:build-classpath -Dmdep.includeScope=provided \
  -Dmdep.outputFile="$PWD/$dir/spark-classpath.txt"
mkdir -p "$dir"
[ -f "$capture" ] || java -cp validator-benchmarks/target/benchmarks.jar \
  dev.pushcheck.bench.CaptureGenerator "$capture" "$size_mb"
# What spark-submit adds on Java 17 (the module's spark.jvm.options).
read -r -a opens <<<"$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' validator-spark/pom.xml)"
classpath="validator-spark/target/pushcheck-spark.jar:$(cat "$dir/spark-classpath.txt")"
archive=$dir/archive-${size_mb}mb
if [ ! -d "$archive" ]; then
  mkdir -p "$archive"
  split -n l/16 -d --additional-suffix=.jsonl "$capture" "$archive/capture-"
  gzip "$archive"/*.jsonl
fi
bytes=$(stat -c %s "$capture")

measure() { # label, command...
  local label=$1 start end
  shift
  start=$(date +%s.%N)
  "$@" >"$dir/out.txt" 2>"$dir/err.txt" || true
  end=$(date +%s.%N)
  local messages
  messages=$(grep -oE '^[0-9]+ messages' "$dir/out.txt" | grep -oE '[0-9]+' || echo 0)
  awk -v l="$label" -v s="$start" -v e="$end" -v b="$bytes" -v m="$messages" 'BEGIN {
    w = e - s; printf "%-34s wall %7.1f s  %7.1f MB/s  %9.0f msg/s  (%d messages)\n", l, w, b / w / 1e6, m / w, m }'
}

for input in "$capture" "$archive"; do
  echo "$input ($bytes bytes uncompressed), $(nproc) cores"
  for threads in 1 2; do
    measure "pushcheck validate --threads $threads" \
      java -jar validator-cli/target/pushcheck.jar validate --quiet --threads "$threads" "$input"
  done
  for cores in 1 2; do
    measure "pushcheck-spark local[$cores]" \
      java "${opens[@]}" -Xmx2g -cp "$classpath" dev.pushcheck.spark.SparkJob \
        --master "local[$cores]" --split-size "$split" --output "$dir/spark-out" "$input"
  done
done
