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

EXTENSION = vigo_cal
EXTVERSION := $(shell sed -n 's/^   "version": *"\([^"]*\)".*/\1/p' META.json)

MODULE_big = vigo_cal
CORE_OBJS = src/core/output.o src/core/civil.o src/core/words.o src/core/holiday.o \
	src/core/busday.o src/core/textform.o src/core/template.o \
	src/core/rule/lex.o src/core/rule/anchor.o src/core/rule/parse.o src/core/rule/format.o src/core/rule/resolve.o
CORE_HEADERS = src/core/vc_calendar.h src/core/vc_internal.h src/core/rule/rule_internal.h
OBJS = $(CORE_OBJS) \
	src/pg/vigo_cal.o src/pg/words.o src/pg/schoolyear.o src/pg/isoweek.o \
	src/pg/holiday.o src/pg/busday.o src/pg/rule.o src/pg/template.o \
	src/pg/planner.o src/pg/legacy_symbols.o

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
SQL_PARTS = $(sort $(wildcard src/sql/*.sql))
SQL_DATA = $(sort $(wildcard src/sql/*_data_*.sql))
PREVVERSION = 0.3.0
NEW_SQL_PARTS = src/sql/52_edition_revisions.sql src/sql/92_edition_html.sql
RELEASED = $(sort $(wildcard releases/$(EXTENSION)--*.sql))
DATA = $(RELEASED)
DATA_built = $(EXTENSION)--$(EXTVERSION).sql $(EXTENSION)--$(PREVVERSION)--$(EXTVERSION).sql

PG_CPPFLAGS = -I$(srcdir)/src/core
# A missing declaration is an error, not a library with undefined symbols.
# Only the entry points (PGDLLEXPORT, src/pg/vc_pg.h) are exported: the
# server loads modules RTLD_GLOBAL (PGXS hides the rest itself from 16 on).
PG_CFLAGS = -Werror=implicit-function-declaration -fvisibility=hidden
EXTRA_CLEAN = $(EXTENSION).control test/unit/test_core results regression.diffs regression.out

REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --encoding=UTF8 --no-locale

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

all: $(EXTENSION).control

# PGXS does not track headers; every object depends on the shared ones.
$(OBJS): $(CORE_HEADERS) src/pg/vc_pg.h

$(EXTENSION).control: $(EXTENSION).control.in META.json
	sed 's/@EXTVERSION@/$(EXTVERSION)/' $< > $@

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS) META.json
	cat $(SQL_PARTS) > $@

UPGRADE_PARTS = src/upgrade/begin.sql src/upgrade/shipped_begin.sql src/upgrade/shipped_merge.sql \
	src/upgrade/end.sql
$(EXTENSION)--$(PREVVERSION)--$(EXTVERSION).sql: src/upgrade/$(PREVVERSION)--$(EXTVERSION).sql \
		$(SQL_PARTS) $(UPGRADE_PARTS)
	{ sed -n '1,/\\quit/p' $<; \
	  cat src/upgrade/begin.sql; \
	  sed '1,/\\quit/d' $<; \
	  for f in $(SQL_PARTS); do \
	    case " $(NEW_SQL_PARTS) " in \
	      *" $$f "*) cat $$f ;; \
	      *) awk '/^-- @replaceable/ { p = 1; next } p' $$f ;; \
	    esac; \
	  done; \
	  cat src/upgrade/shipped_begin.sql; \
	  sed -E 's/^INSERT INTO vigo_cal\./INSERT INTO vigo_cal_upgrade./' $(SQL_DATA); \
	  cat src/upgrade/shipped_merge.sql src/upgrade/end.sql src/sql/98_store_fill.sql; } > $@

# C unit tests of the pure core: plain cc, no PostgreSQL headers.
UNIT_CFLAGS = -std=c99 -O1 -g -Wall -Wextra -Werror -Isrc/core
UNIT_SRCS = $(sort $(wildcard test/unit/*.c))
test/unit/test_core: $(UNIT_SRCS) test/unit/unit.h $(CORE_OBJS:.o=.c) $(CORE_HEADERS)
	$(CC) $(UNIT_CFLAGS) -o $@ $(UNIT_SRCS) $(CORE_OBJS:.o=.c)

unit: test/unit/test_core
	test/unit/test_core

demo:
	scripts/demo.sh

test:
	scripts/test.sh

# make test on every supported PostgreSQL (15, then the builds of
# ../shared/postgresql); one version: make test PGVERSION=17
test-matrix:
	scripts/test-matrix.sh

bench:
	EXTRA_PACKAGES=postgresql-$${PGVERSION:-15}-orafce scripts/with-cluster.sh bench/run.sh

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
FUZZ_CFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc/core
FUZZ_OPTS = -max_len=256 -timeout=10 -print_final_stats=1
FUZZ_REPLAY_CFLAGS = -std=c99 -g -O1 -Wall -Wextra -Werror \
	-fsanitize=address,undefined -fno-sanitize-recover=all -Isrc/core
FUZZ_PROPS = $(sort $(wildcard test/fuzz/properties*.c))
FUZZ_DEPS = $(FUZZ_PROPS) test/fuzz/properties.h \
	$(CORE_OBJS:.o=.c) $(CORE_HEADERS)

test/fuzz/%_fuzz: test/fuzz/fuzz_%.c $(FUZZ_DEPS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $< $(FUZZ_PROPS) $(CORE_OBJS:.o=.c)

test/fuzz/%_replay: test/fuzz/fuzz_%.c test/fuzz/run_crashers.c $(FUZZ_DEPS)
	$(CC) $(FUZZ_REPLAY_CFLAGS) -o $@ test/fuzz/run_crashers.c $< $(FUZZ_PROPS) $(CORE_OBJS:.o=.c)

fuzz: $(FUZZ_TARGETS:%=test/fuzz/%_fuzz)
	@FUZZ_SECONDS='$(FUZZ_SECONDS)' FUZZ_OPTS='$(FUZZ_OPTS)' scripts/fuzz.sh $(FUZZ_TARGETS)

fuzz-regress: $(FUZZ_TARGETS:%=test/fuzz/%_replay)
	@scripts/fuzz-regress.sh $(FUZZ_TARGETS)

.PHONY: fuzz fuzz-regress

# ---- reliability (not part of make test: about four minutes) ----
#   make reliability   against a throwaway cluster: sqlsmith's random SQL
#                      (20,000 queries, fixed seed; SQLSMITH_SEED and
#                      SQLSMITH_QUERIES change them), then a look for crashed
#                      backends; pgbench, 8 clients for 60 s reading and
#                      writing, then a check that nothing failed or was lost.
#                      See doc/reliability.md.
reliability:
	EXTRA_PACKAGES=sqlsmith scripts/with-cluster.sh scripts/reliability.sh

.PHONY: reliability
