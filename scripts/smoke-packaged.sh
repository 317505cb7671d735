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
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  # a database server left behind by a killed JVM: its pid is the first line of postmaster.pid
  local pg="$work/data/pg/postmaster.pid"
  if [ -f "$pg" ]; then
    local pgpid; pgpid=$(head -n 1 "$pg")
    kill -9 "$pgpid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pgpid" 2>/dev/null || break; sleep 0.2; done
  fi
  rm -rf "$work"
}
# GET PATH from the application: prints the response (status line, headers, body); needs only
# bash and coreutils, no curl
http_get() {
  timeout 20 bash -c 'exec 3<>/dev/tcp/localhost/'"$port"'; printf "GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n" "$1" >&3; cat <&3' _ "$1"
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
page=$(http_get /login) || fail "GET /login did not answer"
head -n 1 <<<"$page" | grep -q ' 200' || fail "GET /login answered $(head -n 1 <<<"$page")"
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
