"""tap.py: the TAP writer of the python suites (test/scripts/*.py).

The same as test/lib/tap.sh:

    import tap
    tap.plan(n)                   # optional: done_testing() prints it otherwise
    tap.ok(cond, name, diag=None) # one test; diag (a text or a list of them)
                                  # is printed when it fails
    tap.ok(True, name, skip=why)  # a test not run: "ok N - name # SKIP why"
    tap.is_(got, want, name)      # one test, passed when got == want
    tap.diag(text)                # comment lines, "# " before each line
    tap.bail_out(reason)          # "Bail out!" and exit 1 (or a status given)
    sys.exit(tap.done_testing())  # the plan if none was printed; 0 when
                                  # every test passed and the count matches

scripts/lib.sh's run_suite counts what this prints.
"""
import sys

_n = 0
_failed = 0
_plan = None


def _say(line):
    print(line, flush=True)


def plan(n):
    global _plan
    _plan = n
    _say(f"1..{n}")


def diag(text, indent="# "):
    for line in str(text).splitlines() or [""]:
        _say(indent + line)


def ok(cond, name, diag_text=None, skip=None):
    global _n, _failed
    _n += 1
    # one line, and no "#" that would read as a directive
    name = " ".join(str(name).split()).replace("#", "\\#")
    if skip:
        _say(f"ok {_n} - {name} # SKIP {skip}")
        return True
    if cond:
        _say(f"ok {_n} - {name}")
    else:
        _failed += 1
        _say(f"not ok {_n} - {name}")
        texts = diag_text if isinstance(diag_text, (list, tuple)) else [diag_text]
        for text in texts:
            if text:
                diag(text, "#   ")
    return bool(cond)


def is_(got, want, name):
    return ok(got == want, name, f"got:  {got!r}\nwant: {want!r}")


def bail_out(reason, status=1):
    _say("Bail out! " + " ".join(str(reason).split()))
    sys.exit(status)


def done_testing():
    if _plan is None:
        plan(_n)
    elif _n != _plan:
        diag(f"planned {_plan} tests, ran {_n}")
        return 1
    return 1 if _failed else 0
