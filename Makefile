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
CORE_OBJS = src/core/civil.o src/core/holiday.o src/core/busday.o src/core/parse.o
OBJS = $(CORE_OBJS) \
	src/pg/vigo_cal.o src/pg/schoolyear.o src/pg/isoweek.o src/pg/calendar.o

SQL_PARTS = $(sort $(wildcard src/sql/*.sql))
DATA_built = $(EXTENSION)--$(EXTVERSION).sql

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
	scripts/with-cluster.sh bench/run.sh

.PHONY: unit demo test bench
