/*
 * extract.c
 *		geopol.mentions() and geopol.polities(): extraction from article text.
 *
 * Materialized set-returning functions: the core scans the whole text in
 * one call (its memory comes from a context deleted at the end), and the
 * rows go to a tuplestore.  The scan asks every 256 KB whether an interrupt
 * is pending, stops, and the glue then services it, so statement_timeout and
 * cancel work on long texts.
 */
#include "geopol.h"

#include "funcapi.h"
#include "compat.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "agreement_datum.h"
#include "extract.h"
#include "mentions.h"

static int
interrupt_pending(void *ctx)
{
	return INTERRUPTS_PENDING_CONDITION();
}

static void *
cxt_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, size,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

static void
cxt_free(void *ctx, void *ptr)
{
	pfree(ptr);
}

/*
 * Scan body for mentions.  *utf8 is the text the byte offsets refer to (the
 * body itself in a UTF-8 database).  Everything lives in cxt.
 */
static void
scan(text *body, DateADT published, bool has_date, MemoryContext cxt,
	 gp_mention_list *list, char **utf8)
{
	const gp_gazetteer *gz = geopol_gazetteer();
	const gp_catalog *cat = geopol_catalog();
	gp_allocator alloc = {cxt_alloc, cxt_free, cxt};
	MemoryContext old = MemoryContextSwitchTo(cxt);
	char	   *s = VARDATA_ANY(body);
	size_t		len = VARSIZE_ANY_EXHDR(body);
	gp_error	err;
	gp_status	st;

	if (GetDatabaseEncoding() != PG_UTF8)
	{
		s = pg_server_to_any(s, (int) len, PG_UTF8);
		if (s != VARDATA_ANY(body))
			len = strlen(s);
	}
	MemoryContextSwitchTo(old);
	*utf8 = s;
	st = gp_find_mentions((const gp_gazetteer *) gz, cat, s, len,
						  has_date && !DATE_NOT_FINITE(published) ? (gp_date) published : GP_NO_DATE,
						  interrupt_pending, NULL, &alloc, list, &err);
	if (st == GP_ERR_CANCELLED)
	{
		CHECK_FOR_INTERRUPTS();
		/* the interrupt was only a notice: nothing to stop for */
		st = gp_find_mentions((const gp_gazetteer *) gz, cat, s, len,
							  has_date ? (gp_date) published : GP_NO_DATE,
							  NULL, NULL, &alloc, list, &err);
	}
	if (st != GP_OK)
		ereport(ERROR,
				(errcode(geopol_sqlstate(st)),
				 errmsg("could not extract mentions: %s", err.message)));
}

PG_FUNCTION_INFO_V1(geopol_mentions);
Datum
geopol_mentions(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	text	   *body;
	MemoryContext cxt;
	gp_mention_list list;
	char	   *utf8;
	bool		convert = GetDatabaseEncoding() != PG_UTF8;
	Datum		kinds[GP_MK_GROUP + 1];
	MemoryContext old;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	body = PG_GETARG_TEXT_PP(0);
	cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol mentions",
								ALLOCSET_DEFAULT_SIZES);
	scan(body, PG_ARGISNULL(1) ? 0 : PG_GETARG_DATEADT(1), !PG_ARGISNULL(1), cxt, &list, &utf8);

	/* rows are built in cxt: the tuplestore keeps its own copies */
	old = MemoryContextSwitchTo(cxt);
	/* the eight kind names, made once: most rows share them */
	for (int k = 0; k <= GP_MK_GROUP; k++)
		kinds[k] = CStringGetTextDatum(gp_mention_kind_name((gp_mention_kind) k));
	for (size_t i = 0; i < list.n; i++)
	{
		const gp_mention *m = &list.items[i];
		Datum		values[6];
		bool		nulls[6] = {false};
		char	   *surface = utf8 + m->byte_start;
		int			surface_len = (int) m->byte_len;

		if (convert)
		{
			surface = pg_any_to_server(surface, surface_len, PG_UTF8);
			surface_len = (int) strlen(surface);
		}
		values[0] = PolityGetDatum(m->polity);
		nulls[0] = m->polity == 0;
		values[1] = kinds[m->kind];
		values[2] = PointerGetDatum(cstring_to_text_with_len(surface, surface_len));
		values[3] = Int32GetDatum((int32) m->start);
		values[4] = Int32GetDatum(m->length);
		values[5] = Int32GetDatum(m->sentence);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(cxt);
	return (Datum) 0;
}

