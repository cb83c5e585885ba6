"""sqlcalls.py: the function calls written in SQL text, schema-qualified or not.

    calls(text, names)     [(offset, name)] of each call "name(" of one of
                           names that is not schema-qualified, outside string
                           literals, quoted identifiers and comments
    qualify(text, names)   text with "pg_catalog." before each of them

names is a set of lower-case function names.  A name after AS (a column
alias list, "AS t(a, b)"), INTO or TABLE is not a call.  Dollar-quoted
strings inside the text (dynamic SQL, format strings) are left alone, as
all strings are.  Used by test/scripts/security_qualified.py on the bodies
of the extension's functions.  Run as a program, it writes pg_catalog.
into the dollar-quoted bodies of SQL files (as it did into src/sql/):

    python3 test/lib/sqlcalls.py DBNAME src/sql/NN_topic.sql ...

with the names of the built-ins taken from DBNAME (a database with
vigo_cal); review the diff.
"""
import re
import subprocess
import sys

# Function names of pg_catalog that are not called as name(...) with a
# qualified name in SQL: special syntax, and type names (a cast such as
# numeric(5, 1) is written with the type's name).
SPECIAL = {"substring", "position", "overlay", "trim", "extract", "normalize", "collation",
           "coalesce", "nullif", "greatest", "least", "exists", "any", "some", "all",
           "current_schema", "current_schemas", "row", "values", "grouping",
           "xmlelement", "xmlforest", "xmlpi", "xmlroot", "xmlparse", "xmlserialize",
           "xmlexists", "xmlconcat"}

# The functions of pg_catalog, but type names and names vigo_cal defines
# itself (min and max of a school year ...), which stay unqualified.
NAMES_SQL = """
SELECT DISTINCT p.proname
  FROM pg_catalog.pg_proc p
 WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.prokind IN ('f', 'a', 'w')
   AND p.proname !~ '[^a-z0-9_]'
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_type t
                    WHERE t.typname = p.proname AND t.typnamespace = 'pg_catalog'::regnamespace)
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_proc v
                    WHERE v.proname = p.proname AND v.pronamespace = 'vigo_cal'::regnamespace)
"""


def builtin_names(dbname):
    """The names to qualify, from a database with vigo_cal."""
    out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", dbname,
                          "-c", NAMES_SQL], check=True, capture_output=True, text=True).stdout
    return set(out.split()) - SPECIAL

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")
_DOLLAR = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)?\$")
_NOT_A_CALL_AFTER = {"as", "into", "table"}


def _code_spans(text):
    """Yield (start, end) of the stretches of text that are code."""
    i, n, start = 0, len(text), 0
    while i < n:
        c = text[i]
        if c == "'":
            yield start, i
            escapes = i > 0 and text[i - 1] in "eE" and (i < 2 or not (text[i - 2].isalnum() or text[i - 2] == "_"))
            i += 1
            while i < n:
                if escapes and text[i] == "\\":
                    i += 2
                    continue
                if text[i] == "'":
                    if i + 1 < n and text[i + 1] == "'":
                        i += 2
                        continue
                    break
                i += 1
            i += 1
            start = i
        elif c == '"':
            yield start, i
            i = text.find('"', i + 1)
            i = n if i < 0 else i + 1
            start = i
        elif text.startswith("--", i):
            yield start, i
            i = text.find("\n", i)
            i = n if i < 0 else i + 1
            start = i
        elif text.startswith("/*", i):
            yield start, i
            i = text.find("*/", i + 2)
            i = n if i < 0 else i + 2
            start = i
        elif c == "$" and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = _DOLLAR.match(text, i)
            if m:
                yield start, i
                close = text.find(m.group(0), m.end())
                i = n if close < 0 else close + len(m.group(0))
                start = i
            else:
                i += 1
        else:
            i += 1
    yield start, n


def calls(text, names):
    """The unqualified calls of names in text: [(offset, name)]."""
    found = []
    for start, end in _code_spans(text):
        code = text[start:end]
        prev_word = None
        for m in _WORD.finditer(code):
            word = m.group(0)
            lower = word.lower()
            j = m.end()
            while j < len(code) and code[j] in " \t\r\n":
                j += 1
            before = code[m.start() - 1] if m.start() > 0 else ""
            if (lower in names and j < len(code) and code[j] == "(" and before not in ".\"$"
                    and prev_word not in _NOT_A_CALL_AFTER):
                found.append((start + m.start(), word))
            prev_word = lower
    return found


def qualify(text, names):
    """text with pg_catalog. before each unqualified call of one of names."""
    out, last = [], 0
    for offset, _ in calls(text, names):
        out.append(text[last:offset])
        out.append("pg_catalog.")
        last = offset
    out.append(text[last:])
    return "".join(out)


def _top_level_bodies(text):
    """(start, end) of each dollar-quoted string of a SQL file (outside
    comments, quoted names and string literals)."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "'":
            i += 1
            while i < n and not (text[i] == "'" and not text.startswith("''", i)):
                i += 2 if text.startswith("''", i) else 1
            i += 1
        elif text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c == '"':
            j = text.find('"', i + 1)
            i = n if j < 0 else j + 1
        elif c == "$" and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = _DOLLAR.match(text, i)
            if not m:
                i += 1
                continue
            close = text.find(m.group(0), m.end())
            close = n if close < 0 else close
            yield m.end(), close
            i = close + len(m.group(0))
        else:
            i += 1


def qualify_file(text, names):
    """A SQL file's text with pg_catalog. before each unqualified call in its bodies."""
    out, last = [], 0
    for start, end in _top_level_bodies(text):
        out.append(text[last:start])
        out.append(qualify(text[start:end], names))
        last = end
    out.append(text[last:])
    return "".join(out)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: sqlcalls.py DBNAME FILE.sql ...")
    found = builtin_names(sys.argv[1])
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            old = f.read()
        new = qualify_file(old, found)
        if new != old:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
            print(f"{path}: {new.count('pg_catalog.') - old.count('pg_catalog.')} calls qualified")
