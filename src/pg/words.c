/*
 * words.c
 *	  The words of the calendar in SQL (src/sql/15_words.sql): month and
 *	  weekday names, the date labels of the årshjul, and the names of the
 *	  school holidays, all from the core's words.c.  These work on any
 *	  finite date (they name it, they do not compute with it); an infinite
 *	  date has no name, and gives NULL.
 */
#include "vc_pg.h"

#include "utils/builtins.h"

/* A word of the core as text, NULL for none. */
static Datum
word_datum(FunctionCallInfo fcinfo, const char *word)
{
	if (word == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(word));
}

/* month_name(month int [, abbreviated bool]): juli, jul; NULL outside 1-12. */
PG_FUNCTION_INFO_V1(vigo_cal_words_month_name);
Datum
vigo_cal_words_month_name(PG_FUNCTION_ARGS)
{
	bool		abbreviated = PG_NARGS() > 1 && PG_GETARG_BOOL(1);

	return word_datum(fcinfo, vc_month_name(PG_GETARG_INT32(0), abbreviated));
}

/* weekday_name(isodow int, abbreviated bool): tirsdag, tir; NULL outside 1-7. */
PG_FUNCTION_INFO_V1(vigo_cal_words_weekday_name);
Datum
vigo_cal_words_weekday_name(PG_FUNCTION_ARGS)
{
	return word_datum(fcinfo, vc_weekday_name(PG_GETARG_INT32(0), PG_GETARG_BOOL(1)));
}

/* weekday_name(date): the name of the day's weekday. */
PG_FUNCTION_INFO_V1(vigo_cal_words_weekday_of_date);
Datum
vigo_cal_words_weekday_of_date(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);

	if (DATE_NOT_FINITE(d))
		PG_RETURN_NULL();
	return word_datum(fcinfo, vc_weekday_name(vc_isodow(d), false));
}

/* A date label of the core as text: the short one, or the long one with or without the year. */
static Datum
label_datum(FunctionCallInfo fcinfo, DateADT d, bool long_form, bool with_year)
{
	char		label[VC_LABEL_SIZE];

	if (DATE_NOT_FINITE(d))
		PG_RETURN_NULL();
	if (long_form)
		vc_long_date_label(d, with_year, label, sizeof(label));
	else
		vc_date_label(d, label, sizeof(label));
	PG_RETURN_TEXT_P(cstring_to_text(label));
}

/* date_label(date): the short label of the printed årshjul, 15.jul. */
PG_FUNCTION_INFO_V1(vigo_cal_words_date_label);
Datum
vigo_cal_words_date_label(PG_FUNCTION_ARGS)
{
	return label_datum(fcinfo, PG_GETARG_DATEADT(0), false, false);
}

/* norwegian_date(date, with_year bool): 07. september, 17. juli 2023. */
PG_FUNCTION_INFO_V1(vigo_cal_words_long_date);
Datum
vigo_cal_words_long_date(PG_FUNCTION_ARGS)
{
	return label_datum(fcinfo, PG_GETARG_DATEADT(0), true, PG_GETARG_BOOL(1));
}

/* holiday_label(kind text): Høstferie for hostferie, Skolefri for a kind without a name. */
PG_FUNCTION_INFO_V1(vigo_cal_words_school_holiday_label);
Datum
vigo_cal_words_school_holiday_label(PG_FUNCTION_ARGS)
{
	text	   *kind = PG_GETARG_TEXT_PP(0);

	return word_datum(fcinfo, vc_school_holiday_label(VARDATA_ANY(kind),
													  VARSIZE_ANY_EXHDR(kind)));
}
