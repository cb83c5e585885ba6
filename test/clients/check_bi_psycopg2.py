#!/usr/bin/python3
"""The BI surface of vigo_cal (the views in schema vigo_cal_bi) as a
psycopg2 client sees it.  Prints TAP; exits 0 when every test passed, 1
when one failed, 2 when it could not run.

    check_bi_psycopg2.py HOST PORT DATABASE USER SCHOOL_YEAR COUNTY [EXPECT_FILE]

The same tests as BiViewsCheck.java, from the Python side: for every view
in pg_class in vigo_cal_bi, the view and each column have a comment
(obj_description, col_description); each column's catalogue type
(pg_attribute) and each result column's type (cursor.description type
OIDs, named through pg_type) is one of the built-in types of the BI
surface; the view is read unfiltered and filtered on school_year and/or
county with a bound parameter.  psycopg2 binds on the client side: a str
becomes an untyped quoted literal, which PostgreSQL resolves to the
column's own type.  So each filter is run three ways: the plain %s (what a
psycopg2-based tool sends), CAST(%s AS text) and CAST(%s AS varchar) (what
a driver that binds a typed text or varchar parameter sends, as JDBC
does).  Every row must match the filter; the row counts are held against
the expectations file (format in BiViewsCheck.java: VIEW[.KIND] = N,
KIND one of all, school_year, county, both, '*' for every view).

The connection uses the arguments only: the PG* environment (PGOPTIONS,
PGSERVICE, ...) is dropped first, except PGPASSWORD and PGPASSFILE, so that
no option and no search_path reaches the session.
"""
import os
import re
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import tap  # noqa: E402

try:
    import psycopg2
    from psycopg2 import sql
except ImportError as exc:  # the driver counts a bail-out as a failure
    print(f"Bail out! python3-psycopg2 is not installed: {exc}")
    sys.exit(2)

SCHEMA = "vigo_cal_bi"
ALLOWED = {"text", "varchar", "int2", "int4", "int8", "numeric", "date", "timestamptz", "bool"}
KINDS = ("all", "school_year", "county", "both")
BINDINGS = (("%s", "{}"), ("CAST(%s AS text)", "CAST({} AS text)"),
            ("CAST(%s AS varchar)", "CAST({} AS varchar)"))

# TAP through test/lib/tap.py, the writer every python suite shares
ok = tap.ok
note = tap.diag


def bail(text):
    tap.bail_out(text, 2)   # 2: could not run


def finish():
    sys.exit(tap.done_testing())


def read_expectations(path):
    """KEY = VALUE lines, '#' or '!' comments: the subset of Java properties both programs read."""
    expect = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if not line or line[0] in "#!":
                continue
            m = re.match(r"^([^=:\s]+)\s*[=:]\s*(.*)$", line)
            if not m:
                raise ValueError(f"{path}: cannot read line: {line}")
            expect[m.group(1)] = m.group(2).strip()
    return expect


def expected(expect, view, kind):
    for key in (f"{view}.{kind}", view, f"*.{kind}", "*"):
        if key in expect:
            return int(expect[key]) if expect[key].isdigit() else None
    return None


def kind_applies(columns, kind):
    return {"all": True, "school_year": "school_year" in columns, "county": "county" in columns,
            "both": "school_year" in columns and "county" in columns}.get(kind, False)


def check_expectations(views, expect, path):
    diag = []
    for key in sorted(expect):
        val = expect[key]
        if not val.isdigit():
            diag.append(f"{key}: '{val}' is not a row count")
        view, _, kind = key.rpartition(".") if "." in key else (key, "", None)
        if kind is not None and kind not in KINDS:
            diag.append(f"{key}: unknown kind '{kind}' (one of {', '.join(KINDS)})")
        elif view != "*" and view not in views:
            diag.append(f"{key}: there is no view {SCHEMA}.{view}")
        elif view != "*" and kind is not None and not kind_applies(views[view]["columns"], kind):
            diag.append(f"{key}: view {view} has no column to filter by for '{kind}'")
    ok(not diag, f"expectations {path}: {len(expect)} entries, all valid", diag)


