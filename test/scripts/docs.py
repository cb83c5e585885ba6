#!/usr/bin/python3
"""Check the examples in the documentation against a live database.

An example is a ```sql block followed by a plain ``` block: the SQL is run
with psql (connection from the usual PG* environment) and its output must
equal the block below it, line for line, trailing spaces ignored.  Prints
TAP, one test per example.

    docs.py [-d DBNAME] [doc/PAGE.md ...]
    docs.py -d DBNAME --fill doc/PAGE.md

Without pages it checks every doc/*.md; without -d it creates a scratch
database with the extension and drops it afterwards.
"""
import argparse
import glob
import os
import re
import subprocess
import sys

sys.dont_write_bytecode = True  # no __pycache__ in test/lib
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib"))
import tap  # noqa: E402

FENCE = re.compile(r"^```(\w*)\s*$")


def examples(path):
    """Yield (line number, sql, expected output) for each example in path."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    blocks = []  # (start line, language, text)
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        start, lang, body = i + 1, m.group(1), []
        i += 1
        while i < len(lines) and not FENCE.match(lines[i]):
            body.append(lines[i])
            i += 1
        blocks.append((start, lang, "\n".join(body), i))
        i += 1
    for (start, lang, sql, end), nxt in zip(blocks, blocks[1:] + [None]):
        if lang != "sql" or nxt is None or nxt[1] not in ("", "text"):
            continue
        between = lines[end + 1:nxt[0] - 1]
        if any(l.strip() for l in between):
            continue
        yield start, sql, nxt[2]


def run(dbname, sql):
    proc = subprocess.run(
        ["psql", "-X", "-q", "-d", dbname, "-v", "VERBOSITY=default", "-f", "-"],
        input=sql, capture_output=True, text=True)
    out = proc.stdout + re.sub(r"(?m)^psql:<stdin>:\d+: ", "", proc.stderr)
    return normalise(out)


def fill(dbname, path):
    """Replace the output block of every example in path by what psql prints."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line, sql, want in sorted(examples(path), reverse=True):
        # the output block starts at the first fence after the SQL block
        i = line + sql.count("\n") + 1
        while not FENCE.match(lines[i]) or lines[i].strip() == "```sql":
            i += 1
        i += 1
        while not FENCE.match(lines[i]):
            i += 1
        j = i + 1
        while not FENCE.match(lines[j]):
            j += 1
        lines[i + 1:j] = run(dbname, sql).split("\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def normalise(text):
    return "\n".join(l.rstrip() for l in text.strip("\n").split("\n"))


def indent(text):
    return "\n".join("  " + l for l in text.split("\n"))


def check(dbname, files):
    for path in files:
        for line, sql, want in examples(path):
            got = run(dbname, sql)
            tap.ok(got == normalise(want), f"{path}:{line}",
                   f"expected:\n{indent(normalise(want))}\ngot:\n{indent(got)}")


def psql_c(dbname, *commands):
    args = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", dbname]
    for c in commands:
        args += ["-c", c]
    subprocess.run(args, check=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-d", "--dbname", help="an existing database with vigo_cal (default: a scratch database)")
    ap.add_argument("--fill", action="store_true",
                    help="write the actual output into the documents (for authors; review the diff)")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    if not args.files:
        here = os.path.dirname(os.path.abspath(__file__))
        args.files = [os.path.relpath(p) for p in sorted(glob.glob(os.path.join(here, "..", "..", "doc", "*.md")))]
    if args.fill:
        for path in args.files:
            fill(args.dbname or "postgres", path)
        return 0
    dbname = args.dbname
    if dbname is None:
        dbname = "vigo_cal_doc"
        psql_c("postgres", f"DROP DATABASE IF EXISTS {dbname}", f"CREATE DATABASE {dbname}")
        psql_c(dbname, "CREATE EXTENSION vigo_cal")
    try:
        check(dbname, args.files)
    finally:
        if args.dbname is None:
            psql_c("postgres", f"DROP DATABASE IF EXISTS {dbname}")
    return tap.done_testing()


if __name__ == "__main__":
    sys.exit(main())
