#!/usr/bin/python3
"""Check the examples in the documentation against a live database.

An example is a ```sql block followed by a plain ``` block: the SQL is run
with psql (connection from the usual PG* environment) and its output must
equal the block below it, line for line, trailing spaces ignored.  Prints
one line per failing example and a closing "docs: N passed, N failed".

    docs.py [-d DBNAME] doc/*.md
"""
import argparse
import re
import subprocess
import sys

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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-d", "--dbname", default="postgres")
    ap.add_argument("--fill", action="store_true",
                    help="write the actual output into the documents (for authors; review the diff)")
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    if args.fill:
        for path in args.files:
            fill(args.dbname, path)
        return 0
    passed = failed = 0
    for path in args.files:
        for line, sql, want in examples(path):
            got = run(args.dbname, sql)
            if got == normalise(want):
                passed += 1
                continue
            failed += 1
            print(f"not ok - {path}:{line}")
            print("# expected:\n" + "\n".join("#   " + l for l in normalise(want).split("\n")))
            print("# got:\n" + "\n".join("#   " + l for l in got.split("\n")))
    print(f"docs: {passed} passed, {failed} failed")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
