#!/usr/bin/python3
"""The BI surface of vigo_cal (the views in schema vigo_cal_bi) as an ODBC
client sees it: psqlODBC, the driver of Power BI and Excel, through pyodbc
and unixODBC.  Prints TAP; exits 0 when every test passed, 1 when one
failed, 2 when it could not run.

    check_bi_odbc.py [--panels DOC] HOST PORT DATABASE USER SCHOOL_YEAR COUNTY [EXPECT_FILE]

The connection string is DSN-less and holds nothing but the server, the
database and the user (Driver=PostgreSQL Unicode;Server=...;Port=...;
Database=...;Uid=...): no search_path, no ConnSettings, no driver option,
so the driver's defaults are tested (BoolsAsChar=1: booleans come as the
strings '1' and '0', catalogued as VARCHAR; TextAsLongVarchar=1: text is
WLONGVARCHAR).  The PG* environment is dropped first, except PGPASSWORD
and PGPASSFILE.

For every view in pg_class in vigo_cal_bi:
  * SQLTables lists it as a VIEW;
  * SQLColumns lists its columns, in the order of pg_attribute, each with a
    standard SQL type (not SQL_UNKNOWN_TYPE; the one psqlODBC gives the
    column's built-in type) and a TYPE_NAME that is one of the built-in
    types of the BI surface (psqlODBC names a domain or enum by its own
    name, and reports it as WVARCHAR(255)); REMARKS, where the driver
    fills them, must be the column's comment (psqlODBC 13 leaves REMARKS
    empty for every column: then that test is a TAP SKIP, with the reason);
  * the view is read unfiltered, and with WHERE school_year = ?,
    WHERE county = ? and both, the values bound as Python str (SQL_WVARCHAR
    parameters, as Power BI binds a filter): each result column's Python
    type (cursor.description) is the one of its catalogue type (str, int,
    Decimal, date, datetime, bool, or str for booleans as the driver
    sends them), every row matches the filter, and the row counts are held
    against the expectations file (format in BiViewsCheck.java).

With --panels DOC, the three panels a county looks at first
(late_missing, next_30_days, school_holidays of doc/dashboards.md) run
through ODBC with their parameters bound, as their logins (panels.py), on
the page's day (vigo_cal.today set by a query in the session) and with no
setting, and their rows must be psycopg2's, in the same order.
"""
import datetime
import decimal
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import tap  # noqa: E402
from check_bi_psycopg2 import ALLOWED, expected, kind_applies, read_expectations  # noqa: E402

try:
    import pyodbc
except ImportError as exc:  # the driver counts a bail-out as a failure
    print(f"Bail out! python3-pyodbc is not installed: {exc}")
    sys.exit(2)

SCHEMA = "vigo_cal_bi"
DRIVER = "PostgreSQL Unicode"
PANELS = ("late_missing", "next_30_days", "school_holidays")
# ODBC SQL types (sql.h, sqlext.h, sqlucode.h) each catalogue type may come as
SQL_TYPES = {
    "text": {-10: "SQL_WLONGVARCHAR", -9: "SQL_WVARCHAR", -1: "SQL_LONGVARCHAR", 12: "SQL_VARCHAR"},
    "varchar": {-10: "SQL_WLONGVARCHAR", -9: "SQL_WVARCHAR", -1: "SQL_LONGVARCHAR", 12: "SQL_VARCHAR"},
    "int2": {5: "SQL_SMALLINT"},
    "int4": {4: "SQL_INTEGER"},
    "int8": {-5: "SQL_BIGINT"},
    "numeric": {2: "SQL_NUMERIC"},
    "date": {91: "SQL_TYPE_DATE"},
    "timestamptz": {93: "SQL_TYPE_TIMESTAMP"},
    "bool": {-7: "SQL_BIT", 12: "SQL_VARCHAR", -9: "SQL_WVARCHAR"},  # SQL_VARCHAR: BoolsAsChar=1
}
# the Python type of a result column, per catalogue type
PY_TYPES = {"text": (str,), "varchar": (str,), "int2": (int,), "int4": (int,), "int8": (int,),
            "numeric": (decimal.Decimal,), "date": (datetime.date,), "timestamptz": (datetime.datetime,),
            "bool": (bool, str)}
PY_ALLOWED = (str, int, datetime.date, datetime.datetime, bool, decimal.Decimal)

# TAP through test/lib/tap.py, the writer every python suite shares
ok = tap.ok
note = tap.diag


