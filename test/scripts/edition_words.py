#!/usr/bin/python3
"""The calendar speaks the edition's words: compare the Fra, Hva, Til and
Kommentar of arshjul('2023-2024'), joined to the printed entries through
edition_entry, with the transcription of the printed edition
(test/data/arshjul_2023_2024.csv), field by field for all 113 dated
entries.  Whitespace, case and a leading zero of a day ("6." / "06.") do
not count.  A difference passes only if doc/schedule.md lists it (section
"Deliberate differences": entry and column); a listed difference that is
gone fails too.  Also checks that a date worked out inside a text names
the corresponding day in other years.  Needs PGHOST/PGPORT/PGUSER.  Prints
TAP.

    edition_words.py [-d DBNAME]

Without -d it creates a scratch database with the extension and drops it
afterwards.
"""
import argparse
import csv
import json
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in test/lib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
import tap  # noqa: E402
from tap import ok  # noqa: E402

CSV = os.path.join(HERE, "..", "data", "arshjul_2023_2024.csv")
DOC = os.path.join(HERE, "..", "..", "doc", "schedule.md")
COLUMNS = (("from_party", "Fra"), ("what", "Hva"), ("to_party", "Til"), ("comment", "Kommentar"))
MONTHS = ("januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember")


def psql(dbname, sql):
    proc = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", dbname,
                           "-c", sql], capture_output=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip())
    return proc.stdout.decode("utf-8")


def normalise(text):
    """No whitespace, lower case, no leading zero on a day number."""
    text = "".join((text or "").split()).lower()
    return re.sub(r"(?<![0-9])0([1-9])\.", r"\1.", text)


def printed_entries():
    with open(CSV, encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f) if row["date"]]


def deliberate():
    """(entry, column) pairs of the table under "Deliberate differences"."""
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    start = text.index("#### Deliberate differences")
    listed = set()
    for line in text[start:].split("\n")[1:]:
        if line.startswith("#"):
            break
        m = re.match(r"\|\s*(e[0-9]+)\s*\|\s*(Fra|Hva|Til|Kommentar)\s*\|", line)
        if m:
            listed.add((m.group(1), m.group(2)))
    return listed


def calendar(dbname):
    """The calendar's fields per entry of the 2023-2024 edition."""
    out = psql(dbname, """
        SELECT coalesce(json_agg(json_build_object(
                 'entry', e.entry, 'from_party', a.from_party, 'what', a.what,
                 'to_party', a.to_party, 'comment', a.comment)), '[]')
          FROM vigo_cal.arshjul('2023-2024') a
          JOIN vigo_cal.edition_entry e
            ON e.event_key = a.event_key AND e.printed_date = a.due_date
         WHERE e.school_year::text = '2023-2024'""")
    rows = {}
    for r in json.loads(out):
        rows.setdefault(r["entry"], []).append(r)
    return rows


def check_words(dbname):
    entries = printed_entries()
    ok(len(entries) == 113, "the transcription has 113 dated entries", f"it has {len(entries)}")
    listed = deliberate()
    ok(len(listed) > 0, "doc/schedule.md lists the deliberate differences")
    rows = calendar(dbname)
    differing = set()
    for p in entries:
        got = rows.get(p["id"], [])
        if len(got) != 1:
            ok(False, f"{p['id']}: one row of arshjul('2023-2024')", f"{len(got)} rows")
            continue
        diffs = []
        for field, column in COLUMNS:
            if normalise(p[field]) != normalise(got[0][field]):
                differing.add((p["id"], column))
                if (p["id"], column) not in listed:
                    diffs.append(f"{column}: printed {p[field]!r}\n    calendar {got[0][field]!r}")
        ok(not diffs, f"{p['id']} ({p['date_text']}): Fra, Hva, Til and Kommentar as printed",
           diffs)
    gone = sorted(listed - differing)
    ok(not gone, "every difference doc/schedule.md lists is one",
       [f"{e} {c}: listed, but the calendar now prints it as the edition" for e, c in gone])
    tap.diag(f"{len(differing)} of {4 * len(entries)} fields differ from the transcription, "
             f"all listed: {', '.join(f'{e} {c}' for e, c in sorted(differing, key=lambda x: int(x[0][1:])))}")


def check_dates(dbname):
    # no text of 2023-2024 names a day the edition does not print in it
    out = psql(dbname, """
        SELECT json_agg(json_build_object('entry', e.entry, 'text', concat_ws(' ', a.what, a.comment)))
          FROM vigo_cal.arshjul('2023-2024') a
          JOIN vigo_cal.edition_entry e ON e.event_key = a.event_key AND e.printed_date = a.due_date
         WHERE e.school_year::text = '2023-2024'""")
    printed = {p["id"]: normalise(p["what"] + p["comment"]) for p in printed_entries()}
    extra = []
    for r in json.loads(out):
        for day in re.findall(r"\b[0-9]{1,2}\.\s*(?:" + MONTHS + r")\b", r["text"] or ""):
            if normalise(day) not in printed.get(r["entry"], ""):
                extra.append(f"{r['entry']}: {day}")
    ok(not extra, "no text of 2023-2024 names a day the edition does not", extra)
    # a day worked out in a text is the corresponding one in another year:
    # July 2022's 1. levering names the 2. levering of September 2022, the
    # 15.07 delivery of 2022 its county deadline with the year, and the
    # November private-school data one working day after their delivery
    got = psql(dbname, """
        SELECT (SELECT comment FROM vigo_cal.arshjul('2021-2022')
                 WHERE event_key = 'ssb_resultat_vgs_1' AND due_date = '2022-07-15')
               = 'Grunnlag for karakterstatistikk i KOSTRA. Se også '
                 || vigo_cal.norwegian_date((SELECT due_date FROM vigo_cal.calendar_between('2022-09-01', '2022-09-30')
                                              WHERE event_key = 'ssb_resultat_vgs_2')) || '.'""").strip()
    ok(got == "t", "e5's \"Se også\" names the 2. levering of the September after, in 2022 too")
    got = psql(dbname, """
        SELECT what FROM vigo_cal.arshjul('2021-2022')
         WHERE event_key = 'inntaksfil_juli' AND due_date < '2022-08-01'""").strip()
    ok(got.endswith("er 17. juli 2022."), "e8's county deadline is printed with its year in 2022 too", got)
    got = psql(dbname, """
        SELECT a.what LIKE '%senest ' || vigo_cal.norwegian_date(vigo_cal.add_business_days(a.due_date, 1)) || ')'
          FROM vigo_cal.arshjul('2026-2027') a WHERE a.event_key = 'privatskole_elev_ssb'""").strip()
    ok(got == "t", "e43's data are in VIGO one working day after the delivery in 2026-2027 too")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-d", "--dbname")
    args = ap.parse_args()
    dbname = args.dbname
    if dbname is None:
        dbname = "vigo_cal_edition_words"
        psql("postgres", f"DROP DATABASE IF EXISTS {dbname}")
        psql("postgres", f"CREATE DATABASE {dbname}")
        psql(dbname, "CREATE EXTENSION vigo_cal")
    try:
        check_words(dbname)
        check_dates(dbname)
    finally:
        if args.dbname is None:
            psql("postgres", f"DROP DATABASE IF EXISTS {dbname}")
    return tap.done_testing()


if __name__ == "__main__":
    sys.exit(main())
