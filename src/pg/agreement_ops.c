/*
 * agreement_ops.c
 *		Comparison, hashing, party containment and distance of agreements.
 *
 * Packing is canonical (src/core/agreement.h), so equality and hashing work
 * on the bytes; the btree order needs the fields (first date, kind, parties).
 */
#include "agreement_datum.h"

#include "common/hashfn.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/array.h"

static bool
agreement_bytes_equal(AgreementDatum *a, AgreementDatum *b)
{
	return VARSIZE(a) == VARSIZE(b) &&
		memcmp(VARDATA(a), VARDATA(b), VARSIZE(a) - VARHDRSZ) == 0;
}

static int
agreement_cmp_internal(AgreementDatum *a, AgreementDatum *b)
{
	gp_agreement x,
				y;

	if (agreement_bytes_equal(a, b))
		return 0;
	geopol_agreement_view(a, &x);
	geopol_agreement_view(b, &y);
	return gp_agreement_cmp(&x, &y);
}

#define AGREEMENT_CMP_FN(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	AgreementDatum *a = PG_GETARG_AGREEMENT_P(0); \
	AgreementDatum *b = PG_GETARG_AGREEMENT_P(1); \
	int			c = agreement_cmp_internal(a, b); \
	PG_FREE_IF_COPY(a, 0); \
	PG_FREE_IF_COPY(b, 1); \
	PG_RETURN_BOOL(expr); \
}

AGREEMENT_CMP_FN(agreement_lt, c < 0)
AGREEMENT_CMP_FN(agreement_le, c <= 0)
AGREEMENT_CMP_FN(agreement_gt, c > 0)
AGREEMENT_CMP_FN(agreement_ge, c >= 0)

PG_FUNCTION_INFO_V1(agreement_eq);
Datum
agreement_eq(PG_FUNCTION_ARGS)
{
	AgreementDatum *a = PG_GETARG_AGREEMENT_P(0);
	AgreementDatum *b = PG_GETARG_AGREEMENT_P(1);
	bool		eq = agreement_bytes_equal(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	PG_RETURN_BOOL(eq);
}

PG_FUNCTION_INFO_V1(agreement_ne);
Datum
agreement_ne(PG_FUNCTION_ARGS)
{
	AgreementDatum *a = PG_GETARG_AGREEMENT_P(0);
	AgreementDatum *b = PG_GETARG_AGREEMENT_P(1);
	bool		eq = agreement_bytes_equal(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	PG_RETURN_BOOL(!eq);
}

PG_FUNCTION_INFO_V1(agreement_cmp);
Datum
agreement_cmp(PG_FUNCTION_ARGS)
{
	AgreementDatum *a = PG_GETARG_AGREEMENT_P(0);
	AgreementDatum *b = PG_GETARG_AGREEMENT_P(1);
	int			c = agreement_cmp_internal(a, b);

	PG_FREE_IF_COPY(a, 0);
	PG_FREE_IF_COPY(b, 1);
	PG_RETURN_INT32(c);
}

PG_FUNCTION_INFO_V1(agreement_hash);
Datum
agreement_hash(PG_FUNCTION_ARGS)
{
	AgreementDatum *a = PG_GETARG_AGREEMENT_P(0);
	Datum		h = hash_any((unsigned char *) VARDATA(a), VARSIZE(a) - VARHDRSZ);

	PG_FREE_IF_COPY(a, 0);
	return h;
}

PG_FUNCTION_INFO_V1(agreement_hash_extended);
Datum
agreement_hash_extended(PG_FUNCTION_ARGS)
{
	AgreementDatum *a = PG_GETARG_AGREEMENT_P(0);
	Datum		h = hash_any_extended((unsigned char *) VARDATA(a), VARSIZE(a) - VARHDRSZ,
									  PG_GETARG_INT64(1));

	PG_FREE_IF_COPY(a, 0);
	return h;
}

/* a @> p: p is a party */
PG_FUNCTION_INFO_V1(agreement_has_party);
Datum
agreement_has_party(PG_FUNCTION_ARGS)
{
	gp_agreement ag;

	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &ag);
	PG_RETURN_BOOL(gp_agreement_has_party(&ag, PG_GETARG_POLITY(1)));
}

/* a @> polity[]: every polity of the array is a party */
PG_FUNCTION_INFO_V1(agreement_contains_parties);
Datum
agreement_contains_parties(PG_FUNCTION_ARGS)
{
	gp_agreement ag;
	int			n;
	gp_polity  *ps = geopol_polity_array(PG_GETARG_ARRAYTYPE_P(1), &n);

	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &ag);
	for (int i = 0; i < n; i++)
		if (!gp_agreement_has_party(&ag, ps[i]))
			PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(true);
}

