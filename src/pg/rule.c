/*
 * rule.c
 *	  The rule type: a recurring date of the årshjul.  Stored as the core's
 *	  binary form (a format-version byte first) in a varlena; equal rules
 *	  have equal bytes, so comparison and hashing work on the bytes.
 */
#include "vc_pg.h"

#include "access/hash.h"
#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#define PG_GETARG_RULE_P(n) PG_GETARG_BYTEA_PP(n)

/* A rule datum holding the binary form of rule. */
static bytea *
rule_to_datum(const vc_rule *rule)
{
	uint8		buf[VC_RULE_MAX_BINARY];
	size_t		len = vc_rule_serialize(rule, buf);
	bytea	   *result = palloc(VARHDRSZ + len);

	SET_VARSIZE(result, VARHDRSZ + len);
	memcpy(VARDATA(result), buf, len);
	return result;
}

/* The detail of an unknown format version: the versions this code reads. */
static int
format_versions_detail(void)
{
	return errdetail("This version of vigo_cal reads binary format versions up to %d.",
					 VC_RULE_FORMAT_VERSION);
}

/*
 * The rule in a stored datum, of any binary format version ever written.
 * A version this code does not read was written by a newer vigo_cal.
 */
static void
rule_from_datum(bytea *datum, vc_rule *rule)
{
	const uint8 *bytes = (const uint8 *) VARDATA_ANY(datum);
	vc_status	rc = vc_rule_unpack(bytes, VARSIZE_ANY_EXHDR(datum), rule);

	if (rc == VC_ERR_VERSION)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("unsupported binary format version %d in a stored value of type rule",
					   bytes[0]),
				format_versions_detail(),
				errhint("Install the version of vigo_cal that wrote the value."));
	if (rc != VC_OK)
		ereport(ERROR,
				errcode(ERRCODE_DATA_CORRUPTED),
				errmsg("invalid stored value of type rule"));
}

/*
 * The bytes of a stored rule in the current binary format, for comparison
 * and hashing: the datum's own bytes when it is in that format (every
 * value, until the format changes), else the rule read in its format and
 * written in the current one into buf (VC_RULE_MAX_BINARY bytes), so that
 * equal rules have equal bytes whichever version wrote them.
 */
static const uint8 *
rule_bytes(bytea *datum, uint8 *buf, size_t *len)
{
	const uint8 *bytes = (const uint8 *) VARDATA_ANY(datum);
	vc_rule		rule;

	*len = VARSIZE_ANY_EXHDR(datum);
	if (*len > 0 && bytes[0] == VC_RULE_FORMAT_VERSION)
		return bytes;
	rule_from_datum(datum, &rule);
	*len = vc_rule_serialize(&rule, buf);
	return buf;
}

/* rule_in(cstring) */
PG_FUNCTION_INFO_V1(vigo_cal_rule_in);
Datum
vigo_cal_rule_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	vc_rule		rule;
	vc_error	err;

	if (vc_rule_parse(str, &rule, &err) != VC_OK)
	{
		input_error_report(fcinfo->context, "rule", str, &err);
		PG_RETURN_DATUM((Datum) 0);
	}
	PG_RETURN_BYTEA_P(rule_to_datum(&rule));
}

/* rule_out(rule): the canonical Norwegian text. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_out);
Datum
vigo_cal_rule_out(PG_FUNCTION_ARGS)
{
	vc_rule		rule;
	char	   *buf = palloc(VC_RULE_MAX_TEXT);

	rule_from_datum(PG_GETARG_RULE_P(0), &rule);
	vc_rule_format(&rule, buf, VC_RULE_MAX_TEXT);
	PG_RETURN_CSTRING(buf);
}

/*
 * Binary input: the format-version byte and the fields, fully checked; a
 * rule of an older format version is stored in the current one.
 */
PG_FUNCTION_INFO_V1(vigo_cal_rule_recv);
Datum
vigo_cal_rule_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *bytes = pq_getmsgbytes(buf, len);
	vc_rule		rule;
	vc_status	rc = vc_rule_deserialize((const uint8 *) bytes, (size_t) len, &rule);

	if (rc == VC_ERR_VERSION)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				errmsg("unsupported binary format version %d for type rule",
					   (uint8) bytes[0]),
				format_versions_detail());
	if (rc != VC_OK)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				errmsg("invalid binary value of type rule"));
	PG_RETURN_BYTEA_P(rule_to_datum(&rule));
}

/* Binary output: the bytes in the current format, format-version byte first. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_send);
Datum
vigo_cal_rule_send(PG_FUNCTION_ARGS)
{
	uint8		bytes[VC_RULE_MAX_BINARY];
	size_t		len;
	const uint8 *form = rule_bytes(PG_GETARG_RULE_P(0), bytes, &len);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbytes(&buf, (const char *) form, (int) len);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/*
 * Byte order of two rules in the current binary format: a total order
 * consistent with equality.
 */
