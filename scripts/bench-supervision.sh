#!/usr/bin/env bash
# Benchmark of the city-wide assessment (issue 11): with AGENCIES agencies and EVENTS records of the
# current year in the embedded PostgreSQL (scripts/bench/supervision-data.sql; default 50 and
# 10,000,000), times the assessment run through the API (POST /api/v1/assessments/{year}/runs; goal
# <= 10 s), three times, and checks the runs give the same fingerprint.
# Needs a built jar (./mvnw package), psql, curl and jq.
# Usage: scripts/bench-supervision.sh [agencies=50] [events=10000000]
set -euo pipefail
cd "$(dirname "$0")/.."
agencies=${1:-50}; events=${2:-10000000}; year=$(date +%Y)
source scripts/bench/app.sh
start_app 18095 54395
echo "loading $agencies agencies and $events records of $year"
start=$(date +%s)
$psql -v agencies="$agencies" -v events="$events" -v year="$year" -f scripts/bench/supervision-data.sql \
  | grep -v '^Time: [0-9.]* ms$' || true
echo "loaded in $(( $(date +%s) - start )) s"
token=$(sign_in demo-supervisor)
for i in 1 2 3; do
  curl -s -o "$work/run.json" -w "run $i: HTTP %{http_code} in %{time_total} s; " -X POST \
    -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/assessments/$year/runs"
  jq -r '"agencies \(.ranking | length), computed in \(.millis) ms, fingerprint \(.fingerprint[0:16]), top \(.ranking[0].agencyName) \(.ranking[0].total)"' "$work/run.json"
done