def check_session(cur):
    cur.execute("""SELECT current_user, r.rolsuper, host(inet_server_addr()),
                          current_setting('search_path'), current_schemas(true)::text[]
                     FROM pg_catalog.pg_roles r WHERE r.rolname = current_user""")
    user, superuser, addr, path, schemas = cur.fetchone()
    diag = []
    if addr is None:
        diag.append("inet_server_addr() is NULL: not a TCP connection")
    if superuser:
        diag.append(f"{user} is a superuser: grants are not being tested")
    ok(not diag, f"connected as {user} over TCP to {addr}, not a superuser", diag)
    ok("vigo_cal" not in schemas and SCHEMA not in schemas,
       f"search_path '{path}' leaves out vigo_cal and {SCHEMA}",
       [f"current_schemas(true) = {schemas}",
        "the filters below would not prove they work without a search_path"])


def read_views(cur):
    """The views of the schema from the catalogue; also checks nothing else lives there."""
    cur.execute("""SELECT c.relname, c.relkind FROM pg_catalog.pg_class c
                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = %s AND c.relkind <> 'v' ORDER BY 1""", (SCHEMA,))
    others = [f"{name} (relkind {kind})" for name, kind in cur.fetchall()]
    ok(not others, f"schema {SCHEMA} holds plain views only", ["not a plain view: " + ", ".join(others)])
    cur.execute("""SELECT c.relname, pg_catalog.obj_description(c.oid, 'pg_class'), a.attname,
                          t.typname, tn.nspname, t.typtype,
                          pg_catalog.format_type(a.atttypid, a.atttypmod),
                          pg_catalog.col_description(c.oid, a.attnum)
                     FROM pg_catalog.pg_class c
                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                     JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
                                                   AND a.attnum > 0 AND NOT a.attisdropped
                     JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                     JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
                    WHERE n.nspname = %s AND c.relkind = 'v'
                    ORDER BY c.relname, a.attnum""", (SCHEMA,))
    views = {}
    for view, vcomment, col, typname, typnsp, typtype, shown, ccomment in cur.fetchall():
        v = views.setdefault(view, {"comment": vcomment, "columns": {}})
        v["columns"][col] = {"typname": typname, "nsp": typnsp, "typtype": typtype,
                             "shown": shown, "comment": ccomment}
    return views


def type_problem(nsp, typname, typtype):
    if nsp != "pg_catalog" or typname not in ALLOWED:
        kind = {"d": "a domain", "e": "an enum", "c": "a composite type", "r": "a range",
                "m": "a multirange", "p": "a pseudo-type"}.get(typtype, "not one of the BI types")
        return f"{nsp}.{typname} is {kind}; allowed: {', '.join(sorted(ALLOWED))}"
    return None


def check_metadata(name, v):
    ok(bool((v["comment"] or "").strip()), f"{name}: view has a comment",
       [f"COMMENT ON VIEW {SCHEMA}.{name} is missing"])
    for col, c in v["columns"].items():
        ok(bool((c["comment"] or "").strip()), f"{name}.{col} has a comment",
           [f"COMMENT ON COLUMN {SCHEMA}.{name}.{col} is missing"])
        problem = type_problem(c["nsp"], c["typname"], c["typtype"])
        ok(problem is None, f"{name}.{col}: {c['shown']} (pg_attribute)", [problem])


class TypeNames:
    """Type OIDs of cursor.description, named through pg_type."""

    def __init__(self, cur):
        self.cur = cur
        self.known = {}

    def __call__(self, oid):
        if oid not in self.known:
            self.cur.execute("""SELECT n.nspname, t.typname, t.typtype FROM pg_catalog.pg_type t
                                  JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
                                 WHERE t.oid = %s""", (oid,))
            self.known[oid] = self.cur.fetchone() or ("?", f"oid {oid}", "?")
        return self.known[oid]


