/*
 * agreement.c
 *		Agreement vocabularies, validation, packing, formatting, order and
 *		distance.  The literal's parser is agreement_parse.c.
 */
#include "agreement.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const gp_agreement_kinds[] = {
	"arms_control", "ceasefire", "comprehensive_strategic_partnership",
	"cooperation_agreement", "defence_pact", "energy_agreement", "entente",
	"investment_treaty", "memorandum", "monetary_agreement", "neutrality_pact",
	"non_aggression_pact", "peace_agreement", "strategic_partnership",
	"trade_agreement", "treaty"
};
const int	gp_agreement_nkinds = sizeof(gp_agreement_kinds) / sizeof(char *);

const char *const gp_agreement_statuses[] = {
	"proposed", "planned", "signed", "ratified", "in_force", "suspended", "terminated"
};
const int	gp_agreement_nstatuses = sizeof(gp_agreement_statuses) / sizeof(char *);

const char *const gp_agreement_domains[] = {
	"agriculture", "climate", "culture", "cyber", "education", "energy", "finance",
	"health", "humanitarian", "intelligence", "investment", "logistics", "migration",
	"military", "nuclear", "security", "space", "technology", "trade"
};
const int	gp_agreement_ndomains = sizeof(gp_agreement_domains) / sizeof(char *);

const char *const gp_agreement_clauses[] = {
	"arbitration", "consultation", "most_favoured_nation", "mutual_defence",
	"neutrality", "non_aggression", "non_interference", "offence",
	"technology_transfer", "withdrawal"
};
const int	gp_agreement_nclauses = sizeof(gp_agreement_clauses) / sizeof(char *);

const char *const gp_precision_names[] = {"none", "year", "month", "day"};

int
gp_vocab_find(const char *const *vocab, int n, const char *name, size_t len)
{
	for (int i = 0; i < n; i++)
		if (strlen(vocab[i]) == len && memcmp(vocab[i], name, len) == 0)
			return i;
	return -1;
}

static int
cmp_polity(const void *a, const void *b)
{
	gp_polity	x = *(const gp_polity *) a;
	gp_polity	y = *(const gp_polity *) b;

	return (x > y) - (x < y);
}

/* The last day a fuzzy date may stand for: "2024" may be 2024-12-31. */
static gp_date
last_day(gp_fuzzy_date d)
{
	int			y,
				m,
				day;

	if (d.prec == GP_PREC_DAY)
		return d.date;
	gp_date_to_ymd(d.date, &y, &m, &day);
	if (d.prec == GP_PREC_YEAR || m == 12)
		return gp_date_from_ymd(y + 1, 1, 1) - 1;
	return gp_date_from_ymd(y, m + 1, 1) - 1;
}

