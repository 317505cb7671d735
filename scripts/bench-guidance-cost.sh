#!/usr/bin/env bash
# What one act of guidance costs (issue 4's analysis): creates SIMPLE acts through the API
# with CONNECTIONS clients for SECONDS (after a 40 s warm-up) and reports, per act created,
# the CPU time of the application's JVM and of all PostgreSQL processes (from /proc), the
# database transactions committed and the rows written and index scans per table.
# Usage: scripts/bench-guidance-cost.sh [seconds=30] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}; connections=${2:-16}
source scripts/bench/app.sh
start_app 18091 54391
$psql -At -c "select id from directory.party order by id" >"$work/bench-parties.txt"
sign_in demo-officer-amr >"$work/bench-token.txt"
wrk -t2 -c"$connections" -d40s -s scripts/bench/guidance.lua "http://localhost:$port" -- "$work" SIMPLE >/dev/null
sleep 3
jvm=$(pgrep -f "server.port=$port" | head -1)
snap() {
  $psql -At -c "select 'commits', xact_commit from pg_stat_database where datname = 'shanzhi'"
  $psql -At -c "select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_del, coalesce(idx_scan, 0), seq_scan
                from pg_stat_user_tables order by 1"
  $psql -At -c "select 'acts', count(*) from guidance.guidance_act"
  echo "cpu-jvm|$(awk '{print $14 + $15}' /proc/$jvm/stat)"
  local p=0; for q in $(pgrep -x postgres); do p=$((p + $(awk '{print $14 + $15}' /proc/$q/stat))); done
  echo "cpu-postgres|$p"
}
snap >"$work/before.txt"
wrk -t2 -c"$connections" -d${seconds}s -s scripts/bench/guidance.lua "http://localhost:$port" -- "$work" SIMPLE | grep Requests/sec
sleep 3
snap >"$work/after.txt"
python3 - "$work/before.txt" "$work/after.txt" "$(getconf CLK_TCK)" <<'PY'
import sys
def load(p):
    return {l.split('|')[0]: [int(x) for x in l.strip().split('|')[1:]] for l in open(p) if '|' in l}
a, b, tck = load(sys.argv[1]), load(sys.argv[2]), int(sys.argv[3])
acts = b['acts'][0] - a['acts'][0]
print(f"acts created: {acts}")
for k in ('cpu-jvm', 'cpu-postgres'):
    print(f"{k}: {1000 * (b[k][0] - a[k][0]) / tck / acts:.3f} ms per act")
print(f"commits per act: {(b['commits'][0] - a['commits'][0]) / acts:.2f}")
for k in b:
    if k in ('acts', 'commits', 'cpu-jvm', 'cpu-postgres'):
        continue
    d = [y - x for x, y in zip(a.get(k, [0] * 5), b[k])]
    if any(d):
        print(f"{k}: inserted {d[0] / acts:.2f}, updated {d[1] / acts:.2f}, deleted {d[2] / acts:.2f}, "
              f"index scans {d[3] / acts:.2f}, table scans {d[4] / acts:.2f} per act")
PY
