#!/usr/bin/env bash
# dist.sh: the release a packager gets.  make dist makes vigo_cal-VERSION.zip
# of the committed tree less what .gitattributes leaves out; the unpacked
# zip builds in a directory of its own (make -f SRC/Makefile VPATH=SRC, as
# pg_buildext does) without writing into its sources, runs its unit tests
# and a pg_regress test from there, and installs with DESTDIR.  Needs git
# (in an unpacked zip every test is skipped), the pg_config of the server
# first on PATH, and PGHOST/PGPORT/PGUSER of a running cluster with the
# extension installed.  Prints TAP.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
. "$here/../lib/tap.sh"

tests=("make dist makes vigo_cal-VERSION.zip"
       "every file is under the folder vigo_cal-VERSION/"
       "it holds every committed file but those .gitattributes leaves out"
       "and leaves out CI, git's files, the benchmarks and the reliability runs"
       "scripts keep their executable bit"
       "the unpacked zip builds in a directory of its own, without a warning"
       "with the library, the control file of the version and the install and upgrade scripts"
       "the install script is the topic files of src/sql joined in order"
       "nothing is written into the sources"
       "make unit passes there"
       "make installcheck runs a pg_regress test from there"
       "make install DESTDIR=... installs the control file, every script and the library")
plan ${#tests[@]}
if [ "$(git -C "$repo" rev-parse --show-toplevel 2>/dev/null)" != "$(realpath "$repo")" ]; then
    for t in "${tests[@]}"; do
        skip "$t" "not a git checkout (an unpacked release?): make dist needs git, and the sources here are built in place"
    done
    done_testing
    exit
fi

pg_config=$(command -v pg_config) || bail_out "no pg_config on PATH"
version=$(awk -f "$repo/scripts/meta_version.awk" "$repo/META.json")
dist=vigo_cal-$version
tmp=$(mktemp -d "${TMPDIR:-/tmp}/vigo_cal_dist.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/out" "$tmp/src" "$tmp/build"
log=$tmp/make.log
zip=$tmp/out/$dist.zip

# 1. make dist, run from another directory as a build there would
(cd "$tmp/out" && make -s -f "$repo/Makefile" VPATH="$repo" PG_CONFIG="$pg_config" dist) >"$log" 2>&1 \
    && [ -f "$zip" ] && rc=0 || rc=1
ok $rc "${tests[0]}" "$(cat "$log")"
[ -f "$zip" ] || bail_out "no $zip"
diag "$dist.zip: $(stat -c %s "$zip") bytes, $(python3 -c 'import sys, zipfile; print(len([i for i in zipfile.ZipFile(sys.argv[1]).infolist() if not i.is_dir()]))' "$zip") files"

# the zip's files (name and mode), and the committed files
python3 - "$zip" "$tmp/src" >"$tmp/listing" <<'EOF'
import os, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
for i in z.infolist():
    mode = (i.external_attr >> 16) & 0o777
    print(f"{mode:o} {i.filename}")
    z.extract(i, sys.argv[2])
    if mode and not i.is_dir():
        os.chmod(os.path.join(sys.argv[2], i.filename), mode)
EOF
files=$(awk '$2 !~ /\/$/ { print $2 }' "$tmp/listing")
outside=$(printf '%s\n' "$files" | grep -v "^$dist/" || true)
ok "$([ -z "$outside" ] && echo 0 || echo 1)" "${tests[1]}" "$outside"

committed=$(git -C "$repo" ls-tree -r --name-only HEAD)
left_out='^(\.ci/|bench/|test/reliability/)|(^|/)\.git(ignore|attributes)$'
want=$(printf '%s\n' "$committed" | grep -Ev "$left_out" | sort)
got=$(printf '%s\n' "$files" | sed "s|^$dist/||" | sort)
diffs=$(diff <(printf '%s\n' "$want") <(printf '%s\n' "$got") || true)
ok "$([ -z "$diffs" ] && echo 0 || echo 1)" "${tests[2]} ($(printf '%s\n' "$got" | wc -l) of $(printf '%s\n' "$committed" | wc -l))" \
   "$(printf '%s\n' "$diffs" | head -n 20)"
in_zip=$(printf '%s\n' "$got" | grep -E "$left_out" || true)
ok "$([ -z "$in_zip" ] && printf '%s\n' "$committed" | grep -q '^bench/' && echo 0 || echo 1)" \
   "${tests[3]}" "$in_zip"

exec_want=$(git -C "$repo" ls-tree -r HEAD | awk '$1 == "100755" { print $4 }' | grep -Ev "$left_out" | sort)
exec_got=$(awk '$1 ~ /^7/ && $2 !~ /\/$/ { print $2 }' "$tmp/listing" | sed "s|^$dist/||" | sort)
diffs=$(diff <(printf '%s\n' "$exec_want") <(printf '%s\n' "$exec_got") || true)
ok "$([ -z "$diffs" ] && echo 0 || echo 1)" "${tests[4]} ($(printf '%s\n' "$exec_got" | wc -l))" "$diffs"

# 2. a build of the unpacked zip in a directory of its own
touch "$tmp/stamp"
sleep 1
vpath=(-f "../src/$dist/Makefile" VPATH="../src/$dist" PG_CONFIG="$pg_config")
(cd "$tmp/build" && make -j2 "${vpath[@]}") >"$log" 2>&1 && rc=0 || rc=$?
warnings=$(grep -i 'warning:' "$log" || true)
ok "$([ "$rc" -eq 0 ] && [ -z "$warnings" ] && echo 0 || echo 1)" "${tests[5]}" "$(tail -n 30 "$log")"

prev=$(sed -n 's/^PREVVERSION = //p' "$tmp/src/$dist/Makefile")
b=$tmp/build
[ -f "$b/vigo_cal.so" ] && grep -qx "default_version = '$version'" "$b/vigo_cal.control" \
    && head -n 30 "$b/vigo_cal--$version.sql" | grep -q '^\\echo .*\\quit$' \
    && head -n 30 "$b/vigo_cal--$prev--$version.sql" | grep -q '^\\echo .*\\quit$' && rc=0 || rc=1
ok $rc "${tests[6]} ($prev--$version)" "$(ls -l "$b")"
cmp -s "$b/vigo_cal--$version.sql" <(cat "$tmp/src/$dist"/src/sql/*.sql) && rc=0 || rc=1
ok $rc "${tests[7]}"

written=$(find "$tmp/src" -newer "$tmp/stamp" || true)
ok "$([ -z "$written" ] && echo 0 || echo 1)" "${tests[8]}" "$written"

(cd "$b" && make -s "${vpath[@]}" unit) >"$log" 2>&1 && rc=0 || rc=$?
ok $rc "${tests[9]}: $(grep -E 'passed, [0-9]+ failed' "$log" | tail -n 1)" "$(tail -n 20 "$log")"

# a short pg_regress test, against the running cluster's installed extension
(cd "$b" && make -s "${vpath[@]}" installcheck REGRESS="00_setup schoolyear") >"$log" 2>&1 && rc=0 || rc=$?
ok $rc "${tests[10]} (00_setup, schoolyear)" "$(cat "$log")" "$(cat "$b/regression.diffs" 2>/dev/null | head -n 30)"

(cd "$b" && make -s "${vpath[@]}" install DESTDIR="$tmp/root") >"$log" 2>&1 && rc=0 || rc=$?
ext=$tmp/root$("$pg_config" --sharedir)/extension
missing=""
for f in vigo_cal.control "vigo_cal--$version.sql" "vigo_cal--$prev--$version.sql" \
         $(cd "$tmp/src/$dist/releases" && ls); do
    [ -f "$ext/$f" ] || missing="$missing $ext/$f"
done
[ -f "$tmp/root$("$pg_config" --pkglibdir)/vigo_cal.so" ] || missing="$missing vigo_cal.so"
ok "$([ "$rc" -eq 0 ] && [ -z "$missing" ] && echo 0 || echo 1)" "${tests[11]}" \
   "$(cat "$log")" "${missing:+missing:$missing}"
done_testing
