#!/usr/bin/env bash
# Benchmark of smart risk control (issue 7): with PARTIES synthetic parties and EVENTS events in the
# embedded PostgreSQL (scripts/bench/risk-data.sql; default 1,000,000 and 10,000,000), times
#  - one hand-written SQL aggregate over the same rows (scripts/bench/risk-aggregate.sql), the reference;
#  - the full recompute through the API (POST /api/v1/risk-scores/recompute; goal <= 60 s);
#  - a backtest at a cut-off a year ago (top 10 %, horizon 365 days): lift over a random draw, AUC.
# Needs a built jar (./mvnw package), psql and curl.
# Usage: scripts/bench-risk.sh [parties=1000000] [events=10000000]
set -euo pipefail
cd "$(dirname "$0")/.."
parties=${1:-1000000}; events=${2:-10000000}
source scripts/bench/app.sh
start_app 18094 54394
echo "loading $parties parties and $events events"
start=$(date +%s)
$psql -v parties="$parties" -v events="$events" -f scripts/bench/risk-data.sql | grep -v '^Time: [0-9.]* ms$' || true
echo "loaded in $(( $(date +%s) - start )) s"
token=$(sign_in demo-supervisor)
for i in 1 2; do
  echo "reference aggregate run $i"; $psql -f scripts/bench/risk-aggregate.sql | grep -E 'Time|[0-9]'
  echo "full recompute run $i: $(curl -s -o "$work/recompute.json" -w '%{http_code} %{time_total} s' -X POST \
    -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/risk-scores/recompute") $(cat "$work/recompute.json")"
done
cut=$(date -d '-365 days' +%F)
echo "backtest at $cut: $(curl -s -w ' (%{time_total} s)' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"cutOff\":\"$cut\",\"horizonDays\":365,\"topShare\":0.1}" "http://localhost:$port/api/v1/risk-models/backtest")"
