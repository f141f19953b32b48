/*
 * arena.h
 *		String storage that lives as long as its index, and the key hash
 *		the name index and the gazetteer share.
 */
#ifndef GP_ARENA_H
#define GP_ARENA_H

#include "alloc.h"

#include <stddef.h>
#include <stdint.h>

typedef struct gp_arena_chunk gp_arena_chunk;

typedef struct gp_arena
{
	const gp_allocator *a;
	gp_arena_chunk *chunks;
	size_t		chunk_size;
} gp_arena;

/* A NUL-terminated copy of n bytes of s, or NULL on no memory. */
extern char *gp_arena_copy(gp_arena *arena, const char *s, size_t n);

/* Free every chunk. */
extern void gp_arena_free(gp_arena *arena);

/* A hash of n bytes, eight at a time: lookups are the scanner's inner loop. */
extern uint32_t gp_hash_bytes(const char *s, size_t n);

#endif							/* GP_ARENA_H */
