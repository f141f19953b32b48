/*
 * polity_code.h
 *		A polity's canonical code packed into 64 bits.
 *
 * Design: every polity has one canonical code of 1 to 8 characters from
 * [A-Z0-9+_], with a leading '@' for actors that users register.  The code
 * is packed big-endian into a uint64, zero-padded, so that integer order is
 * the code's byte order and equality, ordering and hashing never need ICU,
 * a collation or a lookup table.  0 is never a valid polity.
 *
 * Actor codes are accepted on syntax alone: a dump may restore a table of
 * polities before the table that registers its actors.
 */
#ifndef GP_POLITY_CODE_H
#define GP_POLITY_CODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint64_t gp_polity;

#define GP_CODE_MAX 8			/* characters in a canonical code */
#define GP_ACTOR_PREFIX '@'

/* Is c allowed in a code (after the optional actor prefix)? */
static inline bool
gp_code_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '_';
}

/*
 * Pack len bytes of s as a canonical code; false unless s is exactly a
 * well-formed canonical code (upper case, allowed characters, 1..8 long).
 */
extern bool gp_code_pack(const char *s, size_t len, gp_polity *out);

/* Write the code as a NUL-terminated string; buf must hold GP_CODE_MAX + 1. */
extern size_t gp_code_unpack(gp_polity p, char *buf);

static inline bool
gp_polity_is_actor(gp_polity p)
{
	return (char) (p >> 56) == GP_ACTOR_PREFIX;
}

#endif							/* GP_POLITY_CODE_H */
