#!/usr/bin/python3
"""Published editions and their revisions, end to end: publish a school
year's edition, change the calendar (a date moved by an override, a
comment edited, an event added), see the changes in edition_changes, in
the HTML (listed at the top, rows marked) and in the iCalendar (same UID,
SEQUENCE raised, LAST-MODIFIED), publish a second revision, change again.
The iCalendar is read back with python3-icalendar, and with ical.js
(Node.js, from the npm registry).  And the errors:
publishing twice on one day, out of date order, a year with no events, an
unknown county, changes of a year never published.  Prints TAP.

    edition_revisions.py [-d DBNAME]
"""
import argparse
import datetime
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in test/lib
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import tap  # noqa: E402
from tap import ok, is_  # noqa: E402

try:
    import icalendar
except ImportError:  # reported as a failed test below
    icalendar = None
try:
    import lxml.html
except ImportError:
    lxml = None

YEAR = "2025-2026"
MOVED = "skolebrukere_passiv"       # 16.10, neste virkedag: Friday 16 October 2025
EDITED = "fpvs_fullfort_oktober"
ADDED = "revision_test_event"


def psql(dbname, sql, check=True):
    proc = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "|", "-v", "ON_ERROR_STOP=1",
                           "-v", "VERBOSITY=verbose", "-d", dbname, "-c", sql], capture_output=True)
    if check and proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip())
    return proc


def val(dbname, sql):
    return psql(dbname, sql).stdout.decode("utf-8").rstrip("\n")


def fails(dbname, sql, sqlstate, words, name):
    proc = psql(dbname, sql, check=False)
    err = proc.stderr.decode("utf-8", "replace")
    ok(proc.returncode != 0 and sqlstate in err and all(w in err for w in words), name, err or "no error")


def events(dbname):
    raw = psql(dbname, f"SELECT vigo_cal.ical('{YEAR}')").stdout[:-1]
    cal = icalendar.Calendar.from_ical(raw)
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def html(dbname):
    return lxml.html.document_fromstring(val(dbname, f"SELECT vigo_cal.arshjul_html('{YEAR}')"))


def mark(doc, key):
    tr = doc.xpath(f'//tr[@data-entry="{key}-1-2025"]')
    return " ".join(tr[0].xpath('string(.//span[@class="endret"])').split()) if tr else None


def oslo_midnight_utc(day):
    """The start of a day in Oslo, in UTC, as icalendar reads LAST-MODIFIED."""
    text = val("postgres", f"SELECT to_char(date '{day}'::timestamp AT TIME ZONE 'Europe/Oslo' AT TIME ZONE 'UTC',"
                           " 'YYYY-MM-DD HH24:MI:SS')")
    return datetime.datetime.fromisoformat(text).replace(tzinfo=datetime.timezone.utc)


def check_ical_js(db, uid):
    """The same iCalendar read by ical.js (Node.js): the moved event keeps
    its UID, with SEQUENCE 1, its new date and LAST-MODIFIED, and no other
    event has a SEQUENCE."""
    here = os.path.dirname(os.path.abspath(__file__))
    raw = psql(db, f"SELECT vigo_cal.ical('{YEAR}')").stdout[:-1]
    path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"vigo_cal_revisions_{os.getpid()}.ics")
    with open(path, "wb") as f:
        f.write(raw)
    try:
        modules = subprocess.run([os.path.join(here, "..", "lib", "npm_module.sh"), "ical.js@2.2.1"],
                                 capture_output=True, text=True, check=True).stdout.strip()
        out = subprocess.run(["node", os.path.join(here, "..", "clients", "ical_js_events.js"), path],
                             capture_output=True, text=True, check=True,
                             env=dict(os.environ, NODE_PATH=modules)).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        ok(False, "ical.js reads the revised iCalendar", str(getattr(e, "stderr", e)))
        return
    finally:
        os.unlink(path)
    import json
    evs = {e["uid"]: e for e in map(json.loads, out.splitlines())}
    ev = evs.get(uid)
    is_((ev["sequence"], ev["dtstart"], ev["lastModified"] is not None) if ev else None,
        (1, "2025-10-20", True), "ical.js reads the moved event: same UID, SEQUENCE 1, its new date, LAST-MODIFIED")
    others = [u for u, e in evs.items() if e["sequence"] is not None and not u.startswith((MOVED, EDITED))]
    ok(len(evs) > 100 and not others, f"ical.js reads {len(evs)} events, no other with a SEQUENCE", others)


