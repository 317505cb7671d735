#!/usr/bin/env bash
# Benchmark of automatic early warning (issue 7): enforcement cases opened through the API at RATE
# per second for SECONDS (scripts/bench/EventLoad.java) for the demo city's market-bureau parties
# (random, all categories); each case is an event that rescores its party after commit, and a party's rise
# to HIGH opens a warning. Reports, from the database, the latency from each case's creation time
# (created_at, taken in the request before its commit) to the warning it triggered: p50, p99, max. Goal: p99 <= 1 s
# at 50 events/s. Needs a built jar (./mvnw package), psql and a JDK.
# Usage: scripts/bench-warnings.sh [rate=50] [seconds=60]
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-50}; seconds=${2:-60}
source scripts/bench/app.sh
start_app 18095 54395
$psql -At -c "select id from directory.party order by id" >"$work/parties.txt"
sign_in demo-officer-amr >"$work/token.txt"
start=$($psql -At -c "select now()")
java scripts/bench/EventLoad.java "http://localhost:$port" "$work/token.txt" "$work/parties.txt" "$rate" "$seconds"
sleep 5
echo "cases opened: $($psql -At -c "select count(*) from enforcement.enforcement_case where created_at >= '$start'")"
echo "event to warning (s): $($psql -At -F ' ' -c "
  select count(*), round(percentile_cont(0.5) within group (order by l)::numeric, 3),
         round(percentile_cont(0.99) within group (order by l)::numeric, 3), round(max(l)::numeric, 3)
  from (select extract(epoch from w.opened_at - c.created_at) as l
        from risk.warning w join enforcement.enforcement_case c on c.id = w.trigger_id
        where w.trigger_type = 'CASE_OPENED' and c.created_at >= '$start') t")"
echo "(count, p50, p99, max)"
