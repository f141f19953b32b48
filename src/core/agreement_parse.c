/*
 * agreement_parse.c
 *		The agreement text literal:
 *
 *   agreement := kind '{' party (',' party)* '}' field*
 *   field     := status=NAME | signed=DATE | in_force=DATE | ended=DATE
 *              | domains={NAME,...} | clauses={NAME,...} | title="TEXT"
 *   DATE      := YYYY | YYYY-MM | YYYY-MM-DD     (the precision follows)
 *   party     := a polity code or name; double-quote one holding , { } or "
 *
 * Fields are separated by white space and appear at most once each, in any
 * order.  Every error names the field and the byte offset.
 */
#include "agreement.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct parser
{
	const char *s;
	size_t		len;
	size_t		pos;
	gp_error   *err;
	const gp_allocator *a;
} parser;

static void
skip_space(parser *p)
{
	while (p->pos < p->len && (p->s[p->pos] == ' ' || p->s[p->pos] == '\t' ||
							   p->s[p->pos] == '\n' || p->s[p->pos] == '\r'))
		p->pos++;
}

static gp_status
syntax(parser *p, const char *fmt,...) __attribute__((format(printf, 2, 3)));

static gp_status
syntax(parser *p, const char *fmt,...)
{
	char		msg[GP_MESSAGE_MAX];
	va_list		ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	gp_fail(p->err, GP_ERR_SYNTAX, p->pos, "%s", msg);
	gp_error_detail(p->err, "%c%s at byte %zu.",
					msg[0] >= 'a' && msg[0] <= 'z' ? msg[0] - 32 : msg[0], msg + 1, p->pos);
	return GP_ERR_SYNTAX;
}

/* A run of [A-Za-z0-9_]; *n is 0 when there is none. */
static const char *
word(parser *p, size_t *n)
{
	size_t		b = p->pos;

	while (p->pos < p->len)
	{
		char		c = p->s[p->pos];

		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			  (c >= '0' && c <= '9') || c == '_'))
			break;
		p->pos++;
	}
	*n = p->pos - b;
	return p->s + b;
}

/* Look a word up in a vocabulary, case-insensitively. */
static int
vocab_word(const char *const *vocab, int nvocab, const char *w, size_t n)
{
	char		lower[64];

	if (n == 0 || n >= sizeof(lower))
		return -1;
	for (size_t i = 0; i < n; i++)
		lower[i] = (w[i] >= 'A' && w[i] <= 'Z') ? (char) (w[i] + 32) : w[i];
	return gp_vocab_find(vocab, nvocab, lower, n);
}

static void
hint_vocab(parser *p, const char *what, const char *const *vocab, int n)
{
	char		buf[GP_HINT_MAX];
	size_t		used = (size_t) snprintf(buf, sizeof(buf), "Known %s: ", what);

	for (int i = 0; i < n && used < sizeof(buf); i++)
		used += (size_t) snprintf(buf + used, sizeof(buf) - used, "%s%s",
								  vocab[i], i + 1 < n ? ", " : ".");
	gp_error_hint(p->err, "%s", buf);
}

/* A double-quoted string with \" and \\ escapes, unescaped into *out. */
static gp_status
quoted(parser *p, char **out, size_t *outlen)
{
	size_t		start = p->pos;
	size_t		n = 0;
	char	   *buf;

	p->pos++;					/* the opening quote */
	buf = p->a->alloc(p->a->ctx, p->len - start + 1);
	if (buf == NULL)
		return gp_fail(p->err, GP_ERR_NO_MEMORY, start, "out of memory");
	while (p->pos < p->len && p->s[p->pos] != '"')
	{
		if (p->s[p->pos] == '\\' && p->pos + 1 < p->len)
			p->pos++;
		buf[n++] = p->s[p->pos++];
	}
	if (p->pos >= p->len)
	{
		p->a->free(p->a->ctx, buf);
		p->pos = start;
		return syntax(p, "unterminated quoted string");
	}
	p->pos++;					/* the closing quote */
	buf[n] = '\0';
	*out = buf;
	*outlen = n;
	return GP_OK;
}

