# tap.sh: the TAP writer of the shell suites (test/scripts/, test/reliability/,
# scripts/fuzz-regress.sh).  Source it, then:
#
#   plan N                   print the plan first (or let done_testing print it last)
#   ok RC DESC [DIAG...]     one test, passed when RC (an exit status) is 0
#   is GOT WANT DESC         one test, passed when GOT equals WANT
#   pass DESC                one passed test
#   fail DESC [DIAG...]      one failed test
#   skip DESC REASON         one test not run, which counts as passed
#   diag TEXT...             comment lines, "# " before each line of TEXT
#   bail_out REASON [FILE]   "Bail out!", FILE's lines as comments, exit 1
#   done_testing             the plan if none was printed; returns 0 when every
#                            test passed and as many ran as were planned
#
# A failed test is followed by its DIAG lines (each line of each argument,
# indented under "#"); empty DIAG arguments print nothing.  scripts/lib.sh's
# run_suite counts what this prints.

TAP_N=0
TAP_FAILED=0
TAP_PLAN=""

plan() {
    TAP_PLAN=$1
    echo "1..$1"
}

diag() {
    local text
    for text in "$@"; do
        printf '%s\n' "$text" | sed 's/^/# /'
    done
}

pass() {
    TAP_N=$((TAP_N + 1))
    echo "ok $TAP_N - $1"
}

fail() {
    local text
    TAP_N=$((TAP_N + 1))
    TAP_FAILED=$((TAP_FAILED + 1))
    echo "not ok $TAP_N - $1"
    shift
    for text in "$@"; do
        [ -n "$text" ] && printf '%s\n' "$text" | sed 's/^/#   /'
    done
    return 0
}

ok() {
    local rc=$1
    shift
    if [ "$rc" -eq 0 ]; then pass "$1"; else fail "$@"; fi
}

is() {
    if [ "$1" = "$2" ]; then
        pass "$3"
    else
        fail "$3" "got:  $1" "want: $2"
    fi
}

skip() {
    TAP_N=$((TAP_N + 1))
    echo "ok $TAP_N - $1 # SKIP $2"
}

bail_out() {
    echo "Bail out! $1"
    [ -n "${2:-}" ] && [ -f "$2" ] && sed 's/^/#   /' "$2"
    exit 1
}

done_testing() {
    if [ -z "$TAP_PLAN" ]; then
        plan "$TAP_N"
    elif [ "$TAP_N" -ne "$TAP_PLAN" ]; then
        diag "planned $TAP_PLAN tests, ran $TAP_N"
        return 1
    fi
    [ "$TAP_FAILED" -eq 0 ]
}
