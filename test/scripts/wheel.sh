#!/usr/bin/env bash
# wheel.sh: the SVG of wheel_svg is well-formed XML (xmllint) and
# renders to a PNG (rsvg-convert), for a past school year with and without
# a county and for the current one (with its "today" hand).  Needs
# PGHOST/PGPORT/PGUSER of a running cluster with vigo_cal installable, and
# xmllint (libxml2-utils) and rsvg-convert (librsvg2-bin).  Prints TAP.
#
#   wheel.sh [PNG]         also keep the 2023-2024 Nordland picture as PNG
set -euo pipefail
. "$(dirname "$0")/../lib/tap.sh"
db=vigo_cal_wheel
tmp=$(mktemp -d /tmp/vigo_cal_wheel.XXXXXX)
trap 'rm -rf "$tmp"; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true' EXIT

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db -c "$1"; }

psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
q "CREATE EXTENSION vigo_cal"

# png_width FILE: the width in the PNG header, or nothing if not a PNG
png_width() {
    [ "$(head -c 8 "$1" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || return 0
    od -An -tu1 -j16 -N4 "$1" | awk '{print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4}'
}
have() { command -v "$1" >/dev/null 2>&1; }

# name|school year expression|county|what
cases=(
    "nordland|'2023-2024'|'Nordland'|2023-2024, Nordland"
    "plain|'2023-2024'|NULL|2023-2024, no county"
    "current|vigo_cal.current_schoolyear()|'Oslo'|the current school year, Oslo"
)
plan $(( ${#cases[@]} * 4 + 3 ))

for c in "${cases[@]}"; do
    IFS='|' read -r name year county what <<< "$c"
    svg=$tmp/$name.svg
    err=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d $db -o "$svg" \
              -c "SELECT vigo_cal.wheel_svg($year, $county)" 2>&1) && rc=0 || rc=$?
    [ $rc -eq 0 ] && [ -s "$svg" ] && head -c 4 "$svg" | grep -q '<svg' && rc=0 || rc=1
    ok $rc "$what: wheel_svg returns an SVG" "$err"

    if have xmllint; then
        out=$(xmllint --noout "$svg" 2>&1) && rc=0 || rc=$?
        ok $rc "$what: well-formed XML (xmllint)" "$out"
        ns=$(xmllint --xpath 'namespace-uri(/*)' "$svg" 2>&1 || true)
        [ "$ns" = http://www.w3.org/2000/svg ] && rc=0 || rc=1
        ok $rc "$what: the root element is svg:svg" "root namespace: $ns"
    else
        ok 1 "$what: well-formed XML (xmllint)" "xmllint not installed (Debian: libxml2-utils)"
        ok 1 "$what: the root element is svg:svg" "xmllint not installed (Debian: libxml2-utils)"
    fi

    if have rsvg-convert; then
        out=$(rsvg-convert -w 1000 -f png -o "$tmp/$name.png" "$svg" 2>&1) && rc=0 || rc=$?
        w=$(png_width "$tmp/$name.png" 2>/dev/null || true)
        [ $rc -eq 0 ] && [ "$w" = 1000 ] && rc=0 || rc=1
        ok $rc "$what: renders to a 1000 px wide PNG (rsvg-convert)" "$out${w:+ (width $w)}"
    else
        ok 1 "$what: renders to a 1000 px wide PNG (rsvg-convert)" "rsvg-convert not installed (Debian: librsvg2-bin)"
    fi
done

# One mark per occurrence, counted by XPath on the parsed document.
count_xpath() {
    xmllint --xpath "count(//*[local-name()='circle' or local-name()='path'][contains(concat(' ', @class, ' '), ' $2 ')])" "$1" 2>/dev/null || echo "?"
}
want=$(q "SELECT count(*) FROM vigo_cal.calendar_between('2023-08-01', '2024-07-31')")
got=$(count_xpath "$tmp/nordland.svg" event)
[ "$got" = "$want" ] && rc=0 || rc=1
ok $rc "2023-2024: one mark per occurrence ($want)" "marks: $got, occurrences: $want"

want=$(q "SELECT count(DISTINCT days) FROM vigo_cal.school_holidays('Nordland', '2023-2024')")
got=$(count_xpath "$tmp/nordland.svg" holiday)
[ "$got" = "$want" ] && [ "$want" -gt 0 ] && rc=0 || rc=1
ok $rc "2023-2024, Nordland: each school holiday shaded ($want)" "shaded: $got, holidays: $want"

got=$(xmllint --xpath "count(//*[@class='today'])" "$tmp/current.svg" 2>/dev/null || echo "?")
none=$(xmllint --xpath "count(//*[@class='today'])" "$tmp/plain.svg" 2>/dev/null || echo "?")
[ "$got" = 1 ] && [ "$none" = 0 ] && rc=0 || rc=1
ok $rc "a today hand in the current school year only" "current: $got, 2023-2024: $none"

if [ -n "${1:-}" ] && [ -f "$tmp/nordland.png" ]; then
    cp "$tmp/nordland.png" "$1"
fi
done_testing
