#!/usr/bin/env bash
# Time from `java ...` to the first page served (GET /login answers 200), with an existing data
# directory. One warm-up start creates ./data in a scratch directory and loads the demo city
# (it waits for readiness, which comes after the start-up runners); then RUNS rounds, each
# starting every launch once, in turn, so that launches compared are measured alternately on
# the same machine state. Prints every start and each launch's median.
# Usage: scripts/measure-startup.sh RUNS "java args of launch 1" ["java args of launch 2" ...]
#   e.g. scripts/measure-startup.sh 5 "-jar target/app/shanzhi-0.1.0-SNAPSHOT.jar" \
#          "-jar target/shanzhi-0.1.0-SNAPSHOT.jar" "-Dspring.aot.enabled=false -jar target/shanzhi-0.1.0-SNAPSHOT.jar"
set -euo pipefail
runs=$1; shift
work=$(mktemp -d)
port=${PORT:-18080}
pid=
trap 'if [ -n "$pid" ]; then kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; fi; rm -rf "$work"' EXIT
# each launch's arguments, with paths made absolute (java runs in the scratch directory)
launches=()
for launch in "$@"; do
  resolved=()
  for a in $launch; do [[ "$a" = /* || ! -e "$a" ]] && resolved+=("$a") || resolved+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")"); done
  launches+=("${resolved[*]}")
done
start() {
  # shellcheck disable=SC2086
  (cd "$work" && exec java $1 --server.port=$port >"$work/run.log" 2>&1) & pid=$!
}
wait_for() {
  local deadline=$(( $(date +%s) + 600 ))
  until curl -s -o /dev/null -w "%{http_code}" "http://localhost:$port$1" 2>/dev/null | grep -q 200; do
    kill -0 $pid 2>/dev/null || { cat "$work/run.log"; exit 1; }
    [ "$(date +%s)" -lt $deadline ] || { echo "no answer from $1 within 10 minutes"; tail -n 40 "$work/run.log"; exit 1; }
    sleep "$2"
  done
}
stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }
start "${launches[0]}"; wait_for /actuator/health/readiness 0.5; stop
declare -A results
for i in $(seq 1 "$runs"); do
  for l in "${!launches[@]}"; do
    t0=$(date +%s%N); start "${launches[$l]}"; wait_for /login 0.05; t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 )); results[$l]+="$ms "
    echo "round $i, launch $((l + 1)): first page after $ms ms"
    sleep 1; stop
  done
done
for l in "${!launches[@]}"; do
  median=$(printf '%s\n' ${results[$l]} | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  echo "launch $((l + 1)) (java ${launches[$l]}): median $median ms over $runs starts [${results[$l]% }]"
done
