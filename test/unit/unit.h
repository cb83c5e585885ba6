/*
 * unit.h
 *	  What the unit tests of the calendar core share: the CHECK macros
 *	  that count passed and failed checks, a day constructor, and the test
 *	  functions of each file, which test_core.c runs.
 */
#ifndef VC_UNIT_H
#define VC_UNIT_H

#include <stdio.h>

#include "vc_calendar.h"

extern int	unit_passed;
extern int	unit_failed;

/* Count a check; print a failed one as "not ok N - file:line: message". */
#define CHECK(cond, ...) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			printf("not ok %d - %s:%d: ", unit_passed + unit_failed, __FILE__, __LINE__); \
			printf(__VA_ARGS__); \
			printf("\n"); \
		} \
	} while (0)

#define CHECK_DAY(got, want, what) \
	do { \
		char b1[16], b2[16]; \
		vc_day g_ = (got), w_ = (want); \
		CHECK(g_ == w_, "%s: got %s, want %s", what, fmt_day(g_, b1), fmt_day(w_, b2)); \
	} while (0)

/* The day number of year-month-day. */
extern vc_day D(int y, int m, int d);

/* A day as YYYY-MM-DD in buf (16 bytes); returns buf. */
extern const char *fmt_day(vc_day d, char *buf);

/* test_dates.c */
extern void test_civil(void);
extern void test_isoweek(void);

/* test_holidays.c */
extern void test_easter(void);
extern void test_holidays(void);

/* test_busday.c */
extern void test_busday(void);
extern void test_busday_reference(void);

/* test_text.c */
extern void test_text_forms(void);
extern void test_templates(void);
extern void test_iso_dates(void);

/* test_rules.c */
extern void test_rules(void);
extern void test_rule_errors(void);
extern void test_rule_binary(void);
extern void test_rule_stored_forms(void);
extern void test_rule_unknown_version(void);

/* test_limits.c */
extern void test_rule_longest(void);
extern void test_rule_anchor_words(void);
extern void test_utf8_cut(void);
extern void test_ascii_case(void);

/* test_words.c */
extern void test_words(void);
extern void test_date_labels(void);

#endif							/* VC_UNIT_H */
