#!/usr/bin/python3
"""The dashboard panels of doc/dashboards.md, run as a BI tool runs them.

A panel in the page is a ```sql block with ? placeholders, after a line

    <!-- panel NAME login=LOGIN day=YYYY-MM-DD params=V1;V2 -->

and followed (after one line of prose) by a ```text block with the rows
psql prints for it on the test fixture (test/clients/fixture.sql) as of
that day.  Three modes:

    panels.py extract DOC OUT          write the panels for BiPanels.java
    panels.py check DOC HOST PORT DB OUT.tsv
                                       run each panel through psycopg2 with
                                       its parameters, as its login, with
                                       vigo_cal.today set to its day, and
                                       compare the rows with the page; then
                                       run it again with no setting at all
                                       and write its rows to OUT.tsv
    panels.py compare A.tsv B.tsv      the same rows, panel by panel
    panels.py fill DOC                 write each panel's rows into the page
                                       from psql (PREPARE with text
                                       parameters, EXECUTE), on the PG*
                                       environment's server, as its login

Logins: "county46" is bi_login (a reader by vigo_cal.grant_reader, county_member
46), "all" is bi_all (a reader, county_member for every county).  Prints TAP.
"""
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import tap  # noqa: E402

LOGINS = {"county46": "bi_login", "all": "bi_all"}
MARK = re.compile(r"^<!-- panel (\w+) login=(\w+) day=(\d{4}-\d\d-\d\d) params=(.*?) -->$")
FENCE = re.compile(r"^```(\w*)\s*$")

# TAP through test/lib/tap.py, the writer every python suite shares
ok = tap.ok


def panels(path):
    """(name, login, day, params, sql, expected rows or None) for each panel of the page."""
    with open(path, encoding="utf-8") as f:
        text = f.read().split("\n")
    found = []
    i = 0
    while i < len(text):
        m = MARK.match(text[i])
        if not m:
            i += 1
            continue
        name, login, day, params = m.group(1), m.group(2), m.group(3), m.group(4)
        params = [p for p in params.split(";")] if params else []
        j = i + 1
        while not FENCE.match(text[j]):
            j += 1
        k = j + 1
        while not FENCE.match(text[k]):
            k += 1
        sql = "\n".join(text[j + 1:k]).strip().rstrip(";")
        e = k + 1
        while e < len(text) and not FENCE.match(text[e]):
            e += 1
        f = e + 1
        while f < len(text) and not FENCE.match(text[f]):
            f += 1
        expected = text[e + 1:f] if e < len(text) else None
        found.append((name, login, day, params, sql, expected))
        i = f + 1
    return found


def parse_psql(block):
    """The header and rows of a psql aligned table, cells stripped."""
    rows = [l for l in block if l.strip()]
    header = [c.strip() for c in rows[0].split("|")]
    body = []
    for l in rows[2:]:
        if re.match(r"^\(\d+ rows?\)$", l.strip()):
            break
        body.append([c.strip() for c in l.split("|")])
    return header, body


def cell(v):
    if v is None:
        return ""
    if v is True:
        return "t"
    if v is False:
        return "f"
    return str(v)


def tsv_cell(v):
    return "\\N" if v is None else cell(v).replace("\t", " ").replace("\n", " ")


def extract(doc, out):
    with open(out, "w", encoding="utf-8") as f:
        for name, login, day, params, sql, _ in panels(doc):
            f.write(f"panel {name}\nlogin {LOGINS.get(login, login)}\n")
            for p in params:
                f.write(f"param {p}\n")
            f.write("sql\n" + sql + "\nend\n")


