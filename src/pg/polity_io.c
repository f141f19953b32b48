/*
 * polity_io.c
 *		polity input, output, send and receive, and the readers that do not
 *		raise for text that names no polity: to_polity() and candidates().
 */
#include "geopol.h"

#include "catalog/pg_type.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/array.h"
#include "utils/lsyscache.h"

#include "polity_parse.h"

#define POLITY_SEND_VERSION 1

/*
 * s (*len bytes in the server encoding) in UTF-8, converted when the
 * database has another encoding; *len becomes the UTF-8 length.  The result
 * may be s itself.
 */
static const char *
input_utf8(const char *s, size_t *len)
{
	const char *u = s;

	if (GetDatabaseEncoding() != PG_UTF8)
	{
		u = (const char *) pg_do_encoding_conversion((unsigned char *) s, (int) *len,
													 GetDatabaseEncoding(), PG_UTF8);
		if (u != s)
			*len = strlen(u);
	}
	return u;
}

/*
 * Read a polity from text in the server encoding; ereports on failure.
 * Codes resolve without the name index; names build it on first use.
 */
gp_polity
geopol_polity_parse(const char *s, size_t len)
{
	gp_error	err;
	gp_status	st;
	gp_polity	p = 0;
	size_t		b,
				n;
	const char *u;

	/* too long to be a name: refuse before converting anything */
	if (len > GP_NAME_MAX)
	{
		gp_polity_check_input(s, len, &b, &n, &err);
		geopol_report(&err, "polity", s, len);
	}
	u = input_utf8(s, &len);
	if ((st = gp_polity_check_input(u, len, &b, &n, &err)) != GP_OK)
		geopol_report(&err, "polity", s, strlen(s));
	st = gp_polity_parse_code(geopol_catalog(), u + b, n, &p, &err);
	if (st == GP_OK)
		return p;
	if (st != GP_ERR_UNKNOWN)
		geopol_report(&err, "polity", s, strlen(s));
	geopol_polity_from_name(u + b, n, &p, &err, &st);
	if (st != GP_OK)
		geopol_report(&err, "polity", s, strlen(s));
	return p;
}

/*
 * The core's polity resolver (agreement literals): a code or a name, UTF-8,
 * failing with a status instead of an ereport.
 */
gp_status
geopol_resolve_polity(void *ctx, const char *s, size_t len, gp_polity *out,
					  gp_error *err)
{
	size_t		b,
				n;
	gp_status	st;

	if ((st = gp_polity_check_input(s, len, &b, &n, err)) != GP_OK)
		return st;
	st = gp_polity_parse_code(geopol_catalog(), s + b, n, out, err);
	if (st != GP_ERR_UNKNOWN)
		return st;
	geopol_polity_from_name(s + b, n, out, err, &st);
	return st;
}

/*
 * Every polity text in the server encoding may mean, read as polity input
 * reads it, in code order; out holds GP_MAX_CANDIDATES.  Returns how many:
 * one for a code or a known name, more for an ambiguous name, none for text
 * polity input rejects with 22P02 (unknown, empty, malformed, too long).
 * What polity input reports otherwise (invalid encoding, out of memory, ICU
 * failures) is raised here too.  Builds no hints, which unknown names would
 * pay for with a walk over the whole name index.
 */
static int
polity_candidates(const char *s, size_t len, gp_polity *out)
{
	gp_error	err;
	gp_status	st;
	size_t		b,
				n,
				ulen = len;
	int			ncand = 0;
	const char *u;

	if (len > GP_NAME_MAX)
		return 0;
	u = input_utf8(s, &ulen);
	if ((st = gp_polity_check_input(u, ulen, &b, &n, &err)) == GP_OK)
	{
		st = gp_polity_parse_code(geopol_catalog(), u + b, n, out, &err);
		if (st == GP_OK)
			return 1;
		if (st == GP_ERR_UNKNOWN)
			geopol_polity_candidates(u + b, n, out, &ncand, &err, &st);
	}
	if (st == GP_OK)
		return ncand;
	if (geopol_sqlstate(st) != ERRCODE_INVALID_TEXT_REPRESENTATION)
		geopol_report(&err, "polity", s, len);
	return 0;
}

char *
geopol_polity_cstring(gp_polity p)
{
	char	   *buf = palloc(GP_CODE_MAX + 1);

	gp_code_unpack(p, buf);
	return buf;
}

PG_FUNCTION_INFO_V1(polity_in);
Datum
polity_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);

	PG_RETURN_POLITY(geopol_polity_parse(s, strlen(s)));
}

PG_FUNCTION_INFO_V1(polity_out);
Datum
polity_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(geopol_polity_cstring(PG_GETARG_POLITY(0)));
}

/* Binary form: a version byte, a length byte, the code's characters. */
PG_FUNCTION_INFO_V1(polity_send);
Datum
polity_send(PG_FUNCTION_ARGS)
{
	char		code[GP_CODE_MAX + 1];
	size_t		n = gp_code_unpack(PG_GETARG_POLITY(0), code);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint8(&buf, POLITY_SEND_VERSION);
	pq_sendint8(&buf, (int8) n);
	pq_sendbytes(&buf, code, (int) n);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(polity_recv);
Datum
polity_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			version = pq_getmsgint(buf, 1);
	int			n;
	const char *code;
	gp_polity	p;

	if (version != POLITY_SEND_VERSION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("unsupported binary format version %d for type polity", version)));
	n = pq_getmsgint(buf, 1);
	if (n < 1 || n > GP_CODE_MAX)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid code length %d in binary polity", n)));
	code = pq_getmsgbytes(buf, n);
	if (!gp_code_pack(code, (size_t) n, &p) ||
		(!gp_polity_is_actor(p) && gp_catalog_find(geopol_catalog(), p) == NULL))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid code \"%.*s\" in binary polity", n, code)));
	PG_RETURN_POLITY(p);
}

/*
 * to_polity(text): the polity text means, as the cast reads it, or NULL
 * where the cast fails with 22P02 (an unknown or ambiguous name, empty or
 * malformed text).
 */
PG_FUNCTION_INFO_V1(geopol_to_polity);
Datum
geopol_to_polity(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	gp_polity	codes[GP_MAX_CANDIDATES];

	if (polity_candidates(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), codes) != 1)
		PG_RETURN_NULL();
	PG_RETURN_POLITY(codes[0]);
}

/* candidates(text): every polity text may mean, sorted; '{}' for none. */
PG_FUNCTION_INFO_V1(geopol_candidates);
Datum
geopol_candidates(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	gp_polity	codes[GP_MAX_CANDIDATES];
	Datum		elems[GP_MAX_CANDIDATES];
	int			n = polity_candidates(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), codes);

	for (int i = 0; i < n; i++)
		elems[i] = PolityGetDatum(codes[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n,
										  get_element_type(get_fn_expr_rettype(fcinfo->flinfo)),
										  sizeof(gp_polity), true, TYPALIGN_DOUBLE));
}
