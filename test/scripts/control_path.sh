#!/usr/bin/env bash
# control_path.sh: PostgreSQL 18's extension_control_path.  Installs the
# extension under a directory of its own (make install prefix=DIR), points
# extension_control_path and dynamic_library_path of a scratch database at
# DIR, and checks that CREATE EXTENSION vigo_cal works from there and
# that the module tells its name and version (PG_MODULE_MAGIC_EXT).  On an
# older server every test is reported as skipped.  Needs PGHOST/PGPORT/
# PGUSER of a running cluster, and that server's pg_config first on PATH.
# Prints TAP.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
. "$here/../lib/tap.sh"
db=vigo_cal_control_path
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

tests=("make install prefix=DIR puts the control file, the scripts and the library under DIR"
       "with extension_control_path set to DIR, vigo_cal is the one extension available"
       "CREATE EXTENSION vigo_cal installs it from DIR"
       "and it answers"
       "its functions name the library without a directory"
       "the library loaded is DIR's, found on dynamic_library_path"
       "pg_get_loaded_modules() shows the module's name and version")
plan ${#tests[@]}

server=$(q postgres "SHOW server_version_num")
if [ "$server" -lt 180000 ]; then
    for t in "${tests[@]}"; do
        skip "$t" "extension_control_path and PG_MODULE_MAGIC_EXT are new in PostgreSQL 18; this server is $(q postgres "SHOW server_version")"
    done
    done_testing
    exit
fi

pg_config=$(command -v pg_config) || bail_out "no pg_config on PATH"
[ "$("$pg_config" --version)" = "PostgreSQL $(q postgres "SHOW server_version")" ] \
    || bail_out "$pg_config is $("$pg_config" --version), the server $(q postgres "SHOW server_version")"
version=$(awk -f "$repo/scripts/meta_version.awk" "$repo/META.json")
dir=$(mktemp -d "${TMPDIR:-/tmp}/vigo_cal_control_path.XXXXXX")
chmod 755 "$dir"    # the server reads it, as another user when we are root
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
log=$dir/make.log

# 1. the install: built as usual, installed with PGXS's prefix (18), which
# puts the files under DIR/share/postgresql and DIR/lib/postgresql
make -s -C "$repo" PG_CONFIG="$pg_config" >"$log" 2>&1 \
    && make -s -C "$repo" PG_CONFIG="$pg_config" install prefix="$dir" >>"$log" 2>&1 \
    || bail_out "make install prefix=$dir failed" "$log"
control=$(find "$dir" -name vigo_cal.control)
share=${control%/extension/vigo_cal.control}
lib=$(dirname "$(find "$dir" -name 'vigo_cal.so')")
[ -f "$share/extension/vigo_cal--$version.sql" ] && [ -f "$lib/vigo_cal.so" ] && rc=0 || rc=1
ok $rc "${tests[0]}" "$(cd "$dir" && find . -type f | sort)"

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" \
     -c "ALTER DATABASE $db SET extension_control_path = '$share'" \
     -c "ALTER DATABASE $db SET dynamic_library_path = '$lib:\$libdir'" 2>/dev/null

# 2. only DIR is searched for control files: the server's own extensions
# (plpgsql among them) are not listed.  Libraries are looked for in DIR
# first, then in $libdir (where plpgsql's is, and the server's own copy of
# vigo_cal's; 6. shows which one is loaded).
is "$(q $db "SELECT string_agg(name || ' ' || default_version, ', ' ORDER BY name) FROM pg_available_extensions")" \
   "vigo_cal $version" "${tests[1]}"

out=$(q $db "CREATE EXTENSION vigo_cal" 2>&1) && rc=0 || rc=$?
ok $rc "${tests[2]}" "$out"

is "$(q $db "SELECT vigo_cal.schoolyear(date '2024-02-29') || ' ' || vigo_cal.add_business_days('2023-07-15', 1)" 2>&1)" \
   "2023-2024 2023-07-18" "${tests[3]}"

is "$(q $db "SELECT string_agg(DISTINCT probin, ', ') FROM pg_proc WHERE pronamespace = 'vigo_cal'::regnamespace AND prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')" 2>&1)" \
   "vigo_cal" "${tests[4]}"

# 6. and 7.: in one session, after a call has loaded the library: the file
# the backend mapped (Linux's /proc), and what the module says of itself
loaded() {
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db -c "SELECT vigo_cal.schoolyear(date '2024-02-29')" -c "$1" 2>&1 | tail -n +2
}
is "$(loaded "SELECT string_agg(DISTINCT substring(l FROM '/\\S*/vigo_cal[.]so$'), ', ')
                FROM regexp_split_to_table(pg_read_file('/proc/self/maps'), E'\\n') AS l")" \
   "$lib/vigo_cal.so" "${tests[5]}"
is "$(loaded "SELECT module_name || ' ' || version || ' ' || file_name
                FROM pg_get_loaded_modules() WHERE file_name LIKE 'vigo_cal%'")" \
   "vigo_cal $version vigo_cal.so" "${tests[6]}"
done_testing
