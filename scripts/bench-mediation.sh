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
source scripts/bench/app.sh
start_app 18092 54392
$psql -At -c "select id from directory.party order by id" >"$work/parties.txt"
sign_in demo-mediator >"$work/token.txt"
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
