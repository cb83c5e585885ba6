/*
 * format.c
 *	  A rule written out: its canonical Norwegian text ("uke 41 ons-fre
 *	  + 1 dag"), which reads back to an equal rule, and its binary form (a
 *	  format-version byte, then the fields), which is what a rule value
 *	  stores and what binary I/O sends.
 */
#include <string.h>

#include "rule_internal.h"

/*
 * VC_RULE_MAX_TEXT is the sum of the longest pieces of a canonical text
 * (vc_calendar.h); check each figure against the longest text that piece
 * prints, so that the buffer can never cut a rule.  The offset's number
 * has at most six digits, and no anchor but an event key is longer than
 * "siste lørdag i september" (test_rules.c checks the names of words.c).
 */
#define VC_STATIC_CHECK(name, cond) typedef char name[(cond) ? 1 : -1]
VC_STATIC_CHECK(offset_text_fits,
				sizeof(" - 100000 virkedager") - 1 == VC_RULE_OFFSET_TEXT);
VC_STATIC_CHECK(offset_digits_fit, VC_RULE_MAX_N <= 999999);
VC_STATIC_CHECK(roll_text_fits,
				sizeof(", forrige virkedag") - 1 == VC_RULE_ROLL_TEXT &&
				sizeof(", neste virkedag") - 1 <= VC_RULE_ROLL_TEXT);
VC_STATIC_CHECK(anchor_text_fits,
				sizeof("siste lørdag i september") - 1 <= VC_RULE_MAX_REF &&
				sizeof("i løpet av september") - 1 <= VC_RULE_MAX_REF &&
				sizeof("uke 53/53 lør-søn") - 1 <= VC_RULE_MAX_REF &&
				sizeof("29.02 til 29.02") - 1 <= VC_RULE_MAX_REF);

/* Bytes before the offsets: the version byte and 13 fields. */
#define HEADER_BYTES 14
#define OFFSET_BYTES 5

/* ---------------------------------------------------------------------
 * Canonical text
 * ---------------------------------------------------------------------
 */
static void
format_offset(vc_buf *b, const vc_rule_offset *off)
{
	int32_t		n = off->n < 0 ? -off->n : off->n;
	bool		one = n == 1;
	const char *unit;

	switch (off->unit)
	{
		case VC_UNIT_BUSINESS_DAY:
			unit = one ? "virkedag" : "virkedager";
			break;
		case VC_UNIT_WEEK:
			unit = one ? "uke" : "uker";
			break;
		default:
			unit = one ? "dag" : "dager";
			break;
	}
	vc_buf_printf(b, " %c %d %s", off->n < 0 ? '-' : '+', (int) n, unit);
}

/* "uke 31/32 ons-fre": the week or weeks, then the days unless Monday to Friday. */
static void
format_week(vc_buf *b, const vc_rule *rule)
{
	vc_buf_printf(b, "uke %d", rule->week);
	if (rule->week2 != rule->week)
		vc_buf_printf(b, "/%d", rule->week2);
	if (rule->dow_from == 1 && rule->dow_to == 5)
		return;
	vc_buf_printf(b, " %s", vc_weekday_name(rule->dow_from, true));
	if (rule->dow_to != rule->dow_from)
		vc_buf_printf(b, "-%s", vc_weekday_name(rule->dow_to, true));
}

static void
format_anchor(vc_buf *b, const vc_rule *rule)
{
	switch (rule->kind)
	{
		case VC_ANCHOR_DAY:
			vc_buf_printf(b, "%02d.%02d", rule->day, rule->month);
			break;
		case VC_ANCHOR_SPAN:
			vc_buf_printf(b, "%02d.%02d til %02d.%02d", rule->day, rule->month,
						  rule->day2, rule->month2);
			break;
		case VC_ANCHOR_MONTH:
			vc_buf_printf(b, "i løpet av %s", vc_month_name(rule->month, false));
			break;
		case VC_ANCHOR_WEEK:
			format_week(b, rule);
			break;
		case VC_ANCHOR_NTH_WEEKDAY:
			if (rule->nth < 0)
				vc_buf_printf(b, "siste");
			else
				vc_buf_printf(b, "%d.", rule->nth);
			vc_buf_printf(b, " %s i %s", vc_weekday_name(rule->dow, false),
						  vc_month_name(rule->month, false));
			break;
		case VC_ANCHOR_REFERENCE:
			vc_buf_printf(b, "%s", rule->ref);
			break;
	}
}

/*
 * The canonical (Norwegian) text of a rule; reads back to an equal rule.
 * False if it did not fit in buflen bytes (never with VC_RULE_MAX_TEXT).
 */
