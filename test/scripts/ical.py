#!/usr/bin/python3
"""Read vigo_cal.ical() back with a real iCalendar parser (python3-icalendar).

Fetches SELECT vigo_cal.ical('2023-2024', 'Nordland') with psql (connection
from the usual PG* environment), parses it with icalendar.Calendar.from_ical
and checks it against calendar_between, school_holidays and ical_events in
the same database.  Prints TAP.

    ical.py [-d DBNAME]

Without -d it creates a scratch database with the extension and drops it
afterwards.
"""
import argparse
import datetime
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in test/lib
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import tap  # noqa: E402
from tap import ok  # noqa: E402

try:
    import icalendar
except ImportError:  # reported as a failed test below
    icalendar = None

YEAR = "2023-2024"
START_YEAR = 2023
COUNTY = "Nordland"


def psql(dbname, *args, input=None):
    proc = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dbname] + list(args),
                          input=input, capture_output=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip())
    return proc.stdout


def fetch_ics(dbname, county):
    """The exact bytes ical() returns (psql -A adds one newline after the value)."""
    out = psql(dbname, "-A", "-t", "-c",
               f"SELECT vigo_cal.ical('{YEAR}', '{county}')")
    assert out.endswith(b"\n"), "psql output does not end with a newline"
    return out[:-1]


def rows(dbname, sql):
    """Rows of a query as lists of text, fields separated by a unit separator."""
    out = psql(dbname, "-A", "-t", "-F", "\x1f", "-R", "\x1e", "-c", sql).decode("utf-8")
    return [r.split("\x1f") for r in out.rstrip("\n").split("\x1e") if r != ""]


def day(text):
    return datetime.date.fromisoformat(text)


def is_date(value):
    # datetime.datetime is a subclass of datetime.date: an all-day value is
    # a date and not a date-time
    return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)


