#!/usr/bin/env bash
# dump_restore.sh: users' rows survive pg_dump and pg_restore, and the rows
# the extension ships are not duplicated.  Needs PGHOST/PGPORT/PGUSER of a
# running cluster with vigo_cal installable.  Prints TAP.
set -euo pipefail
. "$(dirname "$0")/../lib/tap.sh"
src=vigo_cal_dump_src
dst=vigo_cal_dump_dst
dump=$(mktemp /tmp/vigo_cal_dump.XXXXXX)
trap 'rm -f "$dump"; psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" >/dev/null 2>&1 || true' EXIT

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" -c "CREATE DATABASE $src" -c "CREATE DATABASE $dst"
q $src "CREATE EXTENSION vigo_cal"

# Users' rows in every table, and a change to shipped rows where there are any.
psql -X -q -v ON_ERROR_STOP=1 -d $src <<'SQL'
SET search_path = public, vigo_cal;
INSERT INTO party (party_key, name) VALUES ('mitt_fylke', 'Mitt fylke (test)');
INSERT INTO category (category_key, label, color) VALUES ('lokal', 'Lokale frister', '#123456');
INSERT INTO event (event_key, title, comment, from_party, category, rule, county_deadline)
VALUES ('lokal_frist', 'Lokal frist skoleåret {sy}', 'Se {date:lokal_oppfolging}', 'mitt_fylke', 'lokal',
        '2. mandag i september', 'lokal_frist - 1 virkedag'),
       ('lokal_oppfolging', 'Oppfølging', NULL, 'mitt_fylke', 'lokal', 'lokal_frist + 3 virkedager', NULL);
INSERT INTO event_override (event_key, school_year, due_date, reason)
VALUES ('lokal_frist', '2024-2025', '2024-09-10', 'flyttet av fylket (test)');
INSERT INTO event_link (event_key, other_key, kind, note) VALUES ('lokal_frist', 'lokal_oppfolging', 'runs_before', 'test');
UPDATE event SET from_party_2 = 'fylkene' WHERE event_key = 'lokal_frist';
INSERT INTO event_wording (event_key, last_school_year, title, from_party, source)
VALUES ('lokal_frist', '2023-2024', 'Gammel lokal frist {sy}', 'mitt_fylke', 'test');
INSERT INTO edition (school_year, published, title, source) VALUES ('2030-2031', '2030-08-20', 'Test', 'test');
INSERT INTO edition_entry (school_year, entry, event_key, occurrence_year, month_heading, printed_date)
VALUES ('2030-2031', 't1', 'lokal_frist', '2030-2031', 'September 2030', '2030-09-09');
INSERT INTO county (county_number, name, valid_from) VALUES ('99', 'Testfylke', '2030-01-01');
INSERT INTO region (region_key, name) VALUES ('testregion', 'Testregion');
INSERT INTO region_county VALUES ('testregion', '99');
INSERT INTO school_holiday (region_key, school_year, kind, rule) VALUES ('testregion', '2030-2031', 'hostferie', 'uke 40');
-- shipped rows changed by the user: a text key, and schoolyear keys
UPDATE category SET color = '#abcdef' WHERE category_key = (SELECT min(category_key) FROM category WHERE origin = 'vigo_cal');
UPDATE event_override SET reason = reason || ' (kontrollert av fylket)' WHERE origin = 'vigo_cal';
UPDATE event_wording SET source = source || ' (kontrollert av fylket)' WHERE event_key = 'conexus_juli';
UPDATE school_holiday SET note = 'endret av fylket' WHERE region_key = 'oslo' AND kind = 'hostferie';
-- the occurrence store: a wider window (a changed shipped row), an override
-- in a stored year
DO $$ BEGIN PERFORM store_occurrences('2012-2013', '2042-2043'); END $$;
INSERT INTO event_override (event_key, school_year, due_date, reason)
VALUES ('ssb_elev_vgs_1', '2026-2027', '2026-10-27', 'flyttet av fylket (test)');
SQL

