/*
 * parse.c
 *	  Text input and output of school years ("2023-2024") and ISO weeks
 *	  ("2023-W40").  Reentrant: all state lives in the caller's scanner and
 *	  error structs, and errors come back as a status plus position.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "vc_calendar.h"

static const char *const SCHOOLYEAR_HINT =
"Write a school year as 2023-2024, 2023/2024, 2023-24 or 2023/24.";
static const char *const ISOWEEK_HINT =
"Write an ISO week as 2023-W40, 2023W40, \"uke 40 2023\" or \"week 40 2023\".";

/* A cursor over the input text. */
typedef struct scanner
{
	const char *text;
	const char *p;
} scanner;

#if defined(__GNUC__)
#define VC_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define VC_PRINTF(f, a)
#endif

static void set_error(vc_error *err, vc_status status, const scanner *s,
					  const char *hint, const char *fmt,...) VC_PRINTF(5, 6);

/* Fill in err, its position taken from the scanner's cursor. */
static void
set_error(vc_error *err, vc_status status, const scanner *s,
		  const char *hint, const char *fmt,...)
{
	va_list		args;

	err->status = status;
	err->position = (int) (s->p - s->text) + 1;
	err->hint = hint;
	va_start(args, fmt);
	vsnprintf(err->detail, sizeof(err->detail), fmt, args);
	va_end(args);
}

static void
skip_spaces(scanner *s)
{
	while (*s->p && isspace((unsigned char) *s->p))
		s->p++;
}

/*
 * Read a run of digits: its value (capped, to stay clear of overflow) and
 * its length.  Returns the number of digits read.
 */
static int
read_digits(scanner *s, int64_t *value)
{
	int			n = 0;

	*value = 0;
	while (isdigit((unsigned char) *s->p))
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
		if (tolower((unsigned char) s->p[i]) != kw[i])
			return false;
	if (!isspace((unsigned char) s->p[len]))
		return false;
	s->p += len;
	skip_spaces(s);
	return true;
}

/* Report trailing text after a complete value, or succeed at the end. */
static bool
expect_end(scanner *s, vc_error *err, const char *hint)
{
	skip_spaces(s);
	if (*s->p == '\0')
		return true;
	set_error(err, VC_ERR_SYNTAX, s, hint, "Unexpected \"%.40s\" at position %d.",
			  s->p, (int) (s->p - s->text) + 1);
	return false;
}

/* ---------------------------------------------------------------------
 * School years
 * ---------------------------------------------------------------------
 */

