#!/usr/bin/env bash
# dump_restore.sh: pg_dump and pg_restore give back exactly what was
# dumped, restored serially, with -j 4, with --single-transaction and with
# the tables' data in reverse order (children before their parents, as -j
# may load them; pg_restore -L): every
# row of every vigo_cal table (users' rows, changed shipped rows, shipped
# rows deleted or renamed, deliveries against a user's event and shipped
# events, memberships) and the stored calendar, row for row; no shipped row
# is duplicated and none comes back.  Needs PGHOST/PGPORT/PGUSER of a
# running cluster with vigo_cal installable.  Prints TAP.
set -euo pipefail
. "$(dirname "$0")/../lib/tap.sh"
src=vigo_cal_dump_src
dst=vigo_cal_dump_dst
par=vigo_cal_dump_par
one=vigo_cal_dump_one
rev=vigo_cal_dump_rev
county_role=vigo_cal_dump_county
dump=$(mktemp /tmp/vigo_cal_dump.XXXXXX)
cleanup() {
    rm -f "$dump" "$dump.list"
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $src" -c "DROP DATABASE IF EXISTS $dst" \
         -c "DROP DATABASE IF EXISTS $par" -c "DROP DATABASE IF EXISTS $one" -c "DROP DATABASE IF EXISTS $rev" \
         -c "DROP ROLE IF EXISTS $county_role" >/dev/null 2>&1 || true
}
trap cleanup EXIT

q() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

cleanup
psql -X -q -d postgres -c "CREATE ROLE $county_role" -c "CREATE DATABASE $src" -c "CREATE DATABASE $dst" \
     -c "CREATE DATABASE $par" -c "CREATE DATABASE $one" -c "CREATE DATABASE $rev"
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

# A shipped row deleted from every schedule table, a shipped event renamed,
# a row written with origin 'vigo_cal' by a client, deliveries and
# memberships.
psql -X -q -v ON_ERROR_STOP=1 -v county_role=$county_role -d $src <<'SQL'
SET search_path = public, vigo_cal;
-- a shipped event no other event's rule or text names, renamed (its
-- overrides, links and edition entries follow it), and another deleted
SELECT min(e.event_key) AS renamed, max(e.event_key) AS deleted FROM event e
 WHERE e.origin = 'vigo_cal' AND e.event_key IN ('conexus_februar', 'fellessensur_gs') \gset
UPDATE event SET event_key = 'conexus_februar_fylket' WHERE event_key = :'renamed';
DELETE FROM edition_entry WHERE event_key = :'deleted';
DELETE FROM event WHERE event_key = :'deleted';
-- a shipped override and link
DELETE FROM event_override WHERE (event_key, school_year, occurrence) =
  (SELECT event_key, school_year, occurrence FROM event_override WHERE origin <> 'user' ORDER BY 1, 2, 3 LIMIT 1);
DELETE FROM event_link WHERE (event_key, other_key, kind) =
  (SELECT event_key, other_key, kind FROM event_link WHERE origin = 'vigo_cal' ORDER BY 1, 2, 3 LIMIT 1);
-- every link, by TRUNCATE, then the user's own again
TRUNCATE event_link;
INSERT INTO event_link (event_key, other_key, kind, note) VALUES ('lokal_frist', 'lokal_oppfolging', 'runs_before', 'test');
-- the wordings of earlier editions that name a party no event names, then the party
DELETE FROM event_wording WHERE 'vigo_sentralbasen_ist' IN (from_party, to_party, from_party_2, to_party_2);
DELETE FROM party WHERE party_key = 'vigo_sentralbasen_ist';
-- a category, its events moved to another first
UPDATE event SET category = 'lanekassen' WHERE category = 'udir_soker_inntak';
DELETE FROM category WHERE category_key = 'udir_soker_inntak';
-- a school holiday, a region with its holidays, a county with the regions' links to it
DELETE FROM school_holiday WHERE (region_key, school_year, kind) =
  (SELECT region_key, school_year, kind FROM school_holiday WHERE region_key = 'oslo' ORDER BY 2, 3 LIMIT 1);
DELETE FROM region WHERE region_key = 'viken_tidl_buskerud';
DELETE FROM region_county WHERE county_number = '54';
DELETE FROM county WHERE county_number = '54';
-- one entry of the edition, then the edition with its other entries
DELETE FROM edition_entry WHERE (school_year, entry) =
  (SELECT school_year, entry FROM edition_entry WHERE origin = 'vigo_cal' ORDER BY 2 LIMIT 1);
DELETE FROM edition WHERE origin = 'vigo_cal';
-- a client says origin 'vigo_cal': the rows are the user's all the same
INSERT INTO party (party_key, name, origin) VALUES ('skjult_part', 'Skjult (test)', 'vigo_cal');
UPDATE party SET name = 'Udir (endret)', origin = 'vigo_cal' WHERE party_key = 'udir';
-- deliveries against the user's event, a shipped event and the renamed one
INSERT INTO delivery_log (county, event_key, school_year, delivered_at, note) VALUES
  ('03', 'lokal_frist', '2024-2025', '2024-09-09 10:00+02', 'lokal'),
  ('46', 'ssb_elev_vgs_1', '2023-2024', '2023-10-16 09:00+02', 'sendt'),
  ('46', 'conexus_februar_fylket', '2023-2024', '2024-02-01 09:00+01', NULL),
  ('99', 'lokal_oppfolging', '2030-2031', '2030-09-12 12:00+02', 'testfylket');
-- memberships: a county and every county
INSERT INTO county_member (member_role, county_number) VALUES (:'county_role', '46'), (:'county_role', NULL);
SQL

