/*
 * properties.c
 *	  The properties the fuzz targets check: see properties.h.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "properties.h"

/* ---------------------------------------------------------------------
 * Helpers
 * ---------------------------------------------------------------------
 */

void
vcf_fail(const char *fmt,...)
{
	va_list		args;

	fputs("vigo_cal fuzz: property violated: ", stderr);
	va_start(args, fmt);
	vfprintf(stderr, fmt, args);
	va_end(args);
	fputc('\n', stderr);
	fflush(stderr);
	abort();
}

char *
vcf_cstring(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t		len = nul ? (size_t) (nul - data) : size;
	char	   *text = malloc(len + 1);

	if (text == NULL)
		vcf_fail("out of memory");
	if (len > 0)
		memcpy(text, data, len);
	text[len] = '\0';
	return text;
}

const char *
vcf_show(const char *text)
{
	static char buf[4 * 300 + 8];
	size_t		used = 0;
	const unsigned char *p;

	for (p = (const unsigned char *) text; *p && used < sizeof(buf) - 8; p++)
	{
		if (*p == '"' || *p == '\\')
			used += (size_t) snprintf(buf + used, sizeof(buf) - used, "\\%c", *p);
		else if (isprint(*p))
			buf[used++] = (char) *p;
		else
			used += (size_t) snprintf(buf + used, sizeof(buf) - used, "\\x%02x", *p);
	}
	if (*p)
		used += (size_t) snprintf(buf + used, sizeof(buf) - used, "...");
	buf[used] = '\0';
	return buf;
}

/* A hint pointer no parser can produce: tells "hint not set" apart. */
static const char poison_hint[] = "(hint not set by the parser)";

void
vcf_poison_error(vc_error *err)
{
	memset(err, 0xA5, sizeof(*err));
	err->hint = poison_hint;
}

void
vcf_check_error(const char *what, const char *text, vc_status rc,
				const vc_error *err, unsigned allowed)
{
	const char *show = vcf_show(text);
	size_t		len = strlen(text);

	VCF_CHECK((unsigned) rc < 32 && (allowed & VCF_STATUS_BIT(rc)),
			  "%s(\"%s\") returned status %d, not one of its error codes",
			  what, show, (int) rc);
	VCF_CHECK(err->status == rc,
			  "%s(\"%s\") returned %d but err.status is %d",
			  what, show, (int) rc, (int) err->status);
	VCF_CHECK(err->position >= 0 && (size_t) err->position <= len + 1,
			  "%s(\"%s\"): err.position %d outside 0..%zu",
			  what, show, err->position, len + 1);
	VCF_CHECK(memchr(err->detail, '\0', sizeof(err->detail)) != NULL,
			  "%s(\"%s\"): err.detail is not NUL-terminated", what, show);
	VCF_CHECK(err->detail[0] != '\0',
			  "%s(\"%s\"): err.detail is empty", what, show);
	VCF_CHECK(err->hint != poison_hint,
			  "%s(\"%s\"): err.hint was not set", what, show);
	if (err->hint != NULL)
		VCF_CHECK(strlen(err->hint) > 0,
				  "%s(\"%s\"): err.hint is an empty string", what, show);
}

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

static char *
xmalloc(size_t n)
{
	char	   *p = malloc(n);

	if (p == NULL)
		vcf_fail("out of memory");
	return p;
}

#define SYNTAX_RANGE_VALUE \
	(VCF_STATUS_BIT(VC_ERR_SYNTAX) | VCF_STATUS_BIT(VC_ERR_RANGE) | \
	 VCF_STATUS_BIT(VC_ERR_VALUE))

/*
 * Reference readers for the accepted forms, written from the forms the
 * hints document (not from parse.c), to check status and value of each
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
	char	   *buf = xmalloc(SY_FORMAT_LEN);
	char	   *again = xmalloc(SY_FORMAT_LEN);
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

#define DAY_UNTOUCHED ((vc_day) -2000000000)
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
	char	   *buf = xmalloc(WEEK_FORMAT_LEN);
	char	   *again = xmalloc(WEEK_FORMAT_LEN);
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

/* ---------------------------------------------------------------------
 * Working days
 * ---------------------------------------------------------------------
 */

