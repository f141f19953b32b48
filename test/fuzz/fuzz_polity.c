/*
 * fuzz_polity.c
 *		libFuzzer harness: gp_polity_parse over arbitrary bytes.
 *
 * The catalog and the name index (catalog names, CLDR names, state forms)
 * are built once; every input is parsed as a code and then as a name.
 * A name's candidates must agree with the parse: one exactly when it reads,
 * and that one, sorted and distinct.
 */
#include "catalog.h"
#include "names.h"
#include "polity_parse.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static gp_catalog *cat;
static gp_names *names;

int			LLVMFuzzerInitialize(int *argc, char ***argv);
int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	gp_error	err;

	(void) argc;
	(void) argv;
	if (gp_catalog_load(&gp_malloc_allocator, &cat, &err) != GP_OK ||
		gp_names_create(&gp_malloc_allocator, &names, &err) != GP_OK ||
		gp_names_add_builtin(names, cat, &err) != GP_OK)
	{
		fprintf(stderr, "fuzz_polity: setup failed: %s\n", err.message);
		abort();
	}
	return 0;
}

/* gp_polity_name_candidates agrees with gp_polity_parse on names */
static void
candidates_agree(const uint8_t *data, size_t size, gp_status st, gp_polity p)
{
	gp_error	err;
	gp_polity	code,
				out[GP_MAX_CANDIDATES];
	size_t		b,
				len;
	int			n;
	const char *s = (const char *) data;
	const gp_names *idx = names;

	if (gp_polity_check_input(s, size, &b, &len, &err) != GP_OK ||
		gp_polity_parse_code(cat, s + b, len, &code, &err) != GP_ERR_UNKNOWN)
		return;
	if (gp_polity_name_candidates(cat, &idx, 1, s + b, len, out, &n, &err) != GP_OK)
	{
		if (st == GP_OK)
			abort();
		return;
	}
	if (n < 0 || n > GP_MAX_CANDIDATES || (st == GP_OK) != (n == 1) ||
		(st == GP_OK && out[0] != p) ||
		(st == GP_ERR_AMBIGUOUS) != (n > 1))
		abort();
	for (int i = 1; i < n; i++)
		if (out[i - 1] >= out[i])
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gp_error	err;
	gp_polity	p = 0;
	gp_status	st;

	memset(&err, 0, sizeof(err));
	st = gp_polity_parse(cat, names, (const char *) data, size, &p, &err);
	if (st == GP_OK)
	{
		char		code[GP_CODE_MAX + 1];
		size_t		n = gp_code_unpack(p, code);

		/* a result is a real polity (or an actor), and its code reads back */
		if (n == 0 || n > GP_CODE_MAX || strlen(code) != n)
			abort();
		if (!gp_polity_is_actor(p) && gp_catalog_find(cat, p) == NULL)
			abort();
	}
	else
	{
		/* the messages are NUL-terminated strings the glue can print */
		if (memchr(err.message, '\0', sizeof(err.message)) == NULL ||
			memchr(err.hint, '\0', sizeof(err.hint)) == NULL ||
			memchr(err.detail, '\0', sizeof(err.detail)) == NULL)
			abort();
	}
	candidates_agree(data, size, st, p);
	return 0;
}
