/*
 * fuzz_extract_utf8.c
 *		libFuzzer harness: the whole extraction over valid UTF-8 only.
 *
 * The same checks as fuzz_extract.c, but inputs that are not valid UTF-8
 * are skipped, so the fuzzer spends its time on text the glue can pass.
 */
#define FUZZ_NAME "fuzz_extract_utf8"
#define FUZZ_UTF8_ONLY 1
#include "polity_parse.h"
#include "fuzz_extract.c"