def check(dbname):
    try:
        raw = fetch_ics(dbname, COUNTY)
    except Exception as exc:  # noqa: BLE001 - reported as a failed test
        ok(False, f"SELECT vigo_cal.ical('{YEAR}', '{COUNTY}') runs", exc)
        return
    ok(len(raw) > 0, f"SELECT vigo_cal.ical('{YEAR}', '{COUNTY}') runs")

    # The file itself: CRLF everywhere, lines of at most 75 octets, each of
    # them valid UTF-8 on its own (no character split by folding).
    ok(raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
       and b"\r" not in raw.replace(b"\r\n", b""),
       "every line ends with CRLF, and there is no bare CR or LF")
    physical = raw[:-2].split(b"\r\n")
    longest = max(len(line) for line in physical)
    ok(longest <= 75, f"no line is longer than 75 octets (longest: {longest})")
    bad = []
    for i, line in enumerate(physical, 1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(i)
    ok(not bad, "every folded line is valid UTF-8 on its own", f"lines {bad[:10]}")

    try:
        cal = icalendar.Calendar.from_ical(raw)
    except Exception as exc:  # noqa: BLE001
        ok(False, "icalendar.Calendar.from_ical parses it", exc)
        return
    ok(cal.name == "VCALENDAR", "icalendar.Calendar.from_ical parses it")
    ok(str(cal.get("VERSION")) == "2.0" and str(cal.get("PRODID", "")).startswith("-//vigo_cal//")
       and str(cal.get("METHOD")) == "PUBLISH" and str(cal.get("CALSCALE")) == "GREGORIAN",
       "VERSION 2.0, PRODID -//vigo_cal//..., METHOD PUBLISH, CALSCALE GREGORIAN",
       {k: str(cal.get(k)) for k in ("VERSION", "PRODID", "METHOD", "CALSCALE")})
    calname = str(cal.get("X-WR-CALNAME", ""))
    ok(calname == f"VIGO årshjul {YEAR} ({COUNTY})", f"X-WR-CALNAME is 'VIGO årshjul {YEAR} ({COUNTY})'",
       calname)

    events = cal.walk("VEVENT")
    by_uid = {}
    for e in events:
        by_uid.setdefault(str(e.get("UID")), []).append(e)

    # What the database says the calendar holds.
    occurrences = rows(dbname, f"""
        SELECT c.event_key || '-' || c.occurrence || '-{START_YEAR}@vigo-cal', c.due_date, c.due_end,
               c.title, c.tentative
          FROM vigo_cal.calendar_between(vigo_cal.first_day('{YEAR}') - 366,
                                         vigo_cal.last_day('{YEAR}') + 366) AS c
         WHERE c.school_year::text = '{YEAR}'""")
    holidays = rows(dbname, f"""
        SELECT 'holiday-' || r.region_key || '-' || h.kind || '-{START_YEAR}@vigo-cal',
               lower(h.days), upper(h.days), h.kind, h.region, h.tentative
          FROM vigo_cal.school_holidays('{COUNTY}', '{YEAR}') AS h
          JOIN vigo_cal.region r ON r.name = h.region""")
    in_year = rows(dbname, f"""
        SELECT count(*) FROM vigo_cal.calendar_between('{START_YEAR}-08-01', '{START_YEAR + 1}-07-31') AS c
         WHERE c.school_year::text = '{YEAR}'""")[0][0]
    tap.diag(f"{len(occurrences)} occurrences in {YEAR} ({in_year} of them on 1 August - 31 July),"
             f" {len(holidays)} school holidays in {COUNTY}")

    ok(len(events) == len(occurrences) + len(holidays),
       f"{len(events)} VEVENTs: one per occurrence ({len(occurrences)}) and school holiday ({len(holidays)})")
    ok(len(holidays) > 0, f"{COUNTY} has school holidays in {YEAR}")

    dup = [u for u, es in by_uid.items() if len(es) > 1]
    ok(not dup and len(by_uid) == len(events), "UIDs are unique", f"duplicates: {dup[:10]}")
    ok(all(u.isascii() and u.endswith("@vigo-cal") for u in by_uid), "UIDs are ASCII and end in @vigo-cal")

    starts = [e.decoded("DTSTART") for e in events]
    ends = [e.decoded("DTEND") for e in events]
    not_dates = [str(e.get("UID")) for e, s, t in zip(events, starts, ends) if not (is_date(s) and is_date(t))]
    ok(not not_dates, "every DTSTART and DTEND is a date (all-day)", f"not dates: {not_dates[:10]}")
    backwards = [str(e.get("UID")) for e, s, t in zip(events, starts, ends) if not t > s]
    ok(not backwards, "DTEND is after DTSTART in every event", f"{backwards[:10]}")
    stamps = [e.decoded("DTSTAMP") for e in events]
    ok(all(isinstance(s, datetime.datetime) and s.utcoffset() == datetime.timedelta(0) for s in stamps),
       "every DTSTAMP is a UTC date-time")

    # Dates, titles and status against calendar_between.
    wrong_dates, wrong_summary, wrong_status, missing = [], [], [], []
    for uid, due_date, due_end, title, tentative in occurrences:
        es = by_uid.get(uid)
        if not es:
            missing.append(uid)
            continue
        e = es[0]
        if (e.decoded("DTSTART"), e.decoded("DTEND")) != (day(due_date), day(due_end) + datetime.timedelta(1)):
            wrong_dates.append(f"{uid}: {e.decoded('DTSTART')}..{e.decoded('DTEND')}, want {due_date}..{due_end}")
        # icalendar 4.0.3 unescapes \n before \\, so a title with a literal
        # backslash before n, comma or semicolon would not read back; the
        # 2023-2024 titles have none
        if str(e.get("SUMMARY")) != title:
            wrong_summary.append(f"{uid}: {str(e.get('SUMMARY'))!r} != {title!r}")
        if str(e.get("STATUS")) != ("TENTATIVE" if tentative == "t" else "CONFIRMED"):
            wrong_status.append(uid)
    ok(not missing, "every occurrence of calendar_between has a VEVENT with its UID", f"missing: {missing[:10]}")
    ok(not wrong_dates, "DTSTART is due_date and DTEND the day after due_end, as calendar_between has them",
       "\n".join(wrong_dates[:10]))
    ok(not wrong_summary, "every SUMMARY reads back as the title, exactly", "\n".join(wrong_summary[:5]))
    nordic = [t for _, _, _, t, _ in occurrences if any(ch in t for ch in "æøåÆØÅ")]
    punct = [t for _, _, _, t, _ in occurrences if any(ch in t for ch in ",;")]
    ok(len(nordic) > 0 and len(punct) > 0 and not wrong_summary,
       f"summaries with æøå ({len(nordic)}) and with commas or semicolons ({len(punct)}) round-trip exactly")
    ok(not wrong_status, "STATUS is TENTATIVE exactly for the tentative occurrences", f"{wrong_status[:10]}")

    descriptions = [str(e.get("DESCRIPTION", "")) for e in events]
    ok(all("\r" not in d for d in descriptions)
       and any(d.startswith("Fra: ") and "\nTil: " in d for d in descriptions),
       "DESCRIPTION lines (Fra, Til, ...) read back as separate lines")
    ok(all(e.get("CATEGORIES") is not None for e in events), "every event has CATEGORIES")

    # The values ical() writes are those of ical_events(), which gives them
    # before escaping and folding.
    plain = rows(dbname, f"""
        SELECT uid, summary, coalesce(description, ''), status
          FROM vigo_cal.ical_events('{YEAR}', '{COUNTY}')""")
    ok([r[0] for r in plain] == [str(e.get("UID")) for e in events],
       "ical_events() has one row per VEVENT, with its UID, in the order of the file")
    wrong_values = []
    for uid, summary, description, status in plain:
        e = by_uid.get(uid, [None])[0]
        got = None if e is None else (str(e.get("SUMMARY")), str(e.get("DESCRIPTION", "")), str(e.get("STATUS")))
        if got != (summary, description, status):
            wrong_values.append(f"{uid}: {got!r}")
    ok(not wrong_values, "SUMMARY, DESCRIPTION and STATUS read back as ical_events() gives them",
       "\n".join(wrong_values[:5]))

    # A deadline on a day off names the last working day before it: the
    # county deadline of ssbResultat, Sunday 24 September 2023.
    uid = f"ssb_resultat_vgs_2-1-{START_YEAR}@vigo-cal"
    desc = str(by_uid.get(uid, [{}])[0].get("DESCRIPTION", ""))
    want = "Frist for fylkene å registrere i VIGO: søndag 24. september 2023, siste arbeidsdag fredag 22.09"
    ok(want in desc.split("\n"), f"{uid} reads back with the line '{want}'", desc)

    # The county's school holidays.
    wrong_holidays = []
    for uid, lo, hi, kind, region, tentative in holidays:
        es = by_uid.get(uid)
        if not es:
            wrong_holidays.append(f"{uid}: missing")
            continue
        e = es[0]
        if (e.decoded("DTSTART"), e.decoded("DTEND")) != (day(lo), day(hi)):
            wrong_holidays.append(f"{uid}: {e.decoded('DTSTART')}..{e.decoded('DTEND')}, want [{lo},{hi})")
        if not str(e.get("SUMMARY")).endswith(f" ({region})"):
            wrong_holidays.append(f"{uid}: summary {str(e.get('SUMMARY'))!r}")
    ok(not wrong_holidays, f"the school holidays of {COUNTY} are all-day events with their dates and region",
       "\n".join(wrong_holidays))
    ok(any(str(e.get("SUMMARY")) == f"Høstferie ({COUNTY})" for e in events),
       f"'Høstferie ({COUNTY})' reads back exactly")

    # Stable UIDs: a second call, and the county by number.
    again = icalendar.Calendar.from_ical(fetch_ics(dbname, "18"))
    ok([str(e.get("UID")) for e in again.walk("VEVENT")] == [str(e.get("UID")) for e in events],
       "a second call (county by number, 18) gives the same UIDs in the same order")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-d", "--dbname", help="an existing database with vigo_cal (default: a scratch database)")
    args = ap.parse_args()
    if icalendar is None:
        ok(False, "python3-icalendar is installed (apt-get install python3-icalendar)")
        return tap.done_testing()
    dbname = args.dbname
    scratch = None
    if dbname is None:
        scratch = dbname = "vigo_cal_ical"
        psql("postgres", "-c", f"DROP DATABASE IF EXISTS {scratch}", "-c", f"CREATE DATABASE {scratch}")
        psql(scratch, "-c", "CREATE EXTENSION vigo_cal")
    try:
        check(dbname)
    except Exception as exc:  # noqa: BLE001 - a failed test, not a traceback
        ok(False, "the checks run to the end", f"{type(exc).__name__}: {exc}")
    finally:
        if scratch:
            psql("postgres", "-c", f"DROP DATABASE IF EXISTS {scratch}")
    return tap.done_testing()


if __name__ == "__main__":
    sys.exit(main())
