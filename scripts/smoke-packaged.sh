#!/usr/bin/env bash
# Smoke test of the packaged application (run by `./mvnw verify` after packaging): starts
# `java -jar JAR` on a fresh data directory without the demo city, waits until the sign-in
# page is served, checks that the jar started on the bean definitions prepared at build time
# (ADR 0019) and that the page is the application's, then stops it (SIGTERM) and checks
# that it stopped cleanly, with no error logged.
# Usage: scripts/smoke-packaged.sh path/to/shanzhi.jar [path/to/java]
set -euo pipefail
jar=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
java=${2:-java}
work=$(mktemp -d)
log="$work/app.log"
pid=
cleanup() {
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
  pkill -f "postgres -D $work/" 2>/dev/null || true
  for _ in $(seq 1 50); do pgrep -f "postgres -D $work/" >/dev/null || break; sleep 0.2; done
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "smoke test of the packaged application FAILED: $*"; echo "--- log:"; tail -n 60 "$log"; exit 1; }
(cd "$work" && exec "$java" -jar "$jar" --server.port=0 --shanzhi.demo.enabled=false \
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
status=0
wait "$pid" 2>/dev/null || status=$?
pid=
# 143: ended by SIGTERM, as the JVM reports it after its shutdown hooks ran
[ "$status" -eq 0 ] || [ "$status" -eq 143 ] || fail "the application stopped with status $status"
# a line logged at level ERROR (the level follows the time stamp), or a stack trace
grep -Eq '^[0-9T:.+-]+ +ERROR ' "$log" && fail "errors in the log"
grep -Eq '^(Exception in thread|Caused by: )' "$log" && fail "an exception in the log"
echo "smoke test of the packaged application passed: sign-in page served on port $port, prepared bean definitions used"
