#!/usr/bin/env bash
# run_clients.sh: the BI surface (the views of schema vigo_cal_bi) through
# three real client stacks, JDBC (BiViewsCheck.java, compiled here against
# the PostgreSQL driver), psycopg2 (check_bi_psycopg2.py) and ODBC
# (check_bi_odbc.py: psqlODBC through pyodbc), connected over TCP as a
# login that holds nothing but the grants of vigo_cal.grant_reader(login),
# the documented step: they must be enough.
#
# Needs PGHOST/PGPORT/PGUSER (a superuser, on the Unix socket) of a running
# cluster that also listens on 127.0.0.1:$PGPORT and trusts it, as
# scripts/lib.sh start_cluster provides (JDBC has no Unix sockets).
#
#   run_clients.sh [-d DB | -f SETUP.sql ...] [-v NAME=VALUE ...]
#                  [-y SCHOOL_YEAR] [-c COUNTY] [-e EXPECT_FILE] [-k]
#
#   -d DB      use an existing database (not created, not dropped)
#   -f FILE    build the scratch database with FILE (psql, may repeat)
#              instead of CREATE EXTENSION vigo_cal; -v passes variables
#   -y, -c     the school year and county value to filter by (default
#              $VIGO_CAL_BI_YEAR or 2023-2024, $VIGO_CAL_BI_COUNTY or 46)
#   -e FILE    minimum row counts (default: expect.properties next to this
#              script, if there is one); format in BiViewsCheck.java
#   -k         keep the scratch database and the role bi_login
#
# Without -f the database gets the delivery log of fixture.sql, the login
# acts for the county of -c (a county_member row) and a second login,
# bi_all, for every county; then the panels of doc/dashboards.md run too:
# through psycopg2 on the page's day against the rows the page prints
# (panels.py), and over JDBC (BiPanels.java) and psycopg2 with no setting
# at all, against each other; and ODBC runs three of them against psycopg2.
#
# Prints one TAP stream: its own set-up tests, then the tests of each
# program prefixed with "jdbc:", "psycopg2:", "odbc:" or "panels...:", then
# whether each program ran to the end of its plan.  Exits non-zero on any failure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jar=${VIGO_CAL_JDBC_JAR:-/usr/share/java/postgresql.jar}
doc=$here/../../doc/dashboards.md
python=${VIGO_CAL_PYTHON:-/usr/bin/python3}
login=bi_login
login_all=bi_all
db=vigo_cal_bi_clients
own_db=1
keep=
setup_files=()
psql_vars=()
year=${VIGO_CAL_BI_YEAR:-2023-2024}
county=${VIGO_CAL_BI_COUNTY:-46}
expect=
[ -f "$here/expect.properties" ] && expect=$here/expect.properties
while getopts "d:f:v:y:c:e:k" opt; do
    case $opt in
        d) db=$OPTARG; own_db= ;;
        f) setup_files+=("$OPTARG") ;;
        v) psql_vars+=(-v "$OPTARG") ;;
        y) year=$OPTARG ;;
        c) county=$OPTARG ;;
        e) expect=$OPTARG ;;
        k) keep=1 ;;
        *) sed -n '13,23p' "$0" >&2; exit 2 ;;
    esac
done
: "${PGHOST:?PGHOST (the socket directory of the cluster) is not set}" "${PGPORT:?PGPORT is not set}"
work=$(mktemp -d /tmp/vigo_cal_clients.XXXXXX)

