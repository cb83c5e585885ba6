/*
 * test_text.c
 *	  Unit tests of the text forms of school years and ISO weeks
 *	  (src/core/textform.c) and of templates (src/core/template.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

static void
check_sy(const char *text, vc_status want, int want_sy)
{
	vc_error	err;
	int			sy = -1;
	vc_status	rc = vc_schoolyear_parse(text, &sy, &err);

	CHECK(rc == want && (rc != VC_OK || sy == want_sy),
		  "schoolyear \"%s\": got status %d (%d), want %d (%d)%s%s",
		  text, rc, sy, want, want_sy, rc ? ": " : "", rc ? err.detail : "");
}

static void
check_week(const char *text, vc_status want, int want_year, int want_week)
{
	vc_error	err;
	vc_day		monday = 0;
	vc_status	rc = vc_isoweek_parse(text, &monday, &err);
	int			y = 0,
				w = 0;

	if (rc == VC_OK)
		vc_isoweek_of(monday, &y, &w);
	CHECK(rc == want && (rc != VC_OK || (y == want_year && w == want_week &&
										 vc_isodow(monday) == 1)),
		  "isoweek \"%s\": got status %d (%d-W%02d), want %d", text, rc, y, w, want);
}

/* School years and ISO weeks as text: every accepted form, errors and their positions. */
void
test_text_forms(void)
{
	char		buf[32];
	vc_error	err;
	int			sy;

	check_sy("2023-2024", VC_OK, 2023);
	check_sy("2023/2024", VC_OK, 2023);
	check_sy("2023/24", VC_OK, 2023);
	check_sy(" 2023-24 ", VC_OK, 2023);
	check_sy("2099-00", VC_OK, 2099);
	check_sy("9998-9999", VC_OK, 9998);
	check_sy("2023-2025", VC_ERR_SYNTAX, 0);
	check_sy("2023-25", VC_ERR_SYNTAX, 0);
	check_sy("2023", VC_ERR_SYNTAX, 0);
	check_sy("", VC_ERR_SYNTAX, 0);
	check_sy("0-1", VC_ERR_SYNTAX, 0);
	check_sy("2023-2024x", VC_ERR_SYNTAX, 0);
	check_sy("1582-1583", VC_ERR_RANGE, 0);
	check_sy("9999-10000", VC_ERR_SYNTAX, 0);
	check_sy("99999999999999999999-1", VC_ERR_SYNTAX, 0);
	vc_schoolyear_parse("2023-2024 x", &sy, &err);
	CHECK(err.position == 11, "trailing junk position: %d", err.position);

	check_week("2023-W40", VC_OK, 2023, 40);
	check_week("2023w40", VC_OK, 2023, 40);
	check_week("uke 40 2023", VC_OK, 2023, 40);
	check_week("Week 1 2021", VC_OK, 2021, 1);
	check_week("UKE  53   2026", VC_OK, 2026, 53);
	check_week("2020-W53", VC_OK, 2020, 53);
	check_week("2023-W53", VC_ERR_VALUE, 0, 0);
	check_week("2023-W54", VC_ERR_VALUE, 0, 0);
	check_week("2023-W00", VC_ERR_VALUE, 0, 0);
	check_week("2023-W40-1", VC_ERR_SYNTAX, 0, 0);
	check_week("2023-W400", VC_ERR_SYNTAX, 0, 0);
	check_week("uke 40", VC_ERR_SYNTAX, 0, 0);
	check_week("uke402023", VC_ERR_SYNTAX, 0, 0);
	check_week("", VC_ERR_SYNTAX, 0, 0);
	check_week("1582-W52", VC_ERR_RANGE, 0, 0);

	vc_schoolyear_format(2023, buf, sizeof(buf));
	CHECK(strcmp(buf, "2023-2024") == 0, "format schoolyear: %s", buf);
	vc_isoweek_format(D(2021, 1, 4), buf, sizeof(buf));
	CHECK(strcmp(buf, "2021-W01") == 0, "format isoweek: %s", buf);
}

/* ISO dates: YYYY-MM-DD and nothing else, whatever a DateStyle would read. */
static void
check_iso_date(const char *text, vc_status want, vc_day want_day)
{
	vc_day		day = 0;
	vc_error	err;
	vc_status	rc = vc_iso_date_parse(text, strlen(text), &day, &err);

	CHECK(rc == want && (rc != VC_OK || day == want_day),
		  "ISO date \"%s\": status %d, want %d", text, rc, want);
}

