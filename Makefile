# vigo_cal: PGXS build, tests, demo and benchmarks.
#
#   make            build the module and the install script
#   make install    install into the PostgreSQL found by PG_CONFIG
#   make demo       throwaway cluster, extension installed, this year shown
#   make test       throwaway cluster, all test suites, one summary line
#                   (PGVERSION=14|16|17|18 for another PostgreSQL)
#   make test-matrix  make test on PostgreSQL 15, 14, 16, 17 and 18 (CI)
#   make unit       the C unit tests of src/core (no server needed)
#   make bench      benchmarks, printed as ratios against baselines
#   make dist       vigo_cal-VERSION.zip of the committed tree (doc/install.md)
#
# A build in another directory works as pg_buildext runs it:
#   mkdir build && cd build && make -f ../vigo_cal/Makefile VPATH=../vigo_cal

# The extension's name.  (Not EXTENSION, which would make PGXS install the
# control file from the sources: see DATA_built below.)
EXTNAME = vigo_cal

# The sources: this Makefile's directory.  PGXS sets srcdir to the same
# (from VPATH, or where the Makefile is) once it is included; the version
# is needed before that.
source_dir := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))

# The version is written in one place, the top-level "version" of
# META.json; scripts/meta_version.awk reads it whatever the layout.
ifeq ($(wildcard $(source_dir)/META.json),)
$(error $(source_dir)/META.json is missing: it holds the version to build)
endif
EXTVERSION := $(shell awk -f $(source_dir)/scripts/meta_version.awk $(source_dir)/META.json)
ifeq ($(EXTVERSION),)
$(error cannot read the version from $(source_dir)/META.json (see the line above): it needs a top-level "version": "MAJOR.MINOR.PATCH")
endif

MODULE_big = vigo_cal
CORE_OBJS = src/core/output.o src/core/civil.o src/core/words.o src/core/holiday.o \
	src/core/busday.o src/core/textform.o src/core/template.o \
	src/core/rule/lex.o src/core/rule/anchor.o src/core/rule/parse.o src/core/rule/format.o src/core/rule/resolve.o
CORE_HEADERS = src/core/vc_calendar.h src/core/vc_internal.h src/core/rule/rule_internal.h
OBJS = $(CORE_OBJS) \
	src/pg/vigo_cal.o src/pg/words.o src/pg/schoolyear.o src/pg/isoweek.o \
	src/pg/holiday.o src/pg/busday.o src/pg/rule.o src/pg/template.o \
	src/pg/planner.o src/pg/today.o src/pg/extension.o src/pg/legacy_symbols.o

