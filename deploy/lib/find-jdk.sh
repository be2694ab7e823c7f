# Sourced by the run and test commands: sets JAVA_HOME to a JDK 21 or newer.
# Payara Micro 7 needs Java 21+; the machine's default java may be older (Debian 12 ships 17).

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -1 | cut -d. -f1
}

is_jdk21() {
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(java_major "$1")" -ge 21 ] 2>/dev/null
}

find_jdk() {
    if [ -n "${JAVA_HOME:-}" ] && is_jdk21 "$JAVA_HOME"; then
        return 0
    fi
    local candidate best="" best_major=0 major
    for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
        [ -d "$candidate" ] || continue
        if is_jdk21 "$candidate"; then
            major="$(java_major "$candidate")"
            if [ "$major" -gt "$best_major" ]; then
                best="$candidate"
                best_major="$major"
            fi
        fi
    done
    if [ -z "$best" ]; then
        echo "Aloitepolku needs a JDK 21 or newer (Payara Micro 7); none was found in JAVA_HOME or /usr/lib/jvm." >&2
        echo "Install one, e.g. Temurin 25 (package temurin-25-jdk from the Adoptium repository)," >&2
        echo "then run this again or point JAVA_HOME at it." >&2
        exit 3
    fi
    export JAVA_HOME="$best"
}

find_jdk
export PATH="$JAVA_HOME/bin:$PATH"
