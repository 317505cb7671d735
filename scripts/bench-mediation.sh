#!/usr/bin/env bash
# Benchmark of mediation (issue 5): full GENERAL lifecycles through the JSON API (start, two
# consents, acceptance, a session, the agreement signed by both: 6 requests, two numbered
# documents) run by CLIENTS concurrent clients, as a ratio to pgbench's TPC-B-like transactions
# per second measured in the same run (../shared/tools/pgbench-reference 30 CLIENTS, before and
# after). Needs a built jar (./mvnw package), psql (apt-get install postgresql-client) and JDK 17.
# Starts the application on a scratch data directory with the demo city, signs in as
# demo-mediator, warms up, then RUNS runs of SECONDS each with scripts/bench/MediationLifecycles.java.
# Usage: scripts/bench-mediation.sh [runs=3] [seconds=30] [clients=16]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; seconds=${2:-30}; clients=${3:-16}
jar=$(ls target/shanzhi-*.jar | grep -v original | head -1)
work=$(mktemp -d); port=18092; pgport=54392
echo "data in $work"
(cd "$work" && exec java ${JAVA_OPTS:-} -jar "$OLDPWD/$jar" --server.port=$port --shanzhi.embedded-db.port=$pgport \
  --logging.level.root=WARN >"$work/app.log" 2>&1) & app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -s -o /dev/null -w "%{http_code}" "http://localhost:$port/actuator/health/readiness" | grep -q 200; do
  kill -0 $app 2>/dev/null || { cat "$work/app.log"; exit 1; }; sleep 1
done
psql="psql -q -h localhost -p $pgport -U postgres -d shanzhi -v ON_ERROR_STOP=1"
$psql -At -c "select id from directory.party order by id" >"$work/parties.txt"
curl -s -H 'Content-Type: application/json' -d '{"username":"demo-mediator","password":"Demo#2026"}' \
  "http://localhost:$port/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/' >"$work/token.txt"
[[ "$(cat "$work/token.txt")" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "sign-in failed"; exit 1; }
driver="java scripts/bench/MediationLifecycles.java http://localhost:$port $work/token.txt $work/parties.txt"
reference=../shared/tools/pgbench-reference
echo "pgbench before: $($reference 30 "$clients" | tail -1)"
echo "warm-up (120 s: the JIT is still compiling after 60)"; $driver "$clients" 120 2>/dev/null
for i in $(seq 1 "$runs"); do
  echo "run $i"
  vmstat 5 $((seconds / 5)) | awk 'NR > 3 { us += $13; sy += $14; id += $15; wa += $16; n++ }
    END { if (n) printf "cpu during the run: user %d%% system %d%% idle %d%% iowait %d%%\n", us/n, sy/n, id/n, wa/n }' & vm=$!
  $driver "$clients" "$seconds" 2> >(sort | uniq -c | sort -rn | head -3 >&2)
  wait $vm
done
echo "pgbench after: $($reference 30 "$clients" | tail -1)"
echo "cases on record: $($psql -At -c "select status, count(*) from mediation.mediation_case group by status order by 1" | tr '\n' ' ')"