static gp_status
parse_parties(parser *p, gp_polity_resolver resolve, void *ctx, gp_polity **parties,
			  uint32_t *nparties)
{
	size_t		cap = 8;
	gp_polity  *arr;
	gp_status	st;

	skip_space(p);
	if (p->pos >= p->len || p->s[p->pos] != '{')
		return syntax(p, "expected \"{\" and the parties after the kind");
	p->pos++;
	arr = p->a->alloc(p->a->ctx, cap * sizeof(gp_polity));
	if (arr == NULL)
		return gp_fail(p->err, GP_ERR_NO_MEMORY, p->pos, "out of memory");
	*parties = arr;
	*nparties = 0;
	skip_space(p);
	if (p->pos < p->len && p->s[p->pos] == '}')
	{
		gp_fail(p->err, GP_ERR_SYNTAX, p->pos, "an agreement needs at least one party");
		gp_error_detail(p->err, "The party list is empty.");
		return GP_ERR_SYNTAX;
	}
	for (;;)
	{
		const char *item;
		size_t		itemlen,
					at;
		char	   *q = NULL;
		gp_polity	party;

		skip_space(p);
		at = p->pos;
		if (p->pos < p->len && p->s[p->pos] == '"')
		{
			if ((st = quoted(p, &q, &itemlen)) != GP_OK)
				return st;
			item = q;
		}
		else
		{
			item = p->s + p->pos;
			while (p->pos < p->len && p->s[p->pos] != ',' && p->s[p->pos] != '}' &&
				   p->s[p->pos] != '{' && p->s[p->pos] != '"')
				p->pos++;
			itemlen = (size_t) (p->s + p->pos - item);
			while (itemlen > 0 && (item[itemlen - 1] == ' ' || item[itemlen - 1] == '\t'))
				itemlen--;
		}
		if (itemlen == 0)
		{
			if (q)
				p->a->free(p->a->ctx, q);
			return syntax(p, "empty party");
		}
		st = resolve(ctx, item, itemlen, &party, p->err);
		if (q)
			p->a->free(p->a->ctx, q);
		if (st != GP_OK)
		{
			/* keep the resolver's hint; say which party failed */
			char		detail[GP_MESSAGE_MAX];

			snprintf(detail, sizeof(detail), "Party %u at byte %zu: %.200s.",
					 *nparties + 1, at, p->err->message);
			memcpy(p->err->detail, detail, sizeof(detail));
			p->err->offset = at;
			return st;
		}
		if (*nparties == GP_AGREEMENT_MAX_PARTIES)
			return gp_fail(p->err, GP_ERR_RANGE, at, "too many parties (at most %d)",
						   GP_AGREEMENT_MAX_PARTIES);
		if (*nparties == cap)
		{
			gp_polity  *bigger = p->a->alloc(p->a->ctx, 2 * cap * sizeof(gp_polity));

			if (bigger == NULL)
				return gp_fail(p->err, GP_ERR_NO_MEMORY, at, "out of memory");
			memcpy(bigger, arr, cap * sizeof(gp_polity));
			p->a->free(p->a->ctx, arr);
			arr = *parties = bigger;
			cap *= 2;
		}
		arr[(*nparties)++] = party;
		skip_space(p);
		if (p->pos < p->len && p->s[p->pos] == ',')
		{
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->s[p->pos] == '}')
		{
			p->pos++;
			return GP_OK;
		}
		return syntax(p, "expected \",\" or \"}\" in the party list");
	}
}

static gp_status
parse_date(parser *p, const char *key, gp_fuzzy_date *out)
{
	size_t		b = p->pos,
				n;
	char		buf[16];

	while (p->pos < p->len && ((p->s[p->pos] >= '0' && p->s[p->pos] <= '9') ||
							   p->s[p->pos] == '-'))
		p->pos++;
	n = p->pos - b;
	if (n >= sizeof(buf))
		n = 0;
	memcpy(buf, p->s + b, n);
	buf[n] = '\0';
	if (n == 0 || !gp_date_parse_iso(buf, &out->date))
	{
		p->pos = b;
		gp_fail(p->err, GP_ERR_SYNTAX, b, "invalid %s date", key);
		gp_error_detail(p->err, "The %s date at byte %zu must be YYYY, YYYY-MM or YYYY-MM-DD, and a real day.",
						key, b);
		return GP_ERR_SYNTAX;
	}
	out->prec = n == 4 ? GP_PREC_YEAR : n == 7 ? GP_PREC_MONTH : GP_PREC_DAY;
	return GP_OK;
}

static gp_status
parse_set(parser *p, const char *key, const char *const *vocab, int nvocab, uint32_t *bits)
{
	*bits = 0;
	if (p->pos >= p->len || p->s[p->pos] != '{')
		return syntax(p, "expected \"{\" after %s=", key);
	p->pos++;
	skip_space(p);
	if (p->pos < p->len && p->s[p->pos] == '}')
	{
		p->pos++;
		return GP_OK;
	}
	for (;;)
	{
		size_t		n,
					at;
		const char *w;
		int			i;

		skip_space(p);
		at = p->pos;
		w = word(p, &n);
		i = vocab_word(vocab, nvocab, w, n);
		if (i < 0)
		{
			p->pos = at;
			gp_fail(p->err, GP_ERR_SYNTAX, at, "unknown %s \"%.*s\"", key,
					(int) (n ? n : 1), n ? w : p->s + at);
			gp_error_detail(p->err, "The %s list at byte %zu names \"%.*s\", which is not in the vocabulary.",
							key, at, (int) (n ? n : 1), n ? w : p->s + at);
			hint_vocab(p, key, vocab, nvocab);
			return GP_ERR_SYNTAX;
		}
		*bits |= 1u << i;
		skip_space(p);
		if (p->pos < p->len && p->s[p->pos] == ',')
		{
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->s[p->pos] == '}')
		{
			p->pos++;
			return GP_OK;
		}
		return syntax(p, "expected \",\" or \"}\" in %s", key);
	}
}

