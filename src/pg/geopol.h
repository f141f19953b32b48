/*
 * geopol.h
 *		Shared declarations of the PostgreSQL glue.
 */
#ifndef GEOPOL_PG_H
#define GEOPOL_PG_H

#include "postgres.h"
#include "fmgr.h"

#include "catalog.h"
#include "names.h"
#include "polity_code.h"
#include "status.h"

/* polity is a pass-by-value 8-byte code: see src/core/polity_code.h */
StaticAssertDecl(SIZEOF_DATUM == 8, "geopol needs 8-byte pass-by-value Datums");

#define DatumGetPolity(d)	((gp_polity) DatumGetInt64(d))
#define PolityGetDatum(p)	Int64GetDatum((int64) (p))
#define PG_GETARG_POLITY(n) DatumGetPolity(PG_GETARG_DATUM(n))
#define PG_RETURN_POLITY(p) return PolityGetDatum(p)

/* errors.c */
extern void geopol_report(const gp_error *err, const char *type,
						  const char *input, size_t inputlen) pg_attribute_noreturn();
extern int	geopol_sqlstate(gp_status status);

/* name_cache.c: the backend's catalog and name index */
extern const gp_catalog *geopol_catalog(void);
extern void geopol_polity_from_name(const char *s, size_t len, gp_polity *out,
									gp_error *err, gp_status *st);
extern void geopol_polity_candidates(const char *s, size_t len, gp_polity *out,
									 int *n, gp_error *err, gp_status *st);
extern const char *geopol_actor_name(gp_polity p);
extern const struct gp_gazetteer *geopol_gazetteer(void);
extern void geopol_name_cache_init(void);

/* polity_io.c */
extern gp_polity geopol_polity_parse(const char *s, size_t len);
extern char *geopol_polity_cstring(gp_polity p);
extern gp_status geopol_resolve_polity(void *ctx, const char *s, size_t len,
									   gp_polity *out, gp_error *err);

/* an allocator on CurrentMemoryContext, for core calls */
extern const gp_allocator *geopol_palloc_allocator(void);

#endif							/* GEOPOL_PG_H */
