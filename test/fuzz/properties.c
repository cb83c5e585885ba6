/*
 * properties.c
 *	  What the property checks of the fuzz targets share (see
 *	  properties.h): failing, the input as a cstring, printable text, and
 *	  the check of a parser's error report.  The properties themselves are
 *	  in properties_text.c (school years, ISO weeks) and
 *	  properties_busday.c (working days), or in the target's own file.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "properties.h"

/* ---------------------------------------------------------------------
 * Helpers
 * ---------------------------------------------------------------------
 */

void
vcf_fail(const char *fmt,...)
{
	va_list		args;

	fputs("vigo_cal fuzz: property violated: ", stderr);
	va_start(args, fmt);
	vfprintf(stderr, fmt, args);
	va_end(args);
	fputc('\n', stderr);
	fflush(stderr);
	abort();
}

char *
vcf_cstring(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t		len = nul ? (size_t) (nul - data) : size;
	char	   *text = vcf_xmalloc(len + 1);

	if (len > 0)
		memcpy(text, data, len);
	text[len] = '\0';
	return text;
}

const char *
vcf_show(const char *text)
{
	static char buf[4 * 300 + 8];
	size_t		used = 0;
	const unsigned char *p;

	for (p = (const unsigned char *) text; *p && used < sizeof(buf) - 8; p++)
	{
		if (*p == '"' || *p == '\\')
			used += (size_t) snprintf(buf + used, sizeof(buf) - used, "\\%c", *p);
		else if (isprint(*p))
			buf[used++] = (char) *p;
		else
			used += (size_t) snprintf(buf + used, sizeof(buf) - used, "\\x%02x", *p);
	}
	if (*p)
		used += (size_t) snprintf(buf + used, sizeof(buf) - used, "...");
	buf[used] = '\0';
	return buf;
}

/* A hint pointer no parser can produce: tells "hint not set" apart. */
static const char poison_hint[] = "(hint not set by the parser)";

void
vcf_poison_error(vc_error *err)
{
	memset(err, 0xA5, sizeof(*err));
	err->hint = poison_hint;
}

void
vcf_check_error(const char *what, const char *text, vc_status rc,
				const vc_error *err, unsigned allowed)
{
	const char *show = vcf_show(text);
	size_t		len = strlen(text);

	VCF_CHECK((unsigned) rc < 32 && (allowed & VCF_STATUS_BIT(rc)),
			  "%s(\"%s\") returned status %d, not one of its error codes",
			  what, show, (int) rc);
	VCF_CHECK(err->status == rc,
			  "%s(\"%s\") returned %d but err.status is %d",
			  what, show, (int) rc, (int) err->status);
	VCF_CHECK(err->position >= 0 && (size_t) err->position <= len + 1,
			  "%s(\"%s\"): err.position %d outside 0..%zu",
			  what, show, err->position, len + 1);
	VCF_CHECK(memchr(err->detail, '\0', sizeof(err->detail)) != NULL,
			  "%s(\"%s\"): err.detail is not NUL-terminated", what, show);
	VCF_CHECK(err->detail[0] != '\0',
			  "%s(\"%s\"): err.detail is empty", what, show);
	VCF_CHECK(err->hint != poison_hint,
			  "%s(\"%s\"): err.hint was not set", what, show);
	if (err->hint != NULL)
		VCF_CHECK(strlen(err->hint) > 0,
				  "%s(\"%s\"): err.hint is an empty string", what, show);
}

void *
vcf_xmalloc(size_t n)
{
	void	   *p = malloc(n);

	if (p == NULL)
		vcf_fail("out of memory");
	return p;
}
