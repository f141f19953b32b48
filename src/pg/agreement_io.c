/*
 * agreement_io.c
 *		agreement input, output, send and receive, and the helpers the other
 *		agreement files share.
 */
#include "agreement_datum.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "polity_parse.h"

#define AGREEMENT_SEND_VERSION 1

void
geopol_agreement_view(const AgreementDatum *d, gp_agreement *out)
{
	gp_error	err;

	if (gp_agreement_view(d, VARSIZE(d), out, &err) != GP_OK)
		ereport(ERROR,
				(errcode(ERRCODE_DATA_CORRUPTED),
				 errmsg("corrupt agreement value: %s", err.message)));
}

AgreementDatum *
geopol_agreement_pack(const gp_agreement *ag)
{
	size_t		size = gp_agreement_packed_size(ag);
	AgreementDatum *d;

	if (size > MaxAllocSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("agreement too large")));
	d = palloc(size);
	gp_agreement_pack(ag, d);
	SET_VARSIZE(d, size);
	return d;
}

gp_polity *
geopol_polity_array(ArrayType *arr, int *n)
{
	Datum	   *elems;
	bool	   *nulls;
	gp_polity  *out;
	int			m = 0;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR),
				 errmsg("polity array must have one dimension")));
	deconstruct_array(arr, ARR_ELEMTYPE(arr), sizeof(gp_polity), true, TYPALIGN_DOUBLE,
					  &elems, &nulls, n);
	out = palloc(sizeof(gp_polity) * (*n + 1));
	for (int i = 0; i < *n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("polity array must not contain nulls")));
		out[i] = DatumGetPolity(elems[i]);
	}
	/* sort and deduplicate (insertion sort: arrays here are short) */
	for (int i = 1; i < *n; i++)
		for (int j = i; j > 0 && out[j] < out[j - 1]; j--)
		{
			gp_polity	t = out[j];

			out[j] = out[j - 1];
			out[j - 1] = t;
		}
	for (int i = 0; i < *n; i++)
		if (m == 0 || out[i] != out[m - 1])
			out[m++] = out[i];
	*n = m;
	return out;
}

static void
report(const gp_error *err, const char *input)
{
	geopol_report(err, "agreement", input, strlen(input));
}

PG_FUNCTION_INFO_V1(agreement_in);
Datum
agreement_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	size_t		len = strlen(s);
	char	   *u = pg_server_to_any(s, (int) len, PG_UTF8);
	gp_agreement ag;
	gp_error	err;
	size_t		bad;

	if (u != s)
		len = strlen(u);
	if (!gp_utf8_valid(u, len, &bad))
	{
		gp_fail(&err, GP_ERR_ENCODING, bad, "invalid UTF-8 in agreement");
		report(&err, s);
	}
	if (gp_agreement_parse(u, len, geopol_resolve_polity, NULL, geopol_palloc_allocator(),
						   &ag, &err) != GP_OK)
		report(&err, s);
	PG_RETURN_AGREEMENT_P(geopol_agreement_pack(&ag));
}

PG_FUNCTION_INFO_V1(agreement_out);
Datum
agreement_out(PG_FUNCTION_ARGS)
{
	AgreementDatum *d = PG_GETARG_AGREEMENT_P(0);
	gp_agreement ag;
	size_t		n;
	char	   *buf;

	geopol_agreement_view(d, &ag);
	n = gp_agreement_format(&ag, NULL, 0);
	buf = palloc(n + 1);
	gp_agreement_format(&ag, buf, n + 1);
	PG_RETURN_CSTRING(pg_any_to_server(buf, (int) n, PG_UTF8));
}

static void
send_name(StringInfo buf, const char *name)
{
	int			n = (int) strlen(name);

	pq_sendint8(buf, (int8) n);
	pq_sendbytes(buf, name, n);
}

/* The names of a set's members, in stored-id order. */
static void
send_set(StringInfo buf, uint32 bits, const char *const *vocab, int n)
{
	int			count = 0;

	for (int i = 0; i < n; i++)
		count += (bits >> i) & 1;
	pq_sendint8(buf, (int8) count);
	for (int i = 0; i < n; i++)
		if (bits & (1u << i))
			send_name(buf, vocab[i]);
}

/*
 * Binary form, every name spelled out so that clients need no id tables:
 * version u8; kind, status as (u8 length, bytes); three dates as (i32 days
 * since 2000-01-01, u8 precision); domains and clauses as (u8 count, names);
 * parties as (i32 count, (u8 length, code)...); title as i32 length (-1 for
 * none) and UTF-8 bytes.
 */
