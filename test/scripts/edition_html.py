#!/usr/bin/python3
"""The printed edition as HTML (vigo_cal.arshjul_html), read with a real
HTML parser (python3-lxml) and compared with the transcription of the
2023-2024 edition (test/data/arshjul_2023_2024.csv, a copy of the seed).

* the 113 dated entries in document order, each under its month heading,
  with the date cell, Fra, Hva, Til and Kommentar equal to the
  transcription after whitespace normalisation; every difference is
  listed, and only those in edition_html_differences.txt (each with its
  reason) are allowed;
* the document's frame: title, "Pr." date, column header, a heading for
  every month (Mai 2024 without entries), the monthly block, routines and
  legend; no script, no external resource; a draft year marked as one;
* HTML escaping of a user's event, a county's edition, bad input;
* tidy -errors on the national and a county edition of three years.

The marks vigo_cal adds to a printed cell (class "endret": changed since
the last revision; class "vc-note": the last working day before a
deadline on a day off, a tentative date) are taken out before comparing,
and counted.  Prints TAP.

    edition_html.py [-d DBNAME]
"""
import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in test/lib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "lib"))
import tap  # noqa: E402
from tap import ok  # noqa: E402

try:
    import lxml.html
except ImportError:  # reported as a failed test below
    lxml = None

REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
CSV = os.path.join(REPO, "test", "data", "arshjul_2023_2024.csv")
KNOWN = os.path.join(HERE, "edition_html_differences.txt")
FIELDS = [("date_text", "Dato"), ("from_party", "Fra"), ("what", "Hva"), ("to_party", "Til"),
          ("comment", "Kommentar")]
NASTY = '<script>alert(1)</script> & "x"'


def psql(dbname, sql, check=True):
    proc = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                           "-v", "VERBOSITY=verbose", "-d", dbname, "-c", sql],
                          capture_output=True)
    if check and proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip())
    return proc


def html_of(dbname, year, county=None):
    arg = "NULL" if county is None else "'" + county.replace("'", "''") + "'"
    out = psql(dbname, f"SELECT vigo_cal.arshjul_html('{year}', {arg})").stdout
    return out[:-1].decode("utf-8")  # psql -A adds one newline


def norm(text):
    return " ".join((text or "").split())


def cell_text(td):
    """The cell's text without the marks vigo_cal adds (counted in MARKS)."""
    for mark in td.xpath('.//*[contains(concat(" ", @class, " "), " endret ")'
                         ' or contains(concat(" ", @class, " "), " vc-note ")]'):
        for cls in mark.get("class").split():
            MARKS[cls] = MARKS.get(cls, 0) + 1
        mark.drop_tree()
    return norm(td.text_content())


MARKS = {}


def document_rows(doc):
    """(month heading, data-entry, {field: text}) of the main table, in order."""
    rows, heading = [], None
    table = doc.get_element_by_id("arshjul")
    for tr in table.xpath("./tbody/tr"):
        cls = tr.get("class", "").split()
        if "month-heading" in cls:
            heading = norm(tr.text_content())
            rows.append((heading, None, None))
        elif "entry" in cls:
            tds = tr.xpath("./td")
            cells = {f: cell_text(td) for (f, _), td in zip(FIELDS, tds)}
            rows.append((heading, tr.get("data-entry"), cells))
    return rows


