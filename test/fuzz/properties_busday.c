/*
 * properties_busday.c
 *	  The properties of working-day arithmetic (vc_busday_offset,
 *	  vc_busday_count) and of the public holidays they skip, on a day, a
 *	  roll and a count decoded from the fuzzer's bytes (see properties.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "properties.h"

/* Largest |n| checked against a day-by-day walk. */
#define WALK_LIMIT 64

static const char *const roll_names[] = {
	"raise", "nat", "forward", "backward", "modifiedfollowing", "modifiedpreceding"
};

/* A day as "YYYY-MM-DD (day number)" for messages; four buffers in turn. */
static const char *
show_day(vc_day d)
{
	static char bufs[4][40];
	static int	next = 0;
	char	   *buf = bufs[next++ % 4];
	int			y,
				m,
				dd;

	if (!vc_day_in_range(d))
	{
		snprintf(buf, sizeof(bufs[0]), "day %d", d);
		return buf;
	}
	vc_ymd_from_day(d, &y, &m, &dd);
	snprintf(buf, sizeof(bufs[0]), "%04d-%02d-%02d (%d)", y, m, dd, d);
	return buf;
}

static uint64_t
take_le(const uint8_t *data, size_t size, size_t at, int nbytes)
{
	uint64_t	v = 0;
	int			i;

	for (i = 0; i < nbytes; i++)
		if (at + i < size)
			v |= (uint64_t) data[at + i] << (8 * i);
	return v;
}

/* Holidays: vc_is_public_holiday agrees with its year's list. */
static void
check_holiday(vc_day d)
{
	vc_holiday	list[VC_MAX_HOLIDAYS_PER_YEAR];
	int			y,
				m,
				dd,
				n,
				i;
	int			listed = 0;

	vc_ymd_from_day(d, &y, &m, &dd);
	VCF_CHECK(vc_day_from_ymd(y, m, dd) == d,
			  "day %d -> %04d-%02d-%02d -> day %d", d, y, m, dd, vc_day_from_ymd(y, m, dd));
	n = vc_public_holidays(y, list);
	VCF_CHECK(n > 0 && n <= VC_MAX_HOLIDAYS_PER_YEAR,
			  "vc_public_holidays(%d) returned %d entries", y, n);
	for (i = 0; i < n; i++)
	{
		VCF_CHECK(i == 0 || list[i - 1].day < list[i].day,
				  "vc_public_holidays(%d) is not in day order at entry %d", y, i);
		if (list[i].day == d)
			listed = 1;
	}
	VCF_CHECK(listed == (int) vc_is_public_holiday(d),
			  "%s: vc_is_public_holiday says %d, the year's list says %d",
			  show_day(d), (int) vc_is_public_holiday(d), listed);
}

/* Working days in [d, VC_MAX_DAY]. */
static int64_t
busdays_from(vc_day d)
{
	return vc_busday_count(d, VC_MAX_DAY) + (vc_is_business_day(VC_MAX_DAY) ? 1 : 0);
}

/*
 * What offset(d, 0, roll) must give for a day off d and a roll that
 * moves: the first working day on or after d ("forward"), the last one
 * before d ("backward"), and the modified rolls in terms of those two.
 */
static int
expected_roll(vc_day d, vc_roll roll, vc_day *result)
{
	vc_day		fw = DAY_UNTOUCHED,
				bw = DAY_UNTOUCHED;
	int			fw_rc = vc_busday_offset(d, 0, VC_ROLL_FORWARD, &fw);
	int			bw_rc = vc_busday_offset(d, 0, VC_ROLL_BACKWARD, &bw);

	/* forward: exists iff a working day lies in [d, max]; none lies in [d, fw) */
	VCF_CHECK((fw_rc == VC_OK) == (busdays_from(d) > 0) &&
			  (fw_rc == VC_OK || fw_rc == VC_ERR_RANGE),
			  "%s (day off): roll forward gives status %d", show_day(d), fw_rc);
	if (fw_rc == VC_OK)
		VCF_CHECK(vc_day_in_range(fw) && fw > d && vc_is_business_day(fw) &&
				  vc_busday_count(d, fw) == 0,
				  "%s (day off): roll forward gives %s", show_day(d), show_day(fw));
	else
		VCF_CHECK(fw == DAY_UNTOUCHED, "%s: failed roll forward wrote its result", show_day(d));

	/* backward: exists iff a working day lies in [min, d); fw is the last */
	VCF_CHECK((bw_rc == VC_OK) == (vc_busday_count(VC_MIN_DAY, d) > 0) &&
			  (bw_rc == VC_OK || bw_rc == VC_ERR_RANGE),
			  "%s (day off): roll backward gives status %d", show_day(d), bw_rc);
	if (bw_rc == VC_OK)
		VCF_CHECK(vc_day_in_range(bw) && bw < d && vc_is_business_day(bw) &&
				  vc_busday_count(bw, d) == 1,
				  "%s (day off): roll backward gives %s", show_day(d), show_day(bw));
	else
		VCF_CHECK(bw == DAY_UNTOUCHED, "%s: failed roll backward wrote its result", show_day(d));

	switch (roll)
	{
		case VC_ROLL_FORWARD:
			*result = fw;
			return fw_rc;
		case VC_ROLL_BACKWARD:
			*result = bw;
			return bw_rc;
		case VC_ROLL_MODIFIED_FOLLOWING:
			if (fw_rc == VC_OK && vc_month_of(fw) == vc_month_of(d))
			{
				*result = fw;
				return VC_OK;
			}
			*result = bw;
			return bw_rc;
		case VC_ROLL_MODIFIED_PRECEDING:
			if (bw_rc == VC_OK && vc_month_of(bw) == vc_month_of(d))
			{
				*result = bw;
				return VC_OK;
			}
			*result = fw;
			return fw_rc;
		default:
			vcf_fail("expected_roll: roll %d does not move", (int) roll);
	}
}

