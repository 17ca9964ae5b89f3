#!/usr/bin/env bash
# A local Elasticsearch node for development and tests: scripts/elasticsearch.sh start|stop|status
#
# The node is the official integration-test distribution (the server build that Maven Central
# publishes), fetched with Maven, plus scripts/elasticsearch-analysis: a small plugin standing in
# for the analysis-common module that this distribution lacks (see its OcopAnalysisPlugin.java).
# It runs single-node on 127.0.0.1 with security off, under a non-root user.
#
# Environment: ELASTICSEARCH_PORT (9200; transport: the first free port from PORT+100), ELASTICSEARCH_VERSION
# (9.5.4), ES_JAVA_HOME (default: the newest JDK >= 21 under /usr/lib/jvm), ES_JAVA_OPTS
# (-Xms512m -Xmx512m), OCOP_STATE_DIR (node data, default <repo>/.state), XDG_CACHE_HOME,
# ELASTICSEARCH_START_TIMEOUT (seconds to wait for a node that is still booting, default 600: a busy
# machine can take minutes; a node whose process died fails at once, whatever the timeout).
# As root the node runs as the system user ocop-search (created if missing); a state or cache
# directory that user cannot reach (anything under /root) is replaced by one in its home.
set -euo pipefail
umask 022

VERSION=${ELASTICSEARCH_VERSION:-9.5.4}
PORT=${ELASTICSEARCH_PORT:-9200}
START_TIMEOUT=${ELASTICSEARCH_START_TIMEOUT:-600}
[[ $START_TIMEOUT =~ ^[0-9]+$ ]] || { echo "elasticsearch.sh: ELASTICSEARCH_START_TIMEOUT must be a number of seconds" >&2; exit 2; }
URL=http://127.0.0.1:$PORT
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PLUGIN_SRC=$HERE/elasticsearch-analysis
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/ocop/elasticsearch
STATE=${OCOP_STATE_DIR:-$(dirname "$HERE")/.state}/elasticsearch-$PORT
DIST_BASE=$CACHE
SVC_USER=ocop-search
AS_SVC=()

die() { echo "elasticsearch.sh: $*" >&2; exit 1; }

# Can $SVC_USER reach the path (or, if it does not exist yet, its nearest existing parent)?
reachable() {
    local d=$1
    while [ ! -e "$d" ]; do d=$(dirname "$d"); done
    runuser -u "$SVC_USER" -- test -x "$d"
}

if [ "$(id -u)" = 0 ]; then
    if ! id "$SVC_USER" >/dev/null 2>&1; then
        useradd --system --user-group --home-dir "/var/lib/$SVC_USER" --create-home \
            --shell /usr/sbin/nologin "$SVC_USER"
    fi
    SVC_HOME=$(getent passwd "$SVC_USER" | cut -d: -f6)
    reachable "$STATE" || STATE=$SVC_HOME/elasticsearch-$PORT
    reachable "$CACHE" || DIST_BASE=$SVC_HOME
    AS_SVC=(runuser -u "$SVC_USER" --)
fi
ES_HOME=$DIST_BASE/elasticsearch-$VERSION
PIDFILE=$STATE/elasticsearch.pid

# Something answering on the port as Elasticsearch (the header is on every response)?
answers() { curl -s -m 5 -D - -o /dev/null "$URL/" 2>/dev/null | grep -qi '^x-elastic-product: *Elasticsearch'; }

# The pid of the node this script started, if it is still alive.
our_pid() {
    local pid
    pid=$(cat "$PIDFILE" 2>/dev/null) || return 1
    grep -qa org.elasticsearch "/proc/$pid/cmdline" 2>/dev/null && echo "$pid"
}