static int
cmp_polity(const void *a, const void *b)
{
	gp_polity	x = *(const gp_polity *) a;
	gp_polity	y = *(const gp_polity *) b;

	return (x > y) - (x < y);
}

PG_FUNCTION_INFO_V1(geopol_polities);
Datum
geopol_polities(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	MemoryContext cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol polities",
											  ALLOCSET_DEFAULT_SIZES);
	gp_mention_list list;
	char	   *utf8;
	gp_polity  *codes;
	Datum	   *elems;
	size_t		n = 0;
	ArrayType  *result;

	scan(body, 0, false, cxt, &list, &utf8);
	codes = palloc(sizeof(gp_polity) * (list.n + 1));
	for (size_t i = 0; i < list.n; i++)
		if (list.items[i].polity != 0)
			codes[n++] = list.items[i].polity;
	qsort(codes, n, sizeof(gp_polity), cmp_polity);
	elems = palloc(sizeof(Datum) * (n + 1));
	{
		size_t		m = 0;

		for (size_t i = 0; i < n; i++)
			if (m == 0 || codes[i] != DatumGetPolity(elems[m - 1]))
				elems[m++] = PolityGetDatum(codes[i]);
		n = m;
	}
	MemoryContextDelete(cxt);
	result = construct_array(elems, (int) n,
							 get_element_type(get_fn_expr_rettype(fcinfo->flinfo)),
							 sizeof(gp_polity), true, TYPALIGN_DOUBLE);
	PG_RETURN_ARRAYTYPE_P(result);
}

/* The UTF-8 text of body, and the publication date for the core. */
static char *
body_utf8(text *body, size_t *len)
{
	char	   *s = VARDATA_ANY(body);

	*len = VARSIZE_ANY_EXHDR(body);
	if (GetDatabaseEncoding() != PG_UTF8)
	{
		s = pg_server_to_any(s, (int) *len, PG_UTF8);
		if (s != VARDATA_ANY(body))
			*len = strlen(s);
	}
	return s;
}

static gp_date
published_arg(FunctionCallInfo fcinfo, int n)
{
	DateADT		d;

	if (PG_ARGISNULL(n))
		return GP_NO_DATE;
	d = PG_GETARG_DATEADT(n);
	return DATE_NOT_FINITE(d) ? GP_NO_DATE : (gp_date) d;
}

static Datum
text_of(const char *utf8, size_t b, size_t e)
{
	char	   *s = pg_any_to_server(utf8 + b, (int) (e - b), PG_UTF8);

	return PointerGetDatum(cstring_to_text_with_len(s, s == utf8 + b ? (int) (e - b) : (int) strlen(s)));
}

static void
check_extract(gp_status st, const gp_error *err, const char *what)
{
	if (st == GP_ERR_CANCELLED)
		CHECK_FOR_INTERRUPTS();
	if (st != GP_OK)
		ereport(ERROR,
				(errcode(geopol_sqlstate(st)),
				 errmsg("could not extract %s: %s", what, err->message)));
}

