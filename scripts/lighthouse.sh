#!/usr/bin/env bash
# Lighthouse (issue 22): accessibility and performance of five pages of a running application (the portal: its public home and the signed-in citizen's home /my),
# each measured RUNS times (default 3) in headless Chromium; prints each page's median scores
# and exits with 1 when a median is below MIN (default 90).
#
#   officer-dashboard  /                          demo-officer-amr  desktop preset
#   guidance-act       /guidance/{id}             demo-officer-amr  desktop preset
#   portal-home        /public/portal             demo-public       Lighthouse's default (mobile)
#   citizen-home       /my                        demo-public       Lighthouse's default (mobile)
#   citizen-tracking   /my/applications/{number}  demo-public       Lighthouse's default (mobile)
#
# Staff pages are measured as staff use them (on a desktop), the portal's as most citizens do
# (on a phone: Lighthouse's mobile preset, a mid-range phone on a throttled 4G network). The
# guidance act is the first of the officer's guidance list, the tracking number the first of
# the citizen's applications (the demo city has none: the script then applies, as the citizen,
# for the market bureau's policy consultation AMR-ZX-01 once). Sessions come from the form sign-in (with its CSRF token) and go
# to Lighthouse as a Cookie header.
#
# Lighthouse comes from the npm registry into .ci/node (gitignored; 12.x, the last line that
# runs on Node 20); Chromium is the installed one (CHROME_PATH, default /usr/bin/chromium).
# Reports (JSON and HTML) go to target/lighthouse/. Run it on a quiet machine: the scores of
# performance follow the CPU left to the browser.
#
# Usage: scripts/lighthouse.sh [BASE_URL]     (default http://localhost:8080; RUNS=, MIN=,
#        SHANZHI_DEMO_PASSWORD= as the demo city was loaded with)
#   e.g. java -jar target/app/shanzhi-0.1.0-SNAPSHOT.jar --server.port=18090 &
#        scripts/lighthouse.sh http://localhost:18090
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-http://localhost:8080}
base=${base%/}
runs=${RUNS:-3}
min=${MIN:-90}
password=${SHANZHI_DEMO_PASSWORD:-Demo#2026}
lighthouse_version=12.8.2
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
out=target/lighthouse
lh=.ci/node/node_modules/.bin/lighthouse

command -v node >/dev/null || { echo "node is needed (apt-get install nodejs npm)"; exit 2; }
command -v curl >/dev/null || { echo "curl is needed"; exit 2; }
[ -x "$CHROME_PATH" ] || { echo "no Chromium at $CHROME_PATH (set CHROME_PATH)"; exit 2; }
if [ ! -x "$lh" ] || [ "$("$lh" --version)" != "$lighthouse_version" ]; then
  npm install --silent --no-audit --no-fund --prefix .ci/node "lighthouse@$lighthouse_version" >/dev/null
fi
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# sign_in USER: signs in through the page form and prints the session's Cookie header value
sign_in() {
  local jar="$work/$1.jar" csrf
  csrf=$(curl -sf -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  [ -n "$csrf" ] || { echo "no CSRF token on $base/login" >&2; return 1; }
  curl -sf -b "$jar" -c "$jar" -o /dev/null -w '%{redirect_url}' "$base/login" \
    --data-urlencode "username=$1" --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" \
    | grep -qv 'error\|locked' || { echo "signing in as $1 failed" >&2; return 1; }
  awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar"
}

# first_link COOKIE PAGE PATTERN: the first link on PAGE whose path matches PATTERN (grep -E)
first_link() {
  curl -sf -H "Cookie: $1" "$base$2" | { grep -oE "href=\"$3\"" || true; } | head -n 1 | sed 's/^href="//; s/"$//'
}

# field COOKIE PAGE NAME: the value of the form field NAME on PAGE
field() {
  curl -sf -H "Cookie: $1" "$base$2" | { grep -o "name=\"$3\" value=\"[^\"]*\"" || true; } | head -n 1 \
    | sed 's/.*value="//; s/"$//'
}

officer=$(sign_in demo-officer-amr)
citizen=$(sign_in demo-public)
uuid='[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
act=$(first_link "$officer" /guidance "/guidance/$uuid")
[ -n "$act" ] || { echo "no guidance act on the officer's guidance list"; exit 1; }
tracked=$(first_link "$citizen" /my/applications '/my/applications/[A-Za-z0-9-]+')
if [ -z "$tracked" ]; then
  # the demo citizen has applied for nothing yet: a policy consultation of the market bureau
  item=/public/portal/items/AMR-ZX-01
  curl -sf -o /dev/null -H "Cookie: $citizen" "$base$item" \
    --data-urlencode "_csrf=$(field "$citizen" "$item" _csrf)" \
    --data-urlencode "formKey=$(field "$citizen" "$item" formKey)" \
    --data-urlencode "content=请问开办小餐馆办理食品经营许可需要哪些材料？" \
    || { echo "applying for $item as demo-public failed"; exit 1; }
  tracked=$(first_link "$citizen" /my/applications '/my/applications/[A-Za-z0-9-]+')
fi
[ -n "$tracked" ] || { echo "no application among the citizen's"; exit 1; }

# name | path | cookie | preset (desktop or mobile)
pages=(
  "officer-dashboard|/|$officer|desktop"
  "guidance-act|$act|$officer|desktop"
  "portal-home|/public/portal|$citizen|mobile"
  "citizen-home|/my|$citizen|mobile"
  "citizen-tracking|$tracked|$citizen|mobile"
)

# scores REPORT.json: "accessibility performance final-URL", the scores as whole numbers (a
# failed run counts 0)
scores() {
  node -e 'const r = require(process.argv[1]); const s = c => Math.round(100 * (r.categories[c].score || 0));
    if (r.runtimeError) console.error(r.runtimeError.code + ": " + r.runtimeError.message);
    console.log(s("accessibility") + " " + s("performance") + " " + r.finalDisplayedUrl);' "$(realpath "$1")"
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

echo "Lighthouse $("$lh" --version), $("$CHROME_PATH" --version 2>/dev/null), $runs runs per page, on $base"
table=()
failed=0
for entry in "${pages[@]}"; do
  IFS='|' read -r name path cookie preset <<<"$entry"
  printf '{"Cookie": "%s"}' "$cookie" >"$work/headers.json"
  preset_flag=()
  [ "$preset" = desktop ] && preset_flag=(--preset=desktop)
  a11y=() perf=()
  for i in $(seq 1 "$runs"); do
    "$lh" "$base$path" --quiet --only-categories=accessibility,performance "${preset_flag[@]}" \
      --extra-headers="$work/headers.json" --chrome-flags="--headless=new --no-sandbox" \
      --output=json --output=html --output-path="$out/$name-$i" >/dev/null 2>"$work/lh.err" \
      || { echo "Lighthouse failed on $path:"; cat "$work/lh.err"; exit 1; }
    read -r a p landed < <(scores "$out/$name-$i.report.json")
    # a session refused (expired, another password) would measure the sign-in page instead
    [ "$landed" = "$base$path" ] || { echo "$path was answered by $landed"; exit 1; }
    a11y+=("$a"); perf+=("$p")
    echo "  $name run $i: accessibility $a, performance $p"
  done
  ma=$(median "${a11y[@]}"); mp=$(median "${perf[@]}")
  { [ "$ma" -lt "$min" ] || [ "$mp" -lt "$min" ]; } && failed=1
  table+=("$(printf '%-18s %-8s %13s %11s   %s' "$name" "$preset" "$ma" "$mp" "$path")")
done
echo
printf '%-18s %-8s %13s %11s   %s\n' page preset accessibility performance path
printf '%s\n' "${table[@]}"
echo "(medians of $runs runs; reports in $out/)"
if [ "$failed" -ne 0 ]; then
  echo "a median below $min"
  exit 1
fi
