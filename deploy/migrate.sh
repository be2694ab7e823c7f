#!/usr/bin/env bash
# Deploy step: brings the database schema up to date ONCE, with the migration account, then exits.
# It starts the WAR on Payara Micro on a loopback port with APP_DB_MIGRATE=true and the migration credentials,
# waits until /health/ready reports the database check UP (Flyway runs before the application deploys) and
# stops the server again. The running service keeps its data-only account and APP_DB_MIGRATE=false.
#
# Usage, as root (the Java process itself runs as $RUN_AS):   /opt/aloitepolku/migrate.sh
# Reads  /etc/aloitepolku/aloitepolku.env  (APP_DB_URL)  and  /etc/aloitepolku/migrate.env
#        (APP_MIGRATE_DB_USER, APP_MIGRATE_DB_PASSWORD, optional APP_MIGRATE_DB_URL).
# Optional environment: APP_HOME (/opt/aloitepolku), ENV_FILE, MIGRATE_ENV_FILE, JAVA (a JDK 21+ java),
#        MIGRATE_PORT (8099), MIGRATE_TIMEOUT seconds (300), RUN_AS (aloitepolku; empty = the current user).
# Exit status 0: schema up to date. Otherwise the server log is printed and kept; see deploy/README.md (upgrades).
set -euo pipefail

APP_HOME="${APP_HOME:-/opt/aloitepolku}"
ENV_FILE="${ENV_FILE:-/etc/aloitepolku/aloitepolku.env}"
MIGRATE_ENV_FILE="${MIGRATE_ENV_FILE:-/etc/aloitepolku/migrate.env}"
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
PORT="${MIGRATE_PORT:-8099}"
TIMEOUT="${MIGRATE_TIMEOUT:-300}"
RUN_AS="${RUN_AS-aloitepolku}"

die() { echo "migrate: $*" >&2; exit 2; }