cleanup() {
    if [ -z "$keep" ]; then
        if [ -n "$own_db" ]; then
            psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
        else
            psql -X -q -d "$db" -c "SELECT vigo_cal.revoke_reader(r::regrole) FROM pg_catalog.pg_roles r
                                      WHERE r.rolname IN ('$login', '$login_all')" >/dev/null 2>&1
        fi
        psql -X -q -d postgres -c "DROP ROLE IF EXISTS $login" -c "DROP ROLE IF EXISTS $login_all" >/dev/null 2>&1
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The TAP stream, printed at the end so that the plan comes first.
lines=()
n=0
failed=0
ok() {  # ok COND-STATUS NAME [DIAG-FILE]
    n=$((n + 1))
    if [ "$1" -eq 0 ]; then
        lines+=("ok $n - $2")
    else
        failed=$((failed + 1))
        lines+=("not ok $n - $2")
        if [ -n "${3:-}" ] && [ -s "$3" ]; then
            while IFS= read -r l; do lines+=("#   $l"); done <"$3"
        fi
    fi
}
finish() {
    echo "1..$n"
    printf '%s\n' "${lines[@]}"
    exit $((failed > 0))
}
bail() {  # the steps after this one cannot run: show what ran, then stop
    printf '%s\n' "${lines[@]}"
    echo "Bail out! $1"
    exit 1
}
# q SQL: the values of a query as the superuser; errors go to the current test's diagnostics
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$db" -c "$1" 2>>"$work/err"; }

# 1. the database, built by CREATE EXTENSION or the set-up files
st=0
if [ -n "$own_db" ]; then
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db" \
         -c "CREATE DATABASE $db" >"$work/err" 2>&1 || st=$?
    if [ $st -eq 0 ] && [ ${#setup_files[@]} -eq 0 ]; then
        q "CREATE EXTENSION vigo_cal" >/dev/null || st=$?
        # the delivery log of the panels in doc/dashboards.md
        if [ $st -eq 0 ] && [ -f "$here/fixture.sql" ]; then
            psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$here/fixture.sql" >/dev/null 2>>"$work/err" || st=$?
        fi
    fi
    for f in "${setup_files[@]}"; do
        [ $st -eq 0 ] || break
        psql -X -q -v ON_ERROR_STOP=1 "${psql_vars[@]}" -d "$db" -f "$f" >/dev/null 2>"$work/err" || st=$?
    done
fi
what="CREATE EXTENSION vigo_cal"
[ ${#setup_files[@]} -gt 0 ] && what="${setup_files[*]##*/}${psql_vars[*]:+ ${psql_vars[*]}}"
[ -n "$own_db" ] || what="existing database"
ok $st "database $db ($what)" "$work/err"
[ $st -eq 0 ] || bail "no database to test"

# 2. the logins, made readers by the documented step: vigo_cal.grant_reader
st=0
: >"$work/err"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP ROLE IF EXISTS $login" -c "DROP ROLE IF EXISTS $login_all" \
     -c "CREATE ROLE $login LOGIN" -c "CREATE ROLE $login_all LOGIN" >"$work/err" 2>&1 || st=$?
[ $st -eq 0 ] && { q "SELECT vigo_cal.grant_reader('$login'), vigo_cal.grant_reader('$login_all')" >/dev/null || st=$?; }
ok $st "logins $login and $login_all, each made a reader by SELECT vigo_cal.grant_reader(login)" "$work/err"
[ $st -eq 0 ] || bail "no reader logins"

if [ -n "$own_db" ] && [ ${#setup_files[@]} -eq 0 ]; then
    st=0
    : >"$work/err"
    out=$(q "SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = 'vigo_cal_reader'") || st=$?
    [ "$out" = 0 ] || { st=1; echo "role vigo_cal_reader exists" >>"$work/err"; }
    ok $st "CREATE EXTENSION made no role (no vigo_cal_reader)" "$work/err"
fi

st=0
: >"$work/err"
out=$(q "SELECT CASE WHEN NOT has_schema_privilege('$login', n.oid, 'USAGE')
                     THEN 'no USAGE on schema vigo_cal_bi' END
           FROM pg_catalog.pg_namespace n WHERE n.nspname = 'vigo_cal_bi'
         UNION ALL
         SELECT 'no SELECT on ' || c.oid::regclass::text
           FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'vigo_cal_bi' AND c.relkind = 'v'
            AND NOT has_table_privilege('$login', c.oid, 'SELECT')") || st=$?
views=$(q "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'vigo_cal_bi' AND c.relkind = 'v'") || st=$?
out=$(printf '%s\n' "$out" | sed '/^$/d')
[ -z "$out" ] || { st=1; echo "$out" >>"$work/err"; }
schema_exists=$(q "SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = 'vigo_cal_bi'") || st=$?
[ "$schema_exists" = 1 ] || { st=1; echo "there is no schema vigo_cal_bi" >>"$work/err"; }
ok $st "$login holds USAGE on vigo_cal_bi and SELECT on its ${views:-?} views" "$work/err"

st=0
: >"$work/err"
out=$(q "WITH r AS (SELECT oid FROM pg_catalog.pg_roles WHERE rolname = '$login'),
         g AS (
           SELECT 'schema ' || quote_ident(n.nspname) AS obj, a.privilege_type AS priv,
                  n.nspname = 'vigo_cal_bi' AND a.privilege_type = 'USAGE' AS documented
             FROM pg_catalog.pg_namespace n, aclexplode(n.nspacl) a, r WHERE a.grantee = r.oid
           UNION ALL
           SELECT 'relation ' || c.oid::regclass::text, a.privilege_type,
                  n.nspname = 'vigo_cal_bi' AND c.relkind = 'v' AND a.privilege_type = 'SELECT'
             FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace,
                  aclexplode(c.relacl) a, r WHERE a.grantee = r.oid
           UNION ALL
           SELECT 'column ' || t.attrelid::regclass::text || '.' || quote_ident(t.attname), a.privilege_type, false
             FROM pg_catalog.pg_attribute t, aclexplode(t.attacl) a, r WHERE a.grantee = r.oid
           UNION ALL
           -- EXECUTE on the functions of vigo_cal that the views call
           SELECT 'function ' || p.oid::regprocedure::text, a.privilege_type,
                  p.pronamespace = 'vigo_cal'::regnamespace AND a.privilege_type = 'EXECUTE'
             FROM pg_catalog.pg_proc p, aclexplode(p.proacl) a, r WHERE a.grantee = r.oid
           UNION ALL
           SELECT 'type ' || t.oid::regtype::text, a.privilege_type, false
             FROM pg_catalog.pg_type t, aclexplode(t.typacl) a, r WHERE a.grantee = r.oid
           UNION ALL
           SELECT 'database ' || quote_ident(d.datname), a.privilege_type, false
             FROM pg_catalog.pg_database d, aclexplode(d.datacl) a, r WHERE a.grantee = r.oid
           UNION ALL
           SELECT 'member of role ' || m.roleid::regrole::text, 'MEMBER', false
             FROM pg_catalog.pg_auth_members m, r WHERE m.member = r.oid)
         SELECT obj || ': ' || priv FROM g WHERE NOT documented ORDER BY 1") || st=$?
[ -z "$out" ] || { st=1; echo "$out" >>"$work/err"; }
ok $st "$login holds nothing else (no other grant, no role membership)" "$work/err"

# 3. which counties' deliveries they see (county $county, and every county), and TCP
st=0
: >"$work/err"
q "INSERT INTO vigo_cal.county_member (member_role, county_number)
   VALUES ('$login', '$county'), ('$login_all', NULL)" >/dev/null || st=$?
if [ $st -eq 0 ]; then
    out=$(psql -X -q -A -t -v ON_ERROR_STOP=1 "host=127.0.0.1 port=$PGPORT dbname=$db user=$login" \
               -c "SELECT host(inet_server_addr())" 2>"$work/err") || st=$?
fi
ok $st "login $login (a reader by grant_reader) reaches $db over TCP at 127.0.0.1:$PGPORT" "$work/err"
[ $st -eq 0 ] || bail "no TCP on 127.0.0.1:$PGPORT: start the cluster with listen_addresses=127.0.0.1 and trust for 127.0.0.1/32 (scripts/lib.sh start_cluster)"

# merge PREFIX FILE RC: a program's TAP into this stream, and whether it ran to the end
merge() {
    local prefix=$1 file=$2 rc=$3 line planned= seen=0 bad=0 bailed=
    while IFS= read -r line; do
        case $line in
            "ok "*) seen=$((seen + 1)); n=$((n + 1)); lines+=("ok $n - $prefix: ${line#* - }") ;;
            "not ok "*) seen=$((seen + 1)); bad=$((bad + 1)); n=$((n + 1)); failed=$((failed + 1))
                        lines+=("not ok $n - $prefix: ${line#* - }") ;;
            1..*) planned=${line#1..} ;;
            "Bail out!"*) bailed=${line#Bail out! } ;;
            *) lines+=("$line") ;;
        esac
    done <"$file"
    : >"$work/err"
    [ -z "$bailed" ] || echo "bailed out: $bailed" >>"$work/err"
    [ "$planned" = "$seen" ] || echo "plan 1..${planned:-?}, $seen tests seen" >>"$work/err"
    { [ "$rc" -eq 0 ] && [ "$bad" -eq 0 ]; } || { [ "$rc" -eq 1 ] && [ "$bad" -gt 0 ]; } \
        || echo "exit status $rc with $bad failed tests" >>"$work/err"
    [ -s "$work/err" ] && st=1 || st=0
    ok $st "$prefix: ran to the end of its plan (${planned:-no plan}), exit status $rc" "$work/err"
}
args=(127.0.0.1 "$PGPORT" "$db" "$login" "$year" "$county")
[ -n "$expect" ] && args+=("$expect")

# 4. JDBC
st=0
javac --release 17 -cp "$jar" -d "$work/classes" "$here/BiViewsCheck.java" "$here/BiPanels.java" \
    >"$work/err" 2>&1 || st=$?
ok $st "javac --release 17 compiles BiViewsCheck.java and BiPanels.java against $jar" "$work/err"
if [ $st -eq 0 ]; then
    rc=0
    java -cp "$work/classes:$jar" BiViewsCheck "${args[@]}" >"$work/jdbc.tap" 2>&1 || rc=$?
    merge jdbc "$work/jdbc.tap" $rc
fi

# 5. psycopg2
rc=0
"$python" "$here/check_bi_psycopg2.py" "${args[@]}" >"$work/psycopg2.tap" 2>&1 || rc=$?
merge psycopg2 "$work/psycopg2.tap" $rc

# 6. ODBC (psqlODBC, the driver of Power BI and Excel), with three panels
# of doc/dashboards.md against psycopg2 when the database has the fixture
odbc_args=()
[ -n "$own_db" ] && [ ${#setup_files[@]} -eq 0 ] && [ -f "$doc" ] && odbc_args=(--panels "$doc")
rc=0
"$python" "$here/check_bi_odbc.py" "${odbc_args[@]}" "${args[@]}" >"$work/odbc.tap" 2>&1 || rc=$?
merge odbc "$work/odbc.tap" $rc

# 7. the panels of doc/dashboards.md: psycopg2 on the page's day against
# the page, then JDBC and psycopg2 with no setting against each other
if [ -n "$own_db" ] && [ ${#setup_files[@]} -eq 0 ] && [ -f "$doc" ]; then
    rc=0
    "$python" "$here/panels.py" check "$doc" 127.0.0.1 "$PGPORT" "$db" "$work/panels_psycopg2.tsv" \
        >"$work/panels.tap" 2>&1 || rc=$?
    merge "panels, psycopg2" "$work/panels.tap" $rc
    st=0
    "$python" "$here/panels.py" extract "$doc" "$work/panels.txt" >"$work/err" 2>&1 || st=$?
    if [ $st -eq 0 ] && [ -d "$work/classes" ]; then
        rc=0
        java -cp "$work/classes:$jar" BiPanels 127.0.0.1 "$PGPORT" "$db" "$work/panels.txt" "$work/panels_jdbc.tsv" \
            >"$work/jdbc_panels.tap" 2>&1 || rc=$?
        merge "panels, jdbc" "$work/jdbc_panels.tap" $rc
        rc=0
        "$python" "$here/panels.py" compare "$work/panels_jdbc.tsv" "$work/panels_psycopg2.tsv" \
            >"$work/compare.tap" 2>&1 || rc=$?
        merge "panels" "$work/compare.tap" $rc
    else
        ok 1 "the panels of doc/dashboards.md, for JDBC" "$work/err"
    fi
fi

finish