def bail(text):
    tap.bail_out(text, 2)   # 2: could not run


def finish():
    sys.exit(tap.done_testing())


def conn_string(host, port, dbname, user):
    return f"Driver={DRIVER};Server={host};Port={port};Database={dbname};Uid={user}"


def connect(host, port, dbname, user):
    return pyodbc.connect(conn_string(host, port, dbname, user), autocommit=True)


def odbc_error(exc):
    return " ".join(str(a) for a in exc.args)


def check_session(cur, user):
    cur.execute("""SELECT current_user, r.rolsuper, host(inet_server_addr()),
                          current_setting('search_path'), current_schemas(true)::text
                     FROM pg_catalog.pg_roles r WHERE r.rolname = current_user""")
    who, superuser, addr, path, schemas = cur.fetchone()
    diag = []
    if addr is None:
        diag.append("inet_server_addr() is NULL: not a TCP connection")
    if superuser in (True, "1"):
        diag.append(f"{who} is a superuser: grants are not being tested")
    if who != user:
        diag.append(f"current_user is {who}, not {user}")
    ok(not diag, f"connected as {who} over TCP to {addr}, not a superuser", diag)
    ok("vigo_cal" not in re.split(r"[{},]", schemas) and SCHEMA not in re.split(r"[{},]", schemas),
       f"search_path '{path}' leaves out vigo_cal and {SCHEMA}",
       [f"current_schemas(true) = {schemas}",
        "the filters below would not prove they work without a search_path"])


def read_views(cur):
    """The views of the schema, their columns, types and comments, from the catalogue."""
    cur.execute("""SELECT c.relname, a.attname, t.typname, tn.nspname,
                          coalesce(pg_catalog.col_description(c.oid, a.attnum), '')
                     FROM pg_catalog.pg_class c
                     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                     JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
                                                   AND a.attnum > 0 AND NOT a.attisdropped
                     JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
                     JOIN pg_catalog.pg_namespace tn ON tn.oid = t.typnamespace
                    WHERE n.nspname = ? AND c.relkind = 'v'
                    ORDER BY c.relname, a.attnum""", SCHEMA)
    views = {}
    for view, col, typname, nsp, comment in cur.fetchall():
        views.setdefault(view, {})[col] = {"typname": typname, "nsp": nsp, "comment": comment}
    return views


def check_tables(cur, views):
    listed = {r.table_name: r.table_type for r in cur.tables(schema=SCHEMA)}
    diag = [f"{v}: not listed by SQLTables" for v in views if v not in listed]
    diag += [f"{v}: listed as {t}, not VIEW" for v, t in listed.items() if v in views and t != "VIEW"]
    diag += [f"{v}: listed ({t}), not a view in pg_class" for v, t in listed.items() if v not in views]
    ok(not diag, f"SQLTables lists the {len(views)} views of {SCHEMA} as VIEW, and nothing else", diag)


def check_catalog(cur, views):
    """SQLColumns of the schema against pg_attribute: names, order, SQL types, type names, remarks."""
    catalog = {}
    for r in cur.columns(schema=SCHEMA):
        catalog.setdefault(r.table_name, []).append(r)
    remarks_given = any((r.remarks or "").strip() for rows in catalog.values() for r in rows)
    for view, columns in views.items():
        rows = catalog.get(view, [])
        got = [r.column_name for r in rows]
        ok(got == list(columns), f"{view}: SQLColumns lists its {len(columns)} columns in order",
           [f"SQLColumns: {got}", f"pg_attribute: {list(columns)}"])
        for r in rows:
            c = columns.get(r.column_name)
            if c is None:
                continue
            name = f"{view}.{r.column_name}: DATA_TYPE {r.data_type}, TYPE_NAME {r.type_name}"
            diag = []
            if c["nsp"] != "pg_catalog" or c["typname"] not in ALLOWED:
                diag.append(f"the column's type is {c['nsp']}.{c['typname']}, not a built-in BI type")
            if r.type_name not in ALLOWED:
                diag.append(f"TYPE_NAME {r.type_name} is not one of {', '.join(sorted(ALLOWED))}")
            elif r.type_name != c["typname"]:
                diag.append(f"TYPE_NAME {r.type_name}, pg_attribute says {c['typname']}")
            want = SQL_TYPES.get(r.type_name, {})
            if r.data_type == 0:
                diag.append("DATA_TYPE is SQL_UNKNOWN_TYPE")
            elif r.data_type not in want and want:
                diag.append(f"DATA_TYPE {r.data_type} (size {r.column_size}) is not a standard type "
                            f"for {r.type_name}: want one of {sorted(want.values())}")
            else:
                name += f" ({want[r.data_type]})"
            ok(not diag, name, diag)
        if remarks_given:
            diag = [f"{view}.{r.column_name}: REMARKS {r.remarks!r}, the comment is "
                    f"{columns[r.column_name]['comment']!r}" for r in rows
                    if r.column_name in columns and (r.remarks or "") != columns[r.column_name]["comment"]]
            ok(not diag, f"{view}: REMARKS of its {len(rows)} columns are their comments", diag[:5])
        else:
            ok(True, f"{view}: REMARKS of its {len(rows)} columns are their comments",
               skip="this psqlODBC returns an empty REMARKS for every column "
                    "(its SQLColumns does not read pg_description)")


