/*
 * template.c
 *	  Title and comment templates of the schedule: text with placeholders
 *	  that a school year fills in.
 *
 *	  {sy}, {sy-1}, {sy+1}   the school year, shifted: 2023-2024
 *	  {y}, {y+1}, {y-1}      its start year, shifted: 2023
 *	  {date:KEY}             a key's date as the årshjul writes it: 07. september
 *	  {datey:KEY}            the same with the year: 17. juli 2023
 *	  {day:KEY}              the two-digit day: 09
 *	  {{                     a brace
 *
 *	  KEY may name the event's date in the school year before or after,
 *	  {date:KEY@sy+1} (July belongs to the year before: its text may name
 *	  a day of the September that follows), and may be followed by rule
 *	  offsets, counted from its date: {date:self + 2 virkedager}.  The
 *	  caller looks keys up, "KEY@sy+1" as one key.
 */
#include <string.h>

#include "vc_internal.h"

/* A template error at at: its position, and up to 60 bytes of text there. */
static vc_status
template_error(vc_error *err, vc_status status, const char *tmpl, const char *at,
			   size_t len)
{
	return vc_error_set(err, status, vc_char_position(tmpl, at), NULL, "%.*s",
						vc_utf8_prefix(at, len, 60), at);
}

/* {sy...} or {y...} at p: its length, or 0 if it is not one. */
static size_t
match_year(const char *p, bool *is_sy, int *shift)
{
	const char *q = p + 1;
	int			sign = 1,
				n = 0,
				digits = 0;

	*shift = 0;
	if (strncmp(q, "sy", 2) == 0)
	{
		*is_sy = true;
		q += 2;
	}
	else if (*q == 'y')
	{
		*is_sy = false;
		q += 1;
	}
	else
		return 0;
	if (*q == '+' || *q == '-')
	{
		sign = *q == '-' ? -1 : 1;
		q++;
		while (vc_ascii_isdigit((unsigned char) *q) && digits < 4)
		{
			n = n * 10 + (*q++ - '0');
			digits++;
		}
		if (digits == 0 || digits > 3)
			return 0;
	}
	if (*q != '}')
		return 0;
	*shift = sign * n;
	return (size_t) (q + 1 - p);
}

/* "@sy+N" or "@sy-N" (N a digit 1-9) at q: its length, and N signed; 0 if none. */
static size_t
match_key_year(const char *q, int *shift)
{
	*shift = 0;
	if (strncmp(q, "@sy", 3) != 0 || (q[3] != '+' && q[3] != '-') ||
		q[4] < '1' || q[4] > '9' || vc_ascii_isdigit((unsigned char) q[5]))
		return 0;
	*shift = (q[3] == '-' ? -1 : 1) * (q[4] - '0');
	return 5;
}

/*
 * {date:KEY...}, {datey:KEY...} or {day:KEY...} at p: its length, the
 * form (0 date, 1 datey, 2 day), the key (with its "@sy+N", whose year
 * shift is *shift) and what follows it; 0 if it is not one.
 */
static size_t
match_date(const char *p, int *form, const char **key, size_t *keylen,
		   int *shift, const char **rest, size_t *restlen)
{
	static const char *const forms[] = {"date:", "datey:", "day:"};
	const char *q = p + 1;
	int			f;

	for (f = 0; f < 3; f++)
		if (strncmp(q, forms[f], strlen(forms[f])) == 0)
			break;
	if (f == 3)
		return 0;
	q += strlen(forms[f]);
	if (!(*q >= 'a' && *q <= 'z'))
		return 0;
	*key = q;
	while ((*q >= 'a' && *q <= 'z') || vc_ascii_isdigit((unsigned char) *q) || *q == '_')
		q++;
	q += match_key_year(q, shift);
	*keylen = (size_t) (q - *key);
	*rest = q;
	while (*q && *q != '{' && *q != '}')
		q++;
	if (*q != '}')
		return 0;
	*restlen = (size_t) (q - *rest);
	*form = f;
	return (size_t) (q + 1 - p);
}

/*
 * The key's date, moved by the offsets after it (a rule of school year sy
 * shifted by shift, that of the key's date); VC_ERR_VALUE if none.
 */
static vc_status
key_date(const char *key, size_t keylen, int shift, const char *rest, size_t restlen,
		 int sy, vc_template_lookup lookup, void *ctx, vc_day *day)
{
	vc_status	rc = lookup(key, keylen, ctx, day);
	size_t		namelen = shift != 0 ? keylen - 5 : keylen;
	char		ruletext[VC_RULE_MAX_REF + 200];
	vc_rule		rule;
	vc_error	rule_err;
	vc_day		first;
	size_t		i;

	if (rc != VC_OK)
		return rc;
	for (i = 0; i < restlen && vc_ascii_isspace((unsigned char) rest[i]); i++)
		;
	if (i == restlen)
		return VC_OK;
	/* "KEY + 2 virkedager" is a rule counting from KEY */
	if (namelen + restlen >= sizeof(ruletext))
		return VC_ERR_SYNTAX;
	memcpy(ruletext, key, namelen);
	memcpy(ruletext + namelen, rest, restlen);
	ruletext[namelen + restlen] = '\0';
	if (vc_rule_parse(ruletext, &rule, &rule_err) != VC_OK ||
		rule.kind != VC_ANCHOR_REFERENCE)
		return VC_ERR_SYNTAX;
	if (vc_rule_resolve(&rule, sy + shift, day, &first, NULL, &rule_err) != VC_OK)
		return VC_ERR_VALUE;
	*day = first;
	return VC_OK;
}


