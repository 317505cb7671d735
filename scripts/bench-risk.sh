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
jar=$(ls target/shanzhi-*.jar | grep -v original | head -1)
work=$(mktemp -d); port=18094; pgport=54394
echo "data in $work"
(cd "$work" && exec java ${JAVA_OPTS:-} -jar "$OLDPWD/$jar" --server.port=$port --shanzhi.embedded-db.port=$pgport \
  --logging.level.root=WARN >"$work/app.log" 2>&1) & app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -s -o /dev/null -w "%{http_code}" "http://localhost:$port/actuator/health/readiness" | grep -q 200; do
  kill -0 $app 2>/dev/null || { cat "$work/app.log"; exit 1; }; sleep 1
done
psql="psql -q -h localhost -p $pgport -U postgres -d shanzhi -v ON_ERROR_STOP=1"
echo "loading $parties parties and $events events"
start=$(date +%s)
$psql -v parties="$parties" -v events="$events" -f scripts/bench/risk-data.sql | grep -v '^Time: [0-9.]* ms$' || true
echo "loaded in $(( $(date +%s) - start )) s"
token=$(curl -s -H 'Content-Type: application/json' -d '{"username":"demo-supervisor","password":"Demo#2026"}' \
  "http://localhost:$port/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
[[ "$token" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "sign-in failed"; exit 1; }
for i in 1 2; do
  echo "reference aggregate run $i"; $psql -f scripts/bench/risk-aggregate.sql | grep -E 'Time|[0-9]'
  echo "full recompute run $i: $(curl -s -o "$work/recompute.json" -w '%{http_code} %{time_total} s' -X POST \
    -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/risk-scores/recompute") $(cat "$work/recompute.json")"
done
cut=$(date -d '-365 days' +%F)
echo "backtest at $cut: $(curl -s -w ' (%{time_total} s)' -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"cutOff\":\"$cut\",\"horizonDays\":365,\"topShare\":0.1}" "http://localhost:$port/api/v1/risk-models/backtest")"
