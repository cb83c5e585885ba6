/*
 * template.c
 *	  render_template(template, schoolyear, dates jsonb): the core's
 *	  template renderer, with keys looked up in a jsonb object of dates.
 */
#include "vc_pg.h"

#include "utils/builtins.h"
#include "utils/jsonb.h"

/* Look a key up in the jsonb object: a date string, null, or absent. */
static vc_status
jsonb_lookup(const char *key, size_t len, void *ctx, vc_day *day)
{
	Jsonb	   *dates = (Jsonb *) ctx;
	JsonbValue *v;
	char	   *text;

	if (dates == NULL || !JB_ROOT_IS_OBJECT(dates))
		return VC_ERR_UNKNOWN_KEY;
	v = getKeyJsonValueFromContainer(&dates->root, key, (uint32) len, NULL);
	if (v == NULL)
		return VC_ERR_UNKNOWN_KEY;
	if (v->type != jbvString)
		return VC_ERR_VALUE;
	text = pnstrdup(v->val.string.val, v->val.string.len);
	*day = day_from_date(DatumGetDateADT(DirectFunctionCall1(date_in,
																 CStringGetDatum(text))));
	return VC_OK;
}

/* render_template(template text, school_year schoolyear, dates jsonb) */
PG_FUNCTION_INFO_V1(vigo_cal_template_render);
Datum
vigo_cal_template_render(PG_FUNCTION_ARGS)
{
	char	   *tmpl;
	Jsonb	   *dates = PG_ARGISNULL(2) ? NULL : PG_GETARG_JSONB_P(2);
	size_t		outlen;
	char	   *out;
	vc_error	err;
	vc_status	rc;

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	if (PG_ARGISNULL(1))
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	tmpl = text_to_cstring(PG_GETARG_TEXT_PP(0));
	outlen = VC_TEMPLATE_OUT_SIZE(strlen(tmpl));
	out = palloc(outlen);
	rc = vc_template_render(tmpl, PG_GETARG_SCHOOLYEAR(1), jsonb_lookup, dates,
							out, outlen, &err);
	if (rc == VC_ERR_UNKNOWN_KEY)
		ereport(ERROR,
				errcode(ERRCODE_FOREIGN_KEY_VIOLATION),
				errmsg("template names unknown event \"%s\"", err.detail),
				errdetail("Template: %s", tmpl),
				errhint("A {date:KEY} placeholder names an event key, self or county_deadline."));
	if (rc != VC_OK)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("invalid placeholder in template: \"%s\"", err.detail),
				errdetail("Template: %s", tmpl),
				errhint("Placeholders are {sy}, {sy-1}, {y}, {y+1}, {date:KEY}, {datey:KEY} and {day:KEY}, where KEY may be followed by offsets (+ 2 virkedager); write {{ for a brace."));
	PG_RETURN_TEXT_P(cstring_to_text(out));
}
