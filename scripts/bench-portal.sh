#!/usr/bin/env bash
# Load test of the public portal (issue 8): USERS concurrent members of the public submitting
# complaints (POST /api/v1/public/applications, each with its own phone and Idempotency-Key) and
# tracking them (GET /api/v1/public/applications/{number}?phone=), each waiting THINK_MS (±50 %)
# between actions, for SECONDS (scripts/bench/PortalLoad.java), against the packaged jar with the
# demo city on a scratch data directory. All virtual users come from one address, so the per-address
# limit of the public API (120 a minute, meant for one person) is raised for the run; the limits per
# phone (ten submissions an hour) stay on. Then once more with THINK_MS 0 (flat out), for the
# server's capacity. Goal: p99 <= 300 ms and no errors but intended 429s.
# Needs a built jar (./mvnw package) and a JDK. Usage: scripts/bench-portal.sh [users=200] [seconds=60] [think_ms=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-200}; seconds=${2:-60}; think=${3:-1000}
JAVA_OPTS="${JAVA_OPTS:-} -Dshanzhi.rate-limit.public-per-minute=100000000"
source scripts/bench/app.sh
start_app 18097 54397
curl -s -o /dev/null "http://localhost:$port/api/v1/public/service-items"
echo "warm-up (20 s, 50 users):"
java scripts/bench/PortalLoad.java "http://localhost:$port" 50 20 "$think" | head -1
echo "measured:"
java scripts/bench/PortalLoad.java "http://localhost:$port" "$users" "$seconds" "$think"
echo "flat out (think 0):"
java scripts/bench/PortalLoad.java "http://localhost:$port" "$users" 30 0
