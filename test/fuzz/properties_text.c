/*
 * properties_text.c
 *	  The properties of the text forms of school years and ISO weeks
 *	  (vc_schoolyear_parse, vc_isoweek_parse and their printers), checked
 *	  against reference readers written from the documented forms.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "properties.h"

/* Does s have the shape of pattern?  'd' is a digit, anything else itself. */
static int
has_shape(const char *s, const char *pattern)
{
	for (; *pattern; s++, pattern++)
	{
		if (*pattern == 'd' ? !isdigit((unsigned char) *s) : *s != *pattern)
			return 0;
	}
	return *s == '\0';
}

#define SYNTAX_RANGE_VALUE \
	(VCF_STATUS_BIT(VC_ERR_SYNTAX) | VCF_STATUS_BIT(VC_ERR_RANGE) | \
	 VCF_STATUS_BIT(VC_ERR_VALUE))

/*
 * Reference readers for the accepted forms, written from the forms the
 * hints document (not from textform.c), to check status and value of each
 * parse against: white space is the C locale's, digit runs are ASCII.
 */
static int
ref_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

static const char *
ref_skip_space(const char *p)
{
	while (ref_space(*p))
		p++;
	return p;
}

/* A run of ASCII digits at *p: its length, and its value if at most 9 digits. */
static int
ref_digits(const char **p, long *value)
{
	int			n = 0;

	*value = 0;
	while (**p >= '0' && **p <= '9')
	{
		if (n < 9)
			*value = *value * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n;
}

/* ---------------------------------------------------------------------
 * School years
 * ---------------------------------------------------------------------
 */

#define SY_UNTOUCHED (-777777)
#define SY_FORMAT_LEN 10		/* "2023-2024" and NUL, per vc_calendar.h */

/* Parse text that must parse to sy. */
static void
expect_schoolyear(const char *origin, const char *text, int sy)
{
	vc_error	err;
	int			got = SY_UNTOUCHED;
	vc_status	rc;

	vcf_poison_error(&err);
	rc = vc_schoolyear_parse(text, &got, &err);
	VCF_CHECK(rc == VC_OK && got == sy,
			  "\"%s\" parsed to school year %d, but \"%s\" gives status %d, year %d (%s)",
			  origin, sy, text, (int) rc, got, rc == VC_OK ? "" : err.detail);
}

static void
check_schoolyear_value(const char *text, int sy)
{
	const char *show = vcf_show(text);
	char	   *buf = vcf_xmalloc(SY_FORMAT_LEN);
	char	   *again = vcf_xmalloc(SY_FORMAT_LEN);
	char		alt[32];
	vc_day		first,
				last;

	VCF_CHECK(vc_schoolyear_in_range(sy),
			  "\"%s\" parsed to school year %d, outside %d..%d",
			  show, sy, VC_MIN_SCHOOLYEAR, VC_MAX_SCHOOLYEAR);

	/* format -> parse round trip, and the formatted text is canonical */
	vc_schoolyear_format(sy, buf, SY_FORMAT_LEN);
	VCF_CHECK(has_shape(buf, "dddd-dddd"),
			  "school year %d (from \"%s\") formats as \"%s\"", sy, show, vcf_show(buf));
	expect_schoolyear(show, buf, sy);
	vc_schoolyear_format(sy, again, SY_FORMAT_LEN);
	VCF_CHECK(strcmp(buf, again) == 0,
			  "school year %d formats as \"%s\", then as \"%s\"", sy, buf, again);

	/* the other spellings name the same year */
	snprintf(alt, sizeof(alt), "%04d/%02d", sy, (sy + 1) % 100);
	expect_schoolyear(show, alt, sy);
	snprintf(alt, sizeof(alt), " %04d-%02d ", sy, (sy + 1) % 100);
	expect_schoolyear(show, alt, sy);

	/* its days: 1 August .. 31 July, and they belong to it */
	first = vc_schoolyear_first_day(sy);
	last = vc_schoolyear_last_day(sy);
	VCF_CHECK(vc_day_in_range(first) && vc_day_in_range(last) &&
			  (last - first == 364 || last - first == 365),
			  "school year %d runs from day %d to day %d", sy, first, last);
	VCF_CHECK(vc_schoolyear_of(first) == sy && vc_schoolyear_of(last) == sy,
			  "school year %d: its first and last days belong to %d and %d",
			  sy, vc_schoolyear_of(first), vc_schoolyear_of(last));

	free(buf);
	free(again);
}

/*
 * Reference: optional space, a four-digit year Y, "-" or "/", Y + 1 as four
 * digits or its last two, optional space; VC_ERR_RANGE unless
 * VC_MIN_SCHOOLYEAR <= Y <= VC_MAX_SCHOOLYEAR.
 */
static vc_status
ref_schoolyear(const char *text, int *sy)
{
	const char *p = ref_skip_space(text);
	long		first,
				second;
	int			n;

	if (ref_digits(&p, &first) != 4 || (*p != '-' && *p != '/'))
		return VC_ERR_SYNTAX;
	p++;
	n = ref_digits(&p, &second);
	if (!((n == 4 && second == first + 1) || (n == 2 && second == (first + 1) % 100)))
		return VC_ERR_SYNTAX;
	if (*ref_skip_space(p) != '\0')
		return VC_ERR_SYNTAX;
	if (first < VC_MIN_SCHOOLYEAR || first > VC_MAX_SCHOOLYEAR)
		return VC_ERR_RANGE;
	*sy = (int) first;
	return VC_OK;
}

void
vcf_check_schoolyear(const uint8_t *data, size_t size)
{
	char	   *text = vcf_cstring(data, size);
	vc_error	err;
	int			sy = SY_UNTOUCHED;
	vc_status	rc;

	vcf_poison_error(&err);
	rc = vc_schoolyear_parse(text, &sy, &err);
	{
		int			want = SY_UNTOUCHED;
		vc_status	want_rc = ref_schoolyear(text, &want);

		VCF_CHECK(rc == want_rc && (rc != VC_OK || sy == want),
				  "vc_schoolyear_parse(\"%s\") gave status %d, year %d; the reference gives %d, %d",
				  vcf_show(text), (int) rc, rc == VC_OK ? sy : 0, (int) want_rc,
				  want_rc == VC_OK ? want : 0);
	}
	if (rc == VC_OK)
		check_schoolyear_value(text, sy);
	else
	{
		vcf_check_error("vc_schoolyear_parse", text, rc, &err, SYNTAX_RANGE_VALUE);
		VCF_CHECK(sy == SY_UNTOUCHED,
				  "vc_schoolyear_parse(\"%s\") failed but wrote %d to its result",
				  vcf_show(text), sy);
	}
	free(text);
}

/* ---------------------------------------------------------------------
 * ISO weeks
 * ---------------------------------------------------------------------
 */

#define WEEK_FORMAT_LEN 9		/* "2023-W40" and NUL, per vc_calendar.h */

/* Parse text that must parse to monday. */
static void
expect_isoweek(const char *origin, const char *text, vc_day monday)
{
	vc_error	err;
	vc_day		got = DAY_UNTOUCHED;
	vc_status	rc;

	vcf_poison_error(&err);
	rc = vc_isoweek_parse(text, &got, &err);
	VCF_CHECK(rc == VC_OK && got == monday,
			  "\"%s\" parsed to the week of day %d, but \"%s\" gives status %d, day %d (%s)",
			  origin, monday, text, (int) rc, got, rc == VC_OK ? "" : err.detail);
}

static void
check_isoweek_value(const char *text, vc_day monday)
{
	const char *show = vcf_show(text);
	char	   *buf = vcf_xmalloc(WEEK_FORMAT_LEN);
	char	   *again = vcf_xmalloc(WEEK_FORMAT_LEN);
	char		alt[48];
	int			year,
				week;

	VCF_CHECK(vc_day_in_range(monday) && vc_day_in_range((int64_t) monday + 6),
			  "\"%s\" parsed to the week of day %d, not inside %d..%d",
			  show, monday, VC_MIN_DAY, VC_MAX_DAY);
	VCF_CHECK(vc_isodow(monday) == 1,
			  "\"%s\" parsed to day %d, day of week %d, not a Monday",
			  show, monday, vc_isodow(monday));
	vc_isoweek_of(monday, &year, &week);
	VCF_CHECK(year >= VC_MIN_YEAR && year <= VC_MAX_YEAR &&
			  week >= 1 && week <= vc_isoweeks_in_year(year) &&
			  vc_isoweek_monday(year, week) == monday,
			  "\"%s\" parsed to day %d, in ISO week %d of %d", show, monday, week, year);

	/* format -> parse round trip, and the formatted text is canonical */
	vc_isoweek_format(monday, buf, WEEK_FORMAT_LEN);
	VCF_CHECK(has_shape(buf, "dddd-Wdd"),
			  "week of day %d (from \"%s\") formats as \"%s\"", monday, show, vcf_show(buf));
	expect_isoweek(show, buf, monday);
	vc_isoweek_format(monday, again, WEEK_FORMAT_LEN);
	VCF_CHECK(strcmp(buf, again) == 0,
			  "week of day %d formats as \"%s\", then as \"%s\"", monday, buf, again);

	/* the other spellings name the same week */
	snprintf(alt, sizeof(alt), "uke %d %04d", week, year);
	expect_isoweek(show, alt, monday);
	snprintf(alt, sizeof(alt), " WEEK %02d %04d ", week, year);
	expect_isoweek(show, alt, monday);
	snprintf(alt, sizeof(alt), "%04dw%d", year, week);
	expect_isoweek(show, alt, monday);

	free(buf);
	free(again);
}

/* Does p start with keyword kw (any case) followed by white space? */
static int
ref_keyword(const char *p, const char *kw)
{
	for (; *kw; p++, kw++)
		if (*p != *kw && *p != *kw - 'a' + 'A')
			return 0;
	return ref_space(*p);
}

/*
 * Reference: "YYYY-Www", "YYYYWww" (w or W, one or two week digits), or
 * "uke ww YYYY" / "week ww YYYY" (keyword in any case), with optional space
 * around.  Then VC_ERR_VALUE for a week outside 1..53, VC_ERR_RANGE for a
 * year outside VC_MIN_YEAR..VC_MAX_YEAR, VC_ERR_VALUE for week 53 of a year
 * without one, VC_ERR_RANGE for a week not wholly inside the range.  The
 * Monday is computed here from 4 January, which is always in week 1.
 */
static vc_status
ref_isoweek(const char *text, vc_day *monday)
{
	const char *p = ref_skip_space(text);
	long		year,
				week;
	int			n;
	vc_day		jan1,
				jan4,
				first;
	int			weeks;

	if (ref_keyword(p, "uke") || ref_keyword(p, "week"))
	{
		p = ref_skip_space(p + (*p == 'u' || *p == 'U' ? 3 : 4));
		n = ref_digits(&p, &week);
		if (n < 1 || n > 2 || !ref_space(*p))
			return VC_ERR_SYNTAX;
		p = ref_skip_space(p);
		if (ref_digits(&p, &year) != 4)
			return VC_ERR_SYNTAX;
	}
	else
	{
		if (ref_digits(&p, &year) != 4)
			return VC_ERR_SYNTAX;
		if (*p == '-')
			p++;
		if (*p != 'W' && *p != 'w')
			return VC_ERR_SYNTAX;
		p++;
		n = ref_digits(&p, &week);
		if (n < 1 || n > 2)
			return VC_ERR_SYNTAX;
	}
	if (*ref_skip_space(p) != '\0')
		return VC_ERR_SYNTAX;
	if (week < 1 || week > 53)
		return VC_ERR_VALUE;
	if (year < VC_MIN_YEAR || year > VC_MAX_YEAR)
		return VC_ERR_RANGE;
	/* 53 weeks iff 1 January is a Thursday, or a Wednesday in a leap year */
	jan1 = vc_day_from_ymd((int) year, 1, 1);
	weeks = (vc_isodow(jan1) == 4 ||
			 (vc_isodow(jan1) == 3 && vc_days_in_month((int) year, 2) == 29)) ? 53 : 52;
	if (week > weeks)
		return VC_ERR_VALUE;
	jan4 = jan1 + 3;
	first = jan4 - (vc_isodow(jan4) - 1) + 7 * (vc_day) (week - 1);
	if (first < VC_MIN_DAY || first + 6 > VC_MAX_DAY)
		return VC_ERR_RANGE;
	*monday = first;
	return VC_OK;
}

void
vcf_check_isoweek(const uint8_t *data, size_t size)
{
	char	   *text = vcf_cstring(data, size);
	vc_error	err;
	vc_day		monday = DAY_UNTOUCHED;
	vc_status	rc;

	vcf_poison_error(&err);
	rc = vc_isoweek_parse(text, &monday, &err);
	{
		vc_day		want = DAY_UNTOUCHED;
		vc_status	want_rc = ref_isoweek(text, &want);

		VCF_CHECK(rc == want_rc && (rc != VC_OK || monday == want),
				  "vc_isoweek_parse(\"%s\") gave status %d, day %d; the reference gives %d, %d",
				  vcf_show(text), (int) rc, rc == VC_OK ? monday : 0, (int) want_rc,
				  want_rc == VC_OK ? want : 0);
	}
	if (rc == VC_OK)
		check_isoweek_value(text, monday);
	else
	{
		vcf_check_error("vc_isoweek_parse", text, rc, &err, SYNTAX_RANGE_VALUE);
		VCF_CHECK(monday == DAY_UNTOUCHED,
				  "vc_isoweek_parse(\"%s\") failed (status %d) but wrote %d to its result",
				  vcf_show(text), (int) rc, monday);
	}
	free(text);
}
