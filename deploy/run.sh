#!/usr/bin/env bash
# The run command: builds Aloitepolku and starts it at http://localhost:8080/ on an embedded MariaDB
# with demo data (kept in .data/ between runs). With APP_DB_URL (and APP_DB_USER, APP_DB_PASSWORD)
# set, the same build runs against that MariaDB instead and no embedded one is started.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/find-jdk.sh
echo "Building with $JAVA_HOME …"
./mvnw -B -q package -DskipTests
exec "$JAVA_HOME/bin/java" -Duser.timezone=UTC -Dapp.baseDir="$PWD" \
    -cp "target/test-classes:$(cat target/launcher.classpath)" fi.aloitepolku.devserver.LocalRun
