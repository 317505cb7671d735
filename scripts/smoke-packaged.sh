#!/usr/bin/env bash
# Smoke test of the packaged application (run by `./mvnw verify` after packaging): starts
# `java -jar JAR` on a fresh data directory without the demo city, waits until the sign-in
# page is served, checks that the jar started on the bean definitions prepared at build time
# (ADR 0019) and that the page is the application's, then stops it (SIGTERM) and checks
# that it stopped cleanly. Usage: scripts/smoke-packaged.sh path/to/shanzhi.jar
set -euo pipefail
jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
log="$work/app.log"
pid=
cleanup() {
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  pkill -f "postgres -D $work/" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "smoke test of the packaged application FAILED: $*"; echo "--- log:"; tail -n 60 "$log"; exit 1; }
(cd "$work" && exec java -jar "$jar" --server.port=0 --shanzhi.demo.enabled=false \
  --shanzhi.embedded-db.data-dir="$work/data/pg" >"$log" 2>&1) &
pid=$!
port=
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || fail "the application exited"
  port=$(grep -o 'Tomcat started on port [0-9]*' "$log" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  sleep 0.2
done
[ -n "$port" ] || fail "no web server after 120 s"
page=$(curl -fsS "http://localhost:$port/login") || fail "GET /login did not answer 200"
grep -q '善治' <<<"$page" || fail "GET /login is not the sign-in page"
grep -q 'Starting AOT-processed' "$log" || fail "the jar did not use the bean definitions prepared at build time"
kill "$pid"
for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
kill -0 "$pid" 2>/dev/null && fail "the application did not stop within 30 s of SIGTERM"
wait "$pid" 2>/dev/null || true
grep -q ' ERROR ' "$log" && fail "errors in the log"
echo "smoke test of the packaged application passed: sign-in page served on port $port, prepared bean definitions used"
