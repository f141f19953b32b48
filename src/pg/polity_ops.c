/*
 * polity_ops.c
 *		Comparison and hashing of polities.
 *
 * A polity is its packed code (polity_code.h), so comparison is integer
 * comparison and hashing is int8's: no ICU, collation or locale involved.
 */
#include "geopol.h"

#include "utils/fmgrprotos.h"
#include "utils/sortsupport.h"

static inline int
polity_cmp_internal(gp_polity a, gp_polity b)
{
	return (a > b) - (a < b);
}

#define POLITY_CMP_FN(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	int			c = polity_cmp_internal(PG_GETARG_POLITY(0), PG_GETARG_POLITY(1)); \
	PG_RETURN_BOOL(expr); \
}

POLITY_CMP_FN(polity_eq, c == 0)
POLITY_CMP_FN(polity_ne, c != 0)
POLITY_CMP_FN(polity_lt, c < 0)
POLITY_CMP_FN(polity_le, c <= 0)
POLITY_CMP_FN(polity_gt, c > 0)
POLITY_CMP_FN(polity_ge, c >= 0)

PG_FUNCTION_INFO_V1(polity_cmp);
Datum
polity_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(polity_cmp_internal(PG_GETARG_POLITY(0), PG_GETARG_POLITY(1)));
}

static int
polity_fastcmp(Datum a, Datum b, SortSupport ssup)
{
	return polity_cmp_internal(DatumGetPolity(a), DatumGetPolity(b));
}

PG_FUNCTION_INFO_V1(polity_sortsupport);
Datum
polity_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = polity_fastcmp;
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(polity_hash);
Datum
polity_hash(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall1(hashint8, PG_GETARG_DATUM(0));
}

PG_FUNCTION_INFO_V1(polity_hash_extended);
Datum
polity_hash_extended(PG_FUNCTION_ARGS)
{
	return DirectFunctionCall2(hashint8extended, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1));
}
