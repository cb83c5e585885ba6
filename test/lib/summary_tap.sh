#!/usr/bin/env bash
# summary_tap.sh NAME CMD...: TAP from a test program that prints
# "not ok I - ..." for each failed check (I: its number among all checks)
# and closes with "NAME: P passed, F failed", as the C unit tests of
# test/unit do.  Every check becomes a test line, a passed one
# "ok I - NAME check I"; the plan follows the closing line, so a program
# that stops before it has none.  Other output passes through.  Exits
# with the program's status.
set -uo pipefail
name=$1
shift
( "$@"; exit $? ) 2>&1 | awk -v name="$name" '
    function pass_upto(last) {
        while (n < last) { n++; print "ok " n " - " name " check " n }
    }
    /^not ok [0-9]+ / {
        pass_upto($3 - 1)
        n = $3; nfail++
        print; next
    }
    $0 ~ "^" name ": [0-9]+ passed, [0-9]+ failed$" {
        pass_upto($2 + $4)
        if ($4 != nfail) {
            n++
            print "not ok " n " - " name ": the closing line counts " $4 " failed, the output has " nfail + 0
        }
        print "1.." n
        next
    }
    { print }'
exit "${PIPESTATUS[0]}"
