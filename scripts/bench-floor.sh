#!/usr/bin/env bash
# The request floor of the stack (issue 4's analysis): how many requests a second the
# application answers, with the same 16 connections as the guidance benchmark, for requests
# that do (almost) no work of their own, measured in the same run as pgbench's TPC-B-like
# reference: GET /actuator/health/liveness (no sign-in: Tomcat, the security filter chain,
# Spring MVC, JSON) and GET /api/v1/calendar/working-days (a bearer token checked, a cached
# answer). No request of the application can be cheaper than these.
# Usage: scripts/bench-floor.sh [seconds=30] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}; connections=${2:-16}
source scripts/bench/app.sh
start_app 18091 54391
token=$(sign_in demo-officer-amr)
reference=../shared/tools/pgbench-reference
echo "pgbench before: $($reference 30 "$connections" | tail -1)"
day=$(date +%F)
for round in warm-up 1 2 3; do
  d=$seconds; [ "$round" = warm-up ] && d=30
  echo "liveness $round: $(wrk -t2 -c"$connections" -d${d}s "http://localhost:$port/actuator/health/liveness" | grep -E 'Requests/sec|Non-2xx' | tr '\n' ' ')"
  echo "working-days $round: $(wrk -t2 -c"$connections" -d${d}s -H "Authorization: Bearer $token" \
    "http://localhost:$port/api/v1/calendar/working-days?from=$day&plus=5" | grep -E 'Requests/sec|Non-2xx' | tr '\n' ' ')"
done
echo "pgbench after: $($reference 30 "$connections" | tail -1)"
