# lib.sh: shared set-up for the demo, the tests and the benchmarks.
#
# Sourced by scripts/*.sh.  Installs what is missing (Debian packages, as
# root), builds and installs the extension, and runs a throwaway
# PostgreSQL cluster on a Unix socket in a temporary directory, started as
# an unprivileged user and stopped and removed on exit, whatever happened.
# The cluster also listens on 127.0.0.1:$PGPORT, for the clients that have
# no Unix sockets (JDBC, test/clients); VIGO_CAL_LISTEN='' turns that off.
# run_suite counts the TAP of one test suite, for test.sh and
# reliability.sh.

set -euo pipefail

# The server to run against: PGBIN if set; else PostgreSQL $PGVERSION,
# Debian's own for 15 (the default), for another major the build of it in
# $VIGO_CAL_PG_BUILDS (../shared/postgresql beside the repository), which
# install.sh unpacks to /opt/postgresql-$PGVERSION (see pg_bin below).
PGVERSION=${PGVERSION:-15}
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VIGO_CAL_PG_BUILDS=${VIGO_CAL_PG_BUILDS:-$REPO/../shared/postgresql}
# Debian's PostgreSQL 15 is always installed: its pgTAP is the one that
# install.sh copies into the other builds.
PACKAGES=(make gcc binutils postgresql-15 postgresql-server-dev-15
          postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl
          python3-numpy python3-dateutil python3-icalendar python3-jsonschema libxml2-utils librsvg2-bin
          python3-psycopg2 default-jdk-headless libpostgresql-jdbc-java
          python3-pyodbc odbc-postgresql unixodbc
          chromium poppler-utils tidy python3-lxml)
[ -n "${EXTRA_PACKAGES:-}" ] && PACKAGES+=($EXTRA_PACKAGES)

log() { printf '==> %s\n' "$*" >&2; }