void
test_iso_dates(void)
{
	vc_day		day;
	vc_error	err;

	check_iso_date("2024-07-15", VC_OK, D(2024, 7, 15));
	check_iso_date("2024-02-29", VC_OK, D(2024, 2, 29));
	check_iso_date("1583-01-01", VC_OK, D(1583, 1, 1));
	check_iso_date("9999-12-31", VC_OK, D(9999, 12, 31));
	check_iso_date("01/02/2024", VC_ERR_SYNTAX, 0);
	check_iso_date("02.01.2024", VC_ERR_SYNTAX, 0);
	check_iso_date("2024-7-15", VC_ERR_SYNTAX, 0);
	check_iso_date("20240715", VC_ERR_SYNTAX, 0);
	check_iso_date("2024-07-15 ", VC_ERR_SYNTAX, 0);
	check_iso_date(" 2024-07-15", VC_ERR_SYNTAX, 0);
	check_iso_date("2024-07-15T00:00", VC_ERR_SYNTAX, 0);
	check_iso_date("2024/07/15", VC_ERR_SYNTAX, 0);
	check_iso_date("2024-07--1", VC_ERR_SYNTAX, 0);
	check_iso_date("+024-07-15", VC_ERR_SYNTAX, 0);
	check_iso_date("today", VC_ERR_SYNTAX, 0);
	check_iso_date("infinity", VC_ERR_SYNTAX, 0);
	check_iso_date("", VC_ERR_SYNTAX, 0);
	check_iso_date("2023-02-29", VC_ERR_VALUE, 0);
	check_iso_date("2024-13-01", VC_ERR_VALUE, 0);
	check_iso_date("2024-00-10", VC_ERR_VALUE, 0);
	check_iso_date("2024-04-31", VC_ERR_VALUE, 0);
	check_iso_date("2024-04-00", VC_ERR_VALUE, 0);
	check_iso_date("0001-01-01", VC_ERR_RANGE, 0);
	check_iso_date("1582-12-31", VC_ERR_RANGE, 0);
	/* only len bytes are read: a date followed by more text in the buffer */
	CHECK(vc_iso_date_parse("2024-07-15xyz", 10, &day, &err) == VC_OK && day == D(2024, 7, 15),
		  "ISO date of the first 10 bytes");
	CHECK(vc_iso_date_parse("01/02/2024", 10, &day, &err) == VC_ERR_SYNTAX &&
		  strcmp(err.detail, "01/02/2024") == 0 && err.hint != NULL,
		  "an ISO date error quotes the text and hints at the form: \"%s\"", err.detail);
}

/*
 * Keys of the template tests: self has a date, county_deadline none;
 * other@sy+1 is a date of the next school year, other@sy-1 has none.
 */
static vc_status
test_lookup(const char *key, size_t len, void *ctx, vc_day *day)
{
	(void) ctx;
	if (len == 4 && strncmp(key, "self", 4) == 0)
	{
		*day = D(2023, 11, 3);
		return VC_OK;
	}
	if (len == 10 && strncmp(key, "other@sy+1", 10) == 0)
	{
		*day = D(2024, 9, 25);
		return VC_OK;
	}
	if (len == 10 && strncmp(key, "other@sy-1", 10) == 0)
		return VC_ERR_VALUE;
	if (len == 15 && strncmp(key, "county_deadline", 15) == 0)
		return VC_ERR_VALUE;
	return VC_ERR_UNKNOWN_KEY;
}

static void
check_template(const char *tmpl, vc_status want, const char *want_text)
{
	char		out[512];
	vc_error	err;
	vc_status	rc = vc_template_render(tmpl, 2023, test_lookup, NULL, out, sizeof(out), &err);

	CHECK(rc == want && (rc != VC_OK || strcmp(out, want_text) == 0),
		  "template \"%s\": status %d, \"%s\"; want %d, \"%s\"", tmpl, rc,
		  rc == VC_OK ? out : err.detail, want, want_text);
	if (rc != VC_OK && want_text != NULL)
		CHECK(strcmp(err.detail, want_text) == 0, "template \"%s\": detail \"%s\", want \"%s\"",
			  tmpl, err.detail, want_text);
}

/* Templates: years, dates with offsets, keys without dates, errors, a small buffer. */
void
test_templates(void)
{
	char		small[8];
	vc_error	err;

	check_template("skoleåret {sy}, {sy-1} og {sy+1}", VC_OK,
				   "skoleåret 2023-2024, 2022-2023 og 2024-2025");
	check_template("høsten {y}, våren {y+1}", VC_OK, "høsten 2023, våren 2024");
	check_template("Data i VIGO senest {date:self + 2 virkedager}", VC_OK,
				   "Data i VIGO senest 07. november");
	check_template("{date:self} {datey:self} {day:self}", VC_OK, "03. november 03. november 2023 03");
	check_template("Frist {date:county_deadline}", VC_OK, "Frist (ingen dato 2023-2024)");
	check_template("{{sy}} og {{", VC_OK, "{sy}} og {");
	check_template("ingen plassholdere } her", VC_OK, "ingen plassholdere } her");
	check_template("Se {date:ukjent}", VC_ERR_UNKNOWN_KEY, "ukjent");
	check_template("Se {dato:self}", VC_ERR_SYNTAX, "{dato:self}");
	check_template("Se {date:self + 2 epler}", VC_ERR_SYNTAX, "{date:self + 2 epler}");
	check_template("Se {y+1234}", VC_ERR_SYNTAX, "{y+1234}");
	check_template("Se {date:self", VC_ERR_SYNTAX, "{date:self");
	check_template("Se også {date:other@sy+1}, {date:other@sy+1 + 1 virkedag}.", VC_OK,
				   "Se også 25. september, 26. september.");
	check_template("Se {date:other@sy-1}", VC_OK, "Se (ingen dato 2022-2023)");
	check_template("Se {date:other@sy+0}", VC_ERR_UNKNOWN_KEY, "other");
	check_template("Se {date:other@sy+12}", VC_ERR_UNKNOWN_KEY, "other");
	check_template("Se {date:self@sy+1}", VC_ERR_UNKNOWN_KEY, "self@sy+1");
	CHECK(vc_template_render("skoleåret {sy}", 2023, test_lookup, NULL, small, sizeof(small), &err)
		  == VC_ERR_RANGE, "a too small buffer is an error, not an overflow");
	/* positions count characters, as the other parsers do: å is one */
	CHECK(vc_template_render("på {dato:self}", 2023, test_lookup, NULL, small, sizeof(small), &err)
		  == VC_ERR_SYNTAX && err.position == 4,
		  "template error position after a multibyte letter: %d, want 4", err.position);
}
