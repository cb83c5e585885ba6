#!/usr/bin/env bash
# encoding.sh: vigo_cal installs only in a UTF8 database, and says why
# elsewhere.  Needs PGHOST/PGPORT/PGUSER of a running cluster.  Prints TAP.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/tap.sh"
db=vigo_cal_encoding_latin1
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" 2>/dev/null \
     -c "CREATE DATABASE $db ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"

plan 3
out=$(psql -X -q -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d $db -c "CREATE EXTENSION vigo_cal" 2>&1) && rc=0 || rc=$?
[ "$rc" -ne 0 ] && ok=0 || ok=1
ok $ok "CREATE EXTENSION vigo_cal fails in a LATIN1 database" "$out"
case $out in *"0A000"*"needs a database in encoding UTF8, not LATIN1"*) ok=0 ;; *) ok=1 ;; esac
ok $ok "with SQLSTATE 0A000 and the database's encoding in the message" "$out"
is "$(psql -X -q -A -t -d $db -c "SELECT count(*) FROM pg_extension WHERE extname = 'vigo_cal'")" "0" \
   "and nothing is left installed"
done_testing
