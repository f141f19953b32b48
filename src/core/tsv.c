/*
 * tsv.c
 *		Reading the data files.
 */
#include "tsv.h"

#include <string.h>

int
gp_tsv_next(gp_tsv *t, char **fields)
{
	char	   *p = t->pos;
	int			n = 0;

	/* blank lines, and comment lines (a '#' first: a file's source) */
	while (*p == '\n' || *p == '#')
	{
		if (*p == '#')
			p += strcspn(p, "\n");
		if (*p == '\n')
			p++;
		t->line++;
	}
	if (*p == '\0')
		return 0;
	fields[n++] = p;
	for (; *p != '\0' && *p != '\n'; p++)
	{
		if (*p == '\t')
		{
			*p = '\0';
			if (n < GP_TSV_MAX_COLUMNS)
				fields[n++] = p + 1;
		}
	}
	if (*p == '\n')
		*p++ = '\0';
	t->pos = p;
	t->line++;
	for (int i = n; i < GP_TSV_MAX_COLUMNS; i++)
		fields[i] = "";
	return n;
}

gp_status
gp_tsv_open(gp_tsv *t, const char *file, char *text, gp_error *err)
{
	t->file = file;
	t->pos = text;
	t->line = 0;
	t->ncolumns = gp_tsv_next(t, t->header);
	if (t->ncolumns == 0)
		return gp_fail(err, GP_ERR_SYNTAX, 0, "data file %s is empty", file);
	return GP_OK;
}

int
gp_tsv_column(const gp_tsv *t, const char *name)
{
	for (int i = 0; i < t->ncolumns; i++)
		if (strcmp(t->header[i], name) == 0)
			return i;
	return -1;
}