PG_FUNCTION_INFO_V1(geopol_agreements);
Datum
geopol_agreements(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext cxt;
	gp_allocator alloc;
	gp_found_agreement *found;
	size_t		n,
				len;
	char	   *s;
	gp_error	err;
	gp_status	st;
	MemoryContext old;
	Oid			polity_type;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	polity_type = get_element_type(TupleDescAttr(rsinfo->setDesc, 2)->atttypid);
	cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol agreements",
								ALLOCSET_DEFAULT_SIZES);
	alloc = (gp_allocator)
	{
		cxt_alloc, cxt_free, cxt
	};
	s = body_utf8(PG_GETARG_TEXT_PP(0), &len);
	st = gp_find_agreements(geopol_gazetteer(), geopol_catalog(), s, len, published_arg(fcinfo, 1),
							interrupt_pending, NULL, &alloc, &found, &n, &err);
	check_extract(st, &err, "agreements");
	old = MemoryContextSwitchTo(cxt);
	for (size_t i = 0; i < n; i++)
	{
		const gp_found_agreement *f = &found[i];
		const gp_agreement *ag = &f->ag;
		int			slot = gp_agreement_status_date(ag);
		Datum		values[12];
		bool		nulls[12] = {false};
		Datum	   *elems = palloc(sizeof(Datum) * ag->nparties);
		int			bit = gp_vocab_find(gp_agreement_clauses, gp_agreement_nclauses,
										"mutual_defence", 14);

		for (uint32 k = 0; k < ag->nparties; k++)
			elems[k] = PolityGetDatum(ag->parties[k]);
		values[0] = PointerGetDatum(geopol_agreement_pack(ag));
		values[1] = CStringGetTextDatum(gp_agreement_kinds[ag->kind]);
		values[2] = PointerGetDatum(construct_array(elems, (int) ag->nparties, polity_type,
													sizeof(gp_polity), true, TYPALIGN_DOUBLE));
		values[3] = CStringGetTextDatum(gp_agreement_statuses[ag->status]);
		nulls[4] = nulls[5] = ag->dates[slot].prec == GP_PREC_NONE;
		values[4] = DateADTGetDatum((DateADT) ag->dates[slot].date);
		values[5] = CStringGetTextDatum(gp_precision_names[ag->dates[slot].prec]);
		values[6] = geopol_set_array(ag->domains, gp_agreement_domains, gp_agreement_ndomains);
		values[7] = BoolGetDatum((ag->clauses >> bit) & 1);
		values[8] = text_of(s, f->evidence_start, f->evidence_end);
		values[9] = Int32GetDatum((int32) f->start);
		values[10] = Int32GetDatum(f->length);
		values[11] = Float4GetDatum(f->confidence);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(cxt);
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(geopol_events);
Datum
geopol_events(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext cxt;
	gp_allocator alloc;
	gp_found_event *found;
	size_t		n,
				len;
	char	   *s;
	gp_error	err;
	gp_status	st;
	MemoryContext old;

	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (PG_ARGISNULL(0))
		return (Datum) 0;
	cxt = AllocSetContextCreate(CurrentMemoryContext, "geopol events", ALLOCSET_DEFAULT_SIZES);
	alloc = (gp_allocator)
	{
		cxt_alloc, cxt_free, cxt
	};
	s = body_utf8(PG_GETARG_TEXT_PP(0), &len);
	st = gp_find_events(geopol_gazetteer(), geopol_catalog(), s, len, published_arg(fcinfo, 1),
						interrupt_pending, NULL, &alloc, &found, &n, &err);
	check_extract(st, &err, "events");
	old = MemoryContextSwitchTo(cxt);
	for (size_t i = 0; i < n; i++)
	{
		const gp_found_event *e = &found[i];
		Datum		values[8];
		bool		nulls[8] = {false};

		values[0] = PolityGetDatum(e->actor);
		values[1] = CStringGetTextDatum(e->action);
		values[2] = CStringGetTextDatum(e->cameo);
		values[3] = PolityGetDatum(e->target);
		nulls[4] = e->date.prec == GP_PREC_NONE;
		values[4] = DateADTGetDatum((DateADT) e->date.date);
		values[5] = text_of(s, e->evidence_start, e->evidence_end);
		values[6] = Int32GetDatum((int32) e->start);
		values[7] = Int32GetDatum(e->length);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	MemoryContextSwitchTo(old);
	MemoryContextDelete(cxt);
	return (Datum) 0;
}
