#!/usr/bin/env bash
# security_takeover.sh: nobody takes the extension over through its
# schemas.  A role that holds nothing but CREATE on the database makes
# schema vigo_cal before the extension is installed and plants an
# array_agg(text) aggregate (a better match than the built-in inside every
# function whose search_path names vigo_cal) and an operator in it; a
# superuser's CREATE EXTENSION must refuse with SQLSTATE 42501, naming the
# schema and its owner, and leave the role's objects unbound.  The same for
# vigo_cal_bi, for a schema of the installing role that others may create
# in or that holds objects, and for ALTER EXTENSION UPDATE of an older
# install that went into such a schema.  A schema that the installing role
# (or another superuser, as pg_restore does) made empty beforehand is
# accepted.  After an install, even with default
# privileges that grant CREATE on new schemas, no role but the owner may
# create objects in vigo_cal or vigo_cal_bi.  (The traps in schema public
# are test/scripts/security_shadowing.sh.)
#
# Needs PGHOST/PGPORT/PGUSER (a superuser) of a running cluster with
# vigo_cal installable.  Prints TAP.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib/tap.sh"
db=vigo_cal_takeover
hostile=vigo_takeover_hostile
other=vigo_takeover_other
super=vigo_takeover_super
work=$(mktemp -d /tmp/vigo_cal_takeover.XXXXXX)
# an install of 0.3.0 (below) makes the cluster-wide role vigo_cal_reader
old_reader_existed=$(psql -X -q -A -t -d postgres -c "SELECT count(*) FROM pg_roles WHERE rolname = 'vigo_cal_reader'")
cleanup() {
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" \
         -c "DROP ROLE IF EXISTS $hostile" -c "DROP ROLE IF EXISTS $other" -c "DROP ROLE IF EXISTS $super" >/dev/null 2>&1 || true
    [ "$old_reader_existed" = 0 ] && psql -X -q -d postgres -c "DROP ROLE IF EXISTS vigo_cal_reader" >/dev/null 2>&1
    rm -rf "$work"
    return 0
}
trap cleanup EXIT

# q SQL: one value, as the superuser; qh SQL: the same as the hostile role.
q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db -c "$1"; }
qh() { psql -X -q -A -t -v ON_ERROR_STOP=1 -U "$hostile" -d $db -c "$1"; }
# err [-U ROLE] SQL: "SQLSTATE: message" of the statement's error, or "no error"
err() {
    local out
    if out=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -v VERBOSITY=verbose "$@" 2>&1); then
        echo "no error"
    else
        printf '%s\n' "$out" | sed -n 's/^ERROR: *\([0-9A-Z]\{5\}\): \(.*\)$/\1: \2/p' | head -n 1
    fi
}
fresh_db() {
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "SET client_min_messages = warning" \
         -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" \
         -c "GRANT CREATE ON DATABASE $db TO $hostile" >/dev/null
}
installed() { q "SELECT count(*) FROM pg_extension WHERE extname = 'vigo_cal'"; }

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" \
     -c "DROP ROLE IF EXISTS $hostile" -c "DROP ROLE IF EXISTS $other" -c "DROP ROLE IF EXISTS $super" 2>/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d postgres \
     -c "CREATE ROLE $hostile LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE" \
     -c "CREATE ROLE $other LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE" >/dev/null

plan 21

# ---------------------------------------------------------------------
# The trap: a role with CREATE on the database makes schema vigo_cal first
# ---------------------------------------------------------------------
fresh_db
is "$(qh "SELECT rolsuper::text || ' ' || has_database_privilege('$db', 'CREATE')::text
            FROM pg_roles WHERE rolname = current_user")" "false true" \
   "the hostile role is no superuser and has CREATE on the database"
psql -X -q -v ON_ERROR_STOP=1 -U "$hostile" -d $db >"$work/trap.log" 2>&1 <<'SQL' || bail_out "planting the trap failed" "$work/trap.log"
CREATE SCHEMA vigo_cal;
GRANT USAGE ON SCHEMA vigo_cal TO PUBLIC;
CREATE TABLE vigo_cal.trap_log (trap text, called_by name DEFAULT current_user);
GRANT INSERT ON vigo_cal.trap_log TO PUBLIC;
CREATE FUNCTION vigo_cal.trap_agg(state text[], value text) RETURNS text[]
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO vigo_cal.trap_log (trap) VALUES ('array_agg(text)');
  RETURN ARRAY['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56'];
