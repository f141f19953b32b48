/*
 * gazetteer.h
 *		Everything a mention can be: names, demonyms, places, office holders,
 *		as folded phrases for the text scanner (mentions.c).
 *
 * Design: one open-addressing hash table of folded phrases.  An entry holds
 * a chain of values (a polity, what kind of name it is, the dates an office
 * holder held office, whether the text must write it in capitals) and a
 * flag saying that longer phrases start with it, so that the scanner extends
 * a match only while some phrase could still follow.  Phrases are split into
 * tokens the way the scanner splits text: at spaces, and at every character
 * of scripts written without spaces (Chinese, Japanese, Thai ...).
 */
#ifndef GP_GAZETTEER_H
#define GP_GAZETTEER_H

#include "alloc.h"
#include "catalog.h"
#include "status.h"

#include <stdbool.h>

typedef enum gp_entry_kind
{
	GP_EK_NAME,					/* a polity's name or alias */
	GP_EK_DEMONYM,
	GP_EK_CAPITAL,
	GP_EK_SEAT,					/* the Kremlin, Downing Street, Brussels for the EU */
	GP_EK_CITY,
	GP_EK_PERSON				/* an office holder, with dates */
} gp_entry_kind;

typedef struct gp_gaz_value
{
	gp_polity	code;
	uint8_t		ekind;			/* gp_entry_kind */
	uint8_t		exact_case;		/* an acronym: the text must write it in capitals */
	uint8_t		stem;			/* matched by an inflected form (see mentions.c) */
	uint8_t		foreign;		/* only another language's name (CLDR), not an English one */
	gp_date		from;			/* office holders: term, GP_NO_DATE when open */
	gp_date		to;
	int32_t		next;			/* next value of the same phrase, or -1 */
} gp_gaz_value;

typedef struct gp_gazetteer gp_gazetteer;

typedef struct gp_gaz_hit
{
	const gp_gaz_value *first;	/* NULL when the phrase has no value */
	bool		is_prefix;		/* longer phrases start with this one */
	bool		is_place_prefix;	/* and not only people's names ("François") */
	bool		is_given_name;	/* a person's given name ("Whitney", "Milan") */
} gp_gaz_hit;

extern gp_status gp_gazetteer_create(const gp_allocator *a, gp_gazetteer **out,
									 gp_error *err);
extern void gp_gazetteer_free(gp_gazetteer *gz);

/* Add a phrase (any spelling: folded here) with its value. */
extern gp_status gp_gazetteer_add(gp_gazetteer *gz, const char *phrase, size_t len,
								  const gp_gaz_value *value, gp_error *err);

/*
 * Add everything built in: the catalog's names and aliases, bloc codes,
 * CLDR's country names in every locale, and data/demonyms.tsv,
 * data/places.tsv and data/office_holders.tsv; and people's given names
 * (data/given_names.tsv), which are looked up but never matched.
 */
extern gp_status gp_gazetteer_add_builtin(gp_gazetteer *gz, const gp_catalog *cat,
										  gp_error *err);

/*
 * Words that, near a name, say it means something else: "Georgia" near
 * "Atlanta" is the US state (data/traps.tsv).  The contexts of a polity's
 * traps, or NULL; *n is their number.
 */
extern const char *const *gp_gazetteer_traps(const gp_gazetteer *gz, gp_polity code, int *n);

/* Look a folded phrase up. */
extern gp_gaz_hit gp_gazetteer_lookup(const gp_gazetteer *gz, const char *key, size_t keylen);

/* The value after v in its chain, or NULL. */
extern const gp_gaz_value *gp_gazetteer_next(const gp_gazetteer *gz, const gp_gaz_value *v);

extern size_t gp_gazetteer_count(const gp_gazetteer *gz);

/* Is c a character of a script written without spaces between words? */
extern bool gp_unspaced_char(uint32_t c);

#endif							/* GP_GAZETTEER_H */