find_jdk() {
    local j v best="" best_v=0
    if [ -n "${ES_JAVA_HOME:-}" ]; then echo "$ES_JAVA_HOME"; return; fi
    for j in /usr/lib/jvm/*; do
        [ -x "$j/bin/javac" ] || continue
        v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$j/release" 2>/dev/null)
        if [ "${v:-0}" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best=$j best_v=$v; fi
    done
    [ -n "$best" ] || die "Elasticsearch $VERSION needs a JDK >= 21 and none is under /usr/lib/jvm (set ES_JAVA_HOME)"
    echo "$best"
}

# Run Maven quietly on the given JDK; show its output only if it fails.
mvn_q() {
    JAVA_HOME=$JDK mvn -q -B "$@" >"$CACHE/mvn.log" 2>&1 || { cat "$CACHE/mvn.log" >&2; die "mvn $* failed"; }
}

# Unzip keeping the file modes (bin/ must stay executable) without needing unzip(1).
unpack() {
    python3 - "$1" "$2" <<'EOF'
import os, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        path = z.extract(info, sys.argv[2])
        if info.external_attr >> 16:
            os.chmod(path, (info.external_attr >> 16) & 0o777)
EOF
}

# Fetch and unpack the distribution, build the plugin when its sources changed, install it.
install() {
    mkdir -p "$CACHE" "$DIST_BASE"
    local zip=$CACHE/elasticsearch-$VERSION.zip tmp hash plugin
    if [ ! -f "$zip" ]; then
        echo "Fetching Elasticsearch $VERSION (integration-test distribution) with Maven..."
        tmp=$(mktemp -d "$CACHE/fetch.XXXXXX")
        mvn_q dependency:copy -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$VERSION:zip" \
            -DoutputDirectory="$tmp"
        mv "$tmp/elasticsearch-$VERSION.zip" "$zip" && rm -rf "$tmp"
    fi
    if [ ! -d "$ES_HOME" ]; then
        tmp=$(mktemp -d "$DIST_BASE/unpack.XXXXXX")
        unpack "$zip" "$tmp"
        chmod 755 "$tmp" && mv "$tmp/elasticsearch-$VERSION" "$ES_HOME" && rm -rf "$tmp"
    fi

    hash=$( (cd "$PLUGIN_SRC" && find . -type f ! -path './target/*' -print0 | sort -z | xargs -0 sha256sum
             echo "$VERSION") | sha256sum | cut -c1-12)
    plugin=$CACHE/ocop-analysis-common-$VERSION-$hash.zip
    if [ ! -f "$plugin" ]; then
        echo "Building the analysis plugin (scripts/elasticsearch-analysis)..."
        rm -rf "$CACHE/plugin-build" && cp -r "$PLUGIN_SRC" "$CACHE/plugin-build" && rm -rf "$CACHE/plugin-build/target"
        mvn_q -f "$CACHE/plugin-build/pom.xml" -Des.version="$VERSION" package
        rm -f "$CACHE"/ocop-analysis-common-*.zip
        cp "$CACHE/plugin-build/target/ocop-analysis-common-$VERSION.zip" "$plugin"
    fi
    if [ "$(cat "$ES_HOME/.ocop-plugin" 2>/dev/null)" != "$hash" ]; then
        rm -rf "$ES_HOME/plugins/ocop-analysis-common"
        ES_JAVA_HOME=$JDK "$ES_HOME/bin/elasticsearch-plugin" install --batch "file://$plugin" >"$CACHE/plugin-install.log" 2>&1 \
            || { cat "$CACHE/plugin-install.log" >&2; die "installing the analysis plugin failed"; }
        echo "$hash" >"$ES_HOME/.ocop-plugin"
    fi
}

start() {
    local pid
    if answers; then
        pid=$(our_pid) || pid=""
        echo "Elasticsearch already answers on port $PORT${pid:+ (pid $pid)}."
        echo "ELASTICSEARCH_URL=$URL"
        return 0
    fi
    if curl -s -m 5 -o /dev/null "$URL/"; then die "port $PORT is taken by something that is not Elasticsearch"; fi
    JDK=$(find_jdk)
    install

    mkdir -p "$STATE"
    [ -d "$STATE/config" ] || cp -r "$ES_HOME/config" "$STATE/config"
    rm -f "$PIDFILE"
    if [ ${#AS_SVC[@]} -gt 0 ]; then
        chown -R "$SVC_USER:" "$STATE"
        "${AS_SVC[@]}" test -w "$STATE" || die "$SVC_USER cannot write $STATE"
    fi

    echo "Starting Elasticsearch $VERSION on $URL (state in $STATE)..."
    local deadline=$((SECONDS + START_TIMEOUT))
    # With -d the launcher returns once the node is up, or at once with an error when it dies.
    if ! (cd "$STATE" && "${AS_SVC[@]}" env ES_JAVA_HOME="$JDK" ES_PATH_CONF="$STATE/config" \
            ES_JAVA_OPTS="${ES_JAVA_OPTS:--Xms512m -Xmx512m}" \
            timeout "$START_TIMEOUT" "$ES_HOME/bin/elasticsearch" -d -p "$PIDFILE" \
            -E discovery.type=single-node -E network.host=127.0.0.1 \
            -E http.port="$PORT" -E transport.port=$((PORT + 100))-$((PORT + 199)) \
            -E xpack.security.enabled=false \
            -E cluster.routing.allocation.disk.threshold_enabled=false \
            -E path.data="$STATE/data" -E path.logs="$STATE/logs") >"$STATE/startup.log" 2>&1; then
        our_pid >/dev/null || fail "Elasticsearch did not start (its process exited)"
        [ $SECONDS -lt $deadline ] || fail "Elasticsearch did not start within ${START_TIMEOUT}s"
        fail "Elasticsearch did not start"
    fi
    # Wait as long as the node is alive and booting (up to the timeout); a dead process fails now.
    until curl -sf -m 5 -o /dev/null "$URL/_cluster/health?wait_for_status=yellow&timeout=5s"; do
        our_pid >/dev/null || fail "the Elasticsearch process exited before answering on $URL"
        [ $SECONDS -lt $deadline ] || fail "Elasticsearch did not answer on $URL within ${START_TIMEOUT}s (ELASTICSEARCH_START_TIMEOUT)"
        sleep 1
    done
    echo "Elasticsearch is up (pid $(our_pid || echo '?'))."
    echo "ELASTICSEARCH_URL=$URL"
}

fail() {
    echo "elasticsearch.sh: $1; last lines of its logs:" >&2
    tail -n 30 "$STATE/startup.log" "$STATE/logs/elasticsearch.log" >&2 2>/dev/null || true
    exit 1
}

stop() {
    local pid
    if ! pid=$(our_pid); then
        rm -f "$PIDFILE"
        if answers; then die "an Elasticsearch not started by this script (no pid in $PIDFILE) answers on port $PORT"; fi
        echo "Elasticsearch is not running on port $PORT."
        return 0
    fi
    kill "$pid"
    for _ in $(seq 60); do
        kill -0 "$pid" 2>/dev/null || { echo "Elasticsearch stopped (pid $pid)."; rm -f "$PIDFILE"; return 0; }
        sleep 1
    done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$PIDFILE"
    echo "Elasticsearch (pid $pid) did not stop within 60s and was killed."
}

status() {
    local pid
    pid=$(our_pid) || pid=""
    if answers; then
        echo "Elasticsearch is running on $URL${pid:+ (pid $pid, state in $STATE)}."
    else
        echo "Elasticsearch is not running on port $PORT${pid:+ (pid $pid is alive but does not answer)}."
        return 1
    fi
}

# start and stop wait for each other: parallel test runs may call this script at the same time.
serialize() {
    mkdir -p "$CACHE"
    exec 9>"$CACHE/.lock"
    flock -w $((START_TIMEOUT + 120)) 9 || die "another elasticsearch.sh did not finish within $((START_TIMEOUT + 120))s (lock $CACHE/.lock)"
}

case "${1:-}" in
    start) serialize; start ;;
    stop) serialize; stop ;;
    status) status ;;
    *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
