/*
 * extension.c
 *	  What the extension knows of itself: whether its own install or update
 *	  script is running (extension_script_running, which keeps the "origin"
 *	  of the schedule's rows the extension's word), and the guard that
 *	  refuses DROP EXTENSION vigo_cal (or DROP OWNED BY its owner) without
 *	  CASCADE while the counties' delivery log or memberships hold rows
 *	  (extension_refuse_drop, an event trigger on ddl_command_start).
 */
#include "vc_pg.h"

#include "catalog/namespace.h"
#include "commands/event_trigger.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "nodes/parsenodes.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/acl.h"

/* vigo_cal.extension_script_running(): true inside vigo_cal's own script */
PG_FUNCTION_INFO_V1(vigo_cal_extension_script_running);
Datum
vigo_cal_extension_script_running(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(creating_extension &&
				   CurrentExtensionObject == get_extension_oid("vigo_cal", true));
}

/* Does a DROP EXTENSION statement name vigo_cal? */
static bool
drop_names_vigo_cal(DropStmt *stmt)
{
	ListCell   *lc;

	foreach(lc, stmt->objects)
	{
		if (strcmp(strVal(lfirst(lc)), "vigo_cal") == 0)
			return true;
	}
	return false;
}

/* Does a DROP OWNED statement name the role that owns vigo_cal? */
static bool
drop_owned_takes_vigo_cal(DropOwnedStmt *stmt)
{
	Oid			owner = InvalidOid;
	bool		isnull;
	ListCell   *lc;

	SPI_connect();
	if (SPI_execute("SELECT e.extowner FROM pg_catalog.pg_extension e WHERE e.extname = 'vigo_cal'",
					true, 1) == SPI_OK_SELECT && SPI_processed == 1)
		owner = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	SPI_finish();
	foreach(lc, stmt->roles)
	{
		if (OidIsValid(owner) && get_rolespec_oid(lfirst(lc), true) == owner)
			return true;
	}
	return false;
}

/* The rows of a table of schema vigo_cal (0 if it is not there). */
static int64
table_rows(const char *table)
{
	char		query[200];
	bool		isnull;
	Datum		d;

	snprintf(query, sizeof(query),
			 "SELECT pg_catalog.count(*) FROM vigo_cal.%s", table);
	if (!OidIsValid(get_relname_relid(table, get_namespace_oid("vigo_cal", true))))
		return 0;
	if (SPI_execute(query, true, 0) != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "could not count the rows of vigo_cal.%s", table);
	d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);
	return isnull ? 0 : DatumGetInt64(d);
}

/*
 * Event trigger on ddl_command_start, tags DROP EXTENSION and DROP OWNED: a
 * drop of vigo_cal without CASCADE (or of what its owner owns) is refused
 * while delivery_log or county_member holds a row (they are members of the
 * extension and would go with it).
 */
PG_FUNCTION_INFO_V1(vigo_cal_extension_refuse_drop);
Datum
vigo_cal_extension_refuse_drop(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;
	DropStmt   *stmt;
	DropOwnedStmt *owned;
	int64		deliveries;
	int64		members;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function vigo_cal.refuse_drop_with_deliveries() was not called by an event trigger")));
	trigdata = (EventTriggerData *) fcinfo->context;
	if (IsA(trigdata->parsetree, DropStmt))
	{
		stmt = (DropStmt *) trigdata->parsetree;
		if (stmt->removeType != OBJECT_EXTENSION || stmt->behavior == DROP_CASCADE ||
			!drop_names_vigo_cal(stmt))
			PG_RETURN_VOID();
	}
	else if (IsA(trigdata->parsetree, DropOwnedStmt))
	{
		/* DROP OWNED BY the extension's owner drops the extension too */
		owned = (DropOwnedStmt *) trigdata->parsetree;
		if (owned->behavior == DROP_CASCADE || !drop_owned_takes_vigo_cal(owned))
			PG_RETURN_VOID();
	}
	else
		PG_RETURN_VOID();

	SPI_connect();
	deliveries = table_rows("delivery_log");
	members = table_rows("county_member");
	SPI_finish();
	if (deliveries > 0 || members > 0)
		ereport(ERROR,
				(errcode(ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST),
				 errmsg("cannot drop extension vigo_cal while its tables hold the counties' delivery log and memberships"),
				 errdetail("Rows in vigo_cal.delivery_log: " INT64_FORMAT "; rows in vigo_cal.county_member: " INT64_FORMAT
						   "; they belong to the extension and would be dropped with it.",
						   deliveries, members),
				 errhint("Save them first (pg_dump --data-only -t vigo_cal.delivery_log -t vigo_cal.county_member), "
						 "then use DROP EXTENSION vigo_cal CASCADE; or delete the rows.")));
	PG_RETURN_VOID();
}