def check(doc, host, port, db, out):
    import psycopg2
    for var in [v for v in os.environ if v.startswith("PG") and v not in ("PGPASSWORD", "PGPASSFILE")]:
        del os.environ[var]
    tsv = []
    found = panels(doc)
    ok(len(found) >= 3, f"{doc} has {len(found)} panels", ["no <!-- panel ... --> marks found"])
    for name, login, day, params, sql, expected in found:
        user = LOGINS.get(login)
        if user is None:
            ok(False, f"{name}: login {login}", [f"unknown login; one of {', '.join(LOGINS)}"])
            continue
        query = sql.replace("?", "%s")
        try:
            conn = psycopg2.connect(host=host, port=port, dbname=db, user=user)
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("SELECT set_config('vigo_cal.today', %s, false)", (day,))
                cur.execute(query, params)
                header = [d.name for d in cur.description]
                rows = [[cell(v) for v in r] for r in cur.fetchall()]
            conn.close()
        except psycopg2.Error as exc:
            ok(False, f"{name}: runs as {user} on {day}", [f"SQLSTATE {exc.pgcode}: {exc}"])
            continue
        if expected is None:
            ok(False, f"{name}: the page gives its rows", ["no ```text block after the SQL"])
            continue
        want_header, want_rows = parse_psql(expected)
        diag = []
        if header != want_header:
            diag.append(f"columns {header}, the page has {want_header}")
        for n, (got, want) in enumerate(zip(rows, want_rows), 1):
            if got != want:
                diag.append(f"row {n}: {got}")
                diag.append(f"  page: {want}")
        if len(rows) != len(want_rows):
            diag.append(f"{len(rows)} rows, the page has {len(want_rows)}")
        ok(not diag, f"{name}: as {user} on {day} with {params}, the {len(rows)} rows of doc/dashboards.md",
           diag[:12])
        # the same again as a BI tool sends it: no setting, today's date
        try:
            conn = psycopg2.connect(host=host, port=port, dbname=db, user=user)
            with conn.cursor() as cur:
                cur.execute(query, params)
                now_rows = cur.fetchall()
            conn.close()
            tsv.append(f"panel {name}\t{len(now_rows)} rows")
            tsv += ["\t".join(tsv_cell(v) for v in r) for r in now_rows]
        except psycopg2.Error as exc:
            ok(False, f"{name}: runs with no setting", [f"SQLSTATE {exc.pgcode}: {exc}"])
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(tsv) + "\n")


def compare(a, b):
    def read(path):
        out, cur = {}, None
        with open(path, encoding="utf-8") as f:
            for line in f.read().split("\n"):
                if line.startswith("panel "):
                    cur = line.split("\t")[0][6:]
                    out[cur] = []
                elif cur is not None and line:
                    out[cur].append(line)
        return out
    left, right = read(a), read(b)
    ok(set(left) == set(right) and left, f"both ran the same {len(left)} panels",
       [f"{os.path.basename(a)}: {sorted(left)}", f"{os.path.basename(b)}: {sorted(right)}"])
    for name in sorted(set(left) & set(right)):
        diag = [f"{os.path.basename(a)}: {l}" for l in left[name] if l not in right[name]][:3] \
            + [f"{os.path.basename(b)}: {l}" for l in right[name] if l not in left[name]][:3]
        ok(left[name] == right[name],
           f"{name}: JDBC and psycopg2 give the same {len(left[name])} rows, with no setting", diag)


def fill(doc):
    """Replace each panel's ```text block with what psql prints for it."""
    import subprocess
    with open(doc, encoding="utf-8") as f:
        text = f.read().split("\n")
    for name, login, day, params, sql, _ in reversed(panels(doc)):
        n = [0]

        def number(_m):
            n[0] += 1
            return f"${n[0]}"
        body = re.sub(r"\?", number, sql)
        quoted = ", ".join("'" + p.replace("'", "''") + "'" for p in params)
        types = f"({', '.join(['text'] * len(params))})" if params else ""
        script = (f"SET vigo_cal.today = '{day}';\n"
                  f"PREPARE panel{types} AS {body};\n"
                  f"EXECUTE panel{'(' + quoted + ')' if params else ''};\n")
        out = subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-U", LOGINS[login], "-f", "-"], input=script,
                             capture_output=True, text=True, check=True).stdout.rstrip("\n").split("\n")
        out = [l.rstrip() for l in out]
        mark = next(i for i, l in enumerate(text) if l.startswith(f"<!-- panel {name} "))
        fences = [i for i in range(mark, len(text)) if FENCE.match(text[i])][:4]
        text[fences[2] + 1:fences[3]] = out
    with open(doc, "w", encoding="utf-8") as f:
        f.write("\n".join(text))


def main(argv):
    if argv[:1] == ["fill"] and len(argv) == 2:
        fill(argv[1])
        return
    if argv[:1] == ["extract"] and len(argv) == 3:
        extract(argv[1], argv[2])
        return
    if argv[:1] == ["check"] and len(argv) == 6:
        check(*argv[1:])
    elif argv[:1] == ["compare"] and len(argv) == 3:
        compare(*argv[1:])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(tap.done_testing())


if __name__ == "__main__":
    main(sys.argv[1:])
