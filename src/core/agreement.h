/*
 * agreement.h
 *		One agreement between polities: kind, parties, status, dates,
 *		domains, clauses and an optional title.
 *
 * Design: the packed form is the varlena itself.  Its first 4 bytes are
 * the length word the glue fills (SET_VARSIZE), so a detoasted datum is
 * read in place: the header is 40 bytes and the parties, 8-byte polity
 * codes, start 8-byte aligned right after it; the title's UTF-8 bytes end
 * the value.  Packing is canonical (parties sorted and unique, unused bytes
 * zero), so equal agreements are equal bytes: hashing and equality never
 * need the fields.
 *
 *   0  length word (glue)      16 signed date   i32 (days since 2000-01-01)
 *   4  version = 1             20 in_force date i32
 *   5  kind                    24 ended date    i32
 *   6  status                  28 precision of the three dates, u8 each
 *   7  flags (reserved, 0)     31 reserved, 0
 *   8  domains bitmask u32     32 number of parties u32
 *  12  clauses bitmask u32     36 title length u32 (bytes)
 *  40  parties, then title
 */
#ifndef GP_AGREEMENT_H
#define GP_AGREEMENT_H

#include "alloc.h"
#include "catalog.h"
#include "polity_code.h"
#include "status.h"

#include <stdint.h>

#define GP_AGREEMENT_VERSION 1
#define GP_AGREEMENT_HEADER 40
#define GP_AGREEMENT_MAX_PARTIES 10000
#define GP_AGREEMENT_MAX_TITLE 1000	/* bytes */

typedef enum gp_precision
{
	GP_PREC_NONE = 0,
	GP_PREC_YEAR = 1,
	GP_PREC_MONTH = 2,
	GP_PREC_DAY = 3
} gp_precision;

typedef struct gp_fuzzy_date
{
	gp_date		date;			/* the first day of the period; 0 when none */
	gp_precision prec;			/* GP_PREC_NONE: no date */
} gp_fuzzy_date;

enum
{
	GP_DATE_SIGNED = 0,
	GP_DATE_IN_FORCE = 1,
	GP_DATE_ENDED = 2,
	GP_NDATES = 3
};

/* Unpacked agreement.  parties and title point into storage owned elsewhere. */
typedef struct gp_agreement
{
	int			kind;			/* index into gp_agreement_kinds */
	int			status;			/* index into gp_agreement_statuses */
	uint32_t	domains;		/* bit i: gp_agreement_domains[i] */
	uint32_t	clauses;		/* bit i: gp_agreement_clauses[i] */
	gp_fuzzy_date dates[GP_NDATES];
	uint32_t	nparties;
	const gp_polity *parties;	/* sorted, unique */
	const char *title;			/* NULL when none */
	uint32_t	title_len;
} gp_agreement;

/*
 * The vocabularies.  An index is the value's stored id: add new names at the
 * end only.  Output and ordering use the names, not the ids.
 */
extern const char *const gp_agreement_kinds[];
extern const int gp_agreement_nkinds;
extern const char *const gp_agreement_statuses[];	/* in lifecycle order */
extern const int gp_agreement_nstatuses;
extern const char *const gp_agreement_domains[];
extern const int gp_agreement_ndomains;
extern const char *const gp_agreement_clauses[];
extern const int gp_agreement_nclauses;
extern const char *const gp_precision_names[];	/* none, year, month, day */

/* The index of name (len bytes) in a vocabulary, or -1. */
extern int	gp_vocab_find(const char *const *vocab, int n, const char *name, size_t len);

#define GP_STATUS_SIGNED 2		/* the default status */
#define GP_CLAUSE_BIT(name) (1u << gp_vocab_find(gp_agreement_clauses, gp_agreement_nclauses, name, sizeof(name) - 1))

/* Resolves a party written in a literal (a code or a name). */
typedef gp_status (*gp_polity_resolver) (void *ctx, const char *s, size_t len,
										 gp_polity *out, gp_error *err);

/*
 * Parse the text literal (grammar in README.md).  Parties are resolved with
 * resolve(ctx, ...); the parties array and title are allocated with a and
 * owned by the caller.  The result is normalised and validated.
 */
extern gp_status gp_agreement_parse(const char *s, size_t len, gp_polity_resolver resolve,
									void *ctx, const gp_allocator *a, gp_agreement *out,
									gp_error *err);

/*
 * Sort and deduplicate the parties (in place: parties must be writable) and
 * check every rule: 1..MAX parties, known vocabularies, dates in order.
 */
extern gp_status gp_agreement_normalise(gp_agreement *ag, gp_polity *parties,
										gp_error *err);

/* Bytes the packed form needs, length word included. */
extern size_t gp_agreement_packed_size(const gp_agreement *ag);

/* Pack into buf (packed_size bytes, 8-byte aligned); the length word is 0. */
extern void gp_agreement_pack(const gp_agreement *ag, void *buf);

/*
 * Read a packed agreement of len bytes (length word included) in place,
 * checking its structure and rules: the view points into buf.
 */
extern gp_status gp_agreement_view(const void *buf, size_t len, gp_agreement *out,
								   gp_error *err);

/*
 * Write the canonical literal into buf (cap bytes, NUL-terminated when it
 * fits); returns the length it needs, NUL excluded.
 */
extern size_t gp_agreement_format(const gp_agreement *ag, char *buf, size_t cap);

/* Total order: first date, kind, parties, then the remaining fields. */
extern int	gp_agreement_cmp(const gp_agreement *a, const gp_agreement *b);

/* The earliest of the dates, or GP_NO_DATE. */
extern gp_date gp_agreement_first_date(const gp_agreement *ag);

/* The date the status refers to (signed for proposed..ratified, ...). */
extern int	gp_agreement_status_date(const gp_agreement *ag);

extern bool gp_agreement_has_party(const gp_agreement *ag, gp_polity p);

/* Do two sorted party lists share a member? */
extern bool gp_parties_overlap(const gp_polity *a, uint32_t na, const gp_polity *b, uint32_t nb);

/*
 * Distance in [0, 1]: 0.5 * (1 - Jaccard(parties)) + 0.25 * (kinds differ)
 * + 0.25 * (1 - Jaccard(domains)), with the Jaccard index of two empty sets 1.
 */
extern double gp_agreement_distance(const gp_agreement *a, const gp_agreement *b);

/*
 * Do two reports speak of one agreement?  The same parties, kinds that agree
 * (equal, or one of them the general treaty or cooperation_agreement), and
 * signing dates that can be the same day at their precisions.
 */
extern bool gp_agreement_same(const gp_agreement *a, const gp_agreement *b);

/*
 * Fold report b into a: the most specific kind, the status furthest along,
 * for each date the more precise, the union of domains and clauses, a's
 * title or else b's.  Parties are a's (the same as b's for one agreement).
 */
extern void gp_agreement_merge(gp_agreement *a, const gp_agreement *b);

#endif							/* GP_AGREEMENT_H */
