/*
 * template.c
 *	  render_template(template, schoolyear, dates jsonb): the core's
 *	  template renderer, with keys looked up in a jsonb object of ISO
 *	  dates.
 */
#include "vc_pg.h"

#include "utils/builtins.h"
#include "utils/jsonb.h"

/*
 * A date of the dates object: an ISO date (YYYY-MM-DD) only, so that the
 * rendering is the same under every DateStyle (render_template is
 * IMMUTABLE).  Any other text is an error naming the key and the text.
 */
static vc_day
date_of_key(const char *key, size_t keylen, const char *text, size_t len)
{
	vc_day		day = 0;
	vc_error	err;
	vc_status	rc = vc_iso_date_parse(text, len, &day, &err);
	int			shown = (int) Min(keylen, 64);

	if (rc == VC_ERR_SYNTAX)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_DATETIME_FORMAT),
				errmsg("invalid date of key \"%.*s\" in the dates of a template: \"%s\"",
					   shown, key, err.detail),
				errhint("%s", err.hint));
	if (rc == VC_ERR_VALUE)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_FIELD_OVERFLOW),
				errmsg("date field value out of range for key \"%.*s\" in the dates of a template: \"%s\"",
					   shown, key, err.detail));
	if (rc != VC_OK)
		ereport(ERROR,
				errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				errmsg("date out of range for vigo_cal: \"%s\"", err.detail),
				date_range_hint());
	return day;
}

/* Look a key up in the jsonb object: a date string, null, or absent. */
static vc_status
jsonb_lookup(const char *key, size_t len, void *ctx, vc_day *day)
{
	Jsonb	   *dates = (Jsonb *) ctx;
	JsonbValue *v;

	if (!JB_ROOT_IS_OBJECT(dates))
		return VC_ERR_UNKNOWN_KEY;
	v = getKeyJsonValueFromContainer(&dates->root, key, (uint32) len, NULL);
	if (v == NULL)
		return VC_ERR_UNKNOWN_KEY;
	if (v->type != jbvString)
		return VC_ERR_VALUE;
	*day = date_of_key(key, len, v->val.string.val, (size_t) v->val.string.len);
	return VC_OK;
}

/*
 * render_template(template text, school_year schoolyear, dates jsonb):
 * STRICT, NULL for a NULL argument (checked here too, for the non-STRICT
 * declaration of 0.3.0 that a database not yet updated still has).
 */
PG_FUNCTION_INFO_V1(vigo_cal_template_render);
Datum
vigo_cal_template_render(PG_FUNCTION_ARGS)
{
	char	   *tmpl;
	Jsonb	   *dates;
	size_t		outlen;
	char	   *out;
	vc_error	err;
	vc_status	rc;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	tmpl = text_to_cstring(PG_GETARG_TEXT_PP(0));
	dates = PG_GETARG_JSONB_P(2);
	outlen = VC_TEMPLATE_OUT_SIZE(strlen(tmpl));
	out = palloc(outlen);
	rc = vc_template_render(tmpl, PG_GETARG_SCHOOLYEAR(1), jsonb_lookup, dates,
							out, outlen, &err);
	if (rc == VC_ERR_UNKNOWN_KEY)
		ereport(ERROR,
				errcode(ERRCODE_UNDEFINED_OBJECT),
				errmsg("template names unknown event \"%s\"", err.detail),
				errdetail("Template: %s", tmpl),
				errhint("A {date:KEY} placeholder names an event key, self or county_deadline; KEY@sy+1 names the key's date of the school year after, which the dates must hold too."));
	if (rc != VC_OK)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("invalid placeholder in template: \"%s\"", err.detail),
				errdetail("Template: %s", tmpl),
				errhint("Placeholders are {sy}, {sy-1}, {y}, {y+1}, {date:KEY}, {datey:KEY} and {day:KEY}, where KEY may end in @sy+1 (the year after) and be followed by offsets (+ 2 virkedager); write {{ for a brace."));
	PG_RETURN_TEXT_P(cstring_to_text(out));
}
