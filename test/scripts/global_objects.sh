#!/usr/bin/env bash
# global_objects.sh: CREATE EXTENSION makes nothing outside its database.
# Roles, tablespaces and databases belong to the cluster; an extension that
# made one (0.3.0 made the role vigo_cal_reader) would leave it behind at
# DROP EXTENSION, share it between databases, and let a role with
# CREATEROLE make it first and receive the grants.  Counted before and
# after CREATE EXTENSION, DROP EXTENSION and a second CREATE EXTENSION;
# and, when scripts/test.sh saved the roles before make installcheck
# ($VIGO_CAL_ROLES_BEFORE), the roles after it.
#
# Needs PGHOST/PGPORT/PGUSER (a superuser) of a running cluster with
# vigo_cal installable.  Prints TAP.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/tap.sh"
db=vigo_cal_global_objects
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
globals="SELECT string_agg(what, ', ' ORDER BY what) FROM (
           SELECT 'role ' || rolname AS what FROM pg_roles
           UNION ALL SELECT 'tablespace ' || spcname FROM pg_tablespace
           UNION ALL SELECT 'database ' || datname FROM pg_database WHERE datname <> '$db') g"

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
plan 4
before=$(q postgres "$globals")
q postgres "CREATE DATABASE $db"
q $db "CREATE EXTENSION vigo_cal"
is "$(q postgres "$globals")" "$before" "CREATE EXTENSION makes no role, tablespace or database"
q $db "DROP EXTENSION vigo_cal CASCADE"
is "$(q postgres "$globals")" "$before" "DROP EXTENSION leaves none behind"
q $db "CREATE EXTENSION vigo_cal"
is "$(q postgres "$globals")" "$before" "nor does a second CREATE EXTENSION"
if [ -n "${VIGO_CAL_ROLES_BEFORE:-}" ] && [ -f "$VIGO_CAL_ROLES_BEFORE" ]; then
    extra=$(LC_ALL=C comm -13 "$VIGO_CAL_ROLES_BEFORE" <(q postgres "SELECT rolname FROM pg_roles ORDER BY 1") | paste -sd, -)
    is "${extra:-none}" "none" "make installcheck (and the suites before this one) left no role behind"
else
    skip "make installcheck left no role behind" "run by scripts/test.sh only (VIGO_CAL_ROLES_BEFORE)"
fi
done_testing
