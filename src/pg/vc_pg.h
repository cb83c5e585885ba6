/*
 * vc_pg.h
 *	  Shared declarations of the PostgreSQL glue around the calendar core.
 */
#ifndef VC_PG_H
#define VC_PG_H

#include "postgres.h"

#include "fmgr.h"
#include "nodes/nodes.h"
#include "utils/date.h"

#include "vc_calendar.h"

/*
 * Soft errors (errsave) arrived in PostgreSQL 16.  Before that an input
 * function can only throw, so errsave becomes a plain ereport(ERROR).
 */
#if PG_VERSION_NUM < 160000
#define errsave(context, ...) ereport(ERROR, __VA_ARGS__)
#endif

/* Datum conversions for the two by-value types: both are int4 inside. */
#define PG_GETARG_SCHOOLYEAR(n) PG_GETARG_INT32(n)
#define PG_RETURN_SCHOOLYEAR(x) PG_RETURN_INT32(x)
#define PG_GETARG_ISOWEEK(n) ((vc_day) PG_GETARG_INT32(n))
#define PG_RETURN_ISOWEEK(x) PG_RETURN_INT32(x)

extern void vcpg_input_error(Node *escontext, const char *type_name,
							 const char *input, const vc_error *err);
extern vc_day vcpg_checked_day(DateADT d);
extern void vcpg_check_result_day(int64 d, const char *what);
extern int	vcpg_checked_year(int64 year);

#endif							/* VC_PG_H */
