/*
 * textform.c
 *	  The text forms of school years ("2023-2024") and ISO weeks
 *	  ("2023-W40"): their parsers and printers; and the one date form the
 *	  templates read (ISO, "2024-07-15").  Reentrant: all state lives
 *	  in the caller's scanner and error structs, and errors come back as a
 *	  status plus position.  (The rule language has its own folder, rule/.)
 */
#include <stdio.h>
#include <string.h>

#include "vc_internal.h"

static const char *const SCHOOLYEAR_HINT =
"Write a school year as 2023-2024, 2023/2024, 2023-24 or 2023/24.";
static const char *const ISOWEEK_HINT =
"Write an ISO week as 2023-W40, 2023W40, \"uke 40 2023\" or \"week 40 2023\".";
static const char *const ISODATE_HINT =
"Write a date as an ISO date, YYYY-MM-DD: 2024-07-15.";

/* A cursor over the input text. */
typedef struct scanner
{
	const char *text;
	const char *p;
} scanner;

/* 1-based position of the cursor (everything before it is ASCII). */
static int
cursor(const scanner *s)
{
	return (int) (s->p - s->text) + 1;
}

/* A syntax error at the cursor: "Expected <what> at position N." */
static vc_status
expected(const scanner *s, vc_error *err, const char *hint, const char *what)
{
	return vc_error_set(err, VC_ERR_SYNTAX, cursor(s), hint,
						"Expected %s at position %d.", what, cursor(s));
}

static void
skip_spaces(scanner *s)
{
	while (*s->p && vc_ascii_isspace((unsigned char) *s->p))
		s->p++;
}

/*
 * Read a run of digits: its value (capped, to stay clear of overflow) and
 * its length.  Returns the number of digits read; on none, the cursor has
 * not moved.
 */
static int
read_digits(scanner *s, int64_t *value)
{
	int			n = 0;

	*value = 0;
	while (vc_ascii_isdigit((unsigned char) *s->p))
	{
		if (*value < 100000000)
			*value = *value * 10 + (*s->p - '0');
		s->p++;
		n++;
	}
	return n;
}

/* Does the text at s start with keyword kw (case-insensitive) and a space? */
static bool
accept_keyword(scanner *s, const char *kw)
{
	size_t		len = strlen(kw);
	size_t		i;

	for (i = 0; i < len; i++)
		if (vc_ascii_tolower((unsigned char) s->p[i]) != kw[i])
			return false;
	if (!vc_ascii_isspace((unsigned char) s->p[len]))
		return false;
	s->p += len;
	skip_spaces(s);
	return true;
}

/* VC_OK at the end of the text, or an error for what trails a complete value. */
static vc_status
expect_end(scanner *s, vc_error *err, const char *hint)
{
	skip_spaces(s);
	if (*s->p == '\0')
		return VC_OK;
	return vc_error_set(err, VC_ERR_SYNTAX, cursor(s), hint,
						"Unexpected \"%.*s\" at position %d.",
						vc_utf8_prefix(s->p, strlen(s->p), 40), s->p, cursor(s));
}

/* ---------------------------------------------------------------------
 * School years
 * ---------------------------------------------------------------------
 */

/* The end year after "2023-" or "2023/": two or four digits that follow first. */
static vc_status
parse_end_year(scanner *s, int64_t first, vc_error *err)
{
	const char *start = s->p;
	int64_t		second;
	int			ndigits = read_digits(s, &second);

	if (ndigits != 2 && ndigits != 4)
	{
		s->p = start;
		return expected(s, err, SCHOOLYEAR_HINT, "the end year as two or four digits");
	}
	if ((ndigits == 4 && second != first + 1) ||
		(ndigits == 2 && second != (first + 1) % 100))
	{
		s->p = start;
		return vc_error_set(err, VC_ERR_SYNTAX, cursor(s), SCHOOLYEAR_HINT,
							"A school year spans two consecutive years: %0*lld does not follow %04lld.",
							ndigits, (long long) second, (long long) first);
	}
	return VC_OK;
}

