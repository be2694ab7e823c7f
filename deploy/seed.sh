#!/usr/bin/env bash
# Fills a database with synthetic national-scale data (default: 100,000 initiatives, 300 municipalities,
# 1,000,000 case-log entries, steps and links). Against APP_DB_URL (+ APP_DB_USER, APP_DB_PASSWORD) when set,
# else an embedded MariaDB in .data/bench (APP_DATA_DIR). The database must hold no initiatives yet.
#   deploy/seed.sh [initiatives] [municipalities] [log entries]
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/find-jdk.sh
./mvnw -B -q package -DskipTests
exec "$JAVA_HOME/bin/java" -Xmx1g -Duser.timezone=UTC -Dapp.baseDir="$PWD" \
    -cp "target/test-classes:$(cat target/launcher.classpath)" fi.aloitepolku.devserver.SeedGenerator "$@"
