/*
 * properties.h
 *	  Property checks for the fuzz targets of the calendar core, shared by
 *	  the libFuzzer targets (test/fuzz/fuzz_<name>.c, built with clang) and
 *	  the replay driver (test/fuzz/run_crashers.c, built with plain cc), so
 *	  that what the fuzzer checks and what the regression replay checks are
 *	  the same code.
 *
 * A violated property is reported on stderr and ends the process with
 * abort(), which libFuzzer records as a crash and the replay driver as a
 * failed input.
 *
 * The helpers are in properties.c, the checks of the text forms in
 * properties_text.c, those of working days in properties_busday.c.
 *
 * Adding a target <name>: write test/fuzz/fuzz_<name>.c, whose
 * LLVMFuzzerTestOneInput calls its checks (kept in that file, using the
 * helpers below, or in a properties_*.c file declared here), add <name>
 * to FUZZ_TARGETS in the Makefile, and optionally seeds in
 * test/fuzz/corpus/<name>/ and a dictionary test/fuzz/<name>.dict.
 */
#ifndef VC_FUZZ_PROPERTIES_H
#define VC_FUZZ_PROPERTIES_H

#include <stddef.h>
#include <stdint.h>

#include "vc_internal.h"

#if defined(__GNUC__)
#define VCF_NORETURN __attribute__((noreturn))
#else
#define VCF_NORETURN
#endif

/* Report a violated property (printf-style) and abort(). */
extern void vcf_fail(const char *fmt,...) VCF_NORETURN VC_PRINTF(1, 2);

/* malloc, or fail. */
extern void *vcf_xmalloc(size_t n);

/* A day result that the code under test must not have written. */
#define DAY_UNTOUCHED ((vc_day) -2000000000)

/* Check a condition; on failure report the message and abort(). */
#define VCF_CHECK(cond, ...) \
	do { \
		if (!(cond)) \
			vcf_fail(__VA_ARGS__); \
	} while (0)

/*
 * The input as a PostgreSQL cstring would carry it: a copy cut at the
 * first NUL, in a heap block of exactly strlen + 1 bytes (so that the
 * sanitizers see any read past the terminator).  Free it with free().
 */
extern char *vcf_cstring(const uint8_t *data, size_t size);

/* A bit for a status, to build the set of statuses a parser may return. */
#define VCF_STATUS_BIT(s) (1u << (unsigned) (s))

/* A vc_error filled with garbage, to see which fields the parser sets. */
extern void vcf_poison_error(vc_error *err);

/*
 * Check a parser's error report for text after it returned rc != VC_OK:
 * rc and err->status are equal and in the set allowed, err->position is in
 * 0 .. strlen(text) + 1, err->detail is NUL-terminated and not empty, and
 * err->hint was set (NULL or a string).  err must have been poisoned with
 * vcf_poison_error before the call.  what names the parser in messages.
 */
extern void vcf_check_error(const char *what, const char *text, vc_status rc,
							const vc_error *err, unsigned allowed);

/* Printable form of text for messages (escapes non-printing bytes). */
extern const char *vcf_show(const char *text);

/* The properties of each target, on the raw bytes from the fuzzer. */
extern void vcf_check_schoolyear(const uint8_t *data, size_t size);
extern void vcf_check_isoweek(const uint8_t *data, size_t size);

/*
 * Working days: the input is read as (missing bytes count as zero)
 *   bytes 0-3   a day, little-endian uint32, mapped onto VC_MIN_DAY..VC_MAX_DAY
 *   byte  4     roll = b % 6 (vc_roll); width of n = (b / 6) % 4:
 *               0: 1 byte, 1: 2 bytes, 2: 4 bytes, 3: 8 bytes
 *   bytes 5-    n, little-endian two's complement of that width
 */
extern void vcf_check_busday(const uint8_t *data, size_t size);

#endif							/* VC_FUZZ_PROPERTIES_H */
