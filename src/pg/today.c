/*
 * today.c
 *	  "Today" in Norway, and the setting vigo_cal.today that stands in for
 *	  it: a custom setting whose check accepts a date as YYYY-MM-DD only
 *	  (vc_iso_date_parse), so that a wrong value is an error at SET time,
 *	  whatever DateStyle is, and not a broken view later.
 *
 *	  A value set before the module was loaded (SET in a session's first
 *	  statement, ALTER DATABASE ... SET, postgresql.conf) was kept by the
 *	  server as a placeholder and is checked when _PG_init defines the
 *	  setting.  A check that failed there would only warn and drop the
 *	  value, and today() would give the real day instead of the one asked
 *	  for; so such a value is kept, and today() reports it as an error.
 */
#include "vc_pg.h"

#include "access/parallel.h"
#include "access/xact.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/timestamp.h"

static char *today_setting = NULL;

/* true while _PG_init defines the setting (placeholder values arrive then) */
static bool today_defining = false;

static const char *const TODAY_HINT =
"vigo_cal.today takes a date as YYYY-MM-DD (e.g. 2026-11-25) whatever DateStyle is, "
"or nothing for the real day; use SET LOCAL, so that the day ends with the transaction.";

/* The SQLSTATE of a core error in a date: 22007 for the form, 22008 for the day. */
static int
today_errcode(const vc_error *err)
{
	return err->status == VC_ERR_SYNTAX ? ERRCODE_INVALID_DATETIME_FORMAT
		: ERRCODE_DATETIME_VALUE_OUT_OF_RANGE;
}

/* What is wrong with the value, by the core's status. */
static const char *
today_detail(const vc_error *err)
{
	switch (err->status)
	{
		case VC_ERR_SYNTAX:
			return "It is not a date written YYYY-MM-DD.";
		case VC_ERR_VALUE:
			return "The month has no such day.";
		default:
			return "vigo_cal works with dates from 1583-01-01 to 9999-12-31.";
	}
}

/* The check of SET vigo_cal.today: empty, or a date as YYYY-MM-DD. */
static bool
today_check(char **newval, void **extra, GucSource source)
{
	vc_day		day;
	vc_error	err;

	if (*newval == NULL || (*newval)[0] == '\0' ||
		vc_iso_date_parse(*newval, strlen(*newval), &day, &err) == VC_OK)
		return true;
	/* a placeholder's value, or the leader's restored in a worker: today() says */
	if (today_defining || IsParallelWorker())
		return true;
	GUC_check_errcode(today_errcode(&err));
	GUC_check_errdetail("%s", today_detail(&err));
	GUC_check_errhint("%s", TODAY_HINT);
	return false;
}

/* Define vigo_cal.today; called once, from _PG_init. */
void
today_define_setting(void)
{
	today_defining = true;
	PG_TRY();
	{
		DefineCustomStringVariable("vigo_cal.today",
								   "The day vigo_cal.today() gives instead of today in Norway (YYYY-MM-DD; empty: the real day).",
								   "Set it with SET LOCAL for a report or a test as of a day.",
								   &today_setting,
								   "",
								   PGC_USERSET,
								   0,
								   today_check,
								   NULL,
								   NULL);
	}
	PG_FINALLY();
	{
		today_defining = false;
	}
	PG_END_TRY();
#if PG_VERSION_NUM >= 150000
	MarkGUCPrefixReserved("vigo_cal");
#else
	EmitWarningsOnPlaceholders("vigo_cal");
#endif
}

/*
 * vigo_cal.today(): the day vigo_cal.today names, else the Europe/Oslo
 * date of the transaction's start (now()), whatever the session's TimeZone.
 */
PG_FUNCTION_INFO_V1(vigo_cal_today);
Datum
vigo_cal_today(PG_FUNCTION_ARGS)
{
	Datum		local;

	if (today_setting != NULL && today_setting[0] != '\0')
	{
		vc_day		day;
		vc_error	err;

		if (vc_iso_date_parse(today_setting, strlen(today_setting), &day, &err) != VC_OK)
			ereport(ERROR,
					errcode(today_errcode(&err)),
					errmsg("invalid value for parameter \"vigo_cal.today\": \"%s\"",
						   today_setting),
					errdetail("%s", today_detail(&err)),
					errhint("%s", TODAY_HINT));
		PG_RETURN_DATEADT((DateADT) day);
	}
	local = DirectFunctionCall2(timestamptz_zone,
								CStringGetTextDatum("Europe/Oslo"),
								TimestampTzGetDatum(GetCurrentTransactionStartTimestamp()));
	return DirectFunctionCall1(timestamp_date, local);
}
