/*
 * planner.c
 *	  What the planner learns about "a day in a period": d <@ schoolyear,
 *	  schoolyear @> d, and the same for isoweek.  A period is the days
 *	  first .. last, so the containment is d >= first AND d <= last, and
 *	  that is what the planner is told, three ways:
 *
 *	  - simplification (SupportRequestSimplify): with a constant period the
 *		call becomes the two comparisons, which a btree index on d answers
 *		and which are estimated as a range from d's histogram;
 *	  - index conditions (SupportRequestIndexCondition): with a period
 *		known only when the scan starts (a parameter, a STABLE function, a
 *		column of the outer side of a join), an index on d whose operator
 *		family holds date's >= and <= (btree, BRIN minmax) is scanned from
 *		first_day(period) to last_day(period);
 *	  - selectivity (the operators' restriction estimator, and
 *		SupportRequestSelectivity for a call such as contains(sy, d)): that
 *		of the two comparisons together, as PostgreSQL estimates a BETWEEN.
 *
 *	  The period's days come from the core (constants) or from the SQL
 *	  functions first_day, last_day and monday of the extension's schema.
 */
#include "vc_pg.h"

#include "access/stratnum.h"
#include "catalog/pg_type.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/supportnodes.h"
#include "optimizer/optimizer.h"
#include "parser/parse_func.h"
#include "parser/parse_oper.h"
#include "utils/lsyscache.h"
#include "utils/selfuncs.h"
#include "utils/typcache.h"

/* What the planner needs to know of a period type. */
typedef struct period_type
{
	const char *first_fn;		/* SQL function: the period's first day */
	const char *last_fn;		/* SQL function: its last day, or NULL ... */
	int			last_after_first;	/* ... and then first + this many days */
	void		(*bounds) (int32 value, vc_day *first, vc_day *last);
} period_type;

static void
schoolyear_bounds(int32 sy, vc_day *first, vc_day *last)
{
	*first = vc_schoolyear_first_day(sy);
	*last = vc_schoolyear_last_day(sy);
}

static void
isoweek_bounds(int32 monday, vc_day *first, vc_day *last)
{
	*first = monday;
	*last = vc_isoweek_sunday(monday);
}

static const period_type schoolyear_period = {"first_day", "last_day", 0, schoolyear_bounds};
static const period_type isoweek_period = {"monday", NULL, 6, isoweek_bounds};

/*
 * The date argument and the period argument of contains(period, date) or
 * contained_by(date, period); false if the call is not one of them.
 */
static bool
split_args(List *args, Node **day, Node **period)
{
	if (list_length(args) != 2)
		return false;
	if (exprType(linitial(args)) == DATEOID)
	{
		*day = linitial(args);
		*period = lsecond(args);
	}
	else
	{
		*day = lsecond(args);
		*period = linitial(args);
	}
	return exprType(*day) == DATEOID;
}

/* The SQL function name(period type) in the schema of function funcid. */
static Oid
bound_function(Oid funcid, const char *name, Oid period_typid)
{
	char	   *nsp = get_namespace_name(get_func_namespace(funcid));

	return LookupFuncName(list_make2(makeString(nsp), makeString(pstrdup(name))),
						  1, &period_typid, false);
}

static Node *
date_const(vc_day d)
{
	return (Node *) makeConst(DATEOID, -1, InvalidOid, sizeof(DateADT),
							  DateADTGetDatum((DateADT) d), false, true);
}

/* The period's first and last day: constants, or calls on the period. */
static void
bound_exprs(const period_type *pt, Oid funcid, Node *period, Node **first, Node **last)
{
	Oid			typid = exprType(period);

	if (IsA(period, Const))
	{
		vc_day		f,
					l;

		pt->bounds(DatumGetInt32(((Const *) period)->constvalue), &f, &l);
		*first = date_const(f);
		*last = date_const(l);
		return;
	}
	*first = (Node *) makeFuncExpr(bound_function(funcid, pt->first_fn, typid), DATEOID,
								   list_make1(copyObject(period)),
								   InvalidOid, InvalidOid, COERCE_EXPLICIT_CALL);
	if (pt->last_fn)
		*last = (Node *) makeFuncExpr(bound_function(funcid, pt->last_fn, typid), DATEOID,
									  list_make1(copyObject(period)),
									  InvalidOid, InvalidOid, COERCE_EXPLICIT_CALL);
	else
	{
		/* first + n, with PostgreSQL's date + integer */
		Oid			date_pl_int = LookupOperName(NULL, list_make2(makeString("pg_catalog"),
																  makeString("+")),
												 DATEOID, INT4OID, false, -1);

		*last = (Node *) make_opclause(date_pl_int, DATEOID, false, (Expr *) copyObject(*first),
									   (Expr *) makeConst(INT4OID, -1, InvalidOid, sizeof(int32),
														  Int32GetDatum(pt->last_after_first),
														  false, true),
									   InvalidOid, InvalidOid);
	}
}

/* PostgreSQL's date >= date and date <= date, from date's btree family. */
static void
date_ge_le(Oid *ge, Oid *le)
{
	Oid			opfamily = lookup_type_cache(DATEOID, TYPECACHE_BTREE_OPFAMILY)->btree_opf;

	*ge = get_opfamily_member(opfamily, DATEOID, DATEOID, BTGreaterEqualStrategyNumber);
	*le = get_opfamily_member(opfamily, DATEOID, DATEOID, BTLessEqualStrategyNumber);
}

/*
 * day >= first, day <= last.  The period must not be a NULL constant.
 * index_opfamily, if valid, must hold both operators (it is the operator
 * family of an index on the day); else NIL.
 */