/* Move n working days from working day start one day at a time. */
static int
walk(vc_day start, int n, vc_day *result)
{
	vc_day		d = start;
	int			step = n > 0 ? 1 : -1;
	int			left = n > 0 ? n : -n;

	while (left > 0)
	{
		d += step;
		if (!vc_day_in_range(d))
			return VC_ERR_RANGE;
		if (vc_is_business_day(d))
			left--;
	}
	*result = d;
	return VC_OK;
}

/* One input: offset(d, n, roll) and what it gave. */
typedef struct busday_case
{
	vc_day		d;
	int64_t		n;
	vc_roll		roll;
	const char *rn;				/* the roll's name, for messages */
	int			rc;				/* vc_busday_offset(d, n, roll, &r) */
	vc_day		r;
	vc_day		start;			/* the working day the count starts from */
} busday_case;

/* Decode the input (see properties.h) and run the offset. */
static void
decode_case(const uint8_t *data, size_t size, busday_case *c)
{
	static const int widths[4] = {1, 2, 4, 8};
	uint32_t	span = (uint32_t) (VC_MAX_DAY - VC_MIN_DAY + 1);
	unsigned	b = (unsigned) take_le(data, size, 4, 1);
	int			width = widths[(b / 6) % 4];
	uint64_t	raw = take_le(data, size, 5, width);

	c->d = VC_MIN_DAY + (vc_day) ((uint32_t) take_le(data, size, 0, 4) % span);
	c->roll = (vc_roll) (b % 6);
	c->rn = roll_names[c->roll];
	/* sign-extend the width-byte n */
	if (width < 8 && (raw >> (8 * width - 1)) & 1)
		raw |= ~(uint64_t) 0 << (8 * width);
	memcpy(&c->n, &raw, sizeof(c->n));
	c->r = c->start = DAY_UNTOUCHED;
	c->rc = vc_busday_offset(c->d, c->n, c->roll, &c->r);
	VCF_CHECK(c->rc == VC_OK || c->rc == VC_ERR_RANGE ||
			  c->rc == VC_BUSDAY_NOT_BUSDAY || c->rc == VC_BUSDAY_NAT,
			  "offset(%s, %lld, %s) returned status %d", show_day(c->d), (long long) c->n,
			  c->rn, c->rc);
	if (c->rc != VC_OK)
		VCF_CHECK(c->r == DAY_UNTOUCHED,
				  "offset(%s, %lld, %s) failed (%d) but wrote %s to its result",
				  show_day(c->d), (long long) c->n, c->rn, c->rc, show_day(c->r));
}

/*
 * The day the count starts from: d itself, or d rolled.  False when there
 * is nothing more to check: a roll that does not move (raise, nat) on a day
 * off, or a roll that leaves the range.
 */
