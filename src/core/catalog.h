/*
 * catalog.h
 *		The built-in polities, aliases and bloc memberships.
 *
 * The facts live in data/ TSV files (each row names its source); the build turns
 * each file into a string constant (builtin_data.c) and gp_catalog_load()
 * parses them once per process into sorted arrays.
 */
#ifndef GP_CATALOG_H
#define GP_CATALOG_H

#include "alloc.h"
#include "polity_code.h"
#include "status.h"

#include <stdint.h>

typedef enum gp_kind
{
	GP_KIND_STATE,
	GP_KIND_FORMER_STATE,
	GP_KIND_TERRITORY,
	GP_KIND_BLOC,
	GP_KIND_ORGANISATION,
	GP_KIND_GROUP,
	GP_KIND_ACTOR
} gp_kind;

/* Dates are days since 2000-01-01, PostgreSQL's DateADT convention. */
typedef int32_t gp_date;
#define GP_NO_DATE INT32_MIN

/* Most candidates an ambiguous name can have. */
#define GP_MAX_CANDIDATES 4

typedef struct gp_polity_info
{
	gp_polity	code;
	gp_kind		kind;
	char		alpha2[3];		/* "" when none */
	int			numeric;		/* -1 when none */
	const char *name;			/* English short name */
	const char *official;		/* "" when none */
	const char *iso_name;		/* ISO's list form, "" when same as name */
	gp_date		from;			/* existence, GP_NO_DATE when open */
	gp_date		to;
	const char *agreements;		/* the kind of the agreements a body makes
								 * (OPEC: energy_agreement); NULL or "" */
	gp_polity	sovereign;		/* the state a territory belongs to
								 * (data/sovereignty.tsv), 0 when none */
} gp_polity_info;

typedef struct gp_membership
{
	gp_polity	bloc;
	gp_polity	member;
	gp_date		joined;
	gp_date		left;			/* GP_NO_DATE while still a member */
} gp_membership;

/*
 * While a former state existed, the names, capitals and cities of the states
 * that now hold its land stood for it: "Moscow" in 1987 is the Soviet Union.
 */
typedef struct gp_continuity
{
	gp_polity	successor;
	gp_polity	former;
	gp_date		from;
	gp_date		to;
} gp_continuity;

typedef struct gp_alias
{
	const char *alias;
	int			ncodes;			/* more than one: ambiguous */
	gp_polity	codes[GP_MAX_CANDIDATES];
} gp_alias;

typedef struct gp_catalog
{
	gp_polity_info *polities;	/* sorted by code */
	size_t		npolities;
	gp_membership *memberships; /* sorted by bloc, member, joined */
	size_t		nmemberships;
	gp_alias   *aliases;
	size_t		naliases;
	gp_continuity *continuity;
	size_t		ncontinuity;
	gp_date		continuity_end;	/* the last day any of them applies */
	const char **state_forms;	/* words of official names: "Republic", "of" */
	size_t		nstate_forms;
	int16_t		by_alpha2[26 * 26]; /* index into polities, -1 when none */
	int16_t		by_numeric[1000];
	char	   *text;			/* owned copy of the data, cut into fields */
} gp_catalog;

/* Parse the built-in data.  The catalog is allocated with a. */
extern gp_status gp_catalog_load(const gp_allocator *a, gp_catalog **out,
								 gp_error *err);
extern void gp_catalog_free(const gp_allocator *a, gp_catalog *cat);

extern const gp_polity_info *gp_catalog_find(const gp_catalog *cat, gp_polity code);
extern const gp_polity_info *gp_catalog_find_alpha2(const gp_catalog *cat, const char *s);
extern const gp_polity_info *gp_catalog_find_numeric(const gp_catalog *cat, int numeric);

/* Is member in bloc on day at?  Also true when member == bloc. */
extern bool gp_catalog_is_member(const gp_catalog *cat, gp_polity member,
								 gp_polity bloc, gp_date at);
/* Was member ever in bloc?  For undated text.  Also true when member == bloc. */
extern bool gp_catalog_was_member(const gp_catalog *cat, gp_polity member, gp_polity bloc);

/* The former state p stood for on day at, or p itself. */
extern gp_polity gp_catalog_as_of(const gp_catalog *cat, gp_polity p, gp_date at);

extern const char *gp_kind_name(gp_kind kind);

/* Days since 2000-01-01 of a proleptic Gregorian date, and back. */
extern gp_date gp_date_from_ymd(int year, int month, int day);
extern void gp_date_to_ymd(gp_date d, int *year, int *month, int *day);

/*
 * Parse "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the first day of the period when
 * parts are missing); false on anything else.
 */
extern bool gp_date_parse_iso(const char *s, gp_date *out);

#endif							/* GP_CATALOG_H */
