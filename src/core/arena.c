/*
 * arena.c
 *		Chunked string storage and the key hash.
 */
#include "arena.h"

#include <string.h>

struct gp_arena_chunk
{
	gp_arena_chunk *next;
	size_t		used;
	size_t		size;
	char		data[];
};

char *
gp_arena_copy(gp_arena *arena, const char *s, size_t n)
{
	gp_arena_chunk *c = arena->chunks;
	char	   *p;

	if (c == NULL || c->used + n + 1 > c->size)
	{
		size_t		size = n + 1 > arena->chunk_size ? n + 1 : arena->chunk_size;

		c = arena->a->alloc(arena->a->ctx, sizeof(gp_arena_chunk) + size);
		if (c == NULL)
			return NULL;
		c->next = arena->chunks;
		c->used = 0;
		c->size = size;
		arena->chunks = c;
	}
	p = c->data + c->used;
	memcpy(p, s, n);
	p[n] = '\0';
	c->used += n + 1;
	return p;
}

void
gp_arena_free(gp_arena *arena)
{
	while (arena->chunks)
	{
		gp_arena_chunk *next = arena->chunks->next;

		arena->a->free(arena->a->ctx, arena->chunks);
		arena->chunks = next;
	}
}

uint32_t
gp_hash_bytes(const char *s, size_t n)
{
	uint64_t	h = 0x9E3779B97F4A7C15ULL ^ n;
	size_t		i = 0;

	for (; i + 8 <= n; i += 8)
	{
		uint64_t	w;

		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 32;
	}
	if (i < n)
	{
		/* the tail through a fixed-size buffer: memcpy of n - i bytes is a call */
		unsigned char tail[8] = {0};
		uint64_t	w;

		for (size_t k = 0; i + k < n; k++)
			tail[k] = (unsigned char) s[i + k];
		memcpy(&w, tail, 8);
		h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
		h ^= h >> 32;
	}
	h *= 0xC4CEB9FE1A85EC53ULL;
	return (uint32_t) (h >> 32);
}
