/*
 * fuzz_template.c
 *	  libFuzzer target: title and comment templates (vc_template_render).
 *	  The first byte picks the school year; the rest is the template.  Keys
 *	  "self" and "a".."e" have dates, and "a@sy+1".."e@sy-9" (a year
 *	  away), "nodate" has none, others are unknown.
 *	  The same bytes are read as an ISO date too (the dates of a template).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "properties.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static vc_status
fuzz_lookup(const char *key, size_t len, void *ctx, vc_day *day)
{
	vc_day		base = *(const vc_day *) ctx;

	if (len == 4 && memcmp(key, "self", 4) == 0)
	{
		*day = base;
		return VC_OK;
	}
	if (len == 1 && key[0] >= 'a' && key[0] <= 'e')
	{
		*day = base + 37 * (key[0] - 'a');
		return VC_OK;
	}
	if (len == 6 && key[0] >= 'a' && key[0] <= 'e' && memcmp(key + 1, "@sy", 3) == 0)
	{
		*day = base + 37 * (key[0] - 'a') + (key[4] == '-' ? -365 : 365) * (key[5] - '0');
		return VC_OK;
	}
	if (len == 6 && memcmp(key, "nodate", 6) == 0)
		return VC_ERR_VALUE;
	return VC_ERR_UNKNOWN_KEY;
}

/*
 * The dates of a template (vc_iso_date_parse): what reads is exactly the
 * ISO text of its day; what does not is named by its status.
 */
static void
check_iso_date(const char *text, size_t len)
{
	vc_day		day = 0;
	vc_error	err;
	vc_status	rc;
	char		iso[16];
	int			y,
				m,
				d;

	vcf_poison_error(&err);
	rc = vc_iso_date_parse(text, len, &day, &err);
	if (rc == VC_OK)
	{
		vc_ymd_from_day(day, &y, &m, &d);
		snprintf(iso, sizeof(iso), "%04d-%02d-%02d", y, m, d);
		VCF_CHECK(vc_day_in_range(day) && len == 10 && memcmp(iso, text, 10) == 0,
				  "ISO date: \"%s\" reads as %s", vcf_show(text), iso);
	}
	else
		VCF_CHECK((rc == VC_ERR_SYNTAX || rc == VC_ERR_VALUE || rc == VC_ERR_RANGE) &&
				  err.status == rc && memchr(err.detail, '\0', sizeof(err.detail)) != NULL,
				  "ISO date: \"%s\" gives status %d", vcf_show(text), rc);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int			sy = size > 0 ? 2000 + data[0] % 64 : 2023;
	char	   *tmpl = vcf_cstring(size > 0 ? data + 1 : data, size > 0 ? size - 1 : 0);
	size_t		len = strlen(tmpl);
	size_t		outlen = VC_TEMPLATE_OUT_SIZE(len);
	char	   *out = malloc(outlen);
	char	   *again = malloc(outlen);
	vc_day		base = vc_schoolyear_first_day(sy) + 100;
	vc_error	err;
	vc_status	rc;

	vcf_poison_error(&err);
	rc = vc_template_render(tmpl, sy, fuzz_lookup, &base, out, outlen, &err);
	if (rc == VC_OK)
	{
		VCF_CHECK(strlen(out) < outlen, "template: output fills the buffer");
		/* text without a brace renders to itself */
		if (strchr(tmpl, '{') == NULL)
			VCF_CHECK(strcmp(out, tmpl) == 0, "template: \"%s\" changed without a placeholder",
					  vcf_show(tmpl));
		/* rendering is deterministic */
		VCF_CHECK(vc_template_render(tmpl, sy, fuzz_lookup, &base, again, outlen, &err) == VC_OK &&
				  strcmp(out, again) == 0, "template: \"%s\" renders differently twice", vcf_show(tmpl));
	}
	else
	{
		VCF_CHECK(rc == VC_ERR_SYNTAX || rc == VC_ERR_UNKNOWN_KEY,
				  "template: \"%s\" gives status %d with the advertised buffer", vcf_show(tmpl), rc);
		VCF_CHECK(err.status == rc && err.position >= 1 && (size_t) err.position <= len + 1 &&
				  memchr(err.detail, '\0', sizeof(err.detail)) != NULL && err.detail[0] != '\0',
				  "template: \"%s\": a bad error report", vcf_show(tmpl));
	}
	check_iso_date(tmpl, len);
	free(out);
	free(again);
	free(tmpl);
	return 0;
}