/* Parse "2023-2024", "2023/2024", "2023-24" or "2023/24" into 2023. */
vc_status
vc_schoolyear_parse(const char *text, int *sy, vc_error *err)
{
	scanner		s = {text, text};
	int64_t		first;
	int			ndigits;
	vc_status	rc;

	skip_spaces(&s);
	if ((ndigits = read_digits(&s, &first)) != 4)
	{
		s.p -= ndigits;
		return expected(&s, err, SCHOOLYEAR_HINT, "a four-digit start year");
	}
	if (*s.p != '-' && *s.p != '/')
		return expected(&s, err, SCHOOLYEAR_HINT, "\"-\" or \"/\" after the start year");
	s.p++;
	if ((rc = parse_end_year(&s, first, err)) != VC_OK ||
		(rc = expect_end(&s, err, SCHOOLYEAR_HINT)) != VC_OK)
		return rc;
	if (!vc_schoolyear_in_range(first))
		return vc_error_set(err, VC_ERR_RANGE, 1, NULL,
							"School years run from %d-%d to %d-%d.",
							VC_MIN_SCHOOLYEAR, VC_MIN_SCHOOLYEAR + 1,
							VC_MAX_SCHOOLYEAR, VC_MAX_SCHOOLYEAR + 1);
	*sy = (int) first;
	return VC_OK;
}

/* "2023-2024"; buf needs 10 bytes. */
void
vc_schoolyear_format(int sy, char *buf, size_t buflen)
{
	snprintf(buf, buflen, "%04d-%04d", sy, sy + 1);
}

/* ---------------------------------------------------------------------
 * ISO weeks
 * ---------------------------------------------------------------------
 */

/* Check year and week and turn them into the week's Monday. */
static vc_status
make_week(const scanner *s, int64_t year, int64_t week, vc_day *monday, vc_error *err)
{
	vc_status	rc;

	if (week < 1 || week > 53)
		return vc_error_set(err, VC_ERR_VALUE, cursor(s), "An ISO week is 1 to 53.",
							"Week %lld does not exist.", (long long) week);
	rc = vc_isoweek_make(year, week, monday);
	if (rc == VC_ERR_VALUE)
		return vc_error_set(err, VC_ERR_VALUE, cursor(s),
							"Only years whose 1 January or 31 December is a Thursday have week 53.",
							"ISO year %lld has %d weeks.", (long long) year,
							vc_isoweeks_in_year((int) year));
	if (rc == VC_ERR_RANGE)
		return vc_error_set(err, VC_ERR_RANGE, cursor(s), NULL,
							"ISO weeks must lie between %d-01-01 and %d-12-31.",
							VC_MIN_YEAR, VC_MAX_YEAR);
	return rc;
}

/* A week number of one or two digits at the cursor. */
static vc_status
read_week_number(scanner *s, int64_t *week, vc_error *err)
{
	int			ndigits = read_digits(s, week);

	if (ndigits >= 1 && ndigits <= 2)
		return VC_OK;
	s->p -= ndigits;
	return expected(s, err, ISOWEEK_HINT, "a week number of one or two digits");
}

/* "2023-W40" or "2023W40", after the year has been read. */
static vc_status
parse_week_after_year(scanner *s, int64_t year, vc_day *monday, vc_error *err)
{
	const char *week_at;
	int64_t		week;
	vc_status	rc;

	if (*s->p == '-')
		s->p++;
	if (*s->p != 'W' && *s->p != 'w')
		return expected(s, err, ISOWEEK_HINT, "\"W\" and a week number");
	s->p++;
	week_at = s->p;
	if ((rc = read_week_number(s, &week, err)) != VC_OK)
		return rc;
	if (*s->p == '-' && vc_ascii_isdigit((unsigned char) s->p[1]))
		return vc_error_set(err, VC_ERR_SYNTAX, cursor(s),
							"An ISO week has no day part; cast to date for a single day.",
							"\"%.*s\" names a day, not a week.",
							vc_utf8_prefix(s->text, strlen(s->text), 40), s->text);
	if ((rc = expect_end(s, err, ISOWEEK_HINT)) != VC_OK)
		return rc;
	s->p = week_at;
	return make_week(s, year, week, monday, err);
}