/* Parse "2023-2024", "2023/2024", "2023-24" or "2023/24" into 2023. */
vc_status
vc_schoolyear_parse(const char *text, int *sy, vc_error *err)
{
	scanner		s = {text, text};
	const char *start;
	int64_t		first,
				second;
	int			ndigits;

	skip_spaces(&s);
	start = s.p;
	if (read_digits(&s, &first) != 4)
	{
		s.p = start;
		set_error(err, VC_ERR_SYNTAX, &s, SCHOOLYEAR_HINT,
				  "Expected a four-digit start year at position %d.",
				  (int) (start - text) + 1);
		return err->status;
	}
	if (*s.p != '-' && *s.p != '/')
	{
		set_error(err, VC_ERR_SYNTAX, &s, SCHOOLYEAR_HINT,
				  "Expected \"-\" or \"/\" after the start year at position %d.",
				  (int) (s.p - text) + 1);
		return err->status;
	}
	s.p++;
	start = s.p;
	ndigits = read_digits(&s, &second);
	if (ndigits != 2 && ndigits != 4)
	{
		s.p = start;
		set_error(err, VC_ERR_SYNTAX, &s, SCHOOLYEAR_HINT,
				  "Expected the end year as two or four digits at position %d.",
				  (int) (start - text) + 1);
		return err->status;
	}
	if ((ndigits == 4 && second != first + 1) ||
		(ndigits == 2 && second != (first + 1) % 100))
	{
		s.p = start;
		set_error(err, VC_ERR_SYNTAX, &s, SCHOOLYEAR_HINT,
				  "A school year spans two consecutive years: %0*lld does not follow %04lld.",
				  ndigits, (long long) second, (long long) first);
		return err->status;
	}
	if (!expect_end(&s, err, SCHOOLYEAR_HINT))
		return err->status;
	if (!vc_schoolyear_in_range(first))
	{
		s.p = text;
		set_error(err, VC_ERR_RANGE, &s, NULL,
				  "School years run from %d-%d to %d-%d.",
				  VC_MIN_SCHOOLYEAR, VC_MIN_SCHOOLYEAR + 1,
				  VC_MAX_SCHOOLYEAR, VC_MAX_SCHOOLYEAR + 1);
		return err->status;
	}
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
make_week(scanner *s, int64_t year, int64_t week, vc_day *monday, vc_error *err)
{
	vc_status	rc;

	if (week < 1 || week > 53)
	{
		set_error(err, VC_ERR_VALUE, s, "An ISO week is 1 to 53.",
				  "Week %lld does not exist.", (long long) week);
		return err->status;
	}
	rc = vc_isoweek_make(year, week, monday);
	if (rc == VC_ERR_VALUE)
		set_error(err, VC_ERR_VALUE, s, "Only years whose 1 January or 31 December is a Thursday have week 53.",
				  "ISO year %lld has %d weeks.", (long long) year,
				  vc_isoweeks_in_year((int) year));
	else if (rc == VC_ERR_RANGE)
		set_error(err, VC_ERR_RANGE, s, NULL,
				  "ISO weeks must lie between %d-01-01 and %d-12-31.",
				  VC_MIN_YEAR, VC_MAX_YEAR);
	return rc;
}

/* "2023-W40" or "2023W40", after the year has been read. */
static vc_status
parse_week_after_year(scanner *s, int64_t year, vc_day *monday, vc_error *err)
{
	const char *week_at;
	int64_t		week;
	int			ndigits;

	if (*s->p == '-')
		s->p++;
	if (*s->p != 'W' && *s->p != 'w')
	{
		set_error(err, VC_ERR_SYNTAX, s, ISOWEEK_HINT,
				  "Expected \"W\" and a week number at position %d.",
				  (int) (s->p - s->text) + 1);
		return err->status;
	}
	s->p++;
	week_at = s->p;
	ndigits = read_digits(s, &week);
	if (ndigits < 1 || ndigits > 2)
	{
		s->p = week_at;
		set_error(err, VC_ERR_SYNTAX, s, ISOWEEK_HINT,
				  "Expected a week number of one or two digits at position %d.",
				  (int) (week_at - s->text) + 1);
		return err->status;
	}
	if (*s->p == '-' && isdigit((unsigned char) s->p[1]))
	{
		set_error(err, VC_ERR_SYNTAX, s, "An ISO week has no day part; cast to date for a single day.",
				  "\"%.40s\" names a day, not a week.", s->text);
		return err->status;
	}
	if (!expect_end(s, err, ISOWEEK_HINT))
		return err->status;
	s->p = week_at;
	return make_week(s, year, week, monday, err);
}

/* "uke 40 2023" or "week 40 2023", after the keyword. */
static vc_status
parse_week_then_year(scanner *s, vc_day *monday, vc_error *err)
{
	const char *week_at = s->p;
	const char *year_at;
	int64_t		week,
				year;
	int			ndigits;

	ndigits = read_digits(s, &week);
	if (ndigits < 1 || ndigits > 2)
	{
		s->p = week_at;
		set_error(err, VC_ERR_SYNTAX, s, ISOWEEK_HINT,
				  "Expected a week number of one or two digits at position %d.",
				  (int) (week_at - s->text) + 1);
		return err->status;
	}
	skip_spaces(s);
	year_at = s->p;
	if (year_at == week_at + ndigits || read_digits(s, &year) != 4)
	{
		s->p = year_at;
		set_error(err, VC_ERR_SYNTAX, s, ISOWEEK_HINT,
				  "Expected a four-digit year after the week at position %d.",
				  (int) (year_at - s->text) + 1);
		return err->status;
	}
	if (!expect_end(s, err, ISOWEEK_HINT))
		return err->status;
	s->p = week_at;
	return make_week(s, year, week, monday, err);
}

/* Parse an ISO week in any accepted form into the Monday that starts it. */
vc_status
vc_isoweek_parse(const char *text, vc_day *monday, vc_error *err)
{
	scanner		s = {text, text};
	const char *start;
	int64_t		year;

	skip_spaces(&s);
	if (accept_keyword(&s, "uke") || accept_keyword(&s, "week"))
		return parse_week_then_year(&s, monday, err);

	start = s.p;
	if (read_digits(&s, &year) != 4)
	{
		s.p = start;
		set_error(err, VC_ERR_SYNTAX, &s, ISOWEEK_HINT,
				  "Expected a four-digit year or \"uke\" at position %d.",
				  (int) (start - text) + 1);
		return err->status;
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
