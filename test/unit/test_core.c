/*
 * test_core.c
 *	  Unit tests of the pure calendar core (src/core), no server needed:
 *	  runs the tests of every test/unit/test_*.c file.  Prints one line per
 *	  failed check and a closing "unit: N passed, N failed".
 */
#include <stdio.h>

#include "unit.h"

int			unit_passed = 0;
int			unit_failed = 0;

vc_day
D(int y, int m, int d)
{
	return vc_day_from_ymd(y, m, d);
}

const char *
fmt_day(vc_day d, char *buf)
{
	int			y,
				m,
				dd;

	vc_ymd_from_day(d, &y, &m, &dd);
	sprintf(buf, "%04d-%02d-%02d", y, m, dd);
	return buf;
}

int
main(void)
{
	test_civil();
	test_isoweek();
	test_words();
	test_date_labels();
	test_easter();
	test_holidays();
	test_busday();
	test_busday_reference();
	test_text_forms();
	test_iso_dates();
	test_rules();
	test_rule_errors();
	test_rule_binary();
	test_rule_stored_forms();
	test_rule_unknown_version();
	test_templates();
	test_rule_longest();
	test_rule_anchor_words();
	test_utf8_cut();
	test_ascii_case();
	printf("unit: %d passed, %d failed\n", unit_passed, unit_failed);
	return unit_failed == 0 ? 0 : 1;
}
