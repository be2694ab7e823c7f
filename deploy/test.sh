#!/usr/bin/env bash
# The test command: unit tests, Arquillian tests on Payara Micro against an embedded MariaDB, and browser
# tests in headless Chromium. Installs Debian's chromium and chromium-driver when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/lib/find-jdk.sh

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    echo "Installing chromium and chromium-driver (browser tests) …"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

echo "Testing with $JAVA_HOME"
./mvnw -B clean verify "$@"