END $$;
CREATE AGGREGATE vigo_cal.array_agg(text) (SFUNC = vigo_cal.trap_agg, STYPE = text[]);
CREATE FUNCTION vigo_cal.trap_texteq(text, text) RETURNS boolean
LANGUAGE plpgsql AS $$ BEGIN INSERT INTO vigo_cal.trap_log (trap) VALUES ('=(text,text)'); RETURN true; END $$;
CREATE OPERATOR vigo_cal.= (LEFTARG = text, RIGHTARG = text, FUNCTION = vigo_cal.trap_texteq);
SQL
is "$(q "SELECT count(*) FROM pg_proc WHERE pronamespace = 'vigo_cal'::regnamespace AND proname = 'array_agg'")|$(q "SELECT count(*) FROM pg_operator WHERE oprnamespace = 'vigo_cal'::regnamespace")" \
   "1|1" "the hostile role owns schema vigo_cal with an array_agg(text) and an operator in it"

got=$(err -d $db -c "CREATE EXTENSION vigo_cal")
is "$got" "42501: schema \"vigo_cal\" already exists and belongs to role \"$hostile\", not to \"$PGUSER\" who is installing vigo_cal" \
   "a superuser's CREATE EXTENSION is refused with 42501, naming the schema and its owner"
hint=$( (psql -X -q -v ON_ERROR_STOP=1 -d $db -c "CREATE EXTENSION vigo_cal" 2>&1 || true) | sed -n "s/^HINT: *//p")
is "$(printf '%s' "$hint" | grep -c 'DROP SCHEMA vigo_cal CASCADE')" "1" "with a hint that says what to do"
is "$(installed)|$(q "SELECT count(*) FROM vigo_cal.trap_log")" "0|0" \
   "nothing is installed and no trap ran"

# vigo_cal_bi made beforehand: the same
fresh_db
qh "CREATE SCHEMA vigo_cal_bi; CREATE VIEW vigo_cal_bi.deadlines AS SELECT 1 AS x"
is "$(err -d $db -c "CREATE EXTENSION vigo_cal")" \
   "42501: schema \"vigo_cal_bi\" already exists and belongs to role \"$hostile\", not to \"$PGUSER\" who is installing vigo_cal" \
   "a vigo_cal_bi made beforehand by another role is refused too"
is "$(installed)" "0" "and nothing is installed"

# the installing role's own schema, but others may create in it
fresh_db
q "CREATE SCHEMA vigo_cal; GRANT CREATE ON SCHEMA vigo_cal TO $hostile"
is "$(err -d $db -c "CREATE EXTENSION vigo_cal")" \
   "42501: schema \"vigo_cal\" (owner \"$PGUSER\") already exists, and others may create objects in it" \
   "a schema of the installing role that grants CREATE to another role is refused"
q "REVOKE CREATE ON SCHEMA vigo_cal FROM $hostile; CREATE FUNCTION vigo_cal.helper() RETURNS int LANGUAGE sql AS 'SELECT 1'"
is "$(err -d $db -c "CREATE EXTENSION vigo_cal")" \
   "42501: schema \"vigo_cal\" (owner \"$PGUSER\") already holds objects that are not vigo_cal's" \
   "so is one that holds an object already"
q "DROP FUNCTION vigo_cal.helper()"
is "$(err -d $db -c "CREATE EXTENSION vigo_cal")" "no error" \
   "an empty schema vigo_cal that the installing role made beforehand is accepted"
q "DROP EXTENSION vigo_cal; DROP SCHEMA vigo_cal; CREATE ROLE $super SUPERUSER; CREATE SCHEMA vigo_cal AUTHORIZATION $super"
is "$(err -d $db -c "CREATE EXTENSION vigo_cal")" "no error" \
   "so is an empty one of another superuser (as pg_restore makes it for the dump's owner)"
q "DROP EXTENSION vigo_cal; DROP SCHEMA vigo_cal; CREATE SCHEMA vigo_cal_bi"
is "$(err -d $db -c "CREATE EXTENSION vigo_cal")" \
   "42P06: schema \"vigo_cal_bi\" already exists (owner \"$PGUSER\")" \
   "an empty vigo_cal_bi of the installing role is refused as a duplicate (the script makes its own)"