/* Largest |n| checked against a day-by-day walk. */
#define WALK_LIMIT 64

static const char *const roll_names[] = {
	"raise", "nat", "forward", "backward", "modifiedfollowing", "modifiedpreceding"
};

/* A day as "YYYY-MM-DD (day number)" for messages; four buffers in turn. */
static const char *
show_day(vc_day d)
{
	static char bufs[4][40];
	static int	next = 0;
	char	   *buf = bufs[next++ % 4];
	int			y,
				m,
				dd;

	if (!vc_day_in_range(d))
	{
		snprintf(buf, sizeof(bufs[0]), "day %d", d);
		return buf;
	}
	vc_ymd_from_day(d, &y, &m, &dd);
	snprintf(buf, sizeof(bufs[0]), "%04d-%02d-%02d (%d)", y, m, dd, d);
	return buf;
}

static int
month_of(vc_day d)
{
	int			y,
				m,
				dd;

	vc_ymd_from_day(d, &y, &m, &dd);
	return m;
}

static uint64_t
take_le(const uint8_t *data, size_t size, size_t at, int nbytes)
{
	uint64_t	v = 0;
	int			i;

	for (i = 0; i < nbytes; i++)
		if (at + i < size)
			v |= (uint64_t) data[at + i] << (8 * i);
	return v;
}

/* Holidays: vc_is_public_holiday agrees with its year's list. */
static void
check_holiday(vc_day d)
{
	vc_holiday	list[VC_MAX_HOLIDAYS_PER_YEAR];
	int			y,
				m,
				dd,
				n,
				i;
	int			listed = 0;

	vc_ymd_from_day(d, &y, &m, &dd);
	VCF_CHECK(vc_day_from_ymd(y, m, dd) == d,
			  "day %d -> %04d-%02d-%02d -> day %d", d, y, m, dd, vc_day_from_ymd(y, m, dd));
	n = vc_public_holidays(y, list);
	VCF_CHECK(n > 0 && n <= VC_MAX_HOLIDAYS_PER_YEAR,
			  "vc_public_holidays(%d) returned %d entries", y, n);
	for (i = 0; i < n; i++)
	{
		VCF_CHECK(i == 0 || list[i - 1].day < list[i].day,
				  "vc_public_holidays(%d) is not in day order at entry %d", y, i);
		if (list[i].day == d)
			listed = 1;
	}
	VCF_CHECK(listed == (int) vc_is_public_holiday(d),
			  "%s: vc_is_public_holiday says %d, the year's list says %d",
			  show_day(d), (int) vc_is_public_holiday(d), listed);
}

/* Working days in [d, VC_MAX_DAY]. */
static int64_t
busdays_from(vc_day d)
{
	return vc_busday_count(d, VC_MAX_DAY) + (vc_is_business_day(VC_MAX_DAY) ? 1 : 0);
}

/*
 * What offset(d, 0, roll) must give for a day off d and a roll that
 * moves: the first working day on or after d ("forward"), the last one
 * before d ("backward"), and the modified rolls in terms of those two.
 */
