#!/usr/bin/env bash
# regress_tap.sh N CMD...: TAP from pg_regress (CMD is make installcheck):
# plan N, one test line per regression test, from pg_regress's own TAP
# (PostgreSQL 16 and later) or its "test NAME ... ok" lines (before 16).
# Other output passes through, and after a failure the first 200 lines of
# regression.diffs as comments.  Exits with the command's status.
set -uo pipefail
planned=$1
shift
echo "1..$planned"
( "$@"; exit $? ) 2>&1 | awk '
    # PostgreSQL 16+: "ok 1         - name    12 ms", "not ok 2 - name"
    /^(not )?ok [0-9]+ +- / {
        verdict = ($1 == "not") ? "not ok" : "ok"
        sub(/^(not )?ok [0-9]+ +- +/, "")
        print verdict " " ++n " - " $1
        next
    }
    # before 16: "test name ... ok 12 ms", "     name ... FAILED"
    /^(test +| +)[A-Za-z0-9_.-]+ +\.\.\. / {
        name = ($1 == "test") ? $2 : $1
        verdict = ($0 ~ /\.\.\. +ok( |$)/) ? "ok" : "not ok"
        print verdict " " ++n " - " name
        next
    }
    # its own plan is replaced by ours, its comments are plain output
    /^1\.\.[0-9]+/ { next }
    { sub(/^# /, ""); print }'
rc=${PIPESTATUS[0]}
if [ "$rc" -ne 0 ] && [ -f regression.diffs ]; then
    head -n 200 regression.diffs | sed 's/^/#   /'
fi
exit "$rc"
