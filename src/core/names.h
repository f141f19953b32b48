/*
 * names.h
 *		The name index: folded name -> the polities it can mean.
 *
 * Design: an open-addressing hash table of folded keys, each with up to
 * GP_MAX_CANDIDATES polities and a tier.  Names come in tiers, strongest
 * first: our curated names and aliases (and the ones users add) are
 * GP_TIER_CURATED; names of former states are GP_TIER_FORMER, so that a
 * name shared with a current state ("Burma", "East Timor") means the current
 * one; CLDR display names in every ICU locale are GP_TIER_CLDR.
 * A key keeps only the candidates of its strongest tier, so a curated
 * English name is never made ambiguous by a coincidence in another
 * language.  Debian iso-codes' translations fill in what CLDR lacks, as
 * GP_TIER_TRANSLATED, the weakest.  Keys and display strings live in arena chunks owned by the
 * index.
 */
#ifndef GP_NAMES_H
#define GP_NAMES_H

#include "alloc.h"
#include "catalog.h"
#include "status.h"

#include <stdbool.h>

typedef enum gp_tier
{
	GP_TIER_CURATED = 0,
	GP_TIER_FORMER = 1,			/* names of former states */
	GP_TIER_CLDR = 2,
	GP_TIER_TRANSLATED = 3		/* iso-codes translations (translated_names.c) */
} gp_tier;

typedef struct gp_name_entry
{
	const char *key;			/* folded, NUL-terminated */
	const char *display;		/* a spelling for hints, may be NULL */
	uint32_t	hash;
	uint16_t	keylen;
	uint8_t		tier;
	uint8_t		ncodes;
	gp_polity	codes[GP_MAX_CANDIDATES];
} gp_name_entry;

typedef struct gp_names gp_names;

extern gp_status gp_names_create(const gp_allocator *a, gp_names **out, gp_error *err);
extern void gp_names_free(gp_names *names);

/*
 * Add a name (any spelling: it is folded here) meaning code.  A name that
 * folds to nothing is ignored.
 */
extern gp_status gp_names_add(gp_names *names, const char *name, size_t len,
							  gp_tier tier, gp_polity code, gp_error *err);

/* Add every built-in name of the catalog: codes' names, official names, aliases. */
extern gp_status gp_names_add_catalog(gp_names *names, const gp_catalog *cat,
									  gp_error *err);

/* Add the country display names of every locale ICU ships (cldr_names.c). */
extern gp_status gp_names_add_cldr(gp_names *names, const gp_catalog *cat,
								   gp_error *err);

/* Add the names of data/iso_translations.tsv (translated_names.c). */
extern gp_status gp_names_add_translations(gp_names *names, const gp_catalog *cat,
										   gp_error *err);

/*
 * The words of official names that only give the form of the state
 * ("republic", "kingdom", "of"), from data/state_forms.tsv: a name that is
 * not found is retried without them.
 */
extern gp_status gp_names_add_state_forms(gp_names *names, const gp_catalog *cat,
										  gp_error *err);
extern bool gp_names_is_state_form(const gp_names *names, const char *word, size_t len);
/*
 * Visit every state-form word (folded; not the endings): fn gets each word
 * once, and the words that tell states apart once more with telling set;
 * stop when fn returns nonzero.
 */
extern void gp_names_foreach_state_form(const gp_names *names,
										int (*fn) (const char *word, size_t len, bool telling,
												   void *arg),
										void *arg);

/* Does names hold state-form words? */
extern bool gp_names_has_state_forms(const gp_names *names);

/*
 * State-form words that tell two states apart ("Democratic": the Republic of
 * the Congo and the Democratic Republic of the Congo), marked with a leading
 * asterisk in state_forms.tsv ("*Democratic"): a retry that keeps some
 * state-form words keeps these.
 */
extern bool gp_names_is_telling_form(const gp_names *names, const char *word, size_t len);

/*
 * Languages written without spaces put the state's form at the end of the
 * word ("カーボベルデ共和国"): state_forms.tsv lists such endings with a
 * leading hyphen ("-共和国").  Returns the length in bytes of the longest
 * such ending of word, short of the whole word, or 0.
 */
extern size_t gp_names_state_form_suffix(const gp_names *names, const char *word,
										 size_t len);

/*
 * The adjectives of states (data/adjectives.tsv: "Österreichisch") are in
 * the index too, folded after this byte, which no folded name holds; they
 * are no names (gp_names_lookup of a name never finds them).
 */
#define GP_ADJECTIVE_MARK '\x05'

/* All of the above: every name the library ships, as the polity type reads them. */
extern gp_status gp_names_add_builtin(gp_names *names, const gp_catalog *cat, gp_error *err);

/* The entry of a folded key, or NULL. */
extern const gp_name_entry *gp_names_lookup(const gp_names *names, const char *key,
											size_t keylen);

extern size_t gp_names_count(const gp_names *names);

/* Visit every entry (order unspecified); stop when fn returns nonzero. */
extern void gp_names_foreach(const gp_names *names,
							 int (*fn) (const gp_name_entry *e, void *arg), void *arg);

/*
 * Visit the entries whose folded key starts with prefix, in key order; stop
 * when fn returns nonzero.  The order is built on the first call after the
 * last add (a sort of every key, kept until the next add).
 */
extern void gp_names_foreach_prefix(const gp_names *names, const char *prefix, size_t len,
									int (*fn) (const gp_name_entry *e, void *arg), void *arg);

/*
 * The core of a folded key: its words in byte order without the state-form
 * words of forms (and without those that tell states apart unless
 * GP_CORE_KEEP_TELLING is in flags), into out (outsize bytes); the state-form words of four or
 * more characters left out go to formwords and formlens (their first five
 * characters; up to 32, when not NULL), *nforms how many.
 * Returns the length, 0 when nothing is left or it does not fit.
 */
#define GP_CORE_KEEP_TELLING 1
#define GP_CORE_JOINED 2		/* the words in their order, run together */
#define GP_CORE_STEMMED 4		/* each word of an alphabet cut to 6 letters */
extern size_t gp_names_core_key(const gp_names *forms, const char *key, size_t keylen,
								int flags, char *out, size_t outsize,
								const char **formwords, size_t *formlens, int *nforms);

/*
 * The index of the cores of names (see names.c), with state-form words from
 * forms (the same forms on every call); built on first use after the last
 * add, owned by names.  NULL when out of memory.
 */
extern const gp_names *gp_names_cores(const gp_names *names, const gp_names *forms);

#endif							/* GP_NAMES_H */