# ---------------------------------------------------------------------
# After an install: nobody but the owner creates in either schema
# ---------------------------------------------------------------------
fresh_db
# default privileges of the installing role that would open new schemas
q "ALTER DEFAULT PRIVILEGES GRANT CREATE, USAGE ON SCHEMAS TO $hostile"
q "CREATE EXTENSION vigo_cal"
q "ALTER DEFAULT PRIVILEGES REVOKE CREATE, USAGE ON SCHEMAS FROM $hostile"
q "GRANT USAGE ON SCHEMA vigo_cal, vigo_cal_bi TO $other"
is "$(q "SELECT coalesce(string_agg(r.rolname || ' ' || n.nspname, ', ' ORDER BY r.rolname, n.nspname), 'none')
           FROM pg_roles r CROSS JOIN pg_namespace n
          WHERE n.nspname IN ('vigo_cal', 'vigo_cal_bi') AND NOT r.rolsuper
            AND r.oid <> n.nspowner AND has_schema_privilege(r.oid, n.oid, 'CREATE')")" "none" \
   "after an install no role but the owner (and superusers) has CREATE on vigo_cal or vigo_cal_bi"
is "$(q "SELECT count(*) FROM pg_namespace n, aclexplode(n.nspacl) a
          WHERE n.nspname IN ('vigo_cal', 'vigo_cal_bi') AND a.privilege_type = 'CREATE' AND a.grantee <> n.nspowner")" "0" \
   "not even where the installing role's default privileges grant CREATE on new schemas"
for role in $hostile $other; do
    is "$(err -U $role -d $db -c "CREATE FUNCTION vigo_cal.array_agg(text) RETURNS text LANGUAGE sql AS 'SELECT 1'")|$(err -U $role -d $db -c "CREATE VIEW vigo_cal_bi.x AS SELECT 1")" \
       "42501: permission denied for schema vigo_cal|42501: permission denied for schema vigo_cal_bi" \
       "$role cannot create objects in vigo_cal or vigo_cal_bi"
done
is "$(q "SELECT coalesce(string_agg(DISTINCT c, ', '), 'none') FROM pg_proc p, unnest(p.proconfig) AS c
          WHERE p.pronamespace = 'vigo_cal'::regnamespace AND c LIKE 'search_path=%'
            AND c NOT IN ('search_path=pg_catalog, pg_temp', 'search_path=pg_catalog, vigo_cal, pg_temp')")" "none" \
   "every pinned search_path names pg_catalog, vigo_cal (which only the owner writes) and pg_temp last"

# ---------------------------------------------------------------------
# ALTER EXTENSION UPDATE of an install that went into the trap
# ---------------------------------------------------------------------
oldest=$(q "SELECT version FROM pg_available_extension_versions WHERE name = 'vigo_cal'
             ORDER BY string_to_array(version, '.')::int[] LIMIT 1")
newest=$(q "SELECT default_version FROM pg_available_extensions WHERE name = 'vigo_cal'")
fresh_db
qh "CREATE SCHEMA vigo_cal; GRANT USAGE ON SCHEMA vigo_cal TO PUBLIC"
if [ "$(err -d $db -c "CREATE EXTENSION vigo_cal VERSION '$oldest'")" = "no error" ]; then
    qh "CREATE FUNCTION vigo_cal.trap_agg(state text[], value text) RETURNS text[] LANGUAGE sql AS 'SELECT ARRAY[''03'']';
        CREATE AGGREGATE vigo_cal.array_agg(text) (SFUNC = vigo_cal.trap_agg, STYPE = text[])"
    is "$(err -d $db -c "ALTER EXTENSION vigo_cal UPDATE TO '$newest'")" \
       "42501: schema \"vigo_cal\" belongs to role \"$hostile\", not to \"$PGUSER\" who owns the extension vigo_cal" \
       "ALTER EXTENSION UPDATE of an install ($oldest) in a schema of another role is refused with 42501"
    is "$(q "SELECT extversion FROM pg_extension WHERE extname = 'vigo_cal'")" "$oldest" "and the install stays at $oldest"
    q "ALTER SCHEMA vigo_cal OWNER TO $PGUSER"
    is "$(err -d $db -c "ALTER EXTENSION vigo_cal UPDATE TO '$newest'")" \
       "42501: schema \"vigo_cal\" holds functions, operators or types that are not vigo_cal's" \
       "and, once the schema is the owner's, still refused while it holds the role's aggregate"
    q "DROP AGGREGATE vigo_cal.array_agg(text); DROP FUNCTION vigo_cal.trap_agg(text[], text)"
    is "$(err -d $db -c "ALTER EXTENSION vigo_cal UPDATE TO '$newest'")" "no error" \
       "the update goes through once the schema is clean"
else
    fail "the oldest release ($oldest) installs into the role's schema (to test the update)"
    for i in 1 2 3; do fail "(not run)"; done
fi

done_testing