def run_query(conn, names, view, how, filt, minimum):
    """One query: it runs, its result types are for BI, its rows match the filter and the count."""
    query = sql.SQL("SELECT * FROM {}.{}").format(sql.Identifier(SCHEMA), sql.Identifier(view))
    label = f"{view}:"
    if filt:
        query += sql.SQL(" WHERE ") + sql.SQL(" AND ").join(
            sql.SQL("{} = " + how[0].replace("%s", "{}")).format(sql.Identifier(col), sql.Placeholder())
            for col in filt)
        label += " WHERE " + " AND ".join(f"{col} = {how[1].format(repr(val))}" for col, val in filt.items())
    else:
        label += " SELECT * (no filter)"
    diag, rows = [], None
    with conn.cursor() as cur:
        try:
            cur.execute(query, list(filt.values()))
            result = cur.fetchall()
            rows = len(result)
            for d in cur.description:
                nsp, typname, typtype = names(d.type_code)
                problem = type_problem(nsp, typname, typtype)
                if problem:
                    diag.append(f"result column {d.name} (type oid {d.type_code}): {problem}")
            index = {d.name: i for i, d in enumerate(cur.description)}
            bad = [(n, col, r[index[col]]) for n, r in enumerate(result, 1)
                   for col, val in filt.items() if r[index[col]] != val]
            diag += [f"row {n}: {col} = {got!r}, filtered for {filt[col]!r}" for n, col, got in bad[:3]]
        except psycopg2.Error as exc:
            diag.append(f"SQLSTATE {exc.pgcode}: {str(exc).strip()}")
            diag.append(query.as_string(conn))
    if rows is not None and minimum is not None and rows < minimum:
        diag.append(f"{rows} rows, the expectations want at least {minimum}")
    label += ": fails" if rows is None else f": {rows} row" + ("" if rows == 1 else "s")
    if minimum is not None:
        label += f" (at least {minimum})"
    ok(not diag, label, diag)


def check_queries(conn, names, view, columns, year, county, expect):
    run_query(conn, names, view, None, {}, expected(expect, view, "all"))
    for how in BINDINGS:
        if kind_applies(columns, "school_year"):
            run_query(conn, names, view, how, {"school_year": year}, expected(expect, view, "school_year"))
        if kind_applies(columns, "county"):
            run_query(conn, names, view, how, {"county": county}, expected(expect, view, "county"))
    if kind_applies(columns, "both"):
        run_query(conn, names, view, BINDINGS[1], {"school_year": year, "county": county},
                  expected(expect, view, "both"))


def main(argv):
    if len(argv) not in (6, 7):
        print(__doc__.splitlines()[3].strip(), file=sys.stderr)
        sys.exit(2)
    host, port, dbname, user, year, county = argv[:6]
    expect_file = argv[6] if len(argv) == 7 else None
    try:
        expect = read_expectations(expect_file) if expect_file else {}
    except (OSError, ValueError) as exc:
        bail(f"cannot read {expect_file}: {exc}")
    for var in [v for v in os.environ if v.startswith("PG") and v not in ("PGPASSWORD", "PGPASSFILE")]:
        del os.environ[var]
    try:
        conn = psycopg2.connect(host=host, port=port, dbname=dbname, user=user)
    except psycopg2.Error as exc:
        bail(f"host={host} port={port} dbname={dbname} user={user}: {exc}")
    conn.autocommit = True  # a failing query must not abort the ones after it
    with conn.cursor() as cur:
        cur.execute("SELECT version()")
        note(f"{cur.fetchone()[0].split(' on ')[0]}, psycopg2 {psycopg2.__version__}, "
             f"libpq {psycopg2.extensions.libpq_version()}, Python {sys.version.split()[0]}")
        check_session(cur)
        views = read_views(cur)
        ok(bool(views), f"schema {SCHEMA} has views ({len(views)})", [f"pg_class has no view in {SCHEMA}"])
        if expect_file:
            check_expectations(views, expect, expect_file)
        names = TypeNames(conn.cursor())
        for name, v in views.items():
            check_metadata(name, v)
            check_queries(conn, names, name, v["columns"], year, county, expect)
    conn.close()
    finish()


if __name__ == "__main__":
    main(sys.argv[1:])