gp_status
gp_agreement_normalise(gp_agreement *ag, gp_polity *parties, gp_error *err)
{
	uint32_t	n = 0;

	if (ag->kind < 0 || ag->kind >= gp_agreement_nkinds)
		return gp_fail(err, GP_ERR_SYNTAX, 0, "unknown agreement kind");
	if (ag->status < 0 || ag->status >= gp_agreement_nstatuses)
		return gp_fail(err, GP_ERR_SYNTAX, 0, "unknown agreement status");
	if (ag->domains >> gp_agreement_ndomains)
		return gp_fail(err, GP_ERR_SYNTAX, 0, "unknown domain");
	if (ag->clauses >> gp_agreement_nclauses)
		return gp_fail(err, GP_ERR_SYNTAX, 0, "unknown clause");
	if (ag->nparties == 0)
	{
		gp_fail(err, GP_ERR_SYNTAX, 0, "an agreement needs at least one party");
		gp_error_detail(err, "The party list is empty.");
		return GP_ERR_SYNTAX;
	}
	if (ag->nparties > GP_AGREEMENT_MAX_PARTIES)
		return gp_fail(err, GP_ERR_RANGE, 0, "too many parties: %u (at most %d)",
					   ag->nparties, GP_AGREEMENT_MAX_PARTIES);
	if (ag->title != NULL && ag->title_len > GP_AGREEMENT_MAX_TITLE)
		return gp_fail(err, GP_ERR_RANGE, 0, "title too long: %u bytes (at most %d)",
					   ag->title_len, GP_AGREEMENT_MAX_TITLE);
	for (int i = 0; i < GP_NDATES; i++)
	{
		if (ag->dates[i].prec > GP_PREC_DAY)
			return gp_fail(err, GP_ERR_SYNTAX, 0, "bad date precision");
		if (ag->dates[i].prec == GP_PREC_NONE)
			ag->dates[i].date = 0;
	}
	/* an agreement cannot end before it was signed or came into force */
	for (int i = GP_DATE_SIGNED; i <= GP_DATE_IN_FORCE; i++)
		if (ag->dates[i].prec != GP_PREC_NONE && ag->dates[GP_DATE_ENDED].prec != GP_PREC_NONE &&
			last_day(ag->dates[GP_DATE_ENDED]) < ag->dates[i].date)
		{
			gp_fail(err, GP_ERR_RANGE, 0, "end date before the %s date",
					i == GP_DATE_SIGNED ? "signing" : "entry into force");
			gp_error_detail(err, "An agreement cannot end before it %s.",
							i == GP_DATE_SIGNED ? "was signed" : "came into force");
			return GP_ERR_RANGE;
		}

	qsort(parties, ag->nparties, sizeof(gp_polity), cmp_polity);
	for (uint32_t i = 0; i < ag->nparties; i++)
		if (n == 0 || parties[i] != parties[n - 1])
			parties[n++] = parties[i];
	ag->nparties = n;
	ag->parties = parties;
	if (ag->title != NULL && ag->title_len == 0)
		ag->title = NULL;
	if (ag->title == NULL)
		ag->title_len = 0;
	return GP_OK;
}

size_t
gp_agreement_packed_size(const gp_agreement *ag)
{
	return GP_AGREEMENT_HEADER + (size_t) ag->nparties * sizeof(gp_polity) + ag->title_len;
}