PG_FUNCTION_INFO_V1(agreement_send);
Datum
agreement_send(PG_FUNCTION_ARGS)
{
	AgreementDatum *d = PG_GETARG_AGREEMENT_P(0);
	gp_agreement ag;
	StringInfoData buf;

	geopol_agreement_view(d, &ag);
	pq_begintypsend(&buf);
	pq_sendint8(&buf, AGREEMENT_SEND_VERSION);
	send_name(&buf, gp_agreement_kinds[ag.kind]);
	send_name(&buf, gp_agreement_statuses[ag.status]);
	for (int i = 0; i < GP_NDATES; i++)
	{
		pq_sendint32(&buf, ag.dates[i].date);
		pq_sendint8(&buf, (int8) ag.dates[i].prec);
	}
	send_set(&buf, ag.domains, gp_agreement_domains, gp_agreement_ndomains);
	send_set(&buf, ag.clauses, gp_agreement_clauses, gp_agreement_nclauses);
	pq_sendint32(&buf, (int32) ag.nparties);
	for (uint32 i = 0; i < ag.nparties; i++)
	{
		char		code[GP_CODE_MAX + 1];

		gp_code_unpack(ag.parties[i], code);
		send_name(&buf, code);
	}
	if (ag.title == NULL)
		pq_sendint32(&buf, -1);
	else
	{
		pq_sendint32(&buf, (int32) ag.title_len);
		pq_sendbytes(&buf, ag.title, (int) ag.title_len);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

static void
recv_fail(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
			 errmsg("invalid binary agreement: %s", what)));
}

static int
recv_name(StringInfo buf, const char *const *vocab, int n, const char *what)
{
	int			len = pq_getmsgint(buf, 1);
	const char *s = pq_getmsgbytes(buf, len);
	int			i = gp_vocab_find(vocab, n, s, (size_t) len);

	if (i < 0)
		recv_fail(what);
	return i;
}

static uint32
recv_set(StringInfo buf, const char *const *vocab, int n, const char *what)
{
	int			count = pq_getmsgint(buf, 1);
	uint32		bits = 0;

	for (int i = 0; i < count; i++)
		bits |= 1u << recv_name(buf, vocab, n, what);
	return bits;
}

PG_FUNCTION_INFO_V1(agreement_recv);
Datum
agreement_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	gp_agreement ag;
	gp_polity  *parties;
	int32		nparties,
				title_len;
	gp_error	err;

	memset(&ag, 0, sizeof(ag));
	if (pq_getmsgint(buf, 1) != AGREEMENT_SEND_VERSION)
		recv_fail("unsupported format version");
	ag.kind = recv_name(buf, gp_agreement_kinds, gp_agreement_nkinds, "unknown kind");
	ag.status = recv_name(buf, gp_agreement_statuses, gp_agreement_nstatuses, "unknown status");
	for (int i = 0; i < GP_NDATES; i++)
	{
		ag.dates[i].date = (gp_date) pq_getmsgint(buf, 4);
		ag.dates[i].prec = (gp_precision) pq_getmsgint(buf, 1);
		if (ag.dates[i].prec > GP_PREC_DAY)
			recv_fail("bad date precision");
	}
	ag.domains = recv_set(buf, gp_agreement_domains, gp_agreement_ndomains, "unknown domain");
	ag.clauses = recv_set(buf, gp_agreement_clauses, gp_agreement_nclauses, "unknown clause");
	nparties = pq_getmsgint(buf, 4);
	/* check the count against what is left before allocating */
	if (nparties < 1 || nparties > GP_AGREEMENT_MAX_PARTIES ||
		nparties > (buf->len - buf->cursor) / 2)
		recv_fail("bad party count");
	parties = palloc(sizeof(gp_polity) * nparties);
	for (int i = 0; i < nparties; i++)
	{
		int			len = pq_getmsgint(buf, 1);
		const char *code = pq_getmsgbytes(buf, len);

		if (!gp_code_pack(code, (size_t) len, &parties[i]) ||
			(!gp_polity_is_actor(parties[i]) &&
			 gp_catalog_find(geopol_catalog(), parties[i]) == NULL))
			recv_fail("unknown party code");
	}
	ag.nparties = (uint32) nparties;
	title_len = pq_getmsgint(buf, 4);
	if (title_len >= 0)
	{
		size_t		bad;

		if (title_len > GP_AGREEMENT_MAX_TITLE)
			recv_fail("title too long");
		ag.title = pq_getmsgbytes(buf, title_len);
		ag.title_len = (uint32) title_len;
		if (!gp_utf8_valid(ag.title, ag.title_len, &bad))
			recv_fail("title is not UTF-8");
	}
	else if (title_len != -1)
		recv_fail("bad title length");
	if (gp_agreement_normalise(&ag, parties, &err) != GP_OK)
		recv_fail(err.message);
	PG_RETURN_AGREEMENT_P(geopol_agreement_pack(&ag));
}
