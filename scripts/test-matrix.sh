#!/usr/bin/env bash
# test-matrix.sh [VERSION...]: the whole suite of make test against each
# PostgreSQL major in turn (default: 15, Debian's, then every build in
# ../shared/postgresql: 14, 16, 17, 18).  Each run's output goes to
# matrix-logs/pg<VERSION>.log and is shown when the run fails.  Prints one
# line per version, then the closing "N passed, N failed" over all of
# them; exits non-zero if any version failed.
set -uo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
builds=${VIGO_CAL_PG_BUILDS:-$REPO/../shared/postgresql}
versions=("$@")
if [ ${#versions[@]} -eq 0 ]; then
    versions=(15 $(ls "$builds" 2>/dev/null | sed -n 's/^postgresql-\([0-9]*\)-debian12-amd64\.tar\.gz$/\1/p' | sort -n))
fi
mkdir -p "$REPO/matrix-logs"
passed=0 failed=0 lines=()
for v in "${versions[@]}"; do
    logf=$REPO/matrix-logs/pg$v.log
    echo "==> PostgreSQL $v (log: matrix-logs/pg$v.log)" >&2
    start=$SECONDS
    make -C "$REPO" -s test PGVERSION="$v" >"$logf" 2>&1 && rc=0 || rc=$?
    total=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$logf" | tail -n 1)
    if [ -z "$total" ]; then
        total="0 passed, 1 failed"     # the run ended before its count
        rc=1
    fi
    p=${total%% passed*}
    f=${total#*passed, }; f=${f%% failed*}
    [ "$rc" -ne 0 ] && [ "$f" -eq 0 ] && f=1
    passed=$((passed + p)); failed=$((failed + f))
    [ "$rc" -ne 0 ] && tail -n 200 "$logf"
    lines+=("PostgreSQL $v: $p passed, $f failed ($((SECONDS - start)) s)")
    echo "${lines[-1]}" >&2
done
echo
printf '%s\n' "${lines[@]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
