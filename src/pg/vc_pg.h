/*
 * vc_pg.h
 *	  Shared declarations of the PostgreSQL glue around the calendar core.
 *
 * Entry points (PG_FUNCTION_INFO_V1) are named <type-or-topic>_<verb>:
 * schoolyear_in, isoweek_make, rule_resolve, holiday_list_year,
 * busday_add, template_render, words_month_name.  The helpers below,
 * shared by the glue files, are named the same way and are not exported
 * from the module.  The names of earlier releases live on in
 * legacy_symbols.c.
 */
#ifndef VC_PG_H
#define VC_PG_H

#include "postgres.h"

#include "fmgr.h"
#include "nodes/nodes.h"
#include "utils/date.h"
#if PG_VERSION_NUM >= 160000
#include "varatt.h"			/* VARDATA and friends, out of postgres.h from 16 */
#endif

#include "vc_calendar.h"

/*
 * Soft errors (errsave) arrived in PostgreSQL 16.  Before that an input
 * function can only throw, so errsave becomes a plain ereport(ERROR).
 */
#if PG_VERSION_NUM < 160000
#define errsave(context, ...) ereport(ERROR, __VA_ARGS__)
#endif

#if defined(__GNUC__)
#define VCPG_HIDDEN __attribute__((visibility("hidden")))
#else
#define VCPG_HIDDEN
#endif

/* Datum conversions for the two by-value types: both are int4 inside. */
#define PG_GETARG_SCHOOLYEAR(n) PG_GETARG_INT32(n)
#define PG_RETURN_SCHOOLYEAR(x) PG_RETURN_INT32(x)
#define PG_GETARG_ISOWEEK(n) ((vc_day) PG_GETARG_INT32(n))
#define PG_RETURN_ISOWEEK(x) PG_RETURN_INT32(x)

/* vigo_cal.c: errors and checked arguments */
extern VCPG_HIDDEN void input_error_report(Node *escontext, const char *type_name,
										   const char *input, const vc_error *err);
extern VCPG_HIDDEN int date_range_hint(void);
extern VCPG_HIDDEN vc_day day_from_date(DateADT d);
extern VCPG_HIDDEN int year_from_int(int64 year);

#endif							/* VC_PG_H */
