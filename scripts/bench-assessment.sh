#!/usr/bin/env bash
# Benchmark of the leniency assessment through the API with 1,000,000 past cases on record
# (issue 3; goal p99 <= 20 ms). Needs: a built jar (./mvnw package), wrk and psql
# (apt-get install wrk postgresql-client). Starts the application on a scratch data directory
# with the demo city, loads the past cases with SQL, signs in as demo-officer-amr and runs wrk:
# a warm-up, then RUNS measured runs of SECONDS each with CONNECTIONS connections.
# Usage: scripts/bench-assessment.sh [rows=1000000] [runs=3] [seconds=30] [connections=4]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}; runs=${2:-3}; seconds=${3:-30}; connections=${4:-4}
source scripts/bench/app.sh
start_app 18090 54390
echo "loading $rows past cases"
$psql -v rows=$rows -f scripts/bench/past-cases.sql
$psql -At -c "select id from directory.party order by id" >"$work/bench-parties.txt"
sign_in demo-officer-amr >"$work/bench-token.txt"
token=$(cat "$work/bench-token.txt")
[[ "$token" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "sign-in failed: $token"; exit 1; }
first=$(head -1 "$work/bench-parties.txt")
check=$(curl -s -o /dev/stderr -w "%{http_code}" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"partyId\":\"$first\",\"violationCode\":\"FOOD-LABEL\",\"occurredOn\":\"$(date -d yesterday +%F)\",\"facts\":{\"harm\":\"NONE\"}}" \
  "http://localhost:$port/api/v1/leniency/assessments")
echo; [[ "$check" == 200 ]] || { echo "assessment answered $check"; exit 1; }
echo "warm-up"
wrk -t1 -c$connections -d60s -s scripts/bench/assessment.lua "http://localhost:$port" -- "$work" >/dev/null
for i in $(seq 1 "$runs"); do
  echo "run $i"
  wrk -t1 -c$connections -d${seconds}s --latency -s scripts/bench/assessment.lua "http://localhost:$port" -- "$work" \
    | grep -E "Requests/sec|Latency  |50%|75%|90%|99%|Non-2xx|requests in"
done
echo "plan of the history query (any violation, five years, the busiest kind of party):"
party=$(head -1 "$work/bench-parties.txt")
$psql -c "explain (analyze, buffers) select id from enforcement.enforcement_case where party_id = '$party'
  and status in ('DECIDED','CLOSED') and treatment <> 'NOT_ESTABLISHED'
  and occurred_on >= current_date - 1826 and occurred_on < current_date order by occurred_on desc limit 20" | grep -E "Index|Heap|Execution"
