/*
 * polity_parse.h
 *		Reading a polity from text: codes, names in any language, actors.
 *
 * Input is tried in this order: a canonical code or actor code; an alpha-2,
 * alpha-3 or numeric ISO code (any case); a name, through the name index.
 * Codes never need the index, so the glue builds the index only for names.
 */
#ifndef GP_POLITY_PARSE_H
#define GP_POLITY_PARSE_H

#include "catalog.h"
#include "names.h"
#include "status.h"

#define GP_NAME_MAX 256			/* longest name input, in bytes */

/*
 * Check raw input (empty, too long, control characters, invalid UTF-8) and
 * trim surrounding white space: on success *start and *len describe the
 * trimmed text.
 */
extern gp_status gp_polity_check_input(const char *s, size_t len, size_t *start,
									   size_t *trimmed_len, gp_error *err);

/*
 * Read trimmed text as a code.  Returns GP_OK with *out set, GP_ERR_UNKNOWN
 * (err untouched) when the text is not a code, or GP_ERR_SYNTAX for a
 * malformed actor code ("@" and the wrong characters).
 */
extern gp_status gp_polity_parse_code(const gp_catalog *cat, const char *s, size_t len,
									  gp_polity *out, gp_error *err);

/*
 * Read trimmed text as a name, folded once and looked up in each index in
 * turn (the first that knows the name decides).  Fails with GP_ERR_UNKNOWN
 * (hint: the closest names in all indexes) or GP_ERR_AMBIGUOUS (hint: the
 * candidates).
 */
extern gp_status gp_polity_parse_name(const gp_catalog *cat,
									  const gp_names *const *indexes, int nindexes,
									  const char *s, size_t len, gp_polity *out,
									  gp_error *err);

/*
 * Every polity trimmed text may mean as a name, found the way
 * gp_polity_parse_name finds it: out (GP_MAX_CANDIDATES polities) receives
 * them in code order, which is the polity type's btree order, and *n how
 * many (none for an unknown name, one for a known name, more for an
 * ambiguous one).  Builds no hint, so it is cheap for names that are not
 * known.  Fails only when folding fails.
 */
extern gp_status gp_polity_name_candidates(const gp_catalog *cat,
										   const gp_names *const *indexes, int nindexes,
										   const char *s, size_t len, gp_polity *out,
										   int *n, gp_error *err);

/* All three steps, for tests and fuzzers. */
extern gp_status gp_polity_parse(const gp_catalog *cat, const gp_names *names,
								 const char *s, size_t len, gp_polity *out,
								 gp_error *err);

/* Is s (len bytes) valid UTF-8?  On failure *bad is the offset. */
extern int	gp_utf8_valid(const char *s, size_t len, size_t *bad);

#endif							/* GP_POLITY_PARSE_H */