snapshot() {
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
SELECT 'party', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.party t
UNION ALL SELECT 'category', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.category t
UNION ALL SELECT 'event', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.event t
UNION ALL SELECT 'event_override', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.event_override t
UNION ALL SELECT 'event_wording', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.event_wording t
UNION ALL SELECT 'event_link', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.event_link t
UNION ALL SELECT 'edition', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.edition t
UNION ALL SELECT 'edition_entry', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.edition_entry t
UNION ALL SELECT 'county', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.county t
UNION ALL SELECT 'region', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.region t
UNION ALL SELECT 'region_county', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.region_county t
UNION ALL SELECT 'school_holiday', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.school_holiday t
UNION ALL SELECT 'calendar 2024-2025', count(*), md5(string_agg(c::text, '|' ORDER BY c::text))
  FROM vigo_cal.calendar_between('2024-08-01', '2025-07-31') c
UNION ALL SELECT 'occurrence_window', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.occurrence_window t
UNION ALL SELECT 'occurrence_store', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.occurrence_store t
UNION ALL SELECT 'occurrence_store_state', count(*), string_agg(valid::text || ' ' || coalesce(problem, '-'), '|') FROM vigo_cal.occurrence_store_state;
SQL
}

pg_dump -Fc -d $src -f "$dump"
pg_restore -d $dst "$dump"

before=$(snapshot $src)
after=$(snapshot $dst)
plan $(( $(printf '%s\n' "$before" | wc -l) + 3 ))
while IFS= read -r line; do
    name=${line%%|*}
    other=$(printf '%s\n' "$after" | grep -F "$name|" | head -n 1 || true)
    if [ "$line" = "$other" ]; then
        pass "$name identical after pg_dump and pg_restore"
    else
        fail "$name differs after pg_dump and pg_restore" "before: $line" "after:  $other"
    fi
done <<< "$before"

is "$(q $dst "SELECT count(*) FROM vigo_cal.event WHERE event_key LIKE 'lokal%'")" 2 \
   "the user's events are restored once"
is "$(q $dst "SELECT count(*) FROM (SELECT event_key FROM vigo_cal.event GROUP BY 1 HAVING count(*) > 1) d")" 0 \
   "no shipped row is duplicated"
# the restored store against the rules themselves (the store set aside)
differ=$(psql -X -q -A -t -v ON_ERROR_STOP=1 -d $dst <<'SQL'
BEGIN;
CREATE TEMP TABLE stored AS
  SELECT school_year, event_key, occurrence, title, comment, from_party, to_party, category, category_color,
         due_date, due_end, county_deadline, iso_week, weekday, tentative, overridden, vigo_report, date_label, rule,
         last_working_day, fixed_date
    FROM vigo_cal.occurrence_store;
UPDATE vigo_cal.occurrence_store_state SET valid = false;
CREATE TEMP TABLE worked_out AS
  SELECT c.* FROM vigo_cal.occurrence_window w,
         vigo_cal.calendar_between(vigo_cal.first_day(w.first_year) - 366, vigo_cal.last_day(w.last_year) + 366) c
   WHERE vigo_cal.start_year(c.school_year) BETWEEN vigo_cal.start_year(w.first_year) AND vigo_cal.start_year(w.last_year);
SELECT (SELECT count(*) FROM stored) || ' stored, '
       || (SELECT count(*) FROM ((SELECT * FROM stored EXCEPT ALL SELECT * FROM worked_out)
                                 UNION ALL (SELECT * FROM worked_out EXCEPT ALL SELECT * FROM stored)) d) || ' differ';
ROLLBACK;
SQL
)
case $differ in
    *" stored, 0 differ") pass "the restored occurrence store holds what the rules give ($differ)" ;;
    *) fail "the restored occurrence store holds what the rules give" "got: $differ" ;;
esac
done_testing
