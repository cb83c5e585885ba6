/*
 * fuzz_busday.c
 *	  libFuzzer target: working-day arithmetic (vc_busday_offset, vc_busday_count).
 *	  The properties are in properties.c (vcf_check_busday).
 */
#include "properties.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	vcf_check_busday(data, size);
	return 0;
}
