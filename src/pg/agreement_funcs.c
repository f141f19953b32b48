/*
 * agreement_funcs.c
 *		The agreement constructor and an accessor for each field.
 */
#include "agreement_datum.h"

#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"

#include "network_dot.h"

static int
vocab_arg(text *t, const char *const *vocab, int n, const char *what)
{
	char	   *s = text_to_cstring(t);
	int			i = gp_vocab_find(vocab, n, s, strlen(s));

	if (i < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown agreement %s \"%s\"", what, s)));
	return i;
}

static uint32
vocab_set_arg(ArrayType *arr, const char *const *vocab, int n, const char *what)
{
	Datum	   *elems;
	bool	   *nulls;
	int			count;
	uint32		bits = 0;

	deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &count);
	for (int i = 0; i < count; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("agreement %s must not contain nulls", what)));
		bits |= 1u << vocab_arg(DatumGetTextPP(elems[i]), vocab, n, what);
	}
	return bits;
}

/*
 * geopol.agreement(kind, parties, status, date, date_precision, domains,
 * clauses, title).  The date goes where the status puts it: the signing
 * date up to ratified, the date in force for in_force, the end date for
 * suspended and terminated.  Not STRICT: only kind and parties are required.
 */
PG_FUNCTION_INFO_V1(agreement_make);
Datum
agreement_make(PG_FUNCTION_ARGS)
{
	gp_agreement ag;
	gp_polity  *parties;
	int			n;
	gp_error	err;
	char	   *title = NULL;

	for (int i = 0; i < 2; i++)
		if (PG_ARGISNULL(i))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("agreement %s must not be null", i == 0 ? "kind" : "parties")));
	memset(&ag, 0, sizeof(ag));
	ag.kind = vocab_arg(PG_GETARG_TEXT_PP(0), gp_agreement_kinds, gp_agreement_nkinds, "kind");
	parties = geopol_polity_array(PG_GETARG_ARRAYTYPE_P(1), &n);
	ag.nparties = (uint32) n;
	ag.status = PG_ARGISNULL(2) ? GP_STATUS_SIGNED :
		vocab_arg(PG_GETARG_TEXT_PP(2), gp_agreement_statuses, gp_agreement_nstatuses, "status");
	if (!PG_ARGISNULL(3))
	{
		DateADT		date = PG_GETARG_DATEADT(3);
		int			prec = PG_ARGISNULL(4) ? GP_PREC_DAY :
			vocab_arg(PG_GETARG_TEXT_PP(4), gp_precision_names, 4, "date precision");
		int			y,
					m,
					d;
		gp_fuzzy_date *slot = &ag.dates[gp_agreement_status_date(&ag)];

		if (DATE_NOT_FINITE(date))
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("agreement date must be finite")));
		if (prec == GP_PREC_NONE)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("a date needs a precision of day, month or year")));
		/* keep the first day of the period the precision names */
		gp_date_to_ymd((gp_date) date, &y, &m, &d);
		slot->prec = (gp_precision) prec;
		slot->date = gp_date_from_ymd(y, prec >= GP_PREC_MONTH ? m : 1,
									  prec == GP_PREC_DAY ? d : 1);
	}
	if (!PG_ARGISNULL(5))
		ag.domains = vocab_set_arg(PG_GETARG_ARRAYTYPE_P(5), gp_agreement_domains,
								   gp_agreement_ndomains, "domain");
	if (!PG_ARGISNULL(6))
		ag.clauses = vocab_set_arg(PG_GETARG_ARRAYTYPE_P(6), gp_agreement_clauses,
								   gp_agreement_nclauses, "clause");
	if (!PG_ARGISNULL(7))
	{
		text	   *t = PG_GETARG_TEXT_PP(7);

		title = pg_server_to_any(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), PG_UTF8);
		ag.title = title;
		ag.title_len = (uint32) (title == VARDATA_ANY(t) ? VARSIZE_ANY_EXHDR(t) : strlen(title));
	}
	if (gp_agreement_normalise(&ag, parties, &err) != GP_OK)
		ereport(ERROR,
				(errcode(geopol_sqlstate(err.status) == ERRCODE_INVALID_TEXT_REPRESENTATION ?
						 ERRCODE_INVALID_PARAMETER_VALUE : geopol_sqlstate(err.status)),
				 errmsg("%s", err.message),
				 err.detail[0] ? errdetail("%s", err.detail) : 0));
	PG_RETURN_AGREEMENT_P(geopol_agreement_pack(&ag));
}

#define VIEW(ag) \
	gp_agreement ag; \
	geopol_agreement_view(PG_GETARG_AGREEMENT_P(0), &ag)

PG_FUNCTION_INFO_V1(agreement_kind);
Datum
agreement_kind(PG_FUNCTION_ARGS)
{
	VIEW(ag);
	PG_RETURN_TEXT_P(cstring_to_text(gp_agreement_kinds[ag.kind]));
}

PG_FUNCTION_INFO_V1(agreement_status);
Datum
agreement_status(PG_FUNCTION_ARGS)
{
	VIEW(ag);
	PG_RETURN_TEXT_P(cstring_to_text(gp_agreement_statuses[ag.status]));
}