static void
put_u32(unsigned char *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

static uint32_t
get_u32(const unsigned char *p)
{
	uint32_t	v;

	memcpy(&v, p, 4);
	return v;
}

void
gp_agreement_pack(const gp_agreement *ag, void *buf)
{
	unsigned char *p = buf;

	memset(p, 0, GP_AGREEMENT_HEADER);
	p[4] = GP_AGREEMENT_VERSION;
	p[5] = (unsigned char) ag->kind;
	p[6] = (unsigned char) ag->status;
	put_u32(p + 8, ag->domains);
	put_u32(p + 12, ag->clauses);
	for (int i = 0; i < GP_NDATES; i++)
	{
		put_u32(p + 16 + 4 * i, (uint32_t) ag->dates[i].date);
		p[28 + i] = (unsigned char) ag->dates[i].prec;
	}
	put_u32(p + 32, ag->nparties);
	put_u32(p + 36, ag->title_len);
	memcpy(p + GP_AGREEMENT_HEADER, ag->parties, (size_t) ag->nparties * sizeof(gp_polity));
	if (ag->title_len)
		memcpy(p + GP_AGREEMENT_HEADER + (size_t) ag->nparties * sizeof(gp_polity),
			   ag->title, ag->title_len);
}

gp_status
gp_agreement_view(const void *buf, size_t len, gp_agreement *out, gp_error *err)
{
	const unsigned char *p = buf;
	gp_agreement ag;
	uint32_t	title_len;

	if (len < GP_AGREEMENT_HEADER)
		return gp_fail(err, GP_ERR_SYNTAX, 0, "agreement value too short");
	if (p[4] != GP_AGREEMENT_VERSION)
		return gp_fail(err, GP_ERR_SYNTAX, 4, "unsupported agreement format version %d", p[4]);
	if (p[7] != 0 || p[31] != 0)
		return gp_fail(err, GP_ERR_SYNTAX, 7, "reserved agreement bytes are not zero");
	memset(&ag, 0, sizeof(ag));
	ag.kind = p[5];
	ag.status = p[6];
	ag.domains = get_u32(p + 8);
	ag.clauses = get_u32(p + 12);
	for (int i = 0; i < GP_NDATES; i++)
	{
		ag.dates[i].date = (gp_date) get_u32(p + 16 + 4 * i);
		ag.dates[i].prec = (gp_precision) p[28 + i];
		if (ag.dates[i].prec > GP_PREC_DAY ||
			(ag.dates[i].prec == GP_PREC_NONE && ag.dates[i].date != 0))
			return gp_fail(err, GP_ERR_SYNTAX, 16, "bad agreement date");
	}
	ag.nparties = get_u32(p + 32);
	title_len = get_u32(p + 36);
	if (ag.nparties > GP_AGREEMENT_MAX_PARTIES || title_len > GP_AGREEMENT_MAX_TITLE ||
		len != GP_AGREEMENT_HEADER + (size_t) ag.nparties * sizeof(gp_polity) + title_len)
		return gp_fail(err, GP_ERR_SYNTAX, 32, "agreement value has the wrong length");
	ag.parties = (const gp_polity *) (p + GP_AGREEMENT_HEADER);
	for (uint32_t i = 1; i < ag.nparties; i++)
		if (ag.parties[i] <= ag.parties[i - 1])
			return gp_fail(err, GP_ERR_SYNTAX, 40, "agreement parties are not sorted");
	ag.title_len = title_len;
	ag.title = title_len ? (const char *) (p + GP_AGREEMENT_HEADER + ag.nparties * sizeof(gp_polity)) : NULL;
	{
		gp_status	st = gp_agreement_normalise(&ag, (gp_polity *) ag.parties, err);

		if (st != GP_OK)
			return st;
	}
	*out = ag;
	return GP_OK;
}

/* Appends to a bounded buffer, counting what it would need. */
typedef struct outbuf
{
	char	   *buf;
	size_t		cap;
	size_t		len;
} outbuf;

static void
out_bytes(outbuf *o, const char *s, size_t n)
{
	if (o->len < o->cap)
		memcpy(o->buf + o->len, s, o->len + n <= o->cap ? n : o->cap - o->len);
	o->len += n;
}

static void
out_str(outbuf *o, const char *s)
{
	out_bytes(o, s, strlen(s));
}

static void
out_date(outbuf *o, const char *key, gp_fuzzy_date d)
{
	char		buf[40];
	int			y,
				m,
				day;
	gp_date		x = d.date;

	if (d.prec == GP_PREC_NONE)
		return;
	gp_date_to_ymd(x, &y, &m, &day);
	if (d.prec == GP_PREC_YEAR)
		snprintf(buf, sizeof(buf), " %s=%04d", key, y);
	else if (d.prec == GP_PREC_MONTH)
		snprintf(buf, sizeof(buf), " %s=%04d-%02d", key, y, m);
	else
		snprintf(buf, sizeof(buf), " %s=%04d-%02d-%02d", key, y, m, day);
	out_str(o, buf);
}

/*
 * A set in name order.  Bit positions are the values' stored ids, so the
 * vocabularies only ever grow at the end; the order of names is computed.
 */
static void
out_set(outbuf *o, const char *key, uint32_t bits, const char *const *vocab, int n)
{
	int			order[32];
	int			m = 0;

	if (bits == 0)
		return;
	for (int i = 0; i < n; i++)
		if (bits & (1u << i))
		{
			int			j = m++;

			for (; j > 0 && strcmp(vocab[order[j - 1]], vocab[i]) > 0; j--)
				order[j] = order[j - 1];
			order[j] = i;
		}
	out_str(o, " ");
	out_str(o, key);
	out_str(o, "={");
	for (int i = 0; i < m; i++)
	{
		if (i > 0)
			out_str(o, ",");
		out_str(o, vocab[order[i]]);
	}
	out_str(o, "}");
}

size_t
gp_agreement_format(const gp_agreement *ag, char *buf, size_t cap)
{
	outbuf		o = {buf, cap, 0};
	static const char *const date_keys[] = {"signed", "in_force", "ended"};

	out_str(&o, gp_agreement_kinds[ag->kind]);
	out_str(&o, " {");
	for (uint32_t i = 0; i < ag->nparties; i++)
	{
		char		code[GP_CODE_MAX + 1];

		if (i > 0)
			out_str(&o, ",");
		gp_code_unpack(ag->parties[i], code);
		out_str(&o, code);
	}
	out_str(&o, "}");
	if (ag->status != GP_STATUS_SIGNED)
	{
		out_str(&o, " status=");
		out_str(&o, gp_agreement_statuses[ag->status]);
	}
	for (int i = 0; i < GP_NDATES; i++)
		out_date(&o, date_keys[i], ag->dates[i]);
	out_set(&o, "domains", ag->domains, gp_agreement_domains, gp_agreement_ndomains);
	out_set(&o, "clauses", ag->clauses, gp_agreement_clauses, gp_agreement_nclauses);
	if (ag->title != NULL)
	{
		out_str(&o, " title=\"");
		for (uint32_t i = 0; i < ag->title_len; i++)
		{
			char		c = ag->title[i];

			if (c == '"' || c == '\\')
				out_bytes(&o, "\\", 1);
			out_bytes(&o, &c, 1);
		}
		out_str(&o, "\"");
	}
	if (o.len < cap)
		buf[o.len] = '\0';
	else if (cap > 0)
		buf[cap - 1] = '\0';
	return o.len;
}

gp_date
gp_agreement_first_date(const gp_agreement *ag)
{
	gp_date		first = GP_NO_DATE;

	for (int i = 0; i < GP_NDATES; i++)
		if (ag->dates[i].prec != GP_PREC_NONE &&
			(first == GP_NO_DATE || ag->dates[i].date < first))
			first = ag->dates[i].date;
	return first;
}

int
gp_agreement_status_date(const gp_agreement *ag)
{
	if (ag->status >= 5)		/* suspended, terminated */
		return GP_DATE_ENDED;
	if (ag->status == 4)		/* in_force */
		return GP_DATE_IN_FORCE;
	return GP_DATE_SIGNED;
}

#define CMP(a, b) do { if ((a) != (b)) return (a) < (b) ? -1 : 1; } while (0)

int
gp_agreement_cmp(const gp_agreement *a, const gp_agreement *b)
{
	gp_date		fa = gp_agreement_first_date(a);
	gp_date		fb = gp_agreement_first_date(b);
	uint32_t	n = a->nparties < b->nparties ? a->nparties : b->nparties;
	int			c;

	/* agreements without a date sort last, like NULLs */
	if (fa != fb)
	{
		if (fa == GP_NO_DATE)
			return 1;
		if (fb == GP_NO_DATE)
			return -1;
		return fa < fb ? -1 : 1;
	}
	if (a->kind != b->kind)
		return strcmp(gp_agreement_kinds[a->kind], gp_agreement_kinds[b->kind]) < 0 ? -1 : 1;
	for (uint32_t i = 0; i < n; i++)
		CMP(a->parties[i], b->parties[i]);
	CMP(a->nparties, b->nparties);
	CMP(a->status, b->status);
	for (int i = 0; i < GP_NDATES; i++)
	{
		CMP(a->dates[i].prec, b->dates[i].prec);
		CMP(a->dates[i].date, b->dates[i].date);
	}
	CMP(a->domains, b->domains);
	CMP(a->clauses, b->clauses);
	CMP(a->title != NULL, b->title != NULL);
	n = a->title_len < b->title_len ? a->title_len : b->title_len;
	if (n > 0 && (c = memcmp(a->title, b->title, n)) != 0)
		return c < 0 ? -1 : 1;
	CMP(a->title_len, b->title_len);
	return 0;
}

bool
gp_agreement_has_party(const gp_agreement *ag, gp_polity p)
{
	uint32_t	lo = 0,
				hi = ag->nparties;

	while (lo < hi)
	{
		uint32_t	mid = lo + (hi - lo) / 2;

		if (ag->parties[mid] == p)
			return true;
		if (ag->parties[mid] < p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

bool
gp_parties_overlap(const gp_polity *a, uint32_t na, const gp_polity *b, uint32_t nb)
{
	uint32_t	i = 0,
				j = 0;

	while (i < na && j < nb)
	{
		if (a[i] == b[j])
			return true;
		if (a[i] < b[j])
			i++;
		else
			j++;
	}
	return false;
}

static int
popcount32(uint32_t x)
{
	int			n = 0;

	for (; x; x &= x - 1)
		n++;
	return n;
}

double
gp_agreement_distance(const gp_agreement *a, const gp_agreement *b)
{
	uint32_t	i = 0,
				j = 0,
				common = 0;
	double		parties,
				domains;
	uint32_t	either;

	while (i < a->nparties && j < b->nparties)
	{
		if (a->parties[i] == b->parties[j])
		{
			common++;
			i++;
			j++;
		}
		else if (a->parties[i] < b->parties[j])
			i++;
		else
			j++;
	}
	parties = (double) common / (double) (a->nparties + b->nparties - common);
	either = a->domains | b->domains;
	domains = either == 0 ? 1.0 :
		(double) popcount32(a->domains & b->domains) / (double) popcount32(either);
	return 0.5 * (1.0 - parties) + 0.25 * (a->kind != b->kind) + 0.25 * (1.0 - domains);
}

/* treaty and cooperation_agreement say least about an agreement */
static bool
general_kind(int kind)
{
	const char *k = gp_agreement_kinds[kind];

	return strcmp(k, "treaty") == 0 || strcmp(k, "cooperation_agreement") == 0;
}

/* Could two fuzzy dates be the same day? */
static bool
dates_compatible(gp_fuzzy_date x, gp_fuzzy_date y)
{
	int			yx,
				mx,
				dx,
				yy,
				my,
				dy;
	gp_precision p;

	if (x.prec == GP_PREC_NONE || y.prec == GP_PREC_NONE)
		return true;
	gp_date_to_ymd(x.date, &yx, &mx, &dx);
	gp_date_to_ymd(y.date, &yy, &my, &dy);
	p = x.prec < y.prec ? x.prec : y.prec;
	return yx == yy && (p < GP_PREC_MONTH || mx == my) && (p < GP_PREC_DAY || dx == dy);
}

bool
gp_agreement_same(const gp_agreement *a, const gp_agreement *b)
{
	if (a->nparties != b->nparties)
		return false;
	for (uint32_t i = 0; i < a->nparties; i++)
		if (a->parties[i] != b->parties[i])
			return false;
	if (a->kind != b->kind && !general_kind(a->kind) && !general_kind(b->kind))
		return false;
	return dates_compatible(a->dates[GP_DATE_SIGNED], b->dates[GP_DATE_SIGNED]);
}

void
gp_agreement_merge(gp_agreement *a, const gp_agreement *b)
{
	if (general_kind(a->kind) && !general_kind(b->kind))
		a->kind = b->kind;
	if (b->status > a->status)
		a->status = b->status;
	for (int i = 0; i < GP_NDATES; i++)
		if (b->dates[i].prec > a->dates[i].prec)
			a->dates[i] = b->dates[i];
	a->domains |= b->domains;
	a->clauses |= b->clauses;
	if (a->title == NULL && b->title != NULL)
	{
		a->title = b->title;
		a->title_len = b->title_len;
	}
}
