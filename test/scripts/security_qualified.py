#!/usr/bin/python3
"""Every built-in function the extension's SQL and PL/pgSQL functions call is
written pg_catalog.name(...).

A function's search_path is "pg_catalog, vigo_cal, pg_temp": an unqualified
call could be taken by a better match in vigo_cal (an array_agg(text)
beats the built-in array_agg(anynonarray)).  Only the extension's owner
may create in vigo_cal (test/scripts/security_takeover.sh); qualifying
every call of a built-in as well means not even an object the owner adds
there later changes what a function does.  Names that vigo_cal defines
itself (min and max of a school year, lower of a week ...) stay unqualified:
they are meant to resolve in either schema.

The bodies are read from the catalogue of a scratch database with the
extension (or -d DBNAME); string literals, quoted identifiers, comments
and dynamic SQL in dollar quotes are left out (test/lib/sqlcalls.py).
Prints TAP.

    security_qualified.py [-d DBNAME]
"""
import argparse
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in test/lib
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import sqlcalls  # noqa: E402
import tap  # noqa: E402

# Functions not yet rewritten, with the reason (none now).
EXEMPT = {}

BODIES_SQL = """
SELECT p.oid::regprocedure::text || E'\\x01'
       || pg_catalog.translate(pg_catalog.encode(pg_catalog.convert_to(p.prosrc, 'UTF8'), 'base64'), E'\\n', '')
  FROM pg_catalog.pg_depend d
  JOIN pg_catalog.pg_proc p ON p.oid = d.objid AND d.classid = 'pg_catalog.pg_proc'::regclass
  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
 WHERE d.refclassid = 'pg_catalog.pg_extension'::regclass AND d.deptype = 'e'
   AND d.refobjid = (SELECT e.oid FROM pg_catalog.pg_extension e WHERE e.extname = 'vigo_cal')
   AND l.lanname IN ('sql', 'plpgsql')
 ORDER BY 1
"""


def psql(dbname, *commands):
    args = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", dbname]
    for c in commands:
        args += ["-c", c]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def main():
    import base64
    ap = argparse.ArgumentParser()
    ap.add_argument("-d", "--dbname", help="an existing database with vigo_cal (default: a scratch database)")
    args = ap.parse_args()
    db = args.dbname or "vigo_cal_qualified"
    if not args.dbname:
        psql("postgres", "DROP DATABASE IF EXISTS " + db, "CREATE DATABASE " + db)
        psql(db, "CREATE EXTENSION vigo_cal")
    try:
        names = sqlcalls.builtin_names(db)
        bodies = []
        for line in psql(db, BODIES_SQL).splitlines():
            if line:
                sig, src = line.split("\x01")
                bodies.append((sig, base64.b64decode(src).decode("utf-8")))
        tap.plan(3)
        tap.ok(len(names) > 1000 and {"array_agg", "format", "count"} <= names,
               f"the built-in function names to look for ({len(names)})")
        tap.ok(len(bodies) > 40, f"the SQL and PL/pgSQL functions of the extension ({len(bodies)})")
        bad = []
        for sig, src in bodies:
            if sig in EXEMPT:
                tap.diag(f"not checked: {sig} ({EXEMPT[sig]})")
                continue
            for offset, name in sqlcalls.calls(src, names):
                line = src.count("\n", 0, offset) + 1
                bad.append(f"{sig}, line {line}: {name}(")
        tap.ok(not bad, "every call of a built-in function in them is written pg_catalog.name(...)",
               bad[:40] + ([f"... and {len(bad) - 40} more"] if len(bad) > 40 else []))
    finally:
        if not args.dbname:
            psql("postgres", "DROP DATABASE IF EXISTS " + db)
    return tap.done_testing()


if __name__ == "__main__":
    sys.exit(main())