static int
expected_roll(vc_day d, vc_roll roll, vc_day *result)
{
	vc_day		fw = DAY_UNTOUCHED,
				bw = DAY_UNTOUCHED;
	int			fw_rc = vc_busday_offset(d, 0, VC_ROLL_FORWARD, &fw);
	int			bw_rc = vc_busday_offset(d, 0, VC_ROLL_BACKWARD, &bw);

	/* forward: exists iff a working day lies in [d, max]; none lies in [d, fw) */
	VCF_CHECK((fw_rc == VC_OK) == (busdays_from(d) > 0) &&
			  (fw_rc == VC_OK || fw_rc == VC_ERR_RANGE),
			  "%s (day off): roll forward gives status %d", show_day(d), fw_rc);
	if (fw_rc == VC_OK)
		VCF_CHECK(vc_day_in_range(fw) && fw > d && vc_is_business_day(fw) &&
				  vc_busday_count(d, fw) == 0,
				  "%s (day off): roll forward gives %s", show_day(d), show_day(fw));
	else
		VCF_CHECK(fw == DAY_UNTOUCHED, "%s: failed roll forward wrote its result", show_day(d));

	/* backward: exists iff a working day lies in [min, d); fw is the last */
	VCF_CHECK((bw_rc == VC_OK) == (vc_busday_count(VC_MIN_DAY, d) > 0) &&
			  (bw_rc == VC_OK || bw_rc == VC_ERR_RANGE),
			  "%s (day off): roll backward gives status %d", show_day(d), bw_rc);
	if (bw_rc == VC_OK)
		VCF_CHECK(vc_day_in_range(bw) && bw < d && vc_is_business_day(bw) &&
				  vc_busday_count(bw, d) == 1,
				  "%s (day off): roll backward gives %s", show_day(d), show_day(bw));
	else
		VCF_CHECK(bw == DAY_UNTOUCHED, "%s: failed roll backward wrote its result", show_day(d));

	switch (roll)
	{
		case VC_ROLL_FORWARD:
			*result = fw;
			return fw_rc;
		case VC_ROLL_BACKWARD:
			*result = bw;
			return bw_rc;
		case VC_ROLL_MODIFIED_FOLLOWING:
			if (fw_rc == VC_OK && month_of(fw) == month_of(d))
			{
				*result = fw;
				return VC_OK;
			}
			*result = bw;
			return bw_rc;
		case VC_ROLL_MODIFIED_PRECEDING:
			if (bw_rc == VC_OK && month_of(bw) == month_of(d))
			{
				*result = bw;
				return VC_OK;
			}
			*result = fw;
			return fw_rc;
		default:
			vcf_fail("expected_roll: roll %d does not move", (int) roll);
	}
}

/* Move n working days from working day start one day at a time. */
static int
walk(vc_day start, int n, vc_day *result)
{
	vc_day		d = start;
	int			step = n > 0 ? 1 : -1;
	int			left = n > 0 ? n : -n;

	while (left > 0)
	{
		d += step;
		if (!vc_day_in_range(d))
			return VC_ERR_RANGE;
		if (vc_is_business_day(d))
			left--;
	}
	*result = d;
	return VC_OK;
}