PG_FUNCTION_INFO_V1(agreement_parties);
Datum
agreement_parties(PG_FUNCTION_ARGS)
{
	Datum	   *elems;
	Oid			polity_type = get_fn_expr_rettype(fcinfo->flinfo);

	VIEW(ag);
	elems = palloc(sizeof(Datum) * ag.nparties);
	for (uint32 i = 0; i < ag.nparties; i++)
		elems[i] = PolityGetDatum(ag.parties[i]);
	polity_type = get_element_type(polity_type);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, (int) ag.nparties, polity_type,
										  sizeof(gp_polity), true, TYPALIGN_DOUBLE));
}

/* The date of field i (or of the status when i < 0), or NULL. */
static Datum
date_field(FunctionCallInfo fcinfo, int i, bool precision)
{
	VIEW(ag);
	if (i < 0)
		i = gp_agreement_status_date(&ag);
	if (ag.dates[i].prec == GP_PREC_NONE)
		PG_RETURN_NULL();
	if (precision)
		PG_RETURN_TEXT_P(cstring_to_text(gp_precision_names[ag.dates[i].prec]));
	PG_RETURN_DATEADT((DateADT) ag.dates[i].date);
}

PG_FUNCTION_INFO_V1(agreement_date);
Datum
agreement_date(PG_FUNCTION_ARGS)
{
	return date_field(fcinfo, -1, false);
}

PG_FUNCTION_INFO_V1(agreement_date_precision);
Datum
agreement_date_precision(PG_FUNCTION_ARGS)
{
	return date_field(fcinfo, -1, true);
}

PG_FUNCTION_INFO_V1(agreement_signed);
Datum
agreement_signed(PG_FUNCTION_ARGS)
{
	return date_field(fcinfo, GP_DATE_SIGNED, false);
}

PG_FUNCTION_INFO_V1(agreement_in_force);
Datum
agreement_in_force(PG_FUNCTION_ARGS)
{
	return date_field(fcinfo, GP_DATE_IN_FORCE, false);
}

PG_FUNCTION_INFO_V1(agreement_ended);
Datum
agreement_ended(PG_FUNCTION_ARGS)
{
	return date_field(fcinfo, GP_DATE_ENDED, false);
}

/* A set as text[], in name order. */
Datum
geopol_set_array(uint32 bits, const char *const *vocab, int n)
{
	Datum		elems[32];
	int			m = 0;

	for (int i = 0; i < n; i++)
		if (bits & (1u << i))
		{
			int			j = m++;

			for (; j > 0 && strcmp(TextDatumGetCString(elems[j - 1]), vocab[i]) > 0; j--)
				elems[j] = elems[j - 1];
			elems[j] = CStringGetTextDatum(vocab[i]);
		}
	return PointerGetDatum(construct_array(elems, m, TEXTOID, -1, false, TYPALIGN_INT));
}

PG_FUNCTION_INFO_V1(agreement_domains);
Datum
agreement_domains(PG_FUNCTION_ARGS)
{
	VIEW(ag);
	return geopol_set_array(ag.domains, gp_agreement_domains, gp_agreement_ndomains);
}

PG_FUNCTION_INFO_V1(agreement_clauses);
Datum
agreement_clauses(PG_FUNCTION_ARGS)
{
	VIEW(ag);
	return geopol_set_array(ag.clauses, gp_agreement_clauses, gp_agreement_nclauses);
}

PG_FUNCTION_INFO_V1(agreement_mutual_defence);
Datum
agreement_mutual_defence(PG_FUNCTION_ARGS)
{
	int			bit = gp_vocab_find(gp_agreement_clauses, gp_agreement_nclauses,
									"mutual_defence", 14);

	VIEW(ag);
	PG_RETURN_BOOL((ag.clauses >> bit) & 1);
}

PG_FUNCTION_INFO_V1(agreement_title);
Datum
agreement_title(PG_FUNCTION_ARGS)
{
	VIEW(ag);
	if (ag.title == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(pg_any_to_server(ag.title, (int) ag.title_len, PG_UTF8)));
}

/* geopol.network_dot(agreement[]): the parties' network as Graphviz DOT. */
PG_FUNCTION_INFO_V1(agreement_network_dot);
Datum
agreement_network_dot(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	Datum	   *elems;
	bool	   *nulls;
	int			n,
				m = 0;
	gp_agreement *ags;
	size_t		len;
	char	   *buf;

	deconstruct_array(arr, ARR_ELEMTYPE(arr), -1, false, TYPALIGN_DOUBLE, &elems, &nulls, &n);
	ags = palloc(sizeof(gp_agreement) * (n + 1));
	for (int i = 0; i < n; i++)
		if (!nulls[i])
			geopol_agreement_view(DatumGetAgreementP(elems[i]), &ags[m++]);
	len = gp_network_dot(geopol_catalog(), ags, (size_t) m, NULL, 0);
	buf = palloc(len + 1);
	gp_network_dot(geopol_catalog(), ags, (size_t) m, buf, len + 1);
	PG_RETURN_TEXT_P(cstring_to_text_with_len(pg_any_to_server(buf, (int) len, PG_UTF8), (int) len));
}
