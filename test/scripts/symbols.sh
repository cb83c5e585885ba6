#!/usr/bin/env bash
# symbols.sh: the C symbols of the installed module.  Every symbol that an
# install or upgrade script names in AS 'MODULE_PATHNAME', '<symbol>' (the
# frozen scripts of releases/ and the scripts of the current version) is
# exported; the current scripts name only vigo_cal_ entry points; and the
# module exports nothing else unprefixed into the server's RTLD_GLOBAL
# namespace: only Pg_magic_func, _PG_init (which defines the setting
# vigo_cal.today), the vigo_cal_ entry points, the aliases of
# legacy_symbols.c that released scripts name, and their pg_finfo_
# records.  Needs pg_config on PATH (the server the suite runs against) and
# nm.  Prints TAP.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
. "$here/../lib/tap.sh"

lib=$(pg_config --pkglibdir)/vigo_cal.so
extdir=$(pg_config --sharedir)/extension
current=$(sed -n 's/^default_version *= *'"'"'\(.*\)'"'"'.*/\1/p' "$extdir/vigo_cal.control")
[ -r "$lib" ] || bail_out "no module at $lib"
[ -n "$current" ] || bail_out "no default_version in $extdir/vigo_cal.control"
exported=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TtWw]$/ { print $3 }' | sort -u)
[ "$(printf '%s\n' "$exported" | wc -l)" -gt 50 ] || bail_out "nm -D found too few symbols in $lib"

# the symbols a script names
named() {
    grep -o "MODULE_PATHNAME' *, *'[A-Za-z_0-9]*'" "$@" | sed "s/.*'\([A-Za-z_0-9]*\)'$/\1/" | sort -u
}
# the lines of $1 that are not lines of $2 (both sorted)
missing() { comm -23 <(printf '%s\n' "$1") <(printf '%s\n' "$2") | sed '/^$/d'; }

released=("$repo"/releases/vigo_cal--*.sql)
current_scripts=("$extdir/vigo_cal--$current.sql" "$extdir"/vigo_cal--*--"$current".sql)
plan $((${#released[@]} + ${#current_scripts[@]} + 5))

for f in "${released[@]}"; do
    gone=$(missing "$(named "$f")" "$exported")
    [ -z "$gone" ] && rc=0 || rc=1
    ok $rc "every symbol ${f##*/} names is exported ($(named "$f" | wc -l))" "not exported: $gone"
done
for f in "${current_scripts[@]}"; do
    gone=$(missing "$(named "$f")" "$exported")
    [ -z "$gone" ] && rc=0 || rc=1
    ok $rc "every symbol ${f##*/} names is exported ($(named "$f" | wc -l))" "not exported: $gone"
done

unprefixed=$(named "${current_scripts[@]}" | grep -v '^vigo_cal_' || true)
is "$unprefixed" "" "the scripts of $current name only vigo_cal_ entry points"

legacy=$(named "${released[@]}" | grep -v '^vigo_cal_' || true)
allowed=$(printf '%s\n' Pg_magic_func _PG_init $legacy $(printf 'pg_finfo_%s\n' $legacy) | sort -u)
stray=$(printf '%s\n' "$exported" | grep -v -E '^(pg_finfo_)?vigo_cal_' | comm -23 - <(printf '%s\n' "$allowed") || true)
is "$stray" "" "no other symbol is exported: only vigo_cal_*, Pg_magic_func, _PG_init and the released names ($(printf '%s\n' "$exported" | wc -l) symbols)"

entry=$(printf '%s\n' "$exported" | grep -E '^vigo_cal_' || true)
finfo=$(printf '%s\n' "$exported" | sed -n 's/^pg_finfo_//p')
gone=$(missing "$(printf '%s\n' $entry $legacy | sort -u)" "$finfo")
[ -z "$gone" ] && rc=0 || rc=1
ok $rc "every exported entry point has its pg_finfo_ record ($(printf '%s\n' "$entry" | wc -l) vigo_cal_, $(printf '%s\n' $legacy | wc -l) released names)" \
   "without pg_finfo_: $gone"

unused=$(missing "$entry" "$(named "${current_scripts[@]}")")
is "$unused" "" "every vigo_cal_ entry point is named by a script of $current"

core=$(printf '%s\n' "$exported" | grep -E '^vc_' | comm -23 - <(printf '%s\n' "$allowed") || true)
is "$core" "" "no function of the core (vc_*) is exported"
done_testing
