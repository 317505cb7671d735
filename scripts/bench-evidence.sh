#!/usr/bin/env bash
# Benchmark of evidence uploads (issue 9): a 2 GiB video streamed through the API end to end
# (POST /api/v1/evidence, application/octet-stream, with curl -T so curl streams it too), against
# sha256sum of the same file timed in the same run (alternately, RUNS times each, the file in the page
# cache), with the application's heap sampled by jstat every 100 ms during the uploads: the peak heap
# growth is the most the used heap rose above its level before the first upload. The upload reads the
# request, sniffs the type, computes SHA-256 and SM3, writes the file, forces it to disk and records
# the item and its custody entry. Goals: upload throughput >= 0.7 x sha256sum's; heap growth <= 64 MiB.
# Needs a built jar (./mvnw package), curl, jq, a JDK with jstat. Usage: scripts/bench-evidence.sh [MiB=2048] [runs=3]
set -euo pipefail
cd "$(dirname "$0")/.."
mib=${1:-2048}; runs=${2:-3}
gclog=$(mktemp)
JAVA_OPTS="${JAVA_OPTS:-} -Xlog:gc:file=$gclog:uptime"
source scripts/bench/app.sh
start_app 18098 54398
token=$(sign_in demo-officer-amr)
# the items are attached to one of the officer's own cases
subject=$(curl -s -H "Authorization: Bearer $token" "http://localhost:$port/api/v1/enforcement-cases?size=1" | jq -r '.items[0].id')
file="$work/video.mp4"
printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00' >"$file"
head -c $((mib * 1024 * 1024 - 16)) /dev/urandom >>"$file"
cat "$file" >/dev/null
used() { jstat -gc "$app" | awk 'NR==2 {printf "%d", ($3+$4+$6+$8)/1024}'; }
jcmd "$app" GC.run >/dev/null; sleep 1
base=$(used); echo "heap used before: ${base} MiB"
gcmark=$(wc -l <"$gclog")
( while kill -0 $app 2>/dev/null; do used; echo; sleep 0.1; done ) >"$work/heap.txt" & sampler=$!
for i in $(seq "$runs"); do
  s=$( { /usr/bin/time -f %e sha256sum "$file" >/dev/null; } 2>&1 )
  u=$( { /usr/bin/time -f %e curl -s -o "$work/up.json" -w '' -X POST -T "$file" -H 'Expect:' \
        -H 'Content-Type: application/octet-stream' -H "Authorization: Bearer $token" \
        "http://localhost:$port/api/v1/evidence?subjectType=ENFORCEMENT_CASE&subjectId=$subject&kind=VIDEO&filename=run$i.mp4"; } 2>&1 )
  grep -q '"sha256"' "$work/up.json" || { cat "$work/up.json"; exit 1; }
  echo "run $i: sha256sum ${s}s, upload ${u}s, ratio $(echo "scale=3; $s / $u" | bc)"
  # the same content is stored once: change one byte for the next run
  printf "\\x$(printf %02x $i)" | dd of="$file" bs=1 seek=100 conv=notrunc status=none
done
kill $sampler 2>/dev/null || true
peak=$(sort -n "$work/heap.txt" | tail -1)
echo "heap used peak during uploads (garbage not yet collected included): ${peak} MiB, growth $((peak - base)) MiB"
# the collections during the uploads, and what each left of the heap (the "after" of "before->after")
pauses=$(tail -n +$((gcmark + 1)) "$gclog" | grep 'Pause' || true)
echo "collections during the uploads: $(printf '%s' "$pauses" | grep -c 'Pause' || true)"
live=$(printf '%s\n' "$pauses" | grep -oE '[0-9]+M->[0-9]+M' | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1 || true)
echo "live heap after them at most: ${live:-no collection} MiB (before: ${base} MiB)"
echo "file: ${mib} MiB; last upload answer: $(cut -c1-120 "$work/up.json")"
