/*
 * agreement_datum.h
 *		The agreement datum: accessor macros and the view helper.
 *
 * The varlena is the core's packed form (src/core/agreement.h), read in
 * place after PG_DETOAST_DATUM.
 */
#ifndef GEOPOL_AGREEMENT_DATUM_H
#define GEOPOL_AGREEMENT_DATUM_H

#include "geopol.h"

#include "utils/array.h"

#include "agreement.h"

typedef struct varlena AgreementDatum;

#define DatumGetAgreementP(d)		((AgreementDatum *) PG_DETOAST_DATUM(d))
#define PG_GETARG_AGREEMENT_P(n)	DatumGetAgreementP(PG_GETARG_DATUM(n))
#define PG_RETURN_AGREEMENT_P(x)	PG_RETURN_POINTER(x)

/* A checked view of a detoasted agreement; ereports on corrupt data. */
extern void geopol_agreement_view(const AgreementDatum *d, gp_agreement *out);

/* Pack an unpacked agreement into a new palloc'd datum. */
extern AgreementDatum *geopol_agreement_pack(const gp_agreement *ag);

/* A set of domains or clauses as text[], in name order. */
extern Datum geopol_set_array(uint32 bits, const char *const *vocab, int n);

/* The elements of a polity[]; ereports on NULL elements.  Sorted, unique. */
extern gp_polity *geopol_polity_array(ArrayType *arr, int *n);

#endif							/* GEOPOL_AGREEMENT_DATUM_H */
