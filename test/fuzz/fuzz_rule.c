/*
 * fuzz_rule.c
 *	  libFuzzer target: the rule language.  Every input is tried two ways:
 *	  as rule text (vc_rule_parse) and as a binary form (vc_rule_deserialize),
 *	  and what either accepts is printed, read back, serialized and resolved.
 */
#include <stdlib.h>
#include <string.h>

#include "properties.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* What any accepted rule must satisfy. */
static void
check_accepted_rule(const vc_rule *rule, const char *origin)
{
	char		text[VC_RULE_MAX_TEXT];
	char		again_text[VC_RULE_MAX_TEXT];
	uint8_t		bin[VC_RULE_MAX_BINARY];
	vc_rule		again;
	vc_error	err;
	size_t		len;
	int			sy;

	/* the canonical text reads back to an equal rule and prints the same */
	VCF_CHECK(vc_rule_format(rule, text, sizeof(text)),
			  "%s: canonical text does not fit in VC_RULE_MAX_TEXT", origin);
	vcf_poison_error(&err);
	VCF_CHECK(vc_rule_parse(text, &again, &err) == VC_OK,
			  "%s: canonical text \"%s\" does not parse: %s", origin, vcf_show(text), err.detail);
	VCF_CHECK(memcmp(&again, rule, sizeof(again)) == 0,
			  "%s: \"%s\" reads back to a different rule", origin, vcf_show(text));
	vc_rule_format(&again, again_text, sizeof(again_text));
	VCF_CHECK(strcmp(text, again_text) == 0, "%s: canonical text is not stable", origin);

	/* the binary form round-trips */
	len = vc_rule_serialize(rule, bin);
	VCF_CHECK(len <= VC_RULE_MAX_BINARY && bin[0] == VC_RULE_FORMAT_VERSION,
			  "%s: binary form too long or without version", origin);
	VCF_CHECK(vc_rule_deserialize(bin, len, &again) == VC_OK &&
			  memcmp(&again, rule, sizeof(again)) == 0,
			  "%s: binary form of \"%s\" does not read back", origin, vcf_show(text));

	/* resolution: defined results in range, first <= last, or a clean error */
	for (sy = VC_MIN_SCHOOLYEAR; sy <= VC_MAX_SCHOOLYEAR; sy += 1471)
	{
		vc_day		anchor = vc_schoolyear_first_day(sy) + 40;
		vc_day		first = 0,
					last = 0;
		vc_status	rc;

		vcf_poison_error(&err);
		rc = vc_rule_resolve(rule, sy, &anchor, &first, &last, &err);
		if (rc == VC_OK)
		{
			vc_day		only_first = 0;

			VCF_CHECK(vc_day_in_range(first) && vc_day_in_range(last) && first <= last,
					  "%s: \"%s\" in %d gives %d..%d", origin, vcf_show(text), sy, first, last);
			/* asking for the first day alone gives the same day */
			VCF_CHECK(vc_rule_resolve(rule, sy, &anchor, &only_first, NULL, &err) == VC_OK &&
					  only_first == first,
					  "%s: \"%s\" in %d: first day alone differs", origin, vcf_show(text), sy);
		}
		else
			VCF_CHECK((rc == VC_ERR_VALUE || rc == VC_ERR_RANGE) && err.status == rc &&
					  memchr(err.detail, '\0', sizeof(err.detail)) != NULL && err.detail[0] != '\0',
					  "%s: \"%s\" in %d: status %d without a proper error", origin, vcf_show(text), sy, rc);
		rc = vc_rule_resolve(rule, sy, NULL, &first, &last, &err);
		VCF_CHECK(rule->kind != VC_ANCHOR_REFERENCE || rc == VC_ERR_NEEDS_ANCHOR,
				  "%s: a reference resolved without its anchor", origin);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *text = vcf_cstring(data, size);
	vc_rule		rule;
	vc_error	err;
	vc_status	rc;

	/* as text */
	vcf_poison_error(&err);
	rc = vc_rule_parse(text, &rule, &err);
	if (rc == VC_OK)
		check_accepted_rule(&rule, "text");
	else
		vcf_check_error("rule", text, rc, &err, VCF_STATUS_BIT(VC_ERR_SYNTAX));
	free(text);

	/* as a binary form */
	if (vc_rule_deserialize(data, size, &rule) == VC_OK)
	{
		uint8_t		bin[VC_RULE_MAX_BINARY];

		check_accepted_rule(&rule, "binary");
		VCF_CHECK(vc_rule_serialize(&rule, bin) == size && memcmp(bin, data, size) == 0,
				  "binary: an accepted binary form is not the canonical one");
	}
	return 0;
}
