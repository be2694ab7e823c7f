#!/usr/bin/env bash
# The benchmark command: starts Aloitepolku on the seeded national-scale database (deploy/seed.sh; seeded
# here first if .data/bench is empty) and drives each scenario with wrk on loopback, printing requests per
# second and p50/p90/p99 latency, beside two baselines measured in the same run: nginx serving a static copy
# of the same response, and the application's own trivial health response. Results: target/benchmark/.
#   deploy/benchmark.sh            DURATION=15 CONNECTIONS=32 THREADS=2 to change the load
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/find-jdk.sh

DURATION="${DURATION:-15}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-5}"
PORT="${BENCH_PORT:-8090}"
NGINX_PORT="${BENCH_NGINX_PORT:-8091}"
export APP_DATA_DIR="${APP_DATA_DIR:-.data/bench}"
OUT="target/benchmark"
BASE="http://127.0.0.1:$PORT"

for tool in wrk nginx curl; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "Installing $tool …"
        SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$tool" >/dev/null
    fi
done

if [ ! -d "$APP_DATA_DIR/data/aloitepolku" ]; then
    echo "No seeded database in $APP_DATA_DIR: seeding one (deploy/seed.sh) …"
    bash deploy/seed.sh
fi
./mvnw -B -q package -DskipTests
mkdir -p "$OUT"
rm -rf "$OUT/nginx" && mkdir -p "$OUT/nginx/www/api/initiatives"

# The heap the server needs, not what the dev run allows: its live set after a collection is ~100 MiB, and
# metaspace, code, GC structures and threads add ~300 MiB outside it. At 512m the heap grew under load until the
# RSS reached 741 MiB; at 384m it measured 685 MiB with the same throughput.
APP_HEAP="${APP_HEAP:-384m}"
echo "Starting the application on the seeded database (-Xmx$APP_HEAP) …"
APP_DEMO_DATA=false APP_HTTP_PORT="$PORT" APP_HEAP="$APP_HEAP" setsid "$JAVA_HOME/bin/java" -Duser.timezone=UTC \
    -Dapp.baseDir="$PWD" -cp "target/test-classes:$(cat target/launcher.classpath)" fi.aloitepolku.devserver.LocalRun \
    > "$OUT/server.log" 2>&1 < /dev/null &
LAUNCHER=$!
NGINX_PID=""
cleanup() {
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    kill -TERM "$LAUNCHER" 2>/dev/null || true
    wait "$LAUNCHER" 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 240); do
    curl -sf -o /dev/null "$BASE/health/ready" && break
    kill -0 "$LAUNCHER" 2>/dev/null || { echo "The server did not start; see $OUT/server.log"; exit 1; }
    sleep 0.5
done

# Pick the cases: a typical one, and one with a 500-entry log (every 1000th case has one)
ID=$(curl -s "$BASE/api/initiatives?status=IN_PREPARATION&limit=1" | sed -n 's/.*"id":\([0-9]*\).*/\1/p' | head -1)
LONG_ID=1000
# A deep keyset position: cases received before 1.3.2016 (the list is newest first, from 2026)
DEEP=$(printf '2016-03-01~999999999' | base64 | tr '+/' '-_' | tr -d '=')

# Staff sessions for the logged-in scenarios: the login form, its view state, then the session cookie. The
# staff scenarios spread their connections over SESSIONS sessions of the same agent (a001: 3,300 open cases),
# as that many people at work would; SESSIONS=1 puts every request on one session, which then serialises on
# that session's view-state store.
SESSIONS="${SESSIONS:-16}"
log_in() {
    local jar="$OUT/cookies-$1.txt" state
    rm -f "$jar"
    state=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -b "$jar" -c "$jar" -o /dev/null "$BASE/login" --data-urlencode "login=login" \
        --data-urlencode "login:username=a001" --data-urlencode "login:password=aloitepolku" \
        --data-urlencode "login:submit=Kirjaudu" --data-urlencode "jakarta.faces.ViewState=$state"
    awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1
}
{
    echo "local sessions = {"
    for n in $(seq 1 "$SESSIONS"); do
        SESSION=$(log_in "$n")
        [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: JSESSIONID=$SESSION" "$BASE/staff/initiatives")" = 200 ] \
            || { echo "Could not log in for the staff scenarios" >&2; exit 1; }
        echo "  \"$SESSION\","
    done
    echo "}"
    echo "local n = 0"
    echo "request = function()"
    echo "    n = n + 1"
    echo "    return wrk.format(\"GET\", nil, {[\"Cookie\"] = \"JSESSIONID=\" .. sessions[n % #sessions + 1]})"
    echo "end"
} > "$OUT/staff-sessions.lua"
SESSION=$(sed -n '2s/[^"]*"\([^"]*\)".*/\1/p' "$OUT/staff-sessions.lua")

# nginx baselines: static copies of the initiative page and the API detail
curl -s "$BASE/initiative?id=$ID&lang=fi" > "$OUT/nginx/www/initiative.html"
curl -s "$BASE/api/initiatives/$ID" > "$OUT/nginx/www/api/initiatives/detail.json"
cat > "$OUT/nginx/nginx.conf" <<NGINX
worker_processes 2;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $PWD/$OUT/nginx; proxy_temp_path $PWD/$OUT/nginx; fastcgi_temp_path $PWD/$OUT/nginx;
    uwsgi_temp_path $PWD/$OUT/nginx; scgi_temp_path $PWD/$OUT/nginx;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $PWD/$OUT/nginx/www;
        location = /initiative { default_type "text/html; charset=UTF-8"; try_files /initiative.html =404; }
        location = /api/detail { default_type application/json; try_files /api/initiatives/detail.json =404; }
    }
}
NGINX
nginx -c "$PWD/$OUT/nginx/nginx.conf" &
NGINX_PID=$!
sleep 1