bool
vc_rule_format(const vc_rule *rule, char *buf, size_t buflen)
{
	vc_buf		b;
	int			i;

	vc_buf_init(&b, buf, buflen);
	format_anchor(&b, rule);
	for (i = 0; i < rule->noffsets; i++)
		format_offset(&b, &rule->offsets[i]);
	if (rule->roll == VC_RULE_ROLL_NEXT)
		vc_buf_printf(&b, ", neste virkedag");
	else if (rule->roll == VC_RULE_ROLL_PREVIOUS)
		vc_buf_printf(&b, ", forrige virkedag");
	return !b.overflow;
}

/* ---------------------------------------------------------------------
 * Binary form: a format-version byte, then the fields
 *
 * A rule value is stored in tables, and sent by binary I/O, in the format
 * of the vigo_cal that wrote it; pg_upgrade and binary dumps keep those
 * bytes as they are.  So every format version that was ever written stays
 * readable: a change of format takes a new version byte and a reader of
 * its own below, VC_RULE_FORMAT_VERSION becomes the new one, and the
 * readers of the older versions are never removed (test_rules.c and
 * sql/rule_binary.sql hold bytes of each version as constants).  With a
 * second version, equal rules can be stored with unequal bytes (one
 * written before the change, one after), so btree indexes on rule built
 * from then on no longer deduplicate (vigo_cal_rule_equalimage compares
 * VC_RULE_FORMAT_OLDEST with VC_RULE_FORMAT_VERSION), and the release
 * notes must ask for a REINDEX of indexes on rule built before.
 *
 *   version 1 (0.1.0 and later): the version byte; kind, month, day,
 *	   month2, day2, week, week2, dow_from, dow_to, nth (signed), dow, roll
 *	   and noffsets, a byte each; each offset's unit (a byte) and count (a
 *	   big-endian int32); the event key's length (a byte) and its bytes,
 *	   without a NUL.
 * ---------------------------------------------------------------------
 */

/* Write the binary form into buf (VC_RULE_MAX_BINARY bytes); its length. */
size_t
vc_rule_serialize(const vc_rule *rule, uint8_t *buf)
{
	size_t		n = 0;
	size_t		reflen = strlen(rule->ref);
	int			i;

	buf[n++] = VC_RULE_FORMAT_VERSION;
	buf[n++] = rule->kind;
	buf[n++] = rule->month;
	buf[n++] = rule->day;
	buf[n++] = rule->month2;
	buf[n++] = rule->day2;
	buf[n++] = rule->week;
	buf[n++] = rule->week2;
	buf[n++] = rule->dow_from;
	buf[n++] = rule->dow_to;
	buf[n++] = (uint8_t) rule->nth;
	buf[n++] = rule->dow;
	buf[n++] = rule->roll;
	buf[n++] = rule->noffsets;
	for (i = 0; i < rule->noffsets; i++)
	{
		uint32_t	v = (uint32_t) rule->offsets[i].n;

		buf[n++] = rule->offsets[i].unit;
		buf[n++] = (uint8_t) (v >> 24);
		buf[n++] = (uint8_t) (v >> 16);
		buf[n++] = (uint8_t) (v >> 8);
		buf[n++] = (uint8_t) v;
	}
	buf[n++] = (uint8_t) reflen;
	memcpy(buf + n, rule->ref, reflen);
	return n + reflen;
}

/* Read the fields of format version 1; false if the lengths do not check out. */
static bool
read_version_1(const uint8_t *buf, size_t len, vc_rule *rule)
{
	size_t		n = HEADER_BYTES;
	size_t		reflen;
	int			i;

	if (len < HEADER_BYTES + 1)
		return false;
	rule->kind = buf[1];
	rule->month = buf[2];
	rule->day = buf[3];
	rule->month2 = buf[4];
	rule->day2 = buf[5];
	rule->week = buf[6];
	rule->week2 = buf[7];
	rule->dow_from = buf[8];
	rule->dow_to = buf[9];
	rule->nth = (int8_t) buf[10];
	rule->dow = buf[11];
	rule->roll = buf[12];
	rule->noffsets = buf[13];
	if (rule->noffsets > VC_RULE_MAX_OFFSETS ||
		len < n + (size_t) OFFSET_BYTES * rule->noffsets + 1)
		return false;
	for (i = 0; i < rule->noffsets; i++, n += OFFSET_BYTES)
	{
		rule->offsets[i].unit = buf[n];
		rule->offsets[i].n = (int32_t) (((uint32_t) buf[n + 1] << 24) |
										((uint32_t) buf[n + 2] << 16) |
										((uint32_t) buf[n + 3] << 8) |
										(uint32_t) buf[n + 4]);
	}
	reflen = buf[n++];
	if (reflen > VC_RULE_MAX_REF || len != n + reflen || memchr(buf + n, '\0', reflen) != NULL ||
		(reflen > 0) != (rule->kind == VC_ANCHOR_REFERENCE))
		return false;
	memcpy(rule->ref, buf + n, reflen);
	return true;
}

