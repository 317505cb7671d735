#!/usr/bin/env bash
# Benchmark of the evaluation report (issue 6, R5): generating one agency's report over one year
# with ROWS violation rows and ROWS guidance rows in the database (default 5,000,000 each, so
# 10,000,000 in all; goal <= 3 s). Needs a built jar (./mvnw package), psql and curl. Starts the
# application on a scratch data directory with the demo city, loads the rows with
# scripts/bench/evaluation-data.sql, signs in as demo-officer-amr, then generates the market
# bureau's report for the last 365 days: 2 warm-up runs, then RUNS timed runs (the whole POST
# /api/v1/risk-evaluations: every figure computed and the draft saved).
# Usage: scripts/bench-evaluation.sh [rows=5000000] [runs=5]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-5000000}; runs=${2:-5}
source scripts/bench/app.sh
start_app 18093 54393
echo "loading $rows + $rows rows"
start=$(date +%s)
$psql -v rows="$rows" -f scripts/bench/evaluation-data.sql
echo "loaded in $(( $(date +%s) - start )) s"
token=$(sign_in demo-officer-amr)
from=$(date -d '-364 days' +%F); to=$(date +%F)
body="{\"periodFrom\":\"$from\",\"periodTo\":\"$to\"}"
for i in $(seq 1 $((runs + 2))); do
  out=$(curl -s -o "$work/report.json" -w '%{http_code} %{time_total}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d "$body" "http://localhost:$port/api/v1/risk-evaluations")
  label=$([ "$i" -le 2 ] && echo "warm-up $i" || echo "run $((i - 2))")
  echo "$label: HTTP ${out% *}, ${out#* } s"
done
echo "last report: $(sed -E 's/.*"comparison":(\{"violations":\{[^}]*\}).*/\1/' "$work/report.json" | cut -c1-300)"
echo "measures: $(sed -E 's/.*"measures":\{"acts":([0-9]+),"partiesGuided":([0-9]+).*/acts=\1 partiesGuided=\2/' "$work/report.json")"
