# vigo_cal: PGXS build, tests, demo and benchmarks.
#
#   make            build the module and the install script
#   make install    install into the PostgreSQL found by PG_CONFIG
#   make demo       throwaway cluster, extension installed, this year shown
#   make test       throwaway cluster, all test suites, one summary line
#   make unit       the C unit tests of src/core (no server needed)
#   make bench      benchmarks, printed as ratios against baselines

EXTENSION = vigo_cal
EXTVERSION := $(shell sed -n 's/^   "version": *"\([^"]*\)".*/\1/p' META.json)

MODULE_big = vigo_cal
CORE_OBJS = src/core/civil.o src/core/holiday.o src/core/busday.o src/core/parse.o src/core/rule.o src/core/template.o
OBJS = $(CORE_OBJS) \
	src/pg/vigo_cal.o src/pg/schoolyear.o src/pg/isoweek.o src/pg/calendar.o src/pg/rule.o \
	src/pg/template.o

# The install script of the current version is built from src/sql/ by
# topic.  Released versions are frozen in releases/; each upgrade script is
# built from src/upgrade/A--B.sql (changes to existing objects) and the
# src/sql/ parts that are new in B.
SQL_PARTS = $(sort $(wildcard src/sql/*.sql))
NEW_IN_0_2_0 = $(wildcard src/sql/80_ical.sql src/sql/85_wheel.sql)
DATA = releases/$(EXTENSION)--0.1.0.sql
DATA_built = $(EXTENSION)--$(EXTVERSION).sql $(EXTENSION)--0.1.0--0.2.0.sql

PG_CPPFLAGS = -I$(srcdir)/src/core
EXTRA_CLEAN = $(EXTENSION).control test/unit/test_core results regression.diffs regression.out

REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --encoding=UTF8 --no-locale

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

all: $(EXTENSION).control

# PGXS does not track headers; every object depends on the shared ones.
$(OBJS): src/core/vc_calendar.h src/core/vc_internal.h src/pg/vc_pg.h

$(EXTENSION).control: $(EXTENSION).control.in META.json
	sed 's/@EXTVERSION@/$(EXTVERSION)/' $< > $@

$(EXTENSION)--$(EXTVERSION).sql: $(SQL_PARTS) META.json
	cat $(SQL_PARTS) > $@

$(EXTENSION)--0.1.0--0.2.0.sql: src/upgrade/0.1.0--0.2.0.sql $(NEW_IN_0_2_0)
	cat $^ > $@

# C unit tests of the pure core: plain cc, no PostgreSQL headers.
UNIT_CFLAGS = -std=c99 -O1 -g -Wall -Wextra -Werror -Isrc/core
test/unit/test_core: test/unit/test_core.c $(CORE_OBJS:.o=.c) src/core/vc_calendar.h src/core/vc_internal.h
	$(CC) $(UNIT_CFLAGS) -o $@ test/unit/test_core.c $(CORE_OBJS:.o=.c)

unit: test/unit/test_core
	test/unit/test_core

demo:
	scripts/demo.sh

test:
	scripts/test.sh

bench:
	EXTRA_PACKAGES=postgresql-$${PGVERSION:-15}-orafce scripts/with-cluster.sh bench/run.sh

.PHONY: unit demo test bench

# ---- fuzzing of the core (no server needed) ----
#   make fuzz          each target of FUZZ_TARGETS under libFuzzer (clang-14)
#                      for FUZZ_SECONDS, from a scratch copy of its corpus;
#                      a crash is kept in test/fuzz/crashers/<name>/ and
#                      fails the run
#   make fuzz-regress  replay test/fuzz/corpus/<name>/ and
#                      test/fuzz/crashers/<name>/ through the same checks,
#                      built with plain cc (no clang needed)
# A target <name> is the file test/fuzz/fuzz_<name>.c plus its name here.
FUZZ_TARGETS = schoolyear isoweek busday rule template
FUZZ_SECONDS ?= 60
FUZZ_CC = clang-14
FUZZ_CFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc/core
FUZZ_OPTS = -max_len=256 -timeout=10 -print_final_stats=1
FUZZ_REPLAY_CFLAGS = -std=c99 -g -O1 -Wall -Wextra -Werror \
	-fsanitize=address,undefined -fno-sanitize-recover=all -Isrc/core
FUZZ_DEPS = test/fuzz/properties.c test/fuzz/properties.h \
	$(CORE_OBJS:.o=.c) src/core/vc_calendar.h src/core/vc_internal.h

test/fuzz/%_fuzz: test/fuzz/fuzz_%.c $(FUZZ_DEPS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -o $@ $< test/fuzz/properties.c $(CORE_OBJS:.o=.c)

test/fuzz/%_replay: test/fuzz/fuzz_%.c test/fuzz/run_crashers.c $(FUZZ_DEPS)
	$(CC) $(FUZZ_REPLAY_CFLAGS) -o $@ test/fuzz/run_crashers.c $< test/fuzz/properties.c $(CORE_OBJS:.o=.c)

fuzz: $(FUZZ_TARGETS:%=test/fuzz/%_fuzz)
	@scratch=$$(mktemp -d "$${TMPDIR:-/tmp}/vigo_cal_fuzz.XXXXXX") || exit 2; \
	trap 'rm -rf "$$scratch"' EXIT; \
	summary=""; failed=""; \
	for t in $(FUZZ_TARGETS); do \
		mkdir -p "$$scratch/$$t" test/fuzz/crashers/$$t || exit 2; \
		if [ -d test/fuzz/corpus/$$t ]; then cp -R test/fuzz/corpus/$$t/. "$$scratch/$$t/"; fi; \
		dict=""; if [ -f test/fuzz/$$t.dict ]; then dict="-dict=test/fuzz/$$t.dict"; fi; \
		echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
		{ test/fuzz/$${t}_fuzz -max_total_time=$(FUZZ_SECONDS) $(FUZZ_OPTS) $$dict \
			-artifact_prefix=test/fuzz/crashers/$$t/ "$$scratch/$$t"; \
		  echo $$? > "$$scratch/$$t.rc"; } > "$$scratch/$$t.log" 2>&1; \
		rc=$$(cat "$$scratch/$$t.rc"); \
		execs=$$(sed -n 's/^stat::number_of_executed_units: *//p' "$$scratch/$$t.log" | tail -n 1); \
		found=$$(sed -n 's/.*Test unit written to *//p' "$$scratch/$$t.log"); \
		if [ "$$rc" != 0 ] || [ -n "$$found" ]; then \
			awk '/^==[0-9]+==|runtime error:|property violated|ERROR: libFuzzer|ALARM:/ { p = 1 } p' \
				"$$scratch/$$t.log" | grep . || tail -n 40 "$$scratch/$$t.log"; \
			failed="$$failed $$t"; \
			summary="$$summary$$(printf '  %-12s %12s execs  FAILED (exit %s) %s' $$t "$${execs:-?}" "$$rc" "$$found")\n"; \
		else \
			summary="$$summary$$(printf '  %-12s %12s execs  ok' $$t "$${execs:-?}")\n"; \
		fi; \
	done; \
	echo "== fuzz summary ($(FUZZ_SECONDS) s per target)"; \
	printf "$$summary"; \
	if [ -n "$$failed" ]; then \
		echo "fuzz: failures in:$$failed (inputs kept in test/fuzz/crashers/; make fuzz-regress replays them)"; \
		exit 1; \
	fi

fuzz-regress: $(FUZZ_TARGETS:%=test/fuzz/%_replay)
	@failed=""; \
	for d in test/fuzz/corpus/* test/fuzz/crashers/*; do \
		[ -e "$$d" ] || continue; \
		case " $(FUZZ_TARGETS) " in \
			*" $${d##*/} "*) [ -d "$$d" ] && continue ;; \
		esac; \
		echo "fuzz-regress: $$d is not replayed (not test/fuzz/*/<target> of FUZZ_TARGETS)"; \
		failed="$$failed $$d"; \
	done; \
	for t in $(FUZZ_TARGETS); do \
		set --; \
		for d in test/fuzz/corpus/$$t test/fuzz/crashers/$$t; do \
			if [ -d $$d ]; then set -- "$$@" $$d; fi; \
		done; \
		if [ $$# -eq 0 ]; then echo "$$t: no corpus and no crashers"; continue; fi; \
		test/fuzz/$${t}_replay -q "$$@" || failed="$$failed $$t"; \
	done; \
	if [ -n "$$failed" ]; then echo "fuzz-regress: failures in:$$failed"; exit 1; fi

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
