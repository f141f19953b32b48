/*
 * fold.h
 *		Folding a name to the key it is matched by.
 *
 * Two spellings of one name fold to the same key when they differ only in
 * case, accents, width, compatibility forms or punctuation: "Côte d'Ivoire",
 * "COTE D’IVOIRE" and "Cote-d'Ivoire" all fold to "cote divoire".  Rules:
 * ICU NFKD (so that compatibility letters such as "ǆ" lose their accents
 * too), drop accents (not the marks that spell Indic or Southeast Asian
 * words), NFKC_Casefold; keep letters, digits and
 * spacing marks; drop apostrophes; read '&' as "and"; any other run of
 * characters becomes one space; trim; drop a leading "the".
 */
#ifndef GP_FOLD_H
#define GP_FOLD_H

#include "status.h"

#include <stddef.h>

#define GP_FOLD_INPUT_MAX 1024	/* longest input, in bytes */
#define GP_FOLD_OUTPUT_MAX (4 * GP_FOLD_INPUT_MAX)	/* buffer size callers pass */

/*
 * Fold len bytes of UTF-8 at s into out (cap bytes, NUL-terminated).
 * Sets *outlen.  Fails on invalid UTF-8, input over GP_FOLD_INPUT_MAX or an
 * ICU error.
 */
extern gp_status gp_fold(const char *s, size_t len, char *out, size_t cap,
						 size_t *outlen, gp_error *err);

#endif							/* GP_FOLD_H */
