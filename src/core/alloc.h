/*
 * alloc.h
 *		The caller-passed allocator every long-lived core structure uses.
 *
 * The glue passes one backed by a PostgreSQL memory context; the unit tests
 * and fuzzers pass malloc.  alloc returns NULL on failure (never longjmps),
 * and the core turns that into GP_ERR_NO_MEMORY.
 */
#ifndef GP_ALLOC_H
#define GP_ALLOC_H

#include <stddef.h>

typedef struct gp_allocator
{
	void	   *(*alloc) (void *ctx, size_t size);
	void		(*free) (void *ctx, void *ptr);
	void	   *ctx;
} gp_allocator;

/* malloc/free, for tests and tools */
extern const gp_allocator gp_malloc_allocator;

#endif							/* GP_ALLOC_H */
