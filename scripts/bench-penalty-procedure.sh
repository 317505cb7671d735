#!/usr/bin/env bash
# Benchmark of the penalty procedure (issue 23): whole ordinary-procedure cases through the JSON
# API (10 steps a case: registration, filing, an inquiry record, the report, the prior notice,
# its delivery, the waiver, the head's decision, its delivery, the closing) run by CLIENTS
# concurrent clients, and in the same run the workflow-engine reference
# ../shared/tools/flowable-anchor/run.sh CLIENTS 45 20 (a five-user-task process, in-process, on
# its own embedded PostgreSQL). Goal: procedure steps per second >= 5 x Flowable's user tasks per
# second (its lifecycles/s x 5). Needs a built jar (./mvnw package), psql and JDK 17.
# Usage: scripts/bench-penalty-procedure.sh [runs=3] [seconds=30] [clients=16]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; seconds=${2:-30}; clients=${3:-16}
source scripts/bench/app.sh
start_app 18093 54393
$psql -At -c "select id from directory.party order by id" >"$work/parties.txt"
$psql -At -c "select o.id from directory.officer o join security.account a on a.officer_id = o.id
  where a.username in ('demo-officer-amr', 'demo-officer-amr-2') order by a.username" >"$work/officers.txt"
# the last working day before today, at ten (an on-site act outside the prohibited periods)
held=$($psql -At -c "select d::date from generate_series(current_date - 1, current_date - 14, interval '-1 day') d
  where (extract(isodow from d) < 6 and d::date not in (select day from calendar.calendar_day where kind = 'HOLIDAY'))
     or d::date in (select day from calendar.calendar_day where kind = 'WORKDAY') limit 1")
sign_in demo-officer-amr >"$work/officer.txt"
sign_in demo-head-amr >"$work/head.txt"
driver="java scripts/bench/PenaltyCases.java http://localhost:$port $work/officer.txt $work/head.txt $work/parties.txt $work/officers.txt ${held}T10:00:00+08:00"
echo "flowable before: $(../shared/tools/flowable-anchor/run.sh "$clients" 45 20 | grep flowable-lifecycles-per-s)"
echo "warm-up (90 s)"; $driver "$clients" 90 2> >(sort | uniq -c | sort -rn | head -3 >&2)
for i in $(seq 1 "$runs"); do
  echo "run $i: $($driver "$clients" "$seconds" 2> >(sort | uniq -c | sort -rn | head -3 >&2))"
done
echo "flowable after: $(../shared/tools/flowable-anchor/run.sh "$clients" 45 20 | grep flowable-lifecycles-per-s)"
echo "cases on record: $($psql -At -c "select status, count(*) from enforcement.enforcement_case group by status order by 1" | tr '\n' ' ')"
