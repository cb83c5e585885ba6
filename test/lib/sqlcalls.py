"""sqlcalls.py: the function calls written in SQL text, schema-qualified or not.

    calls(text, names)     [(offset, name)] of each call "name(" of one of
                           names that is not schema-qualified, outside string
                           literals, quoted identifiers and comments
    qualify(text, names)   text with "pg_catalog." before each of them

names is a set of lower-case function names.  A name after AS (a column
alias list, "AS t(a, b)"), INTO or TABLE is not a call.  Dollar-quoted
strings inside the text (dynamic SQL, format strings) are left alone, as
all strings are.  Used by test/scripts/security_qualified.py on the bodies
of the extension's functions; qualify() is what wrote pg_catalog. into the
sources of src/sql/.
"""
import re

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
