/*
 * mentions.h
 *		Finding geopolitical mentions in article text.
 *
 * The scanner walks the text once, token by token.  Only tokens that can
 * start a name are looked at: a capital letter, or a letter of a script
 * without case (Arabic, Chinese ...).  From such a token it extends the
 * phrase while the gazetteer says a longer phrase may follow, keeps the
 * longest match, and then applies the rules that keep words that only look
 * like names out (see mentions.c).  Positions are 1-based characters, as
 * substr() counts them.
 */
#ifndef GP_MENTIONS_H
#define GP_MENTIONS_H

#include "alloc.h"
#include "catalog.h"
#include "gazetteer.h"
#include "status.h"

typedef enum gp_mention_kind
{
	GP_MK_COUNTRY,
	GP_MK_DEMONYM,
	GP_MK_CAPITAL,
	GP_MK_CITY,
	GP_MK_METONYM,
	GP_MK_OFFICE_HOLDER,
	GP_MK_ORGANISATION,
	GP_MK_GROUP
} gp_mention_kind;

extern const char *gp_mention_kind_name(gp_mention_kind kind);

typedef struct gp_mention
{
	gp_polity	polity;			/* 0 when ambiguous: see candidates */
	gp_mention_kind kind;
	size_t		byte_start;
	size_t		byte_len;
	int64_t		start;			/* 1-based character position */
	int32_t		length;			/* in characters */
	int32_t		sentence;		/* from 1 */
	int			ncandidates;
	gp_polity	candidates[GP_MAX_CANDIDATES];
} gp_mention;

typedef struct gp_mention_list
{
	gp_mention *items;
	size_t		n;
	size_t		cap;
} gp_mention_list;

/* Called every so often; a nonzero return stops the scan (GP_ERR_CANCELLED). */
typedef int (*gp_tick) (void *ctx);

/*
 * Find the mentions in text (len bytes of UTF-8).  published is the article's
 * date (GP_NO_DATE when unknown): office holders count for the dates they
 * held office.  The list is allocated with a and owned by the caller.
 */
extern gp_status gp_find_mentions(const gp_gazetteer *gz, const gp_catalog *cat,
								  const char *text, size_t len, gp_date published,
								  gp_tick tick, void *tick_ctx, const gp_allocator *a,
								  gp_mention_list *out, gp_error *err);

extern void gp_mention_list_free(const gp_allocator *a, gp_mention_list *list);

/* Sentences and words, split as the scanner splits them. */
typedef struct gp_span
{
	size_t		start;			/* bytes */
	size_t		end;
} gp_span;

/*
 * The byte ranges of the text's sentences, numbered from 1 like mentions'
 * sentence column: (*sentences)[k - 1] is sentence k.  Allocated with a.
 */
extern gp_status gp_split_sentences(const char *text, size_t len, const gp_allocator *a,
									gp_span **sentences, size_t *n, gp_error *err);

/* The words of text[b, e) into words (at most cap); returns their number. */
extern size_t gp_split_words(const char *text, size_t b, size_t e, gp_span *words, size_t cap);

#endif							/* GP_MENTIONS_H */