# Cold scenarios: every request a different page (random cases; random words with a parameter the page
# ignores), so the page cache cannot help and each answer is rendered and queried afresh
cat > "$OUT/random-case.lua" <<'LUA'
request = function()
    return wrk.format("GET", "/initiative?lang=fi&id=" .. math.random(1, 100000))
end
LUA
cat > "$OUT/random-search.lua" <<'LUA'
local words = {"katuvalaistus", "koirapuisto", "nuorisotila", "uimaranta", "kirjasto", "leikkipuisto",
    "kuntosali", "luistinrata", "penkit", "esteett%C3%B6myys", "kes%C3%A4tapahtuma", "mets%C3%A4polku",
    "melontareitti", "bussiyhteys", "koulutie"}
request = function()
    return wrk.format("GET", "/?lang=fi&q=" .. words[math.random(#words)] .. "&fresh=" .. math.random(1, 1000000000))
end
LUA

# name|url|header|lua script
SCENARIOS=(
    "baseline: nginx static initiative page|http://127.0.0.1:$NGINX_PORT/initiative|"
    "baseline: nginx static API detail|http://127.0.0.1:$NGINX_PORT/api/detail|"
    "baseline: app health (live)|$BASE/health/live|"
    "public initiative page|$BASE/initiative?id=$ID&lang=fi|"
    "public initiative page, 500-entry log|$BASE/initiative?id=$LONG_ID&lang=fi|"
    "public list, status + municipality filter|$BASE/?status=IN_PREPARATION&municipality=5&lang=fi|"
    "public list, status filter, first page|$BASE/?status=IN_PREPARATION&lang=fi|"
    "public list, status filter, deep page|$BASE/?status=IN_PREPARATION&cursor=$DEEP&lang=fi|"
    "public search (words)|$BASE/?q=uimaranta&lang=fi|"
    "cold: public initiative page, random case|$BASE/initiative?id=$ID&lang=fi||$OUT/random-case.lua"
    "cold: public search, random word, never cached|$BASE/?q=uimaranta&lang=fi||$OUT/random-search.lua"
    "API list, filter, first page|$BASE/api/initiatives?status=DECIDED&limit=20|"
    "API list, filter, deep page|$BASE/api/initiatives?status=DECIDED&limit=20&cursor=$DEEP|"
    "API detail|$BASE/api/initiatives/$ID|"
    "staff case list (logged in, $SESSIONS sessions)|$BASE/staff/initiatives|Cookie: JSESSIONID=$SESSION|$OUT/staff-sessions.lua"
    "agent dashboard: workload and deadlines (logged in, $SESSIONS sessions)|$BASE/staff/workload|Cookie: JSESSIONID=$SESSION|$OUT/staff-sessions.lua"
)

to_ms() { awk '{ v=$1; if (v ~ /us$/) { sub(/us$/,"",v); print v/1000 } else if (v ~ /ms$/) { sub(/ms$/,"",v); print v } else if (v ~ /s$/) { sub(/s$/,"",v); print v*1000 } else print v }'; }

RESULTS="$OUT/results-$(date -u +%Y%m%dT%H%M%SZ).md"
{
    echo "# Aloitepolku benchmark $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s after ${WARMUP}s warm-up (the same URL again and again, so the page cache serves it, except the cold scenarios), staff scenarios over $SESSIONS logged-in sessions, loopback, $(nproc) cores; data: $APP_DATA_DIR"
    echo
    echo "| scenario | req/s | p50 ms | p90 ms | p99 ms | errors |"
    echo "|---|---:|---:|---:|---:|---:|"
} > "$RESULTS"
for scenario in "${SCENARIOS[@]}"; do
    IFS='|' read -r name url header script <<< "$scenario"
    args=(-t"$THREADS" -c"$CONNECTIONS" --latency)
    [ -n "$header" ] && args+=(-H "$header")
    [ -n "$script" ] && args+=(-s "$script")
    status=$(curl -s -o /dev/null -w '%{http_code}' ${header:+-H "$header"} "$url")
    wrk "${args[@]}" -d"${WARMUP}s" "$url" > /dev/null
    report=$(wrk "${args[@]}" -d"${DURATION}s" "$url")
    rps=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$report" | awk '$1 == "50%" {print $2}' | to_ms)
    p90=$(echo "$report" | awk '$1 == "90%" {print $2}' | to_ms)
    p99=$(echo "$report" | awk '$1 == "99%" {print $2}' | to_ms)
    errors=$(echo "$report" | awk '/Non-2xx/ {print $5} /Socket errors/ {print "socket"}' | paste -sd' ')
    [ "$status" = 200 ] || errors="HTTP $status ${errors}"
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$p50" "$p90" "$p99" "${errors:-0}" | tee -a "$RESULTS"
done
SERVER=$(pgrep -f -- "--port $PORT" | head -1)
RSS=$(awk '/VmRSS/ {printf "%d MiB", $2/1024}' "/proc/$SERVER/status")
HWM=$(awk '/VmHWM/ {printf "%d MiB", $2/1024}' "/proc/$SERVER/status")
{
    echo
    echo "Server memory after the run: RSS $RSS (peak $HWM), heap -Xmx$APP_HEAP."
} | tee -a "$RESULTS"
echo "Results written to $RESULTS"