/* A date placeholder's text: "07. september", "17. juli 2023" or "09". */
static void
put_date(vc_buf *o, int form, vc_day day)
{
	char		label[VC_LABEL_SIZE];
	int			y,
				m,
				d;

	if (form == 2)
	{
		vc_ymd_from_day(day, &y, &m, &d);
		vc_buf_printf(o, "%02d", d);
		return;
	}
	vc_long_date_label(day, form == 1, label, sizeof(label));
	vc_buf_put(o, label, strlen(label));
}

/*
 * Render the date placeholder at p into o: *used is the bytes it takes.
 * An error for one that is not a placeholder, a key lookup does not know,
 * or offsets that are not a rule's.
 */
static vc_status
render_date(const char *tmpl, const char *p, int sy, vc_template_lookup lookup,
			void *ctx, vc_buf *o, size_t *used, vc_error *err)
{
	int			form,
				shift;
	const char *key,
			   *rest;
	size_t		keylen,
				restlen,
				len;
	vc_day		day;
	vc_status	rc;
	char		sytext[16];

	if ((len = *used = match_date(p, &form, &key, &keylen, &shift, &rest, &restlen)) == 0)
		return template_error(err, VC_ERR_SYNTAX, tmpl, p,
							  (size_t) vc_utf8_prefix(p, strlen(p), 40));
	rc = key_date(key, keylen, shift, rest, restlen, sy, lookup, ctx, &day);
	if (rc == VC_ERR_UNKNOWN_KEY)
		return template_error(err, rc, tmpl, key, keylen);
	if (rc == VC_ERR_SYNTAX)
		return template_error(err, rc, tmpl, p, (size_t) vc_utf8_prefix(p, len, 40));
	if (rc == VC_OK)
	{
		put_date(o, form, day);
		return VC_OK;
	}
	vc_schoolyear_format(sy + shift, sytext, sizeof(sytext));
	vc_buf_printf(o, "(ingen dato %s)", sytext);
	return VC_OK;
}

/*
 * Render the placeholder at p, a '{', into o: *used is the bytes it
 * takes.  VC_ERR_SYNTAX for one that is not a placeholder.
 */
static vc_status
render_placeholder(const char *tmpl, const char *p, int sy, vc_template_lookup lookup,
				   void *ctx, vc_buf *o, size_t *used, vc_error *err)
{
	bool		is_sy;
	int			shift;

	if (p[1] == '{')
	{
		vc_buf_put(o, "{", 1);
		*used = 2;
		return VC_OK;
	}
	if ((*used = match_year(p, &is_sy, &shift)) > 0)
	{
		if (is_sy)
			vc_buf_printf(o, "%d-%d", sy + shift, sy + shift + 1);
		else
			vc_buf_printf(o, "%d", sy + shift);
		return VC_OK;
	}
	return render_date(tmpl, p, sy, lookup, ctx, o, used, err);
}

/*
 * Render tmpl for school year sy into out (outlen bytes; see
 * VC_TEMPLATE_OUT_SIZE).  VC_ERR_SYNTAX for a placeholder that is not one
 * (err->detail holds it), VC_ERR_UNKNOWN_KEY for a key lookup does not
 * know (err->detail holds the key), VC_ERR_RANGE if out is too small.
 */
vc_status
vc_template_render(const char *tmpl, int sy, vc_template_lookup lookup, void *ctx,
				   char *out, size_t outlen, vc_error *err)
{
	vc_buf		o;
	const char *p = tmpl;
	const char *brace;
	size_t		used;
	vc_status	rc;

	if (outlen == 0)
		return template_error(err, VC_ERR_RANGE, tmpl, tmpl, 0);
	vc_buf_init(&o, out, outlen);
	while ((brace = strchr(p, '{')) != NULL)
	{
		vc_buf_put(&o, p, (size_t) (brace - p));
		if ((rc = render_placeholder(tmpl, brace, sy, lookup, ctx, &o, &used, err)) != VC_OK)
			return rc;
		p = brace + used;
	}
	vc_buf_put(&o, p, strlen(p));
	if (o.overflow)
		return template_error(err, VC_ERR_RANGE, tmpl, tmpl, 0);
	return VC_OK;
}
