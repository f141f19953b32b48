/*
 * agreement_gin.c
 *		GIN support for agreement: one int8 key per party.
 *
 * A key is the party's packed polity code, so the index is the same size
 * as a GIN index over the polity[] of the parties, and a party lookup is
 * one key.  The strategy numbers are named here, once.
 */
#include "agreement_datum.h"

#include "access/gin.h"
#include "access/stratnum.h"

#define GEOPOL_OVERLAP_ARRAY		RTOverlapStrategyNumber	/* 3: && polity[] */
#define GEOPOL_CONTAINS_ARRAY		RTContainsStrategyNumber	/* 7: @> polity[] */
#define GEOPOL_CONTAINED_ARRAY		RTContainedByStrategyNumber	/* 8: <@ polity[] */
#define GEOPOL_HAS_PARTY			20	/* @> polity */
#define GEOPOL_OVERLAP_AGREEMENT	21	/* && agreement */

static Datum *
keys_of(const gp_polity *ps, int n)
{
	Datum	   *keys = palloc(sizeof(Datum) * (n > 0 ? n : 1));

	for (int i = 0; i < n; i++)
		keys[i] = Int64GetDatum((int64) ps[i]);
	return keys;
}

PG_FUNCTION_INFO_V1(agreement_gin_extract_value);
Datum
agreement_gin_extract_value(PG_FUNCTION_ARGS)
{
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	gp_agreement ag;

	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &ag);
	*nkeys = (int32) ag.nparties;
	PG_RETURN_POINTER(keys_of(ag.parties, (int) ag.nparties));
}

PG_FUNCTION_INFO_V1(agreement_gin_extract_query);
Datum
agreement_gin_extract_query(PG_FUNCTION_ARGS)
{
	int32	   *nkeys = (int32 *) PG_GETARG_POINTER(1);
	StrategyNumber strategy = PG_GETARG_UINT16(2);
	int32	   *searchMode = (int32 *) PG_GETARG_POINTER(6);
	gp_polity  *ps;
	int			n;

	switch (strategy)
	{
		case GEOPOL_HAS_PARTY:
			{
				gp_polity	p = PG_GETARG_POLITY(0);

				*nkeys = 1;
				PG_RETURN_POINTER(keys_of(&p, 1));
			}
		case GEOPOL_OVERLAP_AGREEMENT:
			{
				gp_agreement ag;

				geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &ag);
				*nkeys = (int32) ag.nparties;
				PG_RETURN_POINTER(keys_of(ag.parties, (int) ag.nparties));
			}
		case GEOPOL_OVERLAP_ARRAY:
		case GEOPOL_CONTAINS_ARRAY:
		case GEOPOL_CONTAINED_ARRAY:
			ps = geopol_polity_array(PG_GETARG_ARRAYTYPE_P(0), &n);
			*nkeys = n;
			/* every agreement contains the empty set */
			if (n == 0 && strategy == GEOPOL_CONTAINS_ARRAY)
				*searchMode = GIN_SEARCH_MODE_ALL;
			PG_RETURN_POINTER(keys_of(ps, n));
		default:
			elog(ERROR, "agreement_gin_extract_query: unknown strategy number %d", strategy);
	}
	PG_RETURN_NULL();
}

PG_FUNCTION_INFO_V1(agreement_gin_consistent);
Datum
agreement_gin_consistent(PG_FUNCTION_ARGS)
{
	bool	   *check = (bool *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nkeys = PG_GETARG_INT32(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(5);
	bool		any = false,
				all = true;

	for (int i = 0; i < nkeys; i++)
	{
		any |= check[i];
		all &= check[i];
	}
	*recheck = false;
	switch (strategy)
	{
		case GEOPOL_HAS_PARTY:
		case GEOPOL_CONTAINS_ARRAY:
			PG_RETURN_BOOL(all);
		case GEOPOL_OVERLAP_ARRAY:
		case GEOPOL_OVERLAP_AGREEMENT:
			PG_RETURN_BOOL(any);
		case GEOPOL_CONTAINED_ARRAY:
			/* the index cannot see parties outside the array: recheck */
			*recheck = true;
			PG_RETURN_BOOL(any);
		default:
			elog(ERROR, "agreement_gin_consistent: unknown strategy number %d", strategy);
	}
	PG_RETURN_BOOL(false);
}

PG_FUNCTION_INFO_V1(agreement_gin_triconsistent);
Datum
agreement_gin_triconsistent(PG_FUNCTION_ARGS)
{
	GinTernaryValue *check = (GinTernaryValue *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = PG_GETARG_UINT16(1);
	int32		nkeys = PG_GETARG_INT32(3);
	GinTernaryValue any = GIN_FALSE,
				all = GIN_TRUE;

	for (int i = 0; i < nkeys; i++)
	{
		if (check[i] == GIN_TRUE)
			any = GIN_TRUE;
		else if (check[i] == GIN_MAYBE && any == GIN_FALSE)
			any = GIN_MAYBE;
		if (check[i] == GIN_FALSE)
			all = GIN_FALSE;
		else if (check[i] == GIN_MAYBE && all == GIN_TRUE)
			all = GIN_MAYBE;
	}
	switch (strategy)
	{
		case GEOPOL_HAS_PARTY:
		case GEOPOL_CONTAINS_ARRAY:
			PG_RETURN_GIN_TERNARY_VALUE(all);
		case GEOPOL_OVERLAP_ARRAY:
		case GEOPOL_OVERLAP_AGREEMENT:
			PG_RETURN_GIN_TERNARY_VALUE(any);
		case GEOPOL_CONTAINED_ARRAY:
			PG_RETURN_GIN_TERNARY_VALUE(any == GIN_FALSE ? GIN_FALSE : GIN_MAYBE);
		default:
			elog(ERROR, "agreement_gin_triconsistent: unknown strategy number %d", strategy);
	}
	PG_RETURN_GIN_TERNARY_VALUE(GIN_FALSE);
}