def run_query(conn, view, columns, filt, minimum):
    """One query with bound str parameters: it runs, its Python types, its rows, its row count."""
    query = f'SELECT * FROM {SCHEMA}."{view}"'
    label = f"{view}:"
    if filt:
        query += " WHERE " + " AND ".join(f'"{col}" = ?' for col in filt)
        label += " WHERE " + " AND ".join(f"{col} = ? ({val!r})" for col, val in filt.items())
    else:
        label += " SELECT * (no filter)"
    diag, rows = [], None
    cur = conn.cursor()
    try:
        cur.execute(query, *filt.values())
        result = cur.fetchall()
        rows = len(result)
        for d in cur.description:
            c = columns.get(d[0], {"typname": "?"})
            want = PY_TYPES.get(c["typname"], ())
            if d[1] not in PY_ALLOWED:
                diag.append(f"result column {d[0]}: Python type {d[1].__name__}, not one of "
                            f"{', '.join(t.__name__ for t in PY_ALLOWED)}")
            elif d[1] not in want:
                diag.append(f"result column {d[0]} ({c['typname']}): Python type {d[1].__name__}, "
                            f"want {' or '.join(t.__name__ for t in want) or 'a BI type'}")
        index = {d[0]: i for i, d in enumerate(cur.description)}
        bad = [(n, col, r[index[col]]) for n, r in enumerate(result, 1)
               for col, val in filt.items() if r[index[col]] != val]
        diag += [f"row {n}: {col} = {got!r}, filtered for {filt[col]!r}" for n, col, got in bad[:3]]
    except pyodbc.Error as exc:
        diag.append(odbc_error(exc))
        diag.append(query)
    finally:
        cur.close()
    if rows is not None and minimum is not None and rows < minimum:
        diag.append(f"{rows} rows, the expectations want at least {minimum}")
    label += ": fails" if rows is None else f": {rows} row" + ("" if rows == 1 else "s")
    if minimum is not None:
        label += f" (at least {minimum})"
    ok(not diag, label, diag)


def check_queries(conn, view, columns, year, county, expect):
    run_query(conn, view, columns, {}, expected(expect, view, "all"))
    for kind, filt in (("school_year", {"school_year": year}), ("county", {"county": county}),
                       ("both", {"school_year": year, "county": county})):
        if kind_applies(columns, kind):
            run_query(conn, view, columns, filt, expected(expect, view, kind))


def canon(rows, bools):
    """Rows as text, the way both drivers can give them: booleans t/f, timestamps local."""
    out = []
    for r in rows:
        cells = []
        for i, v in enumerate(r):
            if v is None:
                cells.append(None)
            elif i in bools and v in (True, "1"):
                cells.append("t")
            elif i in bools and v in (False, "0"):
                cells.append("f")
            elif isinstance(v, datetime.datetime) and v.tzinfo is not None:
                cells.append(str(v.replace(tzinfo=None)))
            else:
                cells.append(str(v))
        out.append(cells)
    return out


def run_panel(conn, sql, params, day, mark, bools=None):
    """(header, rows as text, indexes of the boolean columns) of one panel on one connection.

    The boolean columns are psycopg2's (type oid 16) unless given: ODBC sends them as '1'/'0'."""
    try:
        cur = conn.cursor()
        if day:
            cur.execute(f"SELECT set_config('vigo_cal.today', {mark}, false)", [day])
        cur.execute(sql, list(params))
        header = [d[0] for d in cur.description]
        rows = cur.fetchall()
        if bools is None:
            bools = {i for i, d in enumerate(cur.description) if d[1] == 16}
        return header, canon(rows, bools), bools
    finally:
        conn.close()