def load_known():
    known = {}
    with open(KNOWN, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            entry, field, reason = line.split("\t")
            known[(entry, field)] = reason
    return known


def compare_with_transcription(dbname, doc):
    with open(CSV, encoding="utf-8") as f:
        printed = [r for r in csv.DictReader(f) if r["date"]]
    tap.is_(len(printed), 113, "the transcription has 113 dated entries")
    # entry id -> data-entry of its row: the event and occurrence of edition_entry
    keys = {}
    for line in psql(dbname, "SELECT entry || '|' || event_key || '-' || occurrence || '-' "
                             "|| occurrence_year::integer FROM vigo_cal.edition_entry "
                             "WHERE school_year::text = '2023-2024' AND printed_date IS NOT NULL"
                     ).stdout.decode().split():
        e, k = line.split("|")
        keys[e] = k
    rows = [r for r in document_rows(doc) if r[1] is not None]
    by_key = {r[1]: (i, r) for i, r in enumerate(rows)}
    known = load_known()
    found = []  # (entry, field, got, want)

    # every printed entry is in the document, in the printed order
    missing = [r["id"] for r in printed if keys.get(r["id"]) not in by_key]
    for e in missing:
        found.append((e, "row", "", "printed, not in the document"))
    places = [by_key[keys[r["id"]]][0] for r in printed if keys.get(r["id"]) in by_key]
    ok(places == sorted(places), "the printed entries come in the printed order",
       f"document places: {places}")
    printed_keys = {keys.get(r["id"]) for r in printed}
    for i, (heading, key, cells) in enumerate(rows):
        if key not in printed_keys:
            found.append((key, "row", f"{heading}: {cells['date_text']} {cells['what']}",
                          "in the document, not printed"))

    for r in printed:
        key = keys.get(r["id"])
        if key not in by_key:
            continue
        heading, _, cells = by_key[key][1]
        if heading != r["month_heading"]:
            found.append((r["id"], "Måned", heading, r["month_heading"]))
        for field, name in FIELDS:
            if cells[field] != norm(r[field]):
                found.append((r["id"], name, cells[field], norm(r[field])))

    tap.diag(f"{len(found)} differences from the transcription "
             f"({sum(1 for d in found if (d[0], d[1]) in known)} of them on the documented list):")
    unexpected = []
    for e, field, got, want in found:
        reason = known.get((e, field))
        tap.diag(f"  {e} {field}: document {got!r}, printed {want!r}"
                 + (f" [{reason}]" if reason else " [NOT ON THE LIST]"))
        if not reason:
            unexpected.append(f"{e} {field}: document {got!r}, printed {want!r}")
    ok(not unexpected, "every difference from the transcription is on the documented list",
       unexpected)
    gone = sorted(set(known) - {(d[0], d[1]) for d in found})
    for e, field in gone:
        tap.diag(f"  listed but no longer different (remove from the list): {e} {field}")
    # each printed entry on its own, so that a failure names it
    bad = {d[0] for d in unexpected}
    for r in printed:
        ok(r["id"] not in bad, f"{r['id']} {r['date_text']}: date cell, Fra, Hva, Til and Kommentar as printed"
           " or on the documented list")
    return len(found)


def check_frame(doc, raw):
    ok(raw.startswith("<!DOCTYPE html>"), "an HTML5 document")
    ok(doc.xpath('//meta[@charset="utf-8"]'), "declares UTF-8")
    ok(not doc.xpath("//script"), "no script element")
    ok(not re.search(r'\b(src|href)\s*=', raw) and "url(" not in raw and "@import" not in raw,
       "no external resource (src, href, url(), @import)")
    h1 = norm(doc.xpath("string(//h1)"))
    tap.is_(h1, "ÅRSHJUL VIGO OPPLÆRING, skoleåret 2023-2024", "the title as printed")
    tap.is_(norm(doc.xpath('string(//*[@class="asof"])')), "Pr. 21.08.2023",
            "Pr. the date the edition was published")
    ok("Fargekoder se i slutten av dokumentet." in norm(doc.xpath("string(//header)")),
       "Fargekoder se i slutten av dokumentet.")
    tap.is_([norm(th.text_content()) for th in doc.xpath('//table[@id="arshjul"]/thead/tr/th')],
            ["Dato", "Fra", "Hva", "Til", "Kommentar"], "one table: Dato | Fra | Hva | Til | Kommentar")
    rows = document_rows(doc)
    headings = [h for h, k, c in rows if k is None]
    want = ["Juli 2023", "August 2023", "September 2023", "Oktober 2023", "November 2023", "Desember 2023",
            "Januar 2024", "Februar 2024", "Mars 2024", "April 2024", "Mai 2024", "Juni 2024", "Juli 2024",
            "August 2024"]
    tap.is_(headings, want, "a heading for every month from Juli 2023 to August 2024")
    after_mai = [r for r in rows[[h for h, k, c in rows].index("Mai 2024") + 1:]]
    ok(after_mai and after_mai[0][1] is None and after_mai[0][0] == "Juni 2024",
       "Mai 2024 is printed without entries, as in the edition")
    recurring = norm(doc.xpath('string(//table[contains(@class, "recurring")])'))
    ok(recurring.startswith("Hver måned etter overføring fra søker til elev"),
       "the monthly block closes the table: Hver måned etter overføring fra søker til elev ...", recurring[:200])
    routines = [norm(li.text_content()) for li in doc.xpath('//section[contains(@class, "routines")]//ol/li')]
    ok(len(routines) == 4 and routines[0].startswith("Privatskoleelevene må først importeres"),
       "the four numbered routines", routines)
    legend = doc.xpath('//section[contains(@class, "legend")]')
    ok(legend and norm(legend[0].xpath("string(.//h2)")) == "FARGEKODER:",
       "the colour legend ends the document")
    # the legend's lines as the edition prints them (its last page), then
    # the school holidays' colour, which the edition does not print
    printed_legend = ["Interne datoer for Vigo", "Utdanningsdirektoratet Fagopplæringsfiler",
                      "Utdanningsdirektoratet Privatskolerapportering",
                      "Utdanningsdirektoratet Søker- og inntaksfil",
                      "SSB og Utdanningsdirektoratet ssbResultat og ssbElev", "Lånekassen",
                      "Oppfølgingstjenesten", "vilbli.no (Fagbokforlaget)",
                      "Insight (tidligere PULS) (Conexus)",
                      "Forsvarets personell- og vernepliktssenter (FPVS)", "Skoleferie"]
    lines = [norm(li.text_content()) for li in legend[0].xpath(".//li")] if legend else []
    tap.is_(lines, printed_legend, "its lines are the edition's, in its order, and Skoleferie")
    styled = [tr for tr in doc.xpath('//table[@id="arshjul"]//tr[contains(@class, "entry")]')
              if re.search(r"background-color:#[0-9a-f]{6}", tr.get("style", ""))]
    ok(len(styled) == len([r for r in rows if r[1]]), "every row tinted in its category's colour")
    css = doc.xpath("string(//style)")
    for needle, name in [("size: A4 landscape", "A4 landscape"),
                         ("display: table-header-group", "the column header on every page"),
                         ("break-inside: avoid", "no entry split across pages"),
                         ("counter(page)", "page numbers")]:
        ok(needle in css, f"print CSS: {name}")
    ok(doc.xpath('//tbody[@class="keep"]/tr[@class="month-heading"]'),
       "a month heading and its first entry are kept together (tbody.keep)")


def check_notes(doc):
    # 25.sep 2023: county deadline Sunday 24 September
    tr = doc.xpath('//tr[@data-entry="ssb_resultat_vgs_2-1-2023"]')
    note = norm(tr[0].xpath('string(.//*[contains(@class, "siste-arbeidsdag")])')) if tr else ""
    tentative = doc.xpath('//table[@id="arshjul"]//tr[contains(@class, "tentative")]')
    ok(len(tentative) >= 10 and all(re.search("forbehold|justert|forventet", t.text_content(), re.I)
                                    for t in tentative),
       "tentative rows are marked as the edition marks them", len(tentative))
    rows = {k: c for h, k, c in document_rows(doc) if k}  # takes the marks out
    tap.is_(note, "Siste arbeidsdag før fristen 24. september: fredag 22. september.",
            "a county deadline on a Sunday shows the last working day before it")
    ok("Frist for fylkene å registrere i VIGO er 24. september." in rows.get("ssb_resultat_vgs_2-1-2023",
                                                                          {}).get("what", ""),
       "the county-deadline sentence is in Hva")


def check_escaping(dbname):
    psql(dbname, "INSERT INTO vigo_cal.event (event_key, title, comment, category, rule) VALUES "
                 "('html_escape_test', $t$" + NASTY + "$t$, $t$a < b && c > d$t$, 'vigo_internal', '12.11')")
    try:
        raw = html_of(dbname, "2024-2025")
    finally:
        psql(dbname, "DELETE FROM vigo_cal.event WHERE event_key = 'html_escape_test'")
    doc = lxml.html.document_fromstring(raw)
    ok(not doc.xpath("//script"), "a user event titled <script>... makes no script element")
    tr = doc.xpath('//tr[@data-entry="html_escape_test-1-2024"]')
    tap.is_(norm(tr[0].xpath('string(td[@class="hva"])')) if tr else None, NASTY,
            "it prints as text, <, >, & and \" escaped")
    ok("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;" in raw, "escaped in the source")


def check_county_and_errors(dbname):
    raw = html_of(dbname, "2023-2024", "Nordland")
    doc = lxml.html.document_fromstring(raw)
    hol = [norm(tr.text_content()) for tr in doc.xpath('//table[@id="arshjul"]//tr[contains(@class, "cat-school_holiday")]')]
    ok(hol and all("Nordland" in h for h in hol) and not any("Oslo" in h for h in hol),
       "Nordland's edition lists Nordland's school holidays only", hol)
    national = lxml.html.document_fromstring(html_of(dbname, "2023-2024"))
    nat = [norm(tr.text_content()) for tr in national.xpath('//tr[contains(@class, "cat-school_holiday")]')]
    ok(len(nat) == 5 and any("Oslo" in h for h in nat), "the national edition lists every county's", nat)
    tap.is_(norm(doc.xpath('string(//*[@class="county"])')), "Nordland", "the county named under the title")
    draft = lxml.html.document_fromstring(html_of(dbname, "2026-2027"))
    ok(norm(draft.xpath('string(//*[@class="draft"])')).startswith("Utkast")
       and not draft.xpath('//*[@class="asof"]'),
       "a year never published is marked Utkast, with the day it was worked out")
    proc = psql(dbname, "SELECT vigo_cal.arshjul_html('2023-2024', 'Narnia')", check=False)
    err = proc.stderr.decode()
    ok(proc.returncode != 0 and "22023" in err and '"Narnia"' in err,
       "an unknown county: SQLSTATE 22023 naming it", err)
    proc = psql(dbname, "SELECT vigo_cal.arshjul_html(NULL)", check=False)
    tap.is_(proc.stdout.decode(), "\n", "NULL school year: NULL")


def check_tidy(dbname):
    if not shutil.which("tidy"):
        ok(False, "tidy is installed (Debian package tidy)")
        return
    for year in ("2023-2024", "2025-2026", "2026-2027"):
        for county in (None, "Vestland"):
            raw = html_of(dbname, year, county)
            with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8", delete=False) as f:
                f.write(raw)
            proc = subprocess.run(["tidy", "-errors", "-quiet", "-utf8", f.name], capture_output=True, text=True)
            os.unlink(f.name)
            errors = [l for l in proc.stderr.splitlines() if "Error:" in l]
            ok(proc.returncode < 2 and not errors,
               f"tidy -errors: no errors in the {county or 'national'} edition of {year}", proc.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-d", "--dbname")
    args = ap.parse_args()
    if lxml is None:
        ok(False, "python3-lxml is installed")
        return tap.done_testing()
    dbname, scratch = args.dbname, None
    if not dbname:
        scratch = dbname = "vigo_cal_edition_html"
        psql("postgres", f"DROP DATABASE IF EXISTS {scratch}")
        psql("postgres", f"CREATE DATABASE {scratch}")
        psql(scratch, "CREATE EXTENSION vigo_cal")
    try:
        raw = html_of(dbname, "2023-2024")
        doc = lxml.html.document_fromstring(raw)
        check_frame(doc, raw)
        n = compare_with_transcription(dbname, lxml.html.document_fromstring(raw))
        tap.diag(f"marks added to printed cells: {MARKS}")
        check_notes(lxml.html.document_fromstring(raw))
        check_escaping(dbname)
        check_county_and_errors(dbname)
        check_tidy(dbname)
        tap.diag(f"differences from the transcription: {n}")
    finally:
        if scratch:
            psql("postgres", f"DROP DATABASE IF EXISTS {scratch}", check=False)
    return tap.done_testing()


if __name__ == "__main__":
    sys.exit(main())