void
vcf_check_busday(const uint8_t *data, size_t size)
{
	static const int widths[4] = {1, 2, 4, 8};
	uint32_t	span = (uint32_t) (VC_MAX_DAY - VC_MIN_DAY + 1);
	vc_day		d = VC_MIN_DAY + (vc_day) ((uint32_t) take_le(data, size, 0, 4) % span);
	unsigned	b = (unsigned) take_le(data, size, 4, 1);
	vc_roll		roll = (vc_roll) (b % 6);
	int			width = widths[(b / 6) % 4];
	uint64_t	raw = take_le(data, size, 5, width);
	int64_t		n;
	bool		bd;
	int			rc,
				start_rc;
	vc_day		r = DAY_UNTOUCHED,
				start = DAY_UNTOUCHED;
	const char *rn = roll_names[roll];

	/* sign-extend the width-byte n */
	if (width < 8 && (raw >> (8 * width - 1)) & 1)
		raw |= ~(uint64_t) 0 << (8 * width);
	memcpy(&n, &raw, sizeof(n));

	/* is d a working day: Monday to Friday and not a public holiday */
	check_holiday(d);
	bd = vc_is_business_day(d);
	VCF_CHECK(bd == (vc_isodow(d) <= 5 && !vc_is_public_holiday(d)),
			  "%s: vc_is_business_day says %d, day of week %d, holiday %d",
			  show_day(d), (int) bd, vc_isodow(d), (int) vc_is_public_holiday(d));

	rc = vc_busday_offset(d, n, roll, &r);
	VCF_CHECK(rc == VC_OK || rc == VC_ERR_RANGE ||
			  rc == VC_BUSDAY_NOT_BUSDAY || rc == VC_BUSDAY_NAT,
			  "offset(%s, %lld, %s) returned status %d", show_day(d), (long long) n, rn, rc);
	if (rc != VC_OK)
		VCF_CHECK(r == DAY_UNTOUCHED,
				  "offset(%s, %lld, %s) failed (%d) but wrote %s to its result",
				  show_day(d), (long long) n, rn, rc, show_day(r));

	/* the day the count starts from */
	if (bd)
	{
		start = d;
		start_rc = VC_OK;
	}
	else if (roll == VC_ROLL_RAISE || roll == VC_ROLL_NAT)
	{
		int			want = roll == VC_ROLL_RAISE ? VC_BUSDAY_NOT_BUSDAY : VC_BUSDAY_NAT;

		VCF_CHECK(rc == want, "offset(%s, %lld, %s) on a day off returned %d, not %d",
				  show_day(d), (long long) n, rn, rc, want);
		return;
	}
	else
	{
		vc_day		got = DAY_UNTOUCHED;
		int			got_rc = vc_busday_offset(d, 0, roll, &got);

		start_rc = expected_roll(d, roll, &start);
		VCF_CHECK(got_rc == start_rc && (got_rc != VC_OK || got == start),
				  "offset(%s, 0, %s) gave %d, %s; want %d, %s",
				  show_day(d), rn, got_rc, show_day(got), start_rc, show_day(start));
	}
	VCF_CHECK(rc != VC_BUSDAY_NOT_BUSDAY && rc != VC_BUSDAY_NAT,
			  "offset(%s, %lld, %s) returned %d for a day it need not roll",
			  show_day(d), (long long) n, rn, rc);
	if (start_rc != VC_OK)
	{
		VCF_CHECK(rc == start_rc, "offset(%s, %lld, %s) gave %d, but the roll gives %d",
				  show_day(d), (long long) n, rn, rc, start_rc);
		return;
	}

	/* the result exists iff enough working days lie on that side of start */
	{
		int64_t		avail = n >= 0 ? busdays_from(start) - 1
			: vc_busday_count(VC_MIN_DAY, start);
		bool		exists = n >= 0 ? n <= avail : n >= -avail;

		VCF_CHECK((rc == VC_OK) == exists,
				  "offset(%s, %lld, %s) gave status %d, but %lld working days lie %s %s",
				  show_day(d), (long long) n, rn, rc, (long long) avail,
				  n >= 0 ? "after" : "before", show_day(start));
	}

	/* against a day-by-day walk, for small n */
	if (n >= -WALK_LIMIT && n <= WALK_LIMIT)
	{
		vc_day		w = DAY_UNTOUCHED;
		int			wrc = walk(start, (int) n, &w);

		VCF_CHECK(wrc == rc && (rc != VC_OK || w == r),
				  "offset(%s, %lld, %s) gave %d, %s; walking gives %d, %s",
				  show_day(d), (long long) n, rn, rc, show_day(r), wrc, show_day(w));
	}

	if (rc != VC_OK)
		return;

	/* the result: in range, a working day, n working days from start */
	VCF_CHECK(vc_day_in_range(r) && vc_is_business_day(r),
			  "offset(%s, %lld, %s) gave %s, not a working day in range",
			  show_day(d), (long long) n, rn, show_day(r));
	VCF_CHECK((n > 0 && r > start) || (n < 0 && r < start) || (n == 0 && r == start),
			  "offset(%s, %lld, %s) gave %s, from %s",
			  show_day(d), (long long) n, rn, show_day(r), show_day(start));
	VCF_CHECK(vc_busday_count(start, r) == n && vc_busday_count(r, start) == -n,
			  "offset(%s, %lld, %s) gave %s, but count(%s, it) is %lld and back %lld",
			  show_day(d), (long long) n, rn, show_day(r), show_day(start),
			  (long long) vc_busday_count(start, r), (long long) vc_busday_count(r, start));

	/* and back: offset(offset(start, n), -n) == start, whatever the roll */
	{
		vc_day		back = DAY_UNTOUCHED;
		int			back_rc = vc_busday_offset(r, -n, roll, &back);

		VCF_CHECK(back_rc == VC_OK && back == start,
				  "offset(%s, %lld, %s) gave %s, and back by %lld gives %d, %s",
				  show_day(d), (long long) n, rn, show_day(r), (long long) -n,
				  back_rc, show_day(back));
	}
}
