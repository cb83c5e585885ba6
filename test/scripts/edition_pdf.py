#!/usr/bin/python3
"""The edition printed by a browser: vigo_cal.arshjul_html('2023-2024')
printed to PDF by headless Chromium (Debian's chromium), read back with
pdftotext and pdfinfo (poppler-utils), and laid out in the same browser
to look for anything wider than the page.  Two renders, no more: Chromium
is slow.

* the PDF is A4 landscape, has a sane number of pages, every page numbered
  ("Side N av P") and the column header repeated on every page of the table;
* every entry of the HTML is in the PDF's text, in the same order;
* at the width of an A4 landscape page less its margins (277 mm), no
  element reaches past the page's right edge and no table cell's text is
  wider than its cell (a copy of the document with a measuring script,
  read back with --dump-dom).

Prints TAP.

    edition_pdf.py [-d DBNAME]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # no __pycache__ in test/lib
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import tap  # noqa: E402
from tap import ok  # noqa: E402

try:
    import lxml.html
except ImportError:  # reported as a failed test below
    lxml = None

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-extensions", "--mute-audio"]
# 297 mm less 2 x 10 mm of margins, at 96 px per inch (the CSS px)
PAGE_CONTENT_PX = round(277 / 25.4 * 96)

MEASURE = """<script>
(function () {
  // the page: the body's content box (the screen style pads it)
  var b = document.body.getBoundingClientRect(), cs = getComputedStyle(document.body);
  var page = {left: b.left + parseFloat(cs.paddingLeft), right: b.right - parseFloat(cs.paddingRight)};
  var bad = [], cells = [];
  document.querySelectorAll('body *').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > page.right + 0.5)
      bad.push(el.tagName + '.' + el.className + ' right ' + r.right.toFixed(1) + ' > ' + page.right.toFixed(1));
  });
  document.querySelectorAll('td, th').forEach(function (el) {
    if (el.scrollWidth > el.clientWidth + 1)
      cells.push(el.className + ': ' + el.textContent.slice(0, 60));
  });
  var out = document.createElement('pre');
  out.id = 'measure';
  out.textContent = JSON.stringify({page_left: page.left, page_right: page.right,
    doc_width: document.documentElement.scrollWidth, window_width: window.innerWidth,
    outside: bad, overflowing_cells: cells});
  document.body.appendChild(out);
})();
</script>"""


def psql(dbname, sql, check=True):
    proc = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", dbname, "-c", sql],
                          capture_output=True)
    if check and proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip())
    return proc.stdout


def squash(text):
    """Text with whitespace and hyphens taken out: a PDF breaks lines anywhere."""
    return re.sub(r"[\s\u00ad-]+", "", text)


def check(dbname, work):
    raw = psql(dbname, "SELECT vigo_cal.arshjul_html('2023-2024')")[:-1].decode("utf-8")
    html = os.path.join(work, "arshjul.html")
    with open(html, "w", encoding="utf-8") as f:
        f.write(raw)
    doc = lxml.html.document_fromstring(raw)
    entries = doc.xpath('//table[@id="arshjul"]//tr[contains(@class, "entry")]')
    whats = [squash(tr.xpath('string(td[@class="hva"])'))[:40] for tr in entries]

    pdf = os.path.join(work, "arshjul.pdf")
    proc = subprocess.run(CHROMIUM + ["--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + html],
                          capture_output=True, text=True, timeout=300)
    if not ok(proc.returncode == 0 and os.path.exists(pdf), "Chromium prints the edition to PDF", proc.stderr[-2000:]):
        return
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    w, h = float(size.group(1)), float(size.group(2))
    ok(abs(w - 841.9) < 2 and abs(h - 595.3) < 2, "A4 landscape (841.9 x 595.3 pt)", info)
    ok(5 <= pages <= 20, f"a sane page count: {pages}", info)
    tap.diag(f"pages: {pages}")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True, text=True).stdout
    numbers = re.findall(r"Side (\d+) av (\d+)", text)
    tap.is_(numbers, [(str(i), str(pages)) for i in range(1, pages + 1)], "every page numbered: Side N av P")
    flat = squash(text)
    # each page that has an entry of the table has the column header
    no_header = []
    for page in range(1, pages + 1):
        one = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page), pdf, "-"],
                             capture_output=True, text=True).stdout
        header = re.search(r"^\s*Dato\s+Fra\s+Hva\s+Til\s+Kommentar\s*$", one, re.M)
        if any(w and w in squash(one) for w in whats) and not header:
            no_header.append(page)
    ok(not no_header, "the column header on every page with entries", no_header)
    at, lost, disorder = 0, [], []
    for i, what in enumerate(whats):
        j = flat.find(what, at)
        if j < 0:
            (disorder if flat.find(what) >= 0 else lost).append(f"{i + 1}: {what}")
            continue
        at = j + len(what)
    tap.is_(len(whats) >= 113, True, f"the HTML has the edition's entries ({len(whats)} rows)")
    ok(not lost, "every entry of the HTML is in the PDF", lost)
    ok(not disorder, "in the same order", disorder)
    headings = [squash(th.text_content()) for th in doc.xpath('//tr[@class="month-heading"]/th')]
    at, missing = 0, []
    for hd in headings:
        j = flat.find(hd, at)
        if j < 0:
            missing.append(hd)
        else:
            at = j + len(hd)
    ok(not missing, "every month heading, in order", missing)

    # the layout, measured in the browser at the width of the printed page
    measured = os.path.join(work, "measure.html")
    with open(measured, "w", encoding="utf-8") as f:
        f.write(raw.replace("</body>", MEASURE + "</body>"))
    proc = subprocess.run(CHROMIUM + [f"--window-size={PAGE_CONTENT_PX + 46},900", "--virtual-time-budget=5000",
                                      "--dump-dom", "file://" + measured],
                          capture_output=True, text=True, timeout=300)
    m = re.search(r'<pre id="measure">(.*?)</pre>', proc.stdout, re.S)
    if not ok(m, "the layout is measured in the browser", proc.stderr[-2000:]):
        return
    res = json.loads(lxml.html.fromstring(m.group(0)).text_content())
    tap.diag(f"layout: page {res['page_left']:.1f}..{res['page_right']:.1f} px, document {res['doc_width']} px, "
             f"window {res['window_width']} px")
    ok(res["page_right"] - res["page_left"] <= PAGE_CONTENT_PX + 1,
       f"the page is at most {PAGE_CONTENT_PX} px (277 mm) wide", res)
    ok(not res["outside"], "no element reaches past the page's right edge", res["outside"][:20])
    ok(not res["overflowing_cells"], "no cell's text is wider than its cell", res["overflowing_cells"][:20])
    ok(res["doc_width"] <= res["window_width"], "nothing scrolls sideways")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-d", "--dbname")
    args = ap.parse_args()
    for tool, pkg in (("chromium", "chromium"), ("pdftotext", "poppler-utils"), ("pdfinfo", "poppler-utils")):
        if not shutil.which(tool):
            ok(False, f"{tool} is installed (Debian package {pkg})")
            return tap.done_testing()
    if lxml is None:
        ok(False, "python3-lxml is installed")
        return tap.done_testing()
    dbname, scratch = args.dbname, None
    if not dbname:
        scratch = dbname = "vigo_cal_edition_pdf"
        psql("postgres", f"DROP DATABASE IF EXISTS {scratch}")
        psql("postgres", f"CREATE DATABASE {scratch}")
        psql(scratch, "CREATE EXTENSION vigo_cal")
    work = tempfile.mkdtemp(prefix="vigo_cal_pdf.")
    # Chromium wants a writable home for its profile
    os.environ.setdefault("HOME", work)
    try:
        check(dbname, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if scratch:
            psql("postgres", f"DROP DATABASE IF EXISTS {scratch}", check=False)
    return tap.done_testing()


if __name__ == "__main__":
    sys.exit(main())