def check_panels(doc, host, port, dbname):
    import psycopg2
    import panels
    found = {p[0]: p for p in panels.panels(doc)}
    missing = [p for p in PANELS if p not in found]
    page = os.path.join(os.path.basename(os.path.dirname(os.path.abspath(doc))), os.path.basename(doc))
    ok(not missing, f"{page} has the panels {', '.join(PANELS)}", [f"missing: {', '.join(missing)}"])
    for name in PANELS:
        if name not in found:
            continue
        _, login, day, params, sql, _ = found[name]
        user = panels.LOGINS.get(login, login)
        for when in (day, None):
            label = f"{name}: as {user} with {params}, " + (f"on {day}" if when else "with no setting")
            try:
                pg_header, pg_rows, bools = run_panel(
                    psycopg2.connect(host=host, port=port, dbname=dbname, user=user),
                    sql.replace("?", "%s"), params, when, "%s")
            except psycopg2.Error as exc:
                ok(False, label + ": psycopg2 runs it", [f"SQLSTATE {exc.pgcode}: {exc}"])
                continue
            try:
                header, rows, _ = run_panel(connect(host, port, dbname, user), sql, params, when, "?", bools)
            except pyodbc.Error as exc:
                ok(False, label + ": ODBC runs it", [odbc_error(exc)])
                continue
            diag = []
            if header != pg_header:
                diag.append(f"columns {header}, psycopg2 has {pg_header}")
            for n, (got, want) in enumerate(zip(rows, pg_rows), 1):
                if got != want:
                    diag += [f"row {n}: {got}", f"  psycopg2: {want}"]
            if len(rows) != len(pg_rows):
                diag.append(f"{len(rows)} rows, psycopg2 has {len(pg_rows)}")
            if when and not pg_rows:
                diag.append("no rows on the page's day: the comparison proves nothing")
            ok(not diag, label + f": ODBC gives psycopg2's {len(pg_rows)} rows, in order", diag[:12])


def main(argv):
    doc = None
    if argv[:1] == ["--panels"] and len(argv) > 1:
        doc, argv = argv[1], argv[2:]
    if len(argv) not in (6, 7):
        print(__doc__.splitlines()[4].strip(), file=sys.stderr)
        sys.exit(2)
    host, port, dbname, user, year, county = argv[:6]
    expect_file = argv[6] if len(argv) == 7 else None
    try:
        expect = read_expectations(expect_file) if expect_file else {}
    except (OSError, ValueError) as exc:
        bail(f"cannot read {expect_file}: {exc}")
    for var in [v for v in os.environ if v.startswith("PG") and v not in ("PGPASSWORD", "PGPASSFILE")]:
        del os.environ[var]
    drivers = pyodbc.drivers()
    if not ok(DRIVER in drivers, f"unixODBC knows the driver '{DRIVER}'",
              [f"odbcinst -q -d lists: {', '.join(drivers) or 'none'} (install odbc-postgresql)"]):
        bail(f"no ODBC driver '{DRIVER}'")
    try:
        conn = connect(host, port, dbname, user)
    except pyodbc.Error as exc:
        bail(f"{conn_string(host, port, dbname, user)}: {odbc_error(exc)}")
    note(f"{conn.getinfo(pyodbc.SQL_DRIVER_NAME)} {conn.getinfo(pyodbc.SQL_DRIVER_VER)} "
         f"(ODBC {conn.getinfo(pyodbc.SQL_DRIVER_ODBC_VER)}), {conn.getinfo(pyodbc.SQL_DM_VER)}, "
         f"PostgreSQL {conn.getinfo(pyodbc.SQL_DBMS_VER)}, pyodbc {pyodbc.version}, "
         f"Python {sys.version.split()[0]}")
    note(conn_string(host, port, dbname, user))
    cur = conn.cursor()
    check_session(cur, user)
    views = read_views(cur)
    ok(bool(views), f"schema {SCHEMA} has views ({len(views)})", [f"pg_class has no view in {SCHEMA}"])
    check_tables(cur, views)
    check_catalog(cur, views)
    cur.close()
    for view, columns in views.items():
        check_queries(conn, view, columns, year, county, expect)
    conn.close()
    if doc:
        check_panels(doc, host, port, dbname)
    finish()


if __name__ == "__main__":
    main(sys.argv[1:])