static bool
find_start(busday_case *c, bool is_busday)
{
	int			start_rc = VC_OK;

	if (is_busday)
		c->start = c->d;
	else if (c->roll == VC_ROLL_RAISE || c->roll == VC_ROLL_NAT)
	{
		int			want = c->roll == VC_ROLL_RAISE ? VC_BUSDAY_NOT_BUSDAY : VC_BUSDAY_NAT;

		VCF_CHECK(c->rc == want, "offset(%s, %lld, %s) on a day off returned %d, not %d",
				  show_day(c->d), (long long) c->n, c->rn, c->rc, want);
		return false;
	}
	else
	{
		vc_day		got = DAY_UNTOUCHED;
		int			got_rc = vc_busday_offset(c->d, 0, c->roll, &got);

		start_rc = expected_roll(c->d, c->roll, &c->start);
		VCF_CHECK(got_rc == start_rc && (got_rc != VC_OK || got == c->start),
				  "offset(%s, 0, %s) gave %d, %s; want %d, %s",
				  show_day(c->d), c->rn, got_rc, show_day(got), start_rc, show_day(c->start));
	}
	VCF_CHECK(c->rc != VC_BUSDAY_NOT_BUSDAY && c->rc != VC_BUSDAY_NAT,
			  "offset(%s, %lld, %s) returned %d for a day it need not roll",
			  show_day(c->d), (long long) c->n, c->rn, c->rc);
	if (start_rc != VC_OK)
		VCF_CHECK(c->rc == start_rc, "offset(%s, %lld, %s) gave %d, but the roll gives %d",
				  show_day(c->d), (long long) c->n, c->rn, c->rc, start_rc);
	return start_rc == VC_OK;
}

/* The result exists iff enough working days lie on that side of start; small n walked. */
static void
check_exists(const busday_case *c)
{
	int64_t		avail = c->n >= 0 ? busdays_from(c->start) - 1
		: vc_busday_count(VC_MIN_DAY, c->start);
	bool		exists = c->n >= 0 ? c->n <= avail : c->n >= -avail;

	VCF_CHECK((c->rc == VC_OK) == exists,
			  "offset(%s, %lld, %s) gave status %d, but %lld working days lie %s %s",
			  show_day(c->d), (long long) c->n, c->rn, c->rc, (long long) avail,
			  c->n >= 0 ? "after" : "before", show_day(c->start));
	if (c->n >= -WALK_LIMIT && c->n <= WALK_LIMIT)
	{
		vc_day		w = DAY_UNTOUCHED;
		int			wrc = walk(c->start, (int) c->n, &w);

		VCF_CHECK(wrc == c->rc && (c->rc != VC_OK || w == c->r),
				  "offset(%s, %lld, %s) gave %d, %s; walking gives %d, %s",
				  show_day(c->d), (long long) c->n, c->rn, c->rc, show_day(c->r), wrc,
				  show_day(w));
	}
}

/* The result: in range, a working day, n working days from start, and back. */
static void
check_result(const busday_case *c)
{
	vc_day		back = DAY_UNTOUCHED;
	int			back_rc;
	int64_t		n = c->n;

	VCF_CHECK(vc_day_in_range(c->r) && vc_is_business_day(c->r),
			  "offset(%s, %lld, %s) gave %s, not a working day in range",
			  show_day(c->d), (long long) n, c->rn, show_day(c->r));
	VCF_CHECK((n > 0 && c->r > c->start) || (n < 0 && c->r < c->start) ||
			  (n == 0 && c->r == c->start),
			  "offset(%s, %lld, %s) gave %s, from %s",
			  show_day(c->d), (long long) n, c->rn, show_day(c->r), show_day(c->start));
	VCF_CHECK(vc_busday_count(c->start, c->r) == n && vc_busday_count(c->r, c->start) == -n,
			  "offset(%s, %lld, %s) gave %s, but count(%s, it) is %lld and back %lld",
			  show_day(c->d), (long long) n, c->rn, show_day(c->r), show_day(c->start),
			  (long long) vc_busday_count(c->start, c->r),
			  (long long) vc_busday_count(c->r, c->start));
	/* offset(offset(start, n), -n) == start, whatever the roll */
	back_rc = vc_busday_offset(c->r, -n, c->roll, &back);
	VCF_CHECK(back_rc == VC_OK && back == c->start,
			  "offset(%s, %lld, %s) gave %s, and back by %lld gives %d, %s",
			  show_day(c->d), (long long) n, c->rn, show_day(c->r), (long long) -n,
			  back_rc, show_day(back));
}

void
vcf_check_busday(const uint8_t *data, size_t size)
{
	busday_case c;
	bool		bd;

	decode_case(data, size, &c);
	/* is d a working day: Monday to Friday and not a public holiday */
	check_holiday(c.d);
	bd = vc_is_business_day(c.d);
	VCF_CHECK(bd == (vc_isodow(c.d) <= 5 && !vc_is_public_holiday(c.d)),
			  "%s: vc_is_business_day says %d, day of week %d, holiday %d",
			  show_day(c.d), (int) bd, vc_isodow(c.d), (int) vc_is_public_holiday(c.d));
	if (!find_start(&c, bd))
		return;
	check_exists(&c);
	if (c.rc == VC_OK)
		check_result(&c);
}