/* a <@ polity[]: every party is in the array */
PG_FUNCTION_INFO_V1(agreement_contained_by_parties);
Datum
agreement_contained_by_parties(PG_FUNCTION_ARGS)
{
	gp_agreement ag;
	int			n,
				j = 0;
	gp_polity  *ps = geopol_polity_array(PG_GETARG_ARRAYTYPE_P(1), &n);

	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &ag);
	for (uint32 i = 0; i < ag.nparties; i++)
	{
		while (j < n && ps[j] < ag.parties[i])
			j++;
		if (j == n || ps[j] != ag.parties[i])
			PG_RETURN_BOOL(false);
	}
	PG_RETURN_BOOL(true);
}

/* a && polity[]: some party is in the array */
PG_FUNCTION_INFO_V1(agreement_overlaps_parties);
Datum
agreement_overlaps_parties(PG_FUNCTION_ARGS)
{
	gp_agreement ag;
	int			n;
	gp_polity  *ps = geopol_polity_array(PG_GETARG_ARRAYTYPE_P(1), &n);

	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &ag);
	PG_RETURN_BOOL(gp_parties_overlap(ag.parties, ag.nparties, ps, (uint32) n));
}

/* a && b: the agreements share a party */
PG_FUNCTION_INFO_V1(agreement_overlaps);
Datum
agreement_overlaps(PG_FUNCTION_ARGS)
{
	gp_agreement a,
				b;

	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &a);
	geopol_agreement_view(PG_GETARG_AGREEMENT_P(1), &b);
	PG_RETURN_BOOL(gp_parties_overlap(a.parties, a.nparties, b.parties, b.nparties));
}

PG_FUNCTION_INFO_V1(agreement_distance);
Datum
agreement_distance(PG_FUNCTION_ARGS)
{
	gp_agreement a,
				b;

	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &a);
	geopol_agreement_view(PG_GETARG_AGREEMENT_P(1), &b);
	PG_RETURN_FLOAT8(gp_agreement_distance(&a, &b));
}

PG_FUNCTION_INFO_V1(agreement_similarity);
Datum
agreement_similarity(PG_FUNCTION_ARGS)
{
	gp_agreement a,
				b;

	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &a);
	geopol_agreement_view(PG_GETARG_AGREEMENT_P(1), &b);
	PG_RETURN_FLOAT8(1.0 - gp_agreement_distance(&a, &b));
}

PG_FUNCTION_INFO_V1(agreement_same);
Datum
agreement_same(PG_FUNCTION_ARGS)
{
	gp_agreement a,
				b;

	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &a);
	geopol_agreement_view(PG_GETARG_AGREEMENT_P(1), &b);
	PG_RETURN_BOOL(gp_agreement_same(&a, &b));
}

/*
 * The transition and combine function of geopol.merge(): strict, so the
 * first report is the state; every later one is folded in.  The result is
 * checked (an end date the merge put before a signing date is an error).
 */
PG_FUNCTION_INFO_V1(agreement_merge);
Datum
agreement_merge(PG_FUNCTION_ARGS)
{
	gp_agreement a,
				b;
	gp_polity  *parties;
	gp_error	err;

	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &a);
	geopol_agreement_view(PG_GETARG_AGREEMENT_P(1), &b);
	parties = palloc(sizeof(gp_polity) * a.nparties);
	memcpy(parties, a.parties, sizeof(gp_polity) * a.nparties);
	gp_agreement_merge(&a, &b);
	if (gp_agreement_normalise(&a, parties, &err) != GP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot merge these agreements: %s", err.message)));
	PG_RETURN_AGREEMENT_P(geopol_agreement_pack(&a));
}

/* The parties and, unless general, the kind: "IRN,RUS" or "IRN,RUS/defence_pact". */
PG_FUNCTION_INFO_V1(agreement_key);
Datum
agreement_key(PG_FUNCTION_ARGS)
{
	gp_agreement a;
	StringInfoData buf;

	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &a);
	initStringInfo(&buf);
	for (uint32 i = 0; i < a.nparties; i++)
	{
		char		code[GP_CODE_MAX + 1];

		gp_code_unpack(a.parties[i], code);
		appendStringInfo(&buf, "%s%s", i ? "," : "", code);
	}
	PG_RETURN_TEXT_P(cstring_to_text(buf.data));
}
