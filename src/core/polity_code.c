/*
 * polity_code.c
 *		Packing canonical polity codes into 64 bits and back.
 */
#include "polity_code.h"

bool
gp_code_pack(const char *s, size_t len, gp_polity *out)
{
	gp_polity	p = 0;
	size_t		i = 0;

	if (len == 0 || len > GP_CODE_MAX)
		return false;
	if (s[0] == GP_ACTOR_PREFIX)
	{
		if (len < 2)
			return false;
		i = 1;
	}
	for (size_t j = i; j < len; j++)
		if (!gp_code_char(s[j]))
			return false;
	for (i = 0; i < GP_CODE_MAX; i++)
		p = (p << 8) | (i < len ? (unsigned char) s[i] : 0);
	*out = p;
	return true;
}

size_t
gp_code_unpack(gp_polity p, char *buf)
{
	size_t		n = 0;

	for (int shift = 56; shift >= 0; shift -= 8)
	{
		char		c = (char) ((p >> shift) & 0xff);

		if (c == 0)
			break;
		buf[n++] = c;
	}
	buf[n] = '\0';
	return n;
}