static int
rule_cmp_internal(bytea *a, bytea *b)
{
	uint8		abuf[VC_RULE_MAX_BINARY];
	uint8		bbuf[VC_RULE_MAX_BINARY];
	size_t		la,
				lb;
	const uint8 *ab = rule_bytes(a, abuf, &la);
	const uint8 *bb = rule_bytes(b, bbuf, &lb);
	int			c = memcmp(ab, bb, Min(la, lb));

	if (c != 0)
		return c < 0 ? -1 : 1;
	return la < lb ? -1 : (la > lb ? 1 : 0);
}

/*
 * btree equalimage support: may an index on rules deduplicate?  Only if =
 * means equal bytes.  It does while every stored rule can only be in the
 * one binary format ever written; once there are two, a rule stored in
 * the older one equals the same rule in the newer one with other bytes
 * (see format.c), and indexes built from then on do not deduplicate.
 */
PG_FUNCTION_INFO_V1(vigo_cal_rule_equalimage);
Datum
vigo_cal_rule_equalimage(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(VC_RULE_FORMAT_OLDEST == VC_RULE_FORMAT_VERSION);
}

/* btree support: -1, 0 or 1 in byte order. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_cmp);
Datum
vigo_cal_rule_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(rule_cmp_internal(PG_GETARG_RULE_P(0), PG_GETARG_RULE_P(1)));
}

/* rule = rule: the same bytes. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_eq);
Datum
vigo_cal_rule_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(rule_cmp_internal(PG_GETARG_RULE_P(0), PG_GETARG_RULE_P(1)) == 0);
}

/* rule <> rule. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_ne);
Datum
vigo_cal_rule_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(rule_cmp_internal(PG_GETARG_RULE_P(0), PG_GETARG_RULE_P(1)) != 0);
}

/* rule < rule, in byte order. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_lt);
Datum
vigo_cal_rule_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(rule_cmp_internal(PG_GETARG_RULE_P(0), PG_GETARG_RULE_P(1)) < 0);
}

/* rule <= rule. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_le);
Datum
vigo_cal_rule_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(rule_cmp_internal(PG_GETARG_RULE_P(0), PG_GETARG_RULE_P(1)) <= 0);
}

/* rule > rule. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_gt);
Datum
vigo_cal_rule_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(rule_cmp_internal(PG_GETARG_RULE_P(0), PG_GETARG_RULE_P(1)) > 0);
}

/* rule >= rule. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_ge);
Datum
vigo_cal_rule_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(rule_cmp_internal(PG_GETARG_RULE_P(0), PG_GETARG_RULE_P(1)) >= 0);
}

/* hash support: a hash of the bytes in the current binary format. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_hash);
Datum
vigo_cal_rule_hash(PG_FUNCTION_ARGS)
{
	uint8		buf[VC_RULE_MAX_BINARY];
	size_t		len;
	const uint8 *bytes = rule_bytes(PG_GETARG_RULE_P(0), buf, &len);

	return hash_any(bytes, (int) len);
}

/* hash support with a seed. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_hash_extended);
Datum
vigo_cal_rule_hash_extended(PG_FUNCTION_ARGS)
{
	uint8		buf[VC_RULE_MAX_BINARY];
	size_t		len;
	const uint8 *bytes = rule_bytes(PG_GETARG_RULE_P(0), buf, &len);

	return hash_any_extended(bytes, (int) len, PG_GETARG_INT64(1));
}

/* rule_reference(rule): the event key the rule counts from, or NULL. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_reference);
Datum
vigo_cal_rule_reference(PG_FUNCTION_ARGS)
{
	vc_rule		rule;

	rule_from_datum(PG_GETARG_RULE_P(0), &rule);
	if (rule.kind != VC_ANCHOR_REFERENCE)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(rule.ref));
}

/* ---------------------------------------------------------------------
 * Resolution
 * ---------------------------------------------------------------------
 */

/*
 * Resolve argument 0 (rule) in school year argument 1, anchor argument 2 if
 * any; last may be NULL when only the first day is wanted.
 */
