/*
 * vc_internal.h
 *	  Small arithmetic helpers shared by the calendar core's files.
 */
#ifndef VC_INTERNAL_H
#define VC_INTERNAL_H

#include <stdint.h>

/* Division rounding toward minus infinity, for day counts before 2000. */
static inline int64_t
vc_floor_div(int64_t a, int64_t b)
{
	int64_t		q = a / b;

	return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

static inline int64_t
vc_floor_mod(int64_t a, int64_t b)
{
	return a - vc_floor_div(a, b) * b;
}

#endif							/* VC_INTERNAL_H */