# KEY=VALUE lines as in a systemd EnvironmentFile; one pair of surrounding quotes is removed.
read_env_file() {
    local file="$1" line key value
    [ -r "$file" ] || die "cannot read $file"
    while IFS= read -r line || [ -n "$line" ]; do
        line="${line#"${line%%[![:space:]]*}"}"
        case "$line" in '' | '#'* | ';'*) continue ;; esac
        key="${line%%=*}"
        value="${line#*=}"
        [[ "$key" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "$file: not a KEY=VALUE line: ${key:0:40}"
        case "$value" in
            \'*\' | \"*\") value="${value:1:${#value}-2}" ;;
        esac
        export "$key=$value"
    done < "$file"
}

read_env_file "$ENV_FILE"
read_env_file "$MIGRATE_ENV_FILE"
[ -n "${APP_DB_URL:-}" ] || die "APP_DB_URL is not set in $ENV_FILE"
[ -n "${APP_MIGRATE_DB_USER:-}" ] || die "APP_MIGRATE_DB_USER is not set in $MIGRATE_ENV_FILE"
[ -n "${APP_MIGRATE_DB_PASSWORD:-}" ] || die "APP_MIGRATE_DB_PASSWORD is not set in $MIGRATE_ENV_FILE"
[ -x "$JAVA" ] || die "no java at $JAVA (set JAVA to a JDK 21+ java)"
for f in aloitepolku.war payara-micro.jar payara/production-pre-boot.asadmin payara/logging.properties; do
    [ -r "$APP_HOME/$f" ] || die "missing $APP_HOME/$f"
done
command -v curl >/dev/null || die "curl is needed"
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "port $PORT is in use; choose another with MIGRATE_PORT"
fi

# The credentials reach Java through the environment only, never the command line (ps shows that).
export APP_DB_URL="${APP_MIGRATE_DB_URL:-$APP_DB_URL}"
export APP_DB_USER="$APP_MIGRATE_DB_USER"
export APP_DB_PASSWORD="$APP_MIGRATE_DB_PASSWORD"
export APP_DB_MIGRATE=true
export MALLOC_ARENA_MAX=2
unset APP_MIGRATE_DB_PASSWORD APP_MIGRATE_DB_USER APP_MIGRATE_DB_URL APP_JAVA_OPTS

WORK="$(mktemp -d "${TMPDIR:-/tmp}/aloitepolku-migrate.XXXXXX")"
mkdir "$WORK/tmp"
LOG="$WORK/payara.log"
export HOME="$WORK"
unsafe=()   # JDK 23+ only; a JDK 21/22 refuses to start with it
if "$JAVA" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
    unsafe=(--sun-misc-unsafe-memory-access=allow)
fi
command=("$JAVA" -Xms256m -Xmx768m
    -Duser.timezone=UTC -Dfile.encoding=UTF-8 -Djava.io.tmpdir="$WORK/tmp" -Dapp.demo-data=false
    "${unsafe[@]}"
    -jar "$APP_HOME/payara-micro.jar" --deploy "$APP_HOME/aloitepolku.war" --contextroot / --port "$PORT"
    --nohazelcast --prebootcommandfile "$APP_HOME/payara/production-pre-boot.asadmin"
    --logproperties "$APP_HOME/payara/logging.properties")
if [ -n "$RUN_AS" ] && [ "$(id -u)" -eq 0 ]; then
    id "$RUN_AS" >/dev/null 2>&1 || die "no user $RUN_AS (set RUN_AS, or RUN_AS= to run as root)"
    chown -R "$RUN_AS:" "$WORK"
    command=(setpriv --reuid="$RUN_AS" --regid="$(id -g "$RUN_AS")" --init-groups --no-new-privs -- "${command[@]}")
fi

server=""
stop_server() {
    if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
        kill -TERM "$server" 2>/dev/null || true
        for _ in $(seq 60); do kill -0 "$server" 2>/dev/null || break; sleep 1; done
        kill -KILL "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    server=""
}
fail() {
    stop_server
    echo "migrate: FAILED: $*" >&2
    echo "---- errors in the server log ----" >&2
    if ! grep -q -E 'SEVERE|Error Code' "$LOG"; then
        tail -20 "$LOG" | cut -c1-400 >&2
    fi
    grep -E -A3 'SEVERE|Migration .* failed|Error Code|SQL State|Message' "$LOG" | cut -c1-400 | head -60 >&2 || true
    echo "---- full log kept in $LOG ----" >&2
    exit 1
}
trap 'stop_server' EXIT
trap 'fail "interrupted"' INT TERM

echo "Migrating $APP_DB_URL as $APP_DB_USER with $APP_HOME/aloitepolku.war (log: $LOG) …"
"${command[@]}" >"$LOG" 2>&1 &
server=$!

ready_url="http://127.0.0.1:$PORT/health/ready"
database_up() {
    local body
    body="$(curl -s --max-time 5 "$ready_url" 2>/dev/null)" || return 1
    [[ "$body" == *'"status":"UP"'* && "$body" == *'"name":"database"'* ]]
}
deadline=$((SECONDS + TIMEOUT))
until database_up; do
    kill -0 "$server" 2>/dev/null || fail "Payara Micro exited before the application was ready"
    if grep -q 'Payara Micro .* ready in' "$LOG"; then
        # The server is up; if the application is not, its deployment failed (a migration, or the database).
        sleep 2
        database_up && break
        fail "the application did not deploy (see the errors below)"
    fi
    [ "$SECONDS" -lt "$deadline" ] || fail "not ready after $TIMEOUT s"
    sleep 2
done

grep -E 'DbMigrate|DbValidate|Schema at version|Successfully (applied|validated)|up to date' "$LOG" \
    | sed -E 's/^\[[^]]*\] \[[^]]*\] \[[A-Z]+\] \[[^]]*\] \[[^]]*\] \[[^]]*\] \[[^]]*\] \[[^]]*\] */  /' || true
stop_server
trap - EXIT INT TERM
rm -rf "$WORK"
echo "Schema up to date."