static void
resolve_args(FunctionCallInfo fcinfo, bool with_anchor, vc_day *first, vc_day *last)
{
	vc_rule		rule;
	int32		sy = PG_GETARG_SCHOOLYEAR(1);
	vc_day		anchor = 0;
	vc_error	err;
	vc_status	rc;
	char		text[VC_RULE_MAX_TEXT];
	char		sytext[16];

	rule_from_datum(PG_GETARG_RULE_P(0), &rule);
	if (with_anchor)
		anchor = day_from_date(PG_GETARG_DATEADT(2));
	rc = vc_rule_resolve(&rule, sy, with_anchor ? &anchor : NULL, first, last, &err);
	if (rc == VC_OK)
		return;

	vc_rule_format(&rule, text, sizeof(text));
	vc_schoolyear_format(sy, sytext, sizeof(sytext));
	if (rc == VC_ERR_NEEDS_ANCHOR)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("rule \"%s\" counts from event \"%s\"", text, rule.ref),
				errdetail("%s", err.detail),
				errhint("Pass the event's date: resolve(rule, schoolyear, anchor_date)."));
	/*
	 * A day the year does not have (29.02, uke 53) and a date outside the
	 * supported range are both 22008, as for PostgreSQL's own dates; the
	 * hint says which it is and what to do.
	 */
	ereport(ERROR,
			errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
			errmsg("rule \"%s\" gives no date in school year %s", text, sytext),
			errdetail("%s", err.detail),
			rc == VC_ERR_VALUE
			? errhint("occurrence_range() gives NULL instead of an error in a year without the day.")
			: date_range_hint());
}

/* A daterange [first, last]. */
static Datum
make_daterange(vc_day first, vc_day last)
{
	TypeCacheEntry *typcache = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	RangeBound	lower = {DateADTGetDatum(first), false, true, true};
	RangeBound	upper = {DateADTGetDatum(last), false, true, false};

#if PG_VERSION_NUM >= 160000
	return RangeTypePGetDatum(make_range(typcache, &lower, &upper, false, NULL));
#else
	return RangeTypePGetDatum(make_range(typcache, &lower, &upper, false));
#endif
}

/* resolve(rule, schoolyear): the first day the rule names. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_resolve);
Datum
vigo_cal_rule_resolve(PG_FUNCTION_ARGS)
{
	vc_day		first;

	resolve_args(fcinfo, false, &first, NULL);
	PG_RETURN_DATEADT(first);
}

/* resolve(rule, schoolyear, anchor date): for rules that count from an event. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_resolve_anchor);
Datum
vigo_cal_rule_resolve_anchor(PG_FUNCTION_ARGS)
{
	vc_day		first;

	resolve_args(fcinfo, true, &first, NULL);
	PG_RETURN_DATEADT(first);
}

/* resolve_range(rule, schoolyear): all the days the rule names. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_resolve_range);
Datum
vigo_cal_rule_resolve_range(PG_FUNCTION_ARGS)
{
	vc_day		first,
				last;

	resolve_args(fcinfo, false, &first, &last);
	PG_RETURN_DATUM(make_daterange(first, last));
}

/* resolve_range(rule, schoolyear, anchor date) */
PG_FUNCTION_INFO_V1(vigo_cal_rule_resolve_range_anchor);
Datum
vigo_cal_rule_resolve_range_anchor(PG_FUNCTION_ARGS)
{
	vc_day		first,
				last;

	resolve_args(fcinfo, true, &first, &last);
	PG_RETURN_DATUM(make_daterange(first, last));
}

/*
 * occurrence_range(rule, schoolyear, anchor date or NULL): the days the rule
 * gives, or NULL when it gives none that year (29.02 in a common year,
 * uke 53 in a 52-week year, a missing anchor, a date past 9999-12-31).
 * For the schedule, where an event without a date in some year is simply
 * absent.
 */
PG_FUNCTION_INFO_V1(vigo_cal_rule_occurrence_range);
Datum
vigo_cal_rule_occurrence_range(PG_FUNCTION_ARGS)
{
	vc_rule		rule;
	vc_day		anchor = 0,
				first,
				last;
	vc_error	err;
	vc_status	rc;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	rule_from_datum(PG_GETARG_RULE_P(0), &rule);
	if (!PG_ARGISNULL(2))
		anchor = day_from_date(PG_GETARG_DATEADT(2));
	rc = vc_rule_resolve(&rule, PG_GETARG_SCHOOLYEAR(1), PG_ARGISNULL(2) ? NULL : &anchor,
						 &first, &last, &err);
	if (rc != VC_OK)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(make_daterange(first, last));
}

/* rule_kind(rule): day, span, month, week, nth_weekday or reference. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_kind);
Datum
vigo_cal_rule_kind(PG_FUNCTION_ARGS)
{
	static const char *const kinds[] = {
		NULL, "day", "span", "month", "week", "nth_weekday", "reference"
	};
	vc_rule		rule;

	rule_from_datum(PG_GETARG_RULE_P(0), &rule);
	PG_RETURN_TEXT_P(cstring_to_text(kinds[rule.kind]));
}

/* rule_offsets(rule): how many offsets follow the anchor. */
PG_FUNCTION_INFO_V1(vigo_cal_rule_offsets);
Datum
vigo_cal_rule_offsets(PG_FUNCTION_ARGS)
{
	vc_rule		rule;

	rule_from_datum(PG_GETARG_RULE_P(0), &rule);
	PG_RETURN_INT32(rule.noffsets + (rule.roll != VC_RULE_ROLL_NONE));
}
