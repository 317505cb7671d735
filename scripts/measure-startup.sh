#!/usr/bin/env bash
# Time from `java ...` to the first page served (GET /login answers 200), with an existing data
# directory: one warm-up start creates ./data in a scratch directory and loads the demo city,
# then RUNS measured starts.
# Usage: scripts/measure-startup.sh RUNS java-args...   e.g. scripts/measure-startup.sh 5 -jar target/shanzhi-0.1.0-SNAPSHOT.jar
set -euo pipefail
runs=$1; shift
work=$(mktemp -d)
port=${PORT:-18080}
start() {
  (cd "$work" && exec java "$@" --server.port=$port >"$work/run.log" 2>&1) & pid=$!
}
first_page() {
  until curl -s -o /dev/null -w "%{http_code}" "http://localhost:$port/login" 2>/dev/null | grep -q 200; do
    kill -0 $pid 2>/dev/null || { cat "$work/run.log"; exit 1; }
    sleep 0.05
  done
}
args=()
for a in "$@"; do [[ "$a" = /* || ! -e "$a" ]] && args+=("$a") || args+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")"); done
# the warm-up start: waits until the demo city is loaded (readiness comes after the start-up
# runners), so that the measured starts find a complete data directory
start "${args[@]}"
until curl -s -o /dev/null -w "%{http_code}" "http://localhost:$port/actuator/health/readiness" 2>/dev/null | grep -q 200; do
  kill -0 $pid 2>/dev/null || { cat "$work/run.log"; exit 1; }
  sleep 0.5
done
kill $pid; wait $pid 2>/dev/null || true
results=()
for i in $(seq 1 "$runs"); do
  t0=$(date +%s%N); start "${args[@]}"; first_page; t1=$(date +%s%N)
  ms=$(( (t1 - t0) / 1000000 )); results+=("$ms"); echo "start $i: first page after $ms ms"
  kill $pid; wait $pid 2>/dev/null || true
done
median=$(printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "median: $median ms over $runs starts"
rm -rf "$work"
