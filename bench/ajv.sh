#!/usr/bin/env bash
# pushcheck against ajv (issue 10): the same API 3.6 pushes, validated by pushcheck and by the
# script a user would write with ajv 8 and pushcheck's own exported schemas (bench/ajv-validate.mjs),
# whole processes, interleaved, ROUNDS times each; prints the median wall time of each and the
# ratio ajv/pushcheck (above 1: pushcheck is faster). Two captures: every 3.6 push in turn
# (COUNT pushes), and incoming_chat only (COUNT/4). One line in a hundred has a defect both see.
# pushcheck runs through its launcher (./pushcheck, the JVM options it ships with) and, for
# comparison, as `java -jar` with the JVM's defaults.
# Also the small case: one push, against ajv-cli 5 on the same file.
# Node and ajv are installed by npm into the scratch folder; nothing outside it is touched (but the
# launcher's class-data archive, under ~/.cache/pushcheck or PUSHCHECK_CACHE).
#   bench/ajv.sh [COUNT] [ROUNDS]      (defaults: 200000 pushes, 5 rounds)
# Extra pushcheck JVM options go in PUSHCHECK_JAVA_OPTS (e.g. -Xmx256m), as for the launcher.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-200000}
rounds=${2:-5}
dir=${BENCH_DIR:-target/bench}
jar=validator-cli/target/pushcheck.jar
if [ ! -f "$jar" ] || [ ! -f validator-benchmarks/target/benchmarks.jar ]; then
  ./mvnw -q -B -DskipTests package -pl validator-cli,validator-benchmarks -am
fi
command -v node >/dev/null || { echo "bench/ajv.sh needs Node.js and npm" >&2; exit 2; }
mkdir -p "$dir/ajv"
if [ ! -d "$dir/ajv/node_modules/ajv" ]; then
  cp validator-core/src/test/ajv/package.json validator-core/src/test/ajv/package-lock.json "$dir/ajv/"
  (cd "$dir/ajv" && npm ci --silent --no-audit --no-fund)
fi
if [ ! -d "$dir/ajv-cli/node_modules/ajv-cli" ]; then
  mkdir -p "$dir/ajv-cli"
  (cd "$dir/ajv-cli" && echo '{"private": true}' >package.json &&
    npm install --silent --no-audit --no-fund ajv-cli@5.0.0 ajv-formats@3.0.1)
fi
cp bench/ajv-validate.mjs "$dir/ajv/"
rm -rf "$dir/schemas-3.6"
java -jar "$jar" schemas export 3.6 "$dir/schemas-3.6" >/dev/null
mix="$dir/pushes-$count.jsonl"
chats="$dir/incoming_chat-$((count / 4)).jsonl"
[ -f "$mix" ] || java -cp validator-benchmarks/target/benchmarks.jar dev.pushcheck.bench.PushCapture "$mix" "$count"
[ -f "$chats" ] || java -cp validator-benchmarks/target/benchmarks.jar dev.pushcheck.bench.PushCapture "$chats" "$((count / 4))" incoming_chat

# wall seconds of one run; its output is kept in $dir/last-<name>.out
timed() {
  local name=$1; shift
  local start end
  start=$(date +%s.%N)
  "$@" >"$dir/last-$name.out" 2>&1 || true
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f\n", b - a}' 
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# The small case: one push, whole processes (JVM or Node start and schema loading included).
head -1 "$mix" >"$dir/one-push.json"
./pushcheck validate --quiet "$dir/one-push.json" >/dev/null || true # writes the launcher's class-data archive
one_ajv() {
  (cd "$dir/schemas-3.6" && ../ajv-cli/node_modules/.bin/ajv validate --spec=draft2020 --strict=false \
    -c ajv-formats -s push.schema.json -r "objects/*.json" -r "payloads/*.json" -r envelope.schema.json \
    -d ../one-push.json)
}
: >"$dir/times-one-ajv"; : >"$dir/times-one-pushcheck"
for ((r = 1; r <= rounds; r++)); do
  timed one-ajv one_ajv >>"$dir/times-one-ajv"
  timed one-pushcheck ./pushcheck validate --quiet "$dir/one-push.json" >>"$dir/times-one-pushcheck"
done

echo "$(nproc) cores, $(java -version 2>&1 | head -1), node $(node --version), ajv $(node -p "require('./$dir/ajv/node_modules/ajv/package.json').version")"
echo
echo "one push, median of $rounds"
echo "  ajv-cli:   $(cat "$dir/last-one-ajv.out")"
echo "  pushcheck: $(cat "$dir/last-one-pushcheck.out")"
printf '  %-52s %6.2f s\n' "ajv validate (ajv-cli 5)" "$(median <"$dir/times-one-ajv")"
printf '  %-52s %6.2f s\n' "./pushcheck validate --quiet" "$(median <"$dir/times-one-pushcheck")"

for capture in "$mix" "$chats"; do
  : >"$dir/times-ajv" ; : >"$dir/times-t1" ; : >"$dir/times-default" ; : >"$dir/times-jar"
  for ((r = 1; r <= rounds; r++)); do
    timed ajv node "$dir/ajv/ajv-validate.mjs" "$dir/schemas-3.6" "$capture" >>"$dir/times-ajv"
    timed t1 ./pushcheck validate --threads 1 --quiet "$capture" >>"$dir/times-t1"
    timed default ./pushcheck validate --quiet "$capture" >>"$dir/times-default"
    # shellcheck disable=SC2086
    timed jar java ${PUSHCHECK_JAVA_OPTS:-} -jar "$jar" validate --threads 1 --quiet "$capture" >>"$dir/times-jar"
  done
  a=$(median <"$dir/times-ajv"); t1=$(median <"$dir/times-t1"); td=$(median <"$dir/times-default")
  tj=$(median <"$dir/times-jar")
  echo
  echo "$(basename "$capture") ($(du -m "$capture" | cut -f1) MB), median of $rounds"
  echo "  ajv:       $(cat "$dir/last-ajv.out")"
  echo "  pushcheck: $(cat "$dir/last-t1.out")"
  printf '  %-52s %6.2f s  ratio 1.00\n' "ajv 8 script" "$a"
  row() { printf '  %-52s %6.2f s  ratio %.2f\n' "$1" "$2" "$(awk -v a="$a" -v b="$2" 'BEGIN {print a / b}')"; }
  row "./pushcheck validate --threads 1 --quiet" "$t1"
  row "./pushcheck validate --quiet (default threads)" "$td"
  row "java -jar pushcheck.jar validate --threads 1 --quiet" "$tj"
done