/* "uke 40 2023" or "week 40 2023", after the keyword. */
static vc_status
parse_week_then_year(scanner *s, vc_day *monday, vc_error *err)
{
	const char *week_at = s->p;
	const char *after_week,
			   *year_at;
	int64_t		week,
				year;
	vc_status	rc;

	if ((rc = read_week_number(s, &week, err)) != VC_OK)
		return rc;
	after_week = s->p;
	skip_spaces(s);
	year_at = s->p;
	if (year_at == after_week || read_digits(s, &year) != 4)
	{
		s->p = year_at;
		return expected(s, err, ISOWEEK_HINT, "a four-digit year after the week");
	}
	if ((rc = expect_end(s, err, ISOWEEK_HINT)) != VC_OK)
		return rc;
	s->p = week_at;
	return make_week(s, year, week, monday, err);
}

/* Parse an ISO week in any accepted form into the Monday that starts it. */
vc_status
vc_isoweek_parse(const char *text, vc_day *monday, vc_error *err)
{
	scanner		s = {text, text};
	int64_t		year;
	int			ndigits;

	skip_spaces(&s);
	if (accept_keyword(&s, "uke") || accept_keyword(&s, "week"))
		return parse_week_then_year(&s, monday, err);
	ndigits = read_digits(&s, &year);
	if (ndigits != 4)
	{
		s.p -= ndigits;
		return expected(&s, err, ISOWEEK_HINT, "a four-digit year or \"uke\"");
	}
	return parse_week_after_year(&s, year, monday, err);
}

/* "2023-W40"; buf needs 9 bytes. */
void
vc_isoweek_format(vc_day monday, char *buf, size_t buflen)
{
	int			year,
				week;

	vc_isoweek_of(monday, &year, &week);
	snprintf(buf, buflen, "%04d-W%02d", year, week);
}

/* ---------------------------------------------------------------------
 * ISO dates
 * ---------------------------------------------------------------------
 */

/*
 * An ISO 8601 calendar date of len bytes, exactly YYYY-MM-DD: the one
 * form that reads the same whatever a server's DateStyle, so that what
 * reads it can be IMMUTABLE.  VC_OK and *day; else err->detail holds the
 * text (cut at a character), with VC_ERR_SYNTAX for any other form (and
 * a hint), VC_ERR_VALUE for a day the month does not have (2023-02-29),
 * VC_ERR_RANGE for a year outside VC_MIN_YEAR .. VC_MAX_YEAR.
 */
vc_status
vc_iso_date_parse(const char *text, size_t len, vc_day *day, vc_error *err)
{
	static const char form[] = "dddd-dd-dd";
	int			v[3] = {0, 0, 0};
	int			field = 0;
	size_t		i;
	bool		ok = len == sizeof(form) - 1;

	for (i = 0; ok && i < len; i++)
	{
		if (form[i] == '-')
			ok = text[i] == '-' && ++field < 3;
		else if ((ok = vc_ascii_isdigit((unsigned char) text[i])))
			v[field] = v[field] * 10 + (text[i] - '0');
	}
	if (!ok)
		return vc_error_set(err, VC_ERR_SYNTAX, 0, ISODATE_HINT, "%.*s",
							vc_utf8_prefix(text, len, 60), text);
	if (!vc_year_in_range(v[0]))
		return vc_error_set(err, VC_ERR_RANGE, 0, NULL, "%.*s", (int) len, text);
	if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > vc_days_in_month(v[0], v[1]))
		return vc_error_set(err, VC_ERR_VALUE, 0, NULL, "%.*s", (int) len, text);
	*day = vc_day_from_ymd(v[0], v[1], v[2]);
	return VC_OK;
}
