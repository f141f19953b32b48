/*
 * tsv.h
 *		Reading the data files: tab-separated, a header line, cut in place;
 *		lines that begin with '#' are comments.
 *
 * Columns are found by header name, so a file may gain columns without
 * breaking older code.
 */
#ifndef GP_TSV_H
#define GP_TSV_H

#include "status.h"

#define GP_TSV_MAX_COLUMNS 16

typedef struct gp_tsv
{
	const char *file;			/* for messages */
	char	   *pos;			/* next unread byte */
	char	   *header[GP_TSV_MAX_COLUMNS];
	int			ncolumns;
	int			line;
} gp_tsv;

/* Start reading text (writable, NUL-terminated); reads the header line. */
extern gp_status gp_tsv_open(gp_tsv *t, const char *file, char *text, gp_error *err);

/* Cut the next line into fields; returns their count, 0 at the end. */
extern int	gp_tsv_next(gp_tsv *t, char **fields);

/* The index of a named column, or -1. */
extern int	gp_tsv_column(const gp_tsv *t, const char *name);

/* A field by column index; "" for a missing column. */
static inline const char *
gp_tsv_field(char **fields, int column)
{
	return column < 0 ? "" : fields[column];
}

#endif							/* GP_TSV_H */
