/*
 * fuzz_isoweek.c
 *	  libFuzzer target: vc_isoweek_parse on arbitrary text.
 *	  The properties are in properties.c (vcf_check_isoweek).
 */
#include "properties.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	vcf_check_isoweek(data, size);
	return 0;
}
