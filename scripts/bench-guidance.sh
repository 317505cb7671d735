#!/usr/bin/env bash
# Benchmark of guidance (issue 4): acts created through the API by CONNECTIONS concurrent
# clients, as a ratio to pgbench's TPC-B-like transactions per second measured in the same run
# (goal >= 0.5), and the warm rendering time of a 行政指导书 as PDF (goal p50 <= 200 ms).
# Needs a built jar (./mvnw package), wrk and psql (apt-get install wrk postgresql-client), and
# ../shared/tools/pgbench-reference. Starts the application on a scratch data directory with the
# demo city, signs in as demo-officer-amr and runs wrk: a warm-up, then RUNS runs of SECONDS
# each creating WRITTEN acts (numbered; the agency's counter row is locked until commit), then
# SIMPLE acts; pgbench-reference with the same number of clients before and after; then the PDF
# of one written act with one connection.
# Usage: scripts/bench-guidance.sh [runs=3] [seconds=30] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}; seconds=${2:-30}; connections=${3:-16}
source scripts/bench/app.sh
start_app 18091 54391
$psql -At -c "select id from directory.party order by id" >"$work/bench-parties.txt"
sign_in demo-officer-amr >"$work/bench-token.txt"
token=$(cat "$work/bench-token.txt")
[[ "$token" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "sign-in failed: $token"; exit 1; }
first=$(head -1 "$work/bench-parties.txt")
created=$(curl -s -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "{\"partyId\":\"$first\",
  \"form\":\"INTERVIEW\",\"documentForm\":\"WRITTEN\",\"channel\":\"DOCUMENT\",\"subject\":\"后厨卫生问题约谈\",
  \"content\":\"检查发现后厨生熟食品混放、油污积存，约谈负责人，讲解食品安全法规定，提出整改要求。\",
  \"legalBasis\":[{\"law\":\"《中华人民共和国食品安全法》\",\"article\":\"第三十三条\"}],
  \"details\":{\"attendees\":\"店长、厨师长\",\"problems\":\"生熟混放；油污积存\",\"provisions\":\"食品安全法第三十三条\",\"requirements\":\"十日内完成清洁并分区存放\"},
  \"rectification\":{\"requirement\":\"清洁后厨并生熟分区存放\",\"deadline\":\"$(date -d '+20 days' +%F)\"}}" \
  "http://localhost:$port/api/v1/guidance")
echo "$created" | sed -E 's/.*"id":"([^"]+)".*"agencyId".*/\1/' >"$work/bench-act.txt"
[[ $(cat "$work/bench-act.txt") =~ ^[0-9a-f-]{36}$ ]] || { echo "creating an act failed: $created"; exit 1; }
reference=../shared/tools/pgbench-reference
echo "pgbench before: $($reference 30 "$connections" | tail -1)"
echo "warm-up"
wrk -t2 -c"$connections" -d60s -s scripts/bench/guidance.lua "http://localhost:$port" -- "$work" MIXED >/dev/null
for mode in WRITTEN SIMPLE; do
  for i in $(seq 1 "$runs"); do
    echo "$mode run $i"
    wrk -t2 -c"$connections" -d${seconds}s --latency -s scripts/bench/guidance.lua "http://localhost:$port" -- "$work" $mode \
      | grep -E "Requests/sec|50%|99%|Non-2xx|requests in"
  done
done
echo "pgbench after: $($reference 30 "$connections" | tail -1)"
echo "acts on record: $($psql -At -c 'select count(*) from guidance.guidance_act')"
echo "PDF warm-up"
wrk -t1 -c1 -d30s -s scripts/bench/document.lua "http://localhost:$port" -- "$work" >/dev/null
for i in $(seq 1 "$runs"); do
  echo "PDF run $i"
  wrk -t1 -c1 -d${seconds}s --latency -s scripts/bench/document.lua "http://localhost:$port" -- "$work" \
    | grep -E "Requests/sec|50%|90%|99%|Non-2xx|requests in"
done