static List *
period_clauses(const period_type *pt, Oid funcid, Node *day, Node *period, Oid index_opfamily)
{
	Oid			ge,
				le;
	Node	   *first,
			   *last;

	date_ge_le(&ge, &le);
	if (!OidIsValid(ge) || !OidIsValid(le))
		return NIL;
	if (OidIsValid(index_opfamily) &&
		!(op_in_opfamily(ge, index_opfamily) && op_in_opfamily(le, index_opfamily)))
		return NIL;
	bound_exprs(pt, funcid, period, &first, &last);
	return list_make2(make_opclause(ge, BOOLOID, false, (Expr *) copyObject(day),
									(Expr *) first, InvalidOid, InvalidOid),
					  make_opclause(le, BOOLOID, false, (Expr *) copyObject(day),
									(Expr *) last, InvalidOid, InvalidOid));
}

static bool
is_null_const(Node *n)
{
	return IsA(n, Const) && ((Const *) n)->constisnull;
}

/* A constant period: the call becomes day >= first AND day <= last. */
static Node *
period_simplify(const period_type *pt, SupportRequestSimplify *req)
{
	Node	   *day,
			   *period;
	List	   *clauses;

	if (!split_args(req->fcall->args, &day, &period) || !IsA(period, Const))
		return NULL;
	if (((Const *) period)->constisnull)
		return (Node *) makeBoolConst(false, true);		/* strict: NULL */
	/* the day is used twice: it must give the same value both times */
	if (contain_volatile_functions(day))
		return NULL;
	clauses = period_clauses(pt, req->fcall->funcid, day, period, InvalidOid);
	return clauses ? (Node *) make_andclause(clauses) : NULL;
}

/* An index on the day: scan it from the period's first to its last day. */
static List *
period_index_condition(const period_type *pt, SupportRequestIndexCondition *req)
{
	List	   *args;
	Node	   *day,
			   *period;
	List	   *clauses;

	if (IsA(req->node, OpExpr))
		args = ((OpExpr *) req->node)->args;
	else if (IsA(req->node, FuncExpr))
		args = ((FuncExpr *) req->node)->args;
	else
		return NIL;
	if (!split_args(args, &day, &period) || list_nth(args, req->indexarg) != day)
		return NIL;
	if (is_null_const(period) || !is_pseudo_constant_for_index(req->root, period, req->index))
		return NIL;
	clauses = period_clauses(pt, req->funcid, day, period, req->opfamily);
	if (clauses != NIL)
		req->lossy = false;		/* the two comparisons are the containment */
	return clauses;
}

/*
 * The share of rows that contains/contained_by(args) keeps (funcid is
 * either function): that of the two comparisons together.
 */
static Selectivity
period_selectivity(const period_type *pt, PlannerInfo *root, Oid funcid, List *args,
				   int varRelid)
{
	Node	   *day,
			   *period;
	List	   *clauses;
	Selectivity s;

	if (!split_args(args, &day, &period))
		return DEFAULT_RANGE_INEQ_SEL;
	if (is_null_const(period))
		return 0.0;
	clauses = period_clauses(pt, funcid, day, period, InvalidOid);
	if (clauses == NIL)
		return DEFAULT_RANGE_INEQ_SEL;
	s = clauselist_selectivity(root, clauses, varRelid, JOIN_INNER, NULL);
	CLAMP_PROBABILITY(s);
	return s;
}

static Node *
period_support(const period_type *pt, Node *rawreq)
{
	if (IsA(rawreq, SupportRequestSimplify))
		return period_simplify(pt, (SupportRequestSimplify *) rawreq);
	if (IsA(rawreq, SupportRequestIndexCondition))
		return (Node *) period_index_condition(pt, (SupportRequestIndexCondition *) rawreq);
	if (IsA(rawreq, SupportRequestSelectivity))
	{
		/* the function called as a function, contains(sy, d), in a WHERE */
		SupportRequestSelectivity *req = (SupportRequestSelectivity *) rawreq;

		if (req->is_join)
			return NULL;
		req->selectivity = period_selectivity(pt, req->root, req->funcid, req->args,
											  req->varRelid);
		return (Node *) req;
	}
	return NULL;
}

/* Planner support of contains(schoolyear, date) and contained_by(date, schoolyear). */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_support);
Datum
vigo_cal_schoolyear_support(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(period_support(&schoolyear_period, (Node *) PG_GETARG_POINTER(0)));
}

/* Planner support of contains(isoweek, date) and contained_by(date, isoweek). */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_support);
Datum
vigo_cal_isoweek_support(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(period_support(&isoweek_period, (Node *) PG_GETARG_POINTER(0)));
}

/* Restriction estimator of date <@ schoolyear and schoolyear @> date. */
PG_FUNCTION_INFO_V1(vigo_cal_schoolyear_contsel);
Datum
vigo_cal_schoolyear_contsel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(period_selectivity(&schoolyear_period, (PlannerInfo *) PG_GETARG_POINTER(0),
										get_opcode(PG_GETARG_OID(1)),
										(List *) PG_GETARG_POINTER(2), PG_GETARG_INT32(3)));
}

/* Restriction estimator of date <@ isoweek and isoweek @> date. */
PG_FUNCTION_INFO_V1(vigo_cal_isoweek_contsel);
Datum
vigo_cal_isoweek_contsel(PG_FUNCTION_ARGS)
{
	PG_RETURN_FLOAT8(period_selectivity(&isoweek_period, (PlannerInfo *) PG_GETARG_POINTER(0),
										get_opcode(PG_GETARG_OID(1)),
										(List *) PG_GETARG_POINTER(2), PG_GETARG_INT32(3)));
}
