#!/usr/bin/env bash
# Benchmark of the penalty documents (issue 23; goal: a document rendered in p50 <= 200 ms):
# renders a 行政处罚决定书-sized OfficialDocument with the application's template and embedded
# fonts WARM_UPS times, then RUNS times measured one after the other, in one JVM (the test
# class org.shanzhi.documents.DocumentRenderBenchmarkTests, which runs only when asked), and
# prints p50 / p95 / max in ms. It runs Maven: on the shared machine run it under the build
# lock, e.g.   flock /tmp/shanzhi-build.lock scripts/bench-document-render.sh
# Usage: scripts/bench-document-render.sh [warm-ups=50] [runs=200]
set -euo pipefail
cd "$(dirname "$0")/.."
warmups=${1:-50}; runs=${2:-200}
rm -f target/bench-document-render.txt
./mvnw -o -q test -Dtest=DocumentRenderBenchmarkTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dshanzhi.bench=document-render -Dshanzhi.bench.warm-ups="$warmups" -Dshanzhi.bench.runs="$runs" \
  >target/bench-document-render.log 2>&1 || { tail -40 target/bench-document-render.log; exit 1; }
cat target/bench-document-render.txt