gp_status
gp_agreement_parse(const char *s, size_t len, gp_polity_resolver resolve, void *ctx,
				   const gp_allocator *a, gp_agreement *out, gp_error *err)
{
	parser		p = {s, len, 0, err, a};
	gp_agreement ag;
	gp_polity  *parties = NULL;
	char	   *title = NULL;
	size_t		n;
	const char *w;
	unsigned	seen = 0;
	gp_status	st;

	memset(&ag, 0, sizeof(ag));
	ag.status = GP_STATUS_SIGNED;
	memset(out, 0, sizeof(*out));

	for (size_t i = 0; i < len; i++)
		if ((unsigned char) s[i] < 0x20 && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
		{
			p.pos = i;
			return syntax(&p, "control character 0x%02X", (unsigned char) s[i]);
		}

	skip_space(&p);
	w = word(&p, &n);
	ag.kind = vocab_word(gp_agreement_kinds, gp_agreement_nkinds, w, n);
	if (ag.kind < 0)
	{
		if (n == 0 && p.pos >= len)
		{
			gp_fail(err, GP_ERR_EMPTY, 0, "empty agreement");
			gp_error_detail(err, "An agreement starts with its kind, then its parties in braces.");
		}
		else
		{
			gp_fail(err, GP_ERR_SYNTAX, p.pos - n, "unknown agreement kind \"%.*s\"",
					(int) (n ? n : 1), n ? w : s + p.pos);
			gp_error_detail(err, "An agreement starts with its kind; \"%.*s\" at byte %zu is not one.",
							(int) (n ? n : 1), n ? w : s + p.pos, p.pos - n);
		}
		hint_vocab(&p, "kinds", gp_agreement_kinds, gp_agreement_nkinds);
		return err ? err->status : GP_ERR_SYNTAX;
	}
	if ((st = parse_parties(&p, resolve, ctx, &parties, &ag.nparties)) != GP_OK)
		goto fail;

	for (;;)
	{
		size_t		at;
		int			field;
		static const char *const fields[] = {
			"status", "signed", "in_force", "ended", "domains", "clauses", "title"
		};

		skip_space(&p);
		if (p.pos >= len)
			break;
		at = p.pos;
		w = word(&p, &n);
		field = gp_vocab_find(fields, 7, w, n);
		if (field < 0 || p.pos >= len || s[p.pos] != '=')
		{
			p.pos = at;
			st = syntax(&p, n ? "unknown field \"%.*s\"" : "unexpected \"%.*s\"",
						(int) (n ? n : 1), n ? w : s + at);
			gp_error_hint(err, "Fields are status=, signed=, in_force=, ended=, domains={...}, clauses={...} and title=\"...\".");
			goto fail;
		}
		if (seen & (1u << field))
		{
			p.pos = at;
			st = syntax(&p, "field \"%s\" given twice", fields[field]);
			goto fail;
		}
		seen |= 1u << field;
		p.pos++;				/* '=' */
		switch (field)
		{
			case 0:
				at = p.pos;
				w = word(&p, &n);
				ag.status = vocab_word(gp_agreement_statuses, gp_agreement_nstatuses, w, n);
				if (ag.status < 0)
				{
					p.pos = at;
					st = syntax(&p, "unknown status \"%.*s\"", (int) n, w);
					hint_vocab(&p, "statuses", gp_agreement_statuses, gp_agreement_nstatuses);
					goto fail;
				}
				break;
			case 1:
			case 2:
			case 3:
				if ((st = parse_date(&p, fields[field], &ag.dates[field - 1])) != GP_OK)
					goto fail;
				break;
			case 4:
				if ((st = parse_set(&p, "domains", gp_agreement_domains,
									gp_agreement_ndomains, &ag.domains)) != GP_OK)
					goto fail;
				break;
			case 5:
				if ((st = parse_set(&p, "clauses", gp_agreement_clauses,
									gp_agreement_nclauses, &ag.clauses)) != GP_OK)
					goto fail;
				break;
			case 6:
				if (p.pos >= len || s[p.pos] != '"')
				{
					st = syntax(&p, "expected a double-quoted title");
					goto fail;
				}
				if ((st = quoted(&p, &title, &n)) != GP_OK)
					goto fail;
				ag.title = title;
				ag.title_len = (uint32_t) n;
				break;
		}
		if (p.pos < len && s[p.pos] != ' ' && s[p.pos] != '\t' && s[p.pos] != '\n' &&
			s[p.pos] != '\r')
		{
			st = syntax(&p, "unexpected \"%c\" after the %s field", s[p.pos], fields[field]);
			goto fail;
		}
	}

	if ((st = gp_agreement_normalise(&ag, parties, err)) != GP_OK)
		goto fail;
	if (title != NULL && ag.title == NULL)
		a->free(a->ctx, title);	/* title="": normalised away */
	*out = ag;
	return GP_OK;

fail:
	if (parties)
		a->free(a->ctx, parties);
	if (title)
		a->free(a->ctx, title);
	return st;
}