# Install the Debian packages that are missing.
ensure_packages() {
    local missing=() p
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        log "missing packages: ${missing[*]} (run as root, or install them)"
        return 1
    fi
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The bin directory of PostgreSQL $PGVERSION (unpacked on first use).
pg_bin() {
    if [ -x "/usr/lib/postgresql/$PGVERSION/bin/pg_config" ]; then
        echo "/usr/lib/postgresql/$PGVERSION/bin"
    elif [ -x "$VIGO_CAL_PG_BUILDS/install.sh" ]; then
        "$VIGO_CAL_PG_BUILDS/install.sh" "$PGVERSION" 2>/dev/null
    else
        log "no PostgreSQL $PGVERSION: neither Debian's nor a build in $VIGO_CAL_PG_BUILDS"
        return 1
    fi
}

# Build and install the extension into the server's directories.
# Build from clean (objects of another server's headers must not stay,
# and every run sees every compiler warning) and install into the server's
# directories.  The compiler's messages are kept in $BUILD_LOG, which
# test.sh counts.
BUILD_LOG=$REPO/build.log
build_and_install() {
    log "building vigo_cal for $("$PGBIN/pg_config" --version)"
    make -C "$REPO" -s PG_CONFIG="$PGBIN/pg_config" clean >/dev/null
    make -C "$REPO" -s PG_CONFIG="$PGBIN/pg_config" >/dev/null 2>"$BUILD_LOG" \
        || { cat "$BUILD_LOG" >&2; return 1; }
    make -C "$REPO" -s PG_CONFIG="$PGBIN/pg_config" install >/dev/null
}

# build_tap: the build of this run as TAP: no compiler warning.
build_tap() {
    local n
    n=$(grep -c 'warning:' "$BUILD_LOG" || true)
    echo "1..1"
    if [ "$n" -eq 0 ]; then
        echo "ok 1 - the module builds with no compiler warning against $("$PGBIN/pg_config" --version)"
    else
        echo "not ok 1 - the module builds with $n compiler warnings against $("$PGBIN/pg_config" --version)"
        sed 's/^/# /' "$BUILD_LOG"
    fi
}

# Run a command as the cluster's owner: 'postgres' when we are root.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# the cluster's directory; kept from the environment for a script that
# runs inside scripts/with-cluster.sh (the reliability suites read the
# server log there)
CLUSTER_DIR=${CLUSTER_DIR:-}

stop_cluster() {
    [ -n "$CLUSTER_DIR" ] || return 0
    if [ -f "$CLUSTER_DIR/data/postmaster.pid" ]; then
        as_owner "$PGBIN/pg_ctl" -D "$CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1 \
            || as_owner "$PGBIN/pg_ctl" -D "$CLUSTER_DIR/data" -m immediate stop >/dev/null 2>&1 \
            || true
    fi
    rm -rf "$CLUSTER_DIR"
    CLUSTER_DIR=""
}

# Start a throwaway cluster; exports PGHOST, PGPORT, PGUSER for libpq.  It
# listens on its socket and on $VIGO_CAL_LISTEN (default 127.0.0.1; '' for
# the socket only), same port.  initdb -A trust writes "host all all
# 127.0.0.1/32 trust" into the cluster's own pg_hba.conf: while a run lasts,
# any local user may connect to it over TCP, as any role.  Two runs on one
# port now collide (the TCP port is shared, the socket directory is not).
start_cluster() {
    local listen=${VIGO_CAL_LISTEN-127.0.0.1}
    CLUSTER_DIR=$(mktemp -d /tmp/vigo_cal.XXXXXX)
    export CLUSTER_DIR
    trap stop_cluster EXIT
    trap 'exit 130' INT TERM
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$CLUSTER_DIR"
        export PGUSER=postgres
    else
        export PGUSER=$(id -un)
    fi
    chmod 700 "$CLUSTER_DIR"
    as_owner "$PGBIN/initdb" -D "$CLUSTER_DIR/data" -A trust -U "$PGUSER" \
        -E UTF8 --locale=C.UTF-8 >"$CLUSTER_DIR/initdb.log" 2>&1 \
        || { cat "$CLUSTER_DIR/initdb.log" >&2; return 1; }
    export PGHOST=$CLUSTER_DIR PGPORT=${VIGO_CAL_PGPORT:-54321}
    as_owner "$PGBIN/pg_ctl" -D "$CLUSTER_DIR/data" -l "$CLUSTER_DIR/server.log" -w \
        -o "-k $CLUSTER_DIR -p $PGPORT -c listen_addresses='$listen' -c fsync=off" \
        start >/dev/null \
        || { cat "$CLUSTER_DIR/server.log" >&2; return 1; }
    export PATH="$PGBIN:$PATH"
    log "cluster running on socket $PGHOST${listen:+ and $listen}, port $PGPORT"
}

# Everything a run needs: packages, the extension, a cluster.
setup() {
    ensure_packages
    PGBIN=${PGBIN:-$(pg_bin)}
    build_and_install
    start_cluster
}

# ---- counting TAP ----

SUITES_PASSED=0
SUITES_FAILED=0

# run_suite NAME CMD...: run one test suite, which prints TAP, and count
# its test lines ("ok N ...", "not ok N ..."; an "ok ... # SKIP" is a
# pass).  One more failure is counted when the plan ("1..N", one, first or
# last) is missing or does not match, when no test ran, on "Bail out!", and
# on a non-zero exit status without a failed test (a crash).  Shows the
# suite's comments ("# ...") and skipped tests if it passed, all its output
# if not (or with VIGO_CAL_TEST_VERBOSE=1), then "NAME: N passed, N failed".
run_suite() {
    local name=$1 log rc ok bad plans planned why=""
    shift
    log=$(mktemp "${TMPDIR:-/tmp}/vigo_cal_suite.XXXXXX")
    log "$name"
    "$@" >"$log" 2>&1 && rc=0 || rc=$?
    ok=$(grep -cE '^ok [0-9]+( |$)' "$log" || true)
    bad=$(grep -cE '^not ok [0-9]+( |$)' "$log" || true)
    plans=$(grep -cE '^1\.\.[0-9]+( |$)' "$log" || true)
    planned=$(sed -n 's/^1\.\.\([0-9]*\).*/\1/p' "$log" | head -n 1)
    if [ "$plans" -eq 0 ]; then
        why="no plan"
    elif [ "$plans" -gt 1 ]; then
        why="$plans plans"
    elif [ $((ok + bad)) -ne "$planned" ]; then
        why="planned $planned, ran $((ok + bad))"
    elif [ $((ok + bad)) -eq 0 ]; then
        why="no test ran"
    elif grep -q '^Bail out!' "$log"; then
        why="bailed out"
    elif [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
        why="exit status $rc"
    fi
    [ -z "$why" ] || bad=$((bad + 1))
    if [ "$bad" -gt 0 ] || [ -n "${VIGO_CAL_TEST_VERBOSE:-}" ]; then
        cat "$log"
    else
        grep -E '^#|^ok [0-9]+.* # SKIP' "$log" || true
    fi
    rm -f "$log"
    echo "$name: $ok passed, $bad failed${why:+ ($why)}"
    SUITES_PASSED=$((SUITES_PASSED + ok))
    SUITES_FAILED=$((SUITES_FAILED + bad))
}

# suites_total: the closing line "N passed, N failed"; fails if any failed.
suites_total() {
    echo
    echo "$SUITES_PASSED passed, $SUITES_FAILED failed"
    [ "$SUITES_FAILED" -eq 0 ]
}