# The install script of the current version is built from src/sql/ by
# topic, in name order.  Released versions are frozen in releases/ (install
# and upgrade scripts alike).  The upgrade script to the current version is
# built from three things:
#   src/upgrade/PREV--CUR.sql   changes to objects that hold state, and drops
#   the replaceable part of every src/sql/ file (after its "-- @replaceable"
#                               line: functions and views, rerun as
#                               CREATE OR REPLACE); a file new in this
#                               version (NEW_SQL_PARTS) whole
#   the shipped rows            the data files (src/sql/*_data_*.sql) loaded
#                               into copies of their tables and merged into
#                               the installed rows (src/upgrade/shipped_*.sql)
#   the store fill              src/sql/98_store_fill.sql, last, as in the
#                               install script: the occurrence store is
#                               worked out once the rows are in
#
# Paths of sources are written $(srcdir)/..., so that a build in another
# directory finds them; what is built is written in the build directory.
SQL_PARTS = $(sort $(wildcard $(srcdir)/src/sql/*.sql))
SQL_DATA = $(sort $(wildcard $(srcdir)/src/sql/*_data_*.sql))
PREVVERSION = 0.3.0
NEW_SQL_PARTS = src/sql/52_edition_revisions.sql src/sql/82_restore.sql src/sql/92_edition_html.sql
# released scripts, relative to the sources (PGXS installs DATA from there)
RELEASED = $(patsubst $(srcdir)/%,%,$(sort $(wildcard $(srcdir)/releases/$(EXTNAME)--*.sql)))
DATA = $(RELEASED)
# The control file is built (its default_version is the version above),
# and PGXS installs a control file from the sources only: so it is
# installed as built data, into the same directory ("extension").
MODULEDIR = extension
DATA_built = $(EXTNAME).control \
	$(EXTNAME)--$(EXTVERSION).sql $(EXTNAME)--$(PREVVERSION)--$(EXTVERSION).sql

# The version as the module reports it (PG_MODULE_MAGIC_EXT, PostgreSQL 18+).
PG_CPPFLAGS = -I$(srcdir)/src/core -DVIGO_CAL_VERSION=\"$(EXTVERSION)\"
# A missing declaration is an error, not a library with undefined symbols.
# Only the entry points (PGDLLEXPORT, src/pg/vc_pg.h) are exported: the
# server loads modules RTLD_GLOBAL (PGXS hides the rest itself from 16 on).
PG_CFLAGS = -Werror=implicit-function-declaration -fvisibility=hidden
EXTRA_CLEAN = test/unit/test_core results regression.diffs regression.out

REGRESS = $(patsubst $(srcdir)/sql/%.sql,%,$(sort $(wildcard $(srcdir)/sql/*.sql)))
REGRESS_OPTS = --encoding=UTF8 --no-locale

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
ifeq ($(PGXS),)
$(error $(PG_CONFIG) does not name a PostgreSQL pg_config: give PG_CONFIG=/path/to/pg_config)
endif
include $(PGXS)

# PGXS does not track headers; every object depends on the shared ones.
# In a build directory of its own, the objects' directories are made first.
$(OBJS): $(CORE_HEADERS) src/pg/vc_pg.h | object-dirs
src/pg/vigo_cal.o: META.json
object-dirs:
	@mkdir -p $(sort $(dir $(OBJS)))
.PHONY: object-dirs

$(EXTNAME).control: $(EXTNAME).control.in META.json
	sed 's/@EXTVERSION@/$(EXTVERSION)/' $< > $@

$(EXTNAME)--$(EXTVERSION).sql: $(SQL_PARTS) META.json
	cat $(SQL_PARTS) > $@

# the keys of the rows the previous version shipped, for a version that
# noted no removals (shipped_merge.sql)
SHIPPED_KEYS = $(wildcard $(srcdir)/src/upgrade/shipped_keys_$(PREVVERSION).sql)
UPGRADE_PARTS = src/upgrade/begin.sql src/upgrade/shipped_begin.sql src/upgrade/shipped_merge.sql \
	src/upgrade/end.sql $(SHIPPED_KEYS)
$(EXTNAME)--$(PREVVERSION)--$(EXTVERSION).sql: src/upgrade/$(PREVVERSION)--$(EXTVERSION).sql \
		$(SQL_PARTS) $(UPGRADE_PARTS)
	{ sed -n '1,/\\quit/p' $<; \
	  cat $(srcdir)/src/upgrade/begin.sql $(SHIPPED_KEYS); \
	  sed '1,/\\quit/d' $<; \
	  for f in $(SQL_PARTS); do \
	    case " $(addprefix $(srcdir)/,$(NEW_SQL_PARTS)) " in \
	      *" $$f "*) cat $$f ;; \
	      *) awk '/^-- @replaceable/ { p = 1; next } p' $$f ;; \
	    esac; \
	  done; \
	  cat $(srcdir)/src/upgrade/shipped_begin.sql; \
	  sed -E 's/^INSERT INTO vigo_cal\./INSERT INTO vigo_cal_upgrade./' $(SQL_DATA); \
	  cat $(addprefix $(srcdir)/,src/upgrade/shipped_merge.sql src/upgrade/end.sql src/sql/98_store_fill.sql); } > $@

# C unit tests of the pure core: plain cc, no PostgreSQL headers.
CORE_SRCS = $(addprefix $(srcdir)/,$(CORE_OBJS:.o=.c))
UNIT_CFLAGS = -std=c99 -O1 -g -Wall -Wextra -Werror -I$(srcdir)/src/core
UNIT_SRCS = $(sort $(wildcard $(srcdir)/test/unit/*.c))
test/unit/test_core: $(UNIT_SRCS) test/unit/unit.h $(CORE_SRCS) $(CORE_HEADERS)
	@mkdir -p $(@D)
	$(CC) $(UNIT_CFLAGS) -o $@ $(UNIT_SRCS) $(CORE_SRCS)

unit: test/unit/test_core
	test/unit/test_core

# The recipes below run in the source tree (they build and install there).
demo:
	$(srcdir)/scripts/demo.sh

test:
	$(srcdir)/scripts/test.sh

# make test on every supported PostgreSQL (15, then the builds of
# ../shared/postgresql); one version: make test PGVERSION=17
test-matrix:
	$(srcdir)/scripts/test-matrix.sh

# bench/ and test/reliability/ are left out of the release zip (.gitattributes)
in-repository = @test -e $(srcdir)/$(1) || { echo "$(1) is not in the release zip: use a clone of the repository" >&2; exit 1; }

bench:
	$(call in-repository,bench/run.sh)
	EXTRA_PACKAGES=postgresql-$${PGVERSION:-15}-orafce $(srcdir)/scripts/with-cluster.sh $(srcdir)/bench/run.sh

.PHONY: unit demo test test-matrix bench

# ---- fuzzing of the core (no server needed) ----
#   make fuzz          each target of FUZZ_TARGETS under libFuzzer (clang-14)
#                      for FUZZ_SECONDS, from a scratch copy of its corpus;
#                      a crash is kept in test/fuzz/crashers/<name>/ and
#                      fails the run (scripts/fuzz.sh)
#   make fuzz-regress  replay test/fuzz/corpus/<name>/ and
#                      test/fuzz/crashers/<name>/ through the same checks,
#                      built with plain cc (no clang needed;
#                      scripts/fuzz-regress.sh)
# A target <name> is the file test/fuzz/fuzz_<name>.c plus its name here.
FUZZ_TARGETS = schoolyear isoweek busday rule template
FUZZ_SECONDS ?= 60
FUZZ_CC = clang-14
FUZZ_CFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -I$(srcdir)/src/core
FUZZ_OPTS = -max_len=256 -timeout=10 -print_final_stats=1
FUZZ_REPLAY_CFLAGS = -std=c99 -g -O1 -Wall -Wextra -Werror \
	-fsanitize=address,undefined -fno-sanitize-recover=all -I$(srcdir)/src/core
FUZZ_PROPS = $(sort $(wildcard $(srcdir)/test/fuzz/properties*.c))
FUZZ_DEPS = $(FUZZ_PROPS) test/fuzz/properties.h $(CORE_SRCS) $(CORE_HEADERS)
# the scripts run in the source tree and find the programs here
FUZZ_BIN = $(abspath test/fuzz)

test/fuzz/%_fuzz: test/fuzz/fuzz_%.c $(FUZZ_DEPS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $< $(FUZZ_PROPS) $(CORE_SRCS)

test/fuzz/%_replay: test/fuzz/fuzz_%.c test/fuzz/run_crashers.c $(FUZZ_DEPS)
	@mkdir -p $(@D)
	$(CC) $(FUZZ_REPLAY_CFLAGS) -o $@ $(srcdir)/test/fuzz/run_crashers.c $< $(FUZZ_PROPS) $(CORE_SRCS)

fuzz: $(FUZZ_TARGETS:%=test/fuzz/%_fuzz)
	@FUZZ_BIN='$(FUZZ_BIN)' FUZZ_SECONDS='$(FUZZ_SECONDS)' FUZZ_OPTS='$(FUZZ_OPTS)' $(srcdir)/scripts/fuzz.sh $(FUZZ_TARGETS)

fuzz-regress: $(FUZZ_TARGETS:%=test/fuzz/%_replay)
	@FUZZ_BIN='$(FUZZ_BIN)' $(srcdir)/scripts/fuzz-regress.sh $(FUZZ_TARGETS)

.PHONY: fuzz fuzz-regress

# ---- reliability (not part of make test: about four minutes) ----
#   make reliability   against a throwaway cluster: sqlsmith's random SQL
#                      (20,000 queries, fixed seed; SQLSMITH_SEED and
#                      SQLSMITH_QUERIES change them), then a look for crashed
#                      backends; pgbench, 8 clients for 60 s reading and
#                      writing, then a check that nothing failed or was lost.
#                      See doc/reliability.md.
reliability:
	$(call in-repository,test/reliability)
	EXTRA_PACKAGES=sqlsmith $(srcdir)/scripts/with-cluster.sh $(srcdir)/scripts/reliability.sh

.PHONY: reliability

# ---- the release ----
#   make dist   $(DIST).zip in the current directory: the committed tree
#               (HEAD) under the folder $(DIST)/, less what .gitattributes
#               marks export-ignore.  Changes not committed are not in it.
DIST = $(EXTNAME)-$(EXTVERSION)
dist:
	@test "$$(git -C $(srcdir) rev-parse --show-toplevel 2>/dev/null)" = "$(realpath $(srcdir))" || \
	  { echo "make dist: $(realpath $(srcdir)) is not a clone of the repository" >&2; exit 1; }
	@git -C $(srcdir) diff --quiet HEAD -- || \
	  echo "make dist: the zip holds HEAD; changes not committed are left out" >&2
	git -C $(srcdir) archive --format=zip --prefix=$(DIST)/ -o $(abspath $(DIST).zip) HEAD

.PHONY: dist
