/*
 * alloc.c
 *		The malloc allocator, for unit tests, fuzzers and tools.
 */
#include "alloc.h"

#include <stdlib.h>

static void *
malloc_alloc(void *ctx, size_t size)
{
	(void) ctx;
	return malloc(size);
}

static void
malloc_free(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

const gp_allocator gp_malloc_allocator = {malloc_alloc, malloc_free, NULL};