def check(db):
    # the shipped edition is revision 1 of 2023-2024
    is_(val(db, "SELECT published || ' ' || count(*) FROM vigo_cal.edition_revision r "
                "JOIN vigo_cal.edition_revision_entry e ON e.school_year::text = r.school_year::text "
                "AND e.revision = r.revision "
                "WHERE r.school_year::text = '2023-2024' AND r.revision = 1 GROUP BY published"),
        "2023-08-21 113", "the shipped 2023-2024 edition is revision 1 (Pr. 21.08.2023), 113 entries")
    fails(db, f"SELECT * FROM vigo_cal.edition_changes('{YEAR}')", "22023", ["has no published edition", YEAR],
          "edition_changes of a year never published: a clear error")

    # revision 1
    is_(val(db, f"SELECT vigo_cal.publish_edition('{YEAR}', '2025-08-20', 'første utgave')"), "1",
        "publish_edition: revision 1, dated 20.08.2025")
    is_(val(db, f"SELECT (SELECT count(*) FROM vigo_cal.edition_revision_entry WHERE school_year::text = '{YEAR}')"
                f" = (SELECT count(*) FROM vigo_cal.edition_rows('{YEAR}'))"), "t",
        "every entry of the calendar is frozen in it")
    is_(val(db, f"SELECT count(*) FROM vigo_cal.edition_changes('{YEAR}')"), "0",
        "nothing changed since: edition_changes is empty")
    fails(db, f"SELECT vigo_cal.publish_edition('{YEAR}', '2025-08-20')", "23505",
          ["already has a revision published on 20.08.2025"], "publishing twice on one day: a clear error (23505)")
    doc = html(db)
    is_(" ".join(doc.xpath('string(//*[@class="asof"])').split()), "Pr. 20.08.2025", "the HTML says Pr. 20.08.2025")
    ok(not doc.xpath('//section[@class="changes"]') and not doc.xpath('//span[@class="endret"]'),
       "and lists no change")
    before = events(db)
    uid = f"{MOVED}-1-2025@vigo-cal"
    ok(uid in before and "SEQUENCE" not in before[uid], f"the iCalendar has {uid}, with no SEQUENCE yet")
    old_start = before[uid]["DTSTART"].dt if uid in before else None

    # changes
    psql(db, f"""
      INSERT INTO vigo_cal.event_override (event_key, school_year, occurrence, due_date, reason)
      VALUES ('{MOVED}', '{YEAR}', 1, '2025-10-20', 'moved by a test');
      UPDATE vigo_cal.event SET comment = coalesce(comment || ' ', '') || 'Ny kommentar.' WHERE event_key = '{EDITED}';
      INSERT INTO vigo_cal.event (event_key, title, category, rule)
      VALUES ('{ADDED}', 'Ny frist lagt til etter publisering', 'vigo_internal', '12.11, neste virkedag');""")
    changes = {r.split("|")[1]: r.split("|") for r in
               val(db, f"SELECT change, event_key, old_date, new_date, old_label, new_label, fields "
                       f"FROM vigo_cal.edition_changes('{YEAR}')").splitlines()}
    tap.diag(f"changes: {sorted(changes)}")
    is_(changes.get(MOVED), ["moved", MOVED, "2025-10-16", "2025-10-20", "16.okt", "20.okt", "{Dato}"],
        "edition_changes: the override moved an entry (old and new date)")
    is_(changes.get(EDITED, [None])[0:1] + changes.get(EDITED, [None] * 7)[6:7], ["text changed", "{Kommentar}"],
        "a comment edited: text changed, in Kommentar")
    is_(changes.get(ADDED, [None])[0], "added", "a new event: added")
    is_(len(changes), 3, "and nothing else changed")

    doc = html(db)
    listed = [" ".join(li.text_content().split()) for li in doc.xpath('//section[@class="changes"]//li')]
    ok(any(l.startswith("Flyttet fra 16.okt til 20.okt") for l in listed) and len(listed) == 3,
       "the revised HTML lists the changes at the top", listed)
    is_(mark(doc, MOVED), "Endret, var 16.okt", "and marks the moved row")
    is_(mark(doc, EDITED), "Endret: Kommentar", "the edited row")
    is_(mark(doc, ADDED), "Ny", "and the new one")
    ok(" ".join(doc.xpath('string(//*[@class="asof"])').split()) == "Pr. 20.08.2025",
       "still Pr. the last published revision")

    after = events(db)
    today = val(db, "SELECT vigo_cal.today()")
    ev = after.get(uid)
    ok(ev is not None, "the moved event keeps its UID")
    if ev is not None:
        is_((int(ev.get("SEQUENCE", 0)), ev["DTSTART"].dt), (1, datetime.date(2025, 10, 20)),
            "with SEQUENCE 1 and its new date")
        is_(ev["LAST-MODIFIED"].dt if "LAST-MODIFIED" in ev else None, oslo_midnight_utc(today),
            "LAST-MODIFIED: today in Oslo (not yet published)")
    ok(old_start == datetime.date(2025, 10, 16), "it was 16 October before")
    is_(int(after.get(f"{EDITED}-1-2025@vigo-cal", {}).get("SEQUENCE", 0)), 1, "the edited event: SEQUENCE 1")
    unchanged = [u for u, e in after.items() if "SEQUENCE" in e and not u.startswith((MOVED, EDITED))]
    ok(not unchanged, "no other event has a SEQUENCE", unchanged)
    check_ical_js(db, uid)

    # revision 2
    is_(val(db, f"SELECT vigo_cal.publish_edition('{YEAR}', '2025-09-01', 'revidert')"), "2",
        "publish_edition: revision 2, dated 01.09.2025")
    is_(val(db, f"SELECT count(*) FROM vigo_cal.edition_changes('{YEAR}')"), "0",
        "the calendar is revision 2: no change since")
    is_(val(db, f"SELECT string_agg(change || ' ' || event_key, ', ' ORDER BY event_key) "
                f"FROM vigo_cal.edition_changes('{YEAR}', 1, 2)"),
        f"text changed {EDITED}, added {ADDED}, moved {MOVED}",
        "edition_changes between revisions 1 and 2")
    doc = html(db)
    is_(" ".join(doc.xpath('string(//*[@class="asof"])').split()), "Pr. 01.09.2025", "the HTML: Pr. 01.09.2025")
    ok(not doc.xpath('//section[@class="changes"]'), "with no change listed")
    ev = events(db).get(uid)
    ok(ev is not None and int(ev.get("SEQUENCE", 0)) == 1
       and ev["LAST-MODIFIED"].dt == oslo_midnight_utc("2025-09-01"),
       "the iCalendar keeps SEQUENCE 1, LAST-MODIFIED the day of revision 2")
    fails(db, f"SELECT vigo_cal.publish_edition('{YEAR}', '2025-08-25')", "22023",
          ["has a later revision"], "publishing before the last revision: a clear error")

    # a second change to the same event raises its SEQUENCE again
    psql(db, f"UPDATE vigo_cal.event_override SET due_date = '2025-10-21' "
             f"WHERE event_key = '{MOVED}' AND school_year::text = '{YEAR}'")
    ev = events(db).get(uid)
    is_((int(ev.get("SEQUENCE", 0)), ev["DTSTART"].dt) if ev else None, (2, datetime.date(2025, 10, 21)),
        "moved again: SEQUENCE 2, same UID")

    # errors
    fails(db, "BEGIN; UPDATE vigo_cal.event SET first_school_year = NULL, last_school_year = '2020-2021'; "
              "SELECT vigo_cal.publish_edition('2031-2032'); ROLLBACK", "22023",
          ["school year 2031-2032 has no events to publish"], "publishing a year with no events: a clear error")
    fails(db, f"SELECT vigo_cal.arshjul_html('{YEAR}', 'Atlantis')", "22023", ['unknown county: "Atlantis"'],
          "an unknown county: a clear error naming it")
    fails(db, f"SELECT * FROM vigo_cal.edition_changes('{YEAR}', 7)", "22023", ["has no revision 7"],
          "a revision that does not exist: a clear error")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-d", "--dbname")
    args = ap.parse_args()
    if icalendar is None or lxml is None:
        ok(False, "python3-icalendar and python3-lxml are installed")
        return tap.done_testing()
    db, scratch = args.dbname, None
    if not db:
        scratch = db = "vigo_cal_edition_revisions"
        psql("postgres", f"DROP DATABASE IF EXISTS {scratch}")
        psql("postgres", f"CREATE DATABASE {scratch}")
        psql(scratch, "CREATE EXTENSION vigo_cal")
    try:
        check(db)
    finally:
        if scratch:
            psql("postgres", f"DROP DATABASE IF EXISTS {scratch}", check=False)
    return tap.done_testing()


if __name__ == "__main__":
    sys.exit(main())