/* Is day of month a real day in a leap year (29.02 allowed)? */
static bool
day_exists(int month, int day)
{
	return month >= 1 && month <= 12 && day >= 1 && day <= vc_days_in_month(2000, month);
}

/* Are the fields in range, and those the kind uses set? */
static bool
fields_valid(const vc_rule *rule)
{
	int			kind = rule->kind;
	int			i;

	if (kind < VC_ANCHOR_DAY || kind > VC_ANCHOR_REFERENCE ||
		rule->month > 12 || rule->month2 > 12 || rule->dow > 7 ||
		rule->dow_from > 7 || rule->dow_to > 7 || rule->roll > VC_RULE_ROLL_PREVIOUS)
		return false;
	for (i = 0; i < rule->noffsets; i++)
		if (rule->offsets[i].unit < VC_UNIT_DAY || rule->offsets[i].unit > VC_UNIT_WEEK ||
			rule->offsets[i].n > VC_RULE_MAX_N || rule->offsets[i].n < -VC_RULE_MAX_N)
			return false;
	if ((kind == VC_ANCHOR_MONTH || kind == VC_ANCHOR_NTH_WEEKDAY) && rule->month == 0)
		return false;
	if ((kind == VC_ANCHOR_DAY || kind == VC_ANCHOR_SPAN) && !day_exists(rule->month, rule->day))
		return false;
	if (kind == VC_ANCHOR_SPAN && !day_exists(rule->month2, rule->day2))
		return false;
	if (kind == VC_ANCHOR_NTH_WEEKDAY &&
		(rule->dow == 0 || rule->nth == 0 || rule->nth > 5 || rule->nth < -1))
		return false;
	if (kind == VC_ANCHOR_WEEK &&
		(rule->dow_from == 0 || rule->dow_to == 0 || rule->week < 1 ||
		 rule->week > 53 || rule->week2 < 1 || rule->week2 > 53))
		return false;
	return true;
}

/*
 * Read a binary form of any format version ever written back into a rule,
 * checking lengths and the range of every field, which is enough for a
 * rule that was serialized by vigo_cal (a stored value).  VC_ERR_VERSION
 * if the first byte is no format version this code reads (a newer one, or
 * none ever written), VC_ERR_SYNTAX if the bytes cannot be a rule.
 */
vc_status
vc_rule_unpack(const uint8_t *buf, size_t len, vc_rule *rule)
{
	bool		read;

	memset(rule, 0, sizeof(*rule));
	if (len == 0)
		return VC_ERR_SYNTAX;
	switch (buf[0])
	{
		case 1:
			read = read_version_1(buf, len, rule);
			break;
		default:
			return VC_ERR_VERSION;
	}
	if (!read || !fields_valid(rule))
		return VC_ERR_SYNTAX;
	return VC_OK;
}

/*
 * Read a binary form from outside (binary input), of any format version
 * ever written, checking that it is exactly what the parser makes of the
 * rule's own canonical text, so that equal rules always have equal bytes.
 * VC_ERR_VERSION or VC_ERR_SYNTAX if not, as vc_rule_unpack.
 */
vc_status
vc_rule_deserialize(const uint8_t *buf, size_t len, vc_rule *rule)
{
	char		text[VC_RULE_MAX_TEXT];
	uint8_t		canonical[VC_RULE_MAX_BINARY];
	vc_rule		check;
	vc_error	err;
	vc_status	rc = vc_rule_unpack(buf, len, rule);

	if (rc != VC_OK)
		return rc;
	if (!vc_rule_format(rule, text, sizeof(text)) ||
		vc_rule_parse(text, &check, &err) != VC_OK ||
		memcmp(&check, rule, sizeof(check)) != 0)
		return VC_ERR_SYNTAX;

	/*
	 * and bytes of the current version must be the ones this rule
	 * serializes to (an older version's are read into the same rule, which
	 * the caller writes in the current version)
	 */
	if (buf[0] == VC_RULE_FORMAT_VERSION &&
		(vc_rule_serialize(rule, canonical) != len || memcmp(canonical, buf, len) != 0))
		return VC_ERR_SYNTAX;
	return VC_OK;
}
