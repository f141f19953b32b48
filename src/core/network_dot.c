/*
 * network_dot.c
 *		Graphviz DOT for the network of parties of agreements.
 */
#include "network_dot.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct out
{
	char	   *buf;
	size_t		cap;
	size_t		len;
} out;

static void
put(out *o, const char *fmt,...) __attribute__((format(printf, 2, 3)));

static void
put(out *o, const char *fmt,...)
{
	va_list		ap;
	int			n;

	va_start(ap, fmt);
	n = vsnprintf(o->len < o->cap ? o->buf + o->len : NULL,
				  o->len < o->cap ? o->cap - o->len : 0, fmt, ap);
	va_end(ap);
	if (n > 0)
		o->len += (size_t) n;
}

/* A DOT string: quotes and backslashes escaped. */
static void
put_quoted(out *o, const char *s)
{
	put(o, "\"");
	for (; *s; s++)
		put(o, "%s%c", (*s == '"' || *s == '\\') ? "\\" : "", *s);
	put(o, "\"");
}

static void
put_label(out *o, const gp_agreement *a)
{
	char		label[128];
	gp_date		first = gp_agreement_first_date(a);
	int			y,
				m,
				d;

	if (first != GP_NO_DATE)
	{
		gp_date_to_ymd(first, &y, &m, &d);
		snprintf(label, sizeof(label), "%s %d", gp_agreement_kinds[a->kind], y);
	}
	else
		snprintf(label, sizeof(label), "%s", gp_agreement_kinds[a->kind]);
	put_quoted(o, label);
}

size_t
gp_network_dot(const gp_catalog *cat, const gp_agreement *agreements, size_t n,
			   char *buf, size_t cap)
{
	out			o = {buf, cap, 0};
	gp_polity	seen[1024];
	size_t		nseen = 0;

	put(&o, "graph agreements {\n  graph [overlap=false, splines=true];\n"
		"  node [shape=ellipse, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=9];\n");
	/* every party once */
	for (size_t i = 0; i < n; i++)
		for (uint32_t k = 0; k < agreements[i].nparties; k++)
		{
			gp_polity	p = agreements[i].parties[k];
			bool		known = false;
			char		code[GP_CODE_MAX + 1];
			char		label[300];
			const gp_polity_info *info = gp_catalog_find(cat, p);

			for (size_t j = 0; j < nseen && !known; j++)
				known = seen[j] == p;
			if (known)
				continue;
			if (nseen < sizeof(seen) / sizeof(seen[0]))
				seen[nseen++] = p;
			gp_code_unpack(p, code);
			snprintf(label, sizeof(label), "%s\\n%s", code, info ? info->name : "actor");
			put(&o, "  ");
			put_quoted(&o, code);
			put(&o, " [label=\"%s\"];\n", label);
		}
	for (size_t i = 0; i < n; i++)
	{
		const gp_agreement *a = &agreements[i];
		char		c1[GP_CODE_MAX + 1],
					c2[GP_CODE_MAX + 1];

		if (a->nparties == 2)
		{
			gp_code_unpack(a->parties[0], c1);
			gp_code_unpack(a->parties[1], c2);
			put(&o, "  ");
			put_quoted(&o, c1);
			put(&o, " -- ");
			put_quoted(&o, c2);
			put(&o, " [label=");
			put_label(&o, a);
			put(&o, "];\n");
		}
		else if (a->nparties > 2 || a->nparties == 1)
		{
			put(&o, "  \"agreement %zu\" [shape=box, fontsize=9, label=", i + 1);
			put_label(&o, a);
			put(&o, "];\n");
			for (uint32_t k = 0; k < a->nparties; k++)
			{
				gp_code_unpack(a->parties[k], c1);
				put(&o, "  \"agreement %zu\" -- ", i + 1);
				put_quoted(&o, c1);
				put(&o, ";\n");
			}
		}
	}
	put(&o, "}\n");
	return o.len;
}