snapshot() {
    psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
SELECT 'party', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.party t
UNION ALL SELECT 'category', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.category t
UNION ALL SELECT 'event', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.event t
UNION ALL SELECT 'event_wording', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.event_wording t
UNION ALL SELECT 'event_override', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.event_override t
UNION ALL SELECT 'event_wording', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.event_wording t
UNION ALL SELECT 'event_link', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.event_link t
UNION ALL SELECT 'edition', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.edition t
UNION ALL SELECT 'edition_entry', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.edition_entry t
UNION ALL SELECT 'edition_revision', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.edition_revision t
UNION ALL SELECT 'edition_revision_entry', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.edition_revision_entry t
UNION ALL SELECT 'county', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.county t
UNION ALL SELECT 'region', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.region t
UNION ALL SELECT 'region_county', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.region_county t
UNION ALL SELECT 'school_holiday', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.school_holiday t
UNION ALL SELECT 'delivery_log', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.delivery_log t
UNION ALL SELECT 'county_member', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.county_member t
UNION ALL SELECT 'shipped_removed', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.shipped_removed t
UNION ALL SELECT 'school_holiday_store', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.school_holiday_store t
UNION ALL SELECT 'calendar 2024-2025', count(*), md5(string_agg(c::text, '|' ORDER BY c::text))
  FROM vigo_cal.calendar_between('2024-08-01', '2025-07-31') c
UNION ALL SELECT 'occurrence_window', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.occurrence_window t
UNION ALL SELECT 'occurrence_store', count(*), md5(string_agg(t::text, '|' ORDER BY t::text)) FROM vigo_cal.occurrence_store t
UNION ALL SELECT 'occurrence_store_state', count(*), string_agg(valid::text || ' ' || coalesce(problem, '-'), '|') FROM vigo_cal.occurrence_store_state;
SQL
}

pg_dump -Fc -d $src -f "$dump"
restore_log=$(mktemp /tmp/vigo_cal_restore.XXXXXX)
pg_restore -d $dst "$dump" 2>"$restore_log" || true
pg_restore -j 4 -d $par "$dump" 2>>"$restore_log" || true
pg_restore --single-transaction -d $one "$dump" 2>>"$restore_log" || true
pg_restore -l "$dump" >"$dump.list"
{ grep -v ' TABLE DATA ' "$dump.list"; grep ' TABLE DATA ' "$dump.list" | tac; } >"$dump.list.rev"
mv "$dump.list.rev" "$dump.list"
pg_restore -L "$dump.list" -d $rev "$dump" 2>>"$restore_log" || true

before=$(snapshot $src)
lines=$(printf '%s\n' "$before" | wc -l)
plan $(( 4 * lines + 11 ))
for target in "$dst:pg_restore" "$par:pg_restore -j 4" "$one:pg_restore --single-transaction" \
              "$rev:pg_restore -L (the data in reverse order)"; do
    db=${target%%:*}
    how=${target#*:}
    after=$(snapshot $db)
    while IFS= read -r line; do
        name=${line%%|*}
        other=$(printf '%s\n' "$after" | grep -F "$name|" | head -n 1 || true)
        if [ "$line" = "$other" ]; then
            pass "$name identical after pg_dump and $how"
        else
            fail "$name differs after pg_dump and $how" "before: $line" "after:  $other"
        fi
    done <<< "$before"
done
is "$(grep -v '^pg_restore: warning: errors ignored' "$restore_log" || true)" "" "the four restores report no error"
rm -f "$restore_log"

is "$(q $dst "SELECT count(*) FROM vigo_cal.event WHERE event_key LIKE 'lokal%'")" 2 \
   "the user's events are restored once"
is "$(q $dst "SELECT count(*) FROM (SELECT event_key FROM vigo_cal.event GROUP BY 1 HAVING count(*) > 1) d")" 0 \
   "no shipped row is duplicated"
is "$(q $par "SELECT string_agg(event_key, ',' ORDER BY event_key) FROM vigo_cal.event WHERE event_key IN ('conexus_februar', 'conexus_februar_fylket', 'fellessensur_gs')")" \
   "conexus_februar_fylket" "the renamed shipped event comes back under its new key only, the deleted one not at all"
is "$(q $par "SELECT count(*) FROM vigo_cal.delivery_log")" 4 \
   "pg_restore -j 4 gives back every delivery, those against a user's and a renamed event too"
is "$(q $src "SELECT origin FROM vigo_cal.party WHERE party_key = 'skjult_part'") $(q $src "SELECT origin FROM vigo_cal.party WHERE party_key = 'udir'")" \
   "user changed" "a client cannot write origin 'vigo_cal' to keep a row out of the dump"
is "$(q $one "SELECT name FROM vigo_cal.party WHERE party_key IN ('skjult_part', 'udir') ORDER BY 1")" \
   "$(printf 'Skjult (test)\nUdir (endret)')" "and both rows are restored"
is "$(q $rev "SELECT count(*) FROM vigo_cal.restore_held") $(q $par "SELECT count(*) FROM vigo_cal.restore_held")" "0 0" \
   "no row is left held back after a restore in reverse order or in parallel"
is "$(q $dst "SELECT count(*) FROM vigo_cal.shipped_removed")" "$(q $src "SELECT count(*) FROM vigo_cal.shipped_removed")" \
   "the keys of the removed shipped rows are restored"
is "$(q $src "SELECT count(*) FILTER (WHERE table_name = 'event') || ' ' || count(DISTINCT table_name) FROM vigo_cal.shipped_removed")" \
   "2 14" "a removal noted in every table it happened in (the edition's revisions with it), the renamed and the deleted event among them"
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
