# Shared by the benchmark scripts (sourced, not run).
# start_app PORT PGPORT: starts the packaged jar (./mvnw package) on a scratch data directory with
# the demo city, waits until it is ready, and sets `port`, `work` (the scratch directory), `app`
# (its pid) and `psql` (a command line into its database); the app and the directory go on exit.
start_app() {
  port=$1; pgport=$2
  local jar
  jar=$(ls target/shanzhi-*.jar | grep -v original | head -1)
  work=$(mktemp -d)
  echo "data in $work"
  (cd "$work" && exec java ${JAVA_OPTS:-} -jar "$OLDPWD/$jar" --server.port=$port --shanzhi.embedded-db.port=$pgport \
    --logging.level.root=WARN >"$work/app.log" 2>&1) & app=$!
  trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true; rm -rf "$work"' EXIT
  until curl -s -o /dev/null -w "%{http_code}" "http://localhost:$port/actuator/health/readiness" | grep -q 200; do
    kill -0 $app 2>/dev/null || { cat "$work/app.log"; exit 1; }; sleep 1
  done
  psql="psql -q -h localhost -p $pgport -U postgres -d shanzhi -v ON_ERROR_STOP=1"
}

# sign_in USERNAME: prints a bearer token of the demo account (password Demo#2026), or fails.
sign_in() {
  local token
  token=$(curl -s -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Demo#2026\"}" \
    "http://localhost:$port/api/v1/auth/token" | sed -E 's/.*"token":"([^"]+)".*/\1/')
  [[ "$token" =~ ^[A-Za-z0-9._-]+$ ]] || { echo "sign-in of $1 failed" >&2; return 1; }
  echo "$token"
}
