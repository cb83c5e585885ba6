/*
 * fuzz_schoolyear.c
 *	  libFuzzer target: vc_schoolyear_parse on arbitrary text.
 *	  The properties are in properties.c (vcf_check_schoolyear).
 */
#include "properties.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	vcf_check_schoolyear(data, size);
	return 0;
}
