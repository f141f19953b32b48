/*
 * sentence_view.h
 *		One sentence as words, with the mention each word belongs to: what
 *		the agreement and event rules look at.
 */
#ifndef GP_SENTENCE_VIEW_H
#define GP_SENTENCE_VIEW_H

#include "gazetteer.h"
#include "mentions.h"

#define GP_SENTENCE_MAX_WORDS 400

typedef struct gp_sentence
{
	const char *text;
	gp_span		span;			/* bytes of the sentence */
	int			number;			/* from 1 */
	int			nwords;
	gp_span		words[GP_SENTENCE_MAX_WORDS];
	int			mention[GP_SENTENCE_MAX_WORDS]; /* index into the list, or -1 */
	int			clause[GP_SENTENCE_MAX_WORDS];	/* split at , ; : ( and dashes */
	const gp_mention_list *mentions;
	const gp_catalog *cat;
} gp_sentence;

/*
 * Fill s with the words of sentence number (1-based) spanning span, and tie
 * each word to its mention; *cursor walks the mention list in order.
 */
extern void gp_sentence_load(gp_sentence *s, const gp_catalog *cat, const char *text,
							 gp_span span, int number, const gp_mention_list *mentions,
							 size_t *cursor);

/* Is word i (case-insensitive, ASCII) w?  Does it start with prefix? */
extern bool gp_word_is(const gp_sentence *s, int i, const char *w);
extern bool gp_word_starts(const gp_sentence *s, int i, const char *prefix);
extern bool gp_word_in(const gp_sentence *s, int i, const char *const *list);
/* Does word i begin with an ASCII capital? */
extern bool gp_word_capitalised(const gp_sentence *s, int i);

/*
 * The polity word i names, or 0: a mention that stands for a state or bloc
 * as an actor (not a city, not a capital written as a place, not a group).
 */
extern gp_polity gp_word_polity(const gp_sentence *s, int i);

/*
 * Does the mention ending at word last name the nationality of a business
 * ("French car maker Peugeot", "UK banking group Barclays", "China's National
 * Petroleum Corporation") rather than a state?
 */
extern bool gp_names_a_business(const gp_sentence *s, int last);
extern bool gp_speaks_of_business(const gp_sentence *s);
extern bool gp_speaks_of_companies(const gp_sentence *s);

/* The index of the first word of the mention word i belongs to. */
extern int	gp_mention_first_word(const gp_sentence *s, int i);

/*
 * Read a text sentence by sentence: its mentions are found first, then fn
 * sees each sentence in order.  tick is asked every 256 sentences.
 */
typedef void (*gp_sentence_visit) (void *arg, const gp_sentence *s);
extern gp_status gp_sentences_visit(const struct gp_gazetteer *gz, const gp_catalog *cat,
									const char *text, size_t len, gp_date published,
									gp_tick tick, void *tick_ctx, const gp_allocator *a,
									gp_sentence_visit fn, void *arg, gp_error *err);

/* Characters counted forward; going back starts again from the beginning. */
typedef struct gp_char_cursor
{
	size_t		byte;
	int64_t		chars;
} gp_char_cursor;

/* The 1-based character position and length of bytes [b, e) of text. */
extern void gp_char_span(const char *text, gp_char_cursor *c, size_t b, size_t e,
						 int64_t *start, int32_t *length);

#endif							/* GP_SENTENCE_VIEW_H */
