/*
 * cldr_names.h
 *		Visiting the country names of every locale ICU ships.
 */
#ifndef GP_CLDR_NAMES_H
#define GP_CLDR_NAMES_H

#include "catalog.h"
#include "status.h"

typedef gp_status (*gp_cldr_visit) (void *arg, const char *name, size_t len,
									gp_polity code, gp_error *err);

/* Call fn for every (name, polity) in ICU's region data; stops on an error. */
extern gp_status gp_cldr_foreach(const gp_catalog *cat, gp_cldr_visit fn, void *arg,
								 gp_error *err);

#endif							/* GP_CLDR_NAMES_H */
