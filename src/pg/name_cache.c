/*
 * name_cache.c
 *		The backend's polity catalog and name indexes.
 *
 * Design: the built-in catalog and the index of built-in and CLDR names are
 * built once per backend, on first use, in a memory context under
 * TopMemoryContext.  Names users add (geopol.alias, geopol.actor) go into a
 * second, small index rebuilt when those tables change: a statement trigger
 * on them (geopol_names_changed) queues a relcache invalidation, which
 * PostgreSQL delivers to every backend when the change commits and to this
 * one at its next command; our callback then marks the user index stale.
 */
#include "geopol.h"

#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "gazetteer.h"
#include "polity_parse.h"

static MemoryContext cache_cxt = NULL;	/* built-in catalog and names */
static MemoryContext user_cxt = NULL;	/* user names, reset on change */
static gp_catalog *catalog = NULL;
static gp_names *base_names = NULL;
static gp_names *user_names = NULL;
static bool user_names_valid = false;
static MemoryContext gazetteer_cxt = NULL;	/* rebuilt with the user names */
static gp_gazetteer *gazetteer = NULL;
static Oid	alias_table = InvalidOid;	/* as of the last load */
static Oid	actor_table = InvalidOid;
static Oid	office_table = InvalidOid;
static Oid	place_table = InvalidOid;

/* registered actors' names, for geopol.name() */
typedef struct actor_name
{
	gp_polity	code;
	char	   *name;
} actor_name;
static actor_name *actors = NULL;
static int	nactors = 0;

static void *
cxt_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, size, MCXT_ALLOC_NO_OOM);
}

static void
cxt_free(void *ctx, void *ptr)
{
	pfree(ptr);
}

static gp_allocator cache_alloc;
static gp_allocator user_alloc;

static void
check(gp_status st, const gp_error *err)
{
	if (st != GP_OK)
		ereport(ERROR,
				(errcode(geopol_sqlstate(st)),
				 errmsg("could not load geopol's names: %s", err->message)));
}

const gp_catalog *
geopol_catalog(void)
{
	gp_error	err;

	if (catalog != NULL)
		return catalog;
	if (cache_cxt == NULL)
	{
		cache_cxt = AllocSetContextCreate(TopMemoryContext, "geopol names",
										  ALLOCSET_DEFAULT_SIZES);
		cache_alloc = (gp_allocator)
		{
			cxt_alloc, cxt_free, cache_cxt
		};
	}
	check(gp_catalog_load(&cache_alloc, &catalog, &err), &err);
	return catalog;
}

static const gp_names *
get_base_names(void)
{
	gp_error	err;
	gp_status	st;
	gp_names   *names = NULL;

	if (base_names != NULL)
		return base_names;
	geopol_catalog();
	st = gp_names_create(&cache_alloc, &names, &err);
	if (st == GP_OK)
		st = gp_names_add_builtin(names, catalog, &err);
	if (st != GP_OK)
	{
		gp_names_free(names);
		check(st, &err);
	}
	base_names = names;
	return base_names;
}

/* The OID of a geopol table, or InvalidOid before the extension exists. */
static Oid
geopol_table(const char *name)
{
	Oid			nsp = get_namespace_oid("geopol", true);

	return OidIsValid(nsp) ? get_relname_relid(name, nsp) : InvalidOid;
}

/* Read geopol.alias and geopol.actor into the user index. */
static void
load_user_names(void)
{
	gp_error	err;
	gp_status	st = GP_OK;
	int			ret;

	if (user_cxt == NULL)
	{
		user_cxt = AllocSetContextCreate(TopMemoryContext, "geopol user names",
										 ALLOCSET_SMALL_SIZES);
		user_alloc = (gp_allocator)
		{
			cxt_alloc, cxt_free, user_cxt
		};
	}
	MemoryContextReset(user_cxt);
	user_names = NULL;
	if (gazetteer_cxt)
		MemoryContextReset(gazetteer_cxt);
	gazetteer = NULL;
	actors = NULL;
	nactors = 0;

	check(gp_names_create(&user_alloc, &user_names, &err), &err);
	alias_table = geopol_table("alias");
	actor_table = geopol_table("actor");
	office_table = geopol_table("office_holder");
	place_table = geopol_table("place");
	if (!OidIsValid(alias_table) || !OidIsValid(actor_table))
	{
		user_names_valid = true;
		return;
	}

	SPI_connect();
	ret = SPI_execute("SELECT name, polity, true FROM geopol.actor "
					  "UNION ALL SELECT name, polity, false FROM geopol.alias",
					  true, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute failed: %s", SPI_result_code_string(ret));
	actors = MemoryContextAllocZero(user_cxt, sizeof(actor_name) * (SPI_processed + 1));
	for (uint64 i = 0; i < SPI_processed && st == GP_OK; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull_name,
					isnull_code,
					isnull_actor;
		Datum		name = SPI_getbinval(tup, desc, 1, &isnull_name);
		Datum		code = SPI_getbinval(tup, desc, 2, &isnull_code);
		bool		is_actor = DatumGetBool(SPI_getbinval(tup, desc, 3, &isnull_actor));
		char	   *s;

		if (isnull_name || isnull_code)
			continue;
		s = text_to_cstring(DatumGetTextPP(name));
		st = gp_names_add(user_names, s, strlen(s), GP_TIER_CURATED,
						  DatumGetPolity(code), &err);
		if (is_actor)
		{
			actors[nactors].code = DatumGetPolity(code);
			actors[nactors].name = MemoryContextStrdup(user_cxt, s);
			nactors++;
		}
	}
	SPI_finish();
	check(st, &err);
	user_names_valid = true;
}

static const gp_names *
get_user_names(void)
{
	if (!user_names_valid)
		load_user_names();
	return user_names;
}

/* The indexes polity input reads names through, in the order it asks them. */
static void
name_indexes(const gp_names *indexes[2])
{
	/* user names first: an alias a user adds is stronger than a built-in one */
	indexes[1] = get_base_names();
	indexes[0] = get_user_names();
}

void
geopol_polity_from_name(const char *s, size_t len, gp_polity *out, gp_error *err,
						gp_status *st)
{
	const gp_names *indexes[2];

	name_indexes(indexes);
	*st = gp_polity_parse_name(catalog, indexes, 2, s, len, out, err);
}

void
geopol_polity_candidates(const char *s, size_t len, gp_polity *out, int *n,
						 gp_error *err, gp_status *st)
{
	const gp_names *indexes[2];

	name_indexes(indexes);
	*st = gp_polity_name_candidates(catalog, indexes, 2, s, len, out, n, err);
}

/* Add the user rows of geopol.alias and geopol.actor to the gazetteer. */
static gp_status
add_user_rows(gp_gazetteer *gz, gp_error *err)
{
	gp_status	st = GP_OK;
	int			ret;

	if (!OidIsValid(alias_table) || !OidIsValid(actor_table))
		return GP_OK;
	SPI_connect();
	ret = SPI_execute("SELECT name, polity FROM geopol.actor "
					  "UNION ALL SELECT name, polity FROM geopol.alias", true, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute failed: %s", SPI_result_code_string(ret));
	for (uint64 i = 0; i < SPI_processed && st == GP_OK; i++)
	{
		bool		n1,
					n2;
		Datum		name = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &n1);
		Datum		code = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &n2);
		gp_gaz_value v = {0, GP_EK_NAME, 0, 0, 0, GP_NO_DATE, GP_NO_DATE, -1};
		char	   *s;

		if (n1 || n2)
			continue;
		s = text_to_cstring(DatumGetTextPP(name));
		v.code = DatumGetPolity(code);
		st = gp_gazetteer_add(gz, s, strlen(s), &v, err);
	}
	/* office holders and places, when the tables exist (they came with 1.0) */
	if (st == GP_OK && OidIsValid(office_table) && OidIsValid(place_table))
	{
		ret = SPI_execute("SELECT name, polity, 'person', from_date, to_date FROM geopol.office_holder "
						  "UNION ALL SELECT name, polity, kind, NULL, NULL FROM geopol.place",
						  true, 0);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "SPI_execute failed: %s", SPI_result_code_string(ret));
		for (uint64 i = 0; i < SPI_processed && st == GP_OK; i++)
		{
			HeapTuple	tup = SPI_tuptable->vals[i];
			TupleDesc	desc = SPI_tuptable->tupdesc;
			bool		n1,
						n2,
						n3,
						n4,
						n5;
			Datum		name = SPI_getbinval(tup, desc, 1, &n1);
			Datum		code = SPI_getbinval(tup, desc, 2, &n2);
			Datum		kind = SPI_getbinval(tup, desc, 3, &n3);
			Datum		from = SPI_getbinval(tup, desc, 4, &n4);
			Datum		to = SPI_getbinval(tup, desc, 5, &n5);
			gp_gaz_value v = {0, 0, 0, 0, 0, GP_NO_DATE, GP_NO_DATE, -1};
			char	   *s;

			if (n1 || n2 || n3)
				continue;
			s = text_to_cstring(DatumGetTextPP(name));
			v.code = DatumGetPolity(code);
			{
				char	   *k = text_to_cstring(DatumGetTextPP(kind));

				v.ekind = strcmp(k, "person") == 0 ? GP_EK_PERSON :
					strcmp(k, "capital") == 0 ? GP_EK_CAPITAL :
					strcmp(k, "seat") == 0 ? GP_EK_SEAT : GP_EK_CITY;
			}
			if (!n4)
				v.from = (gp_date) DatumGetDateADT(from);
			if (!n5)
				v.to = (gp_date) DatumGetDateADT(to);
			st = gp_gazetteer_add(gz, s, strlen(s), &v, err);
		}
	}
	SPI_finish();
	return st;
}

const gp_gazetteer *
geopol_gazetteer(void)
{
	static gp_allocator gz_alloc;
	gp_error	err;
	gp_status	st;
	gp_gazetteer *gz = NULL;

	get_user_names();			/* revalidates, and resets the gazetteer on change */
	if (gazetteer != NULL)
		return gazetteer;
	if (gazetteer_cxt == NULL)
	{
		gazetteer_cxt = AllocSetContextCreate(TopMemoryContext, "geopol gazetteer",
											  ALLOCSET_DEFAULT_SIZES);
		gz_alloc = (gp_allocator)
		{
			cxt_alloc, cxt_free, gazetteer_cxt
		};
	}
	geopol_catalog();
	st = gp_gazetteer_create(&gz_alloc, &gz, &err);
	if (st == GP_OK)
		st = gp_gazetteer_add_builtin(gz, catalog, &err);
	if (st == GP_OK)
		st = add_user_rows(gz, &err);
	if (st != GP_OK)
	{
		MemoryContextReset(gazetteer_cxt);
		check(st, &err);
	}
	gazetteer = gz;
	return gazetteer;
}

const char *
geopol_actor_name(gp_polity p)
{
	get_user_names();
	for (int i = 0; i < nactors; i++)
		if (actors[i].code == p)
			return actors[i].name;
	return NULL;
}

static void
relcache_changed(Datum arg, Oid relid)
{
	/*
	 * InvalidOid means "everything"; otherwise only our two tables matter.
	 * No catalog access here: compare with the OIDs seen at the last load.
	 * Before the tables exist, any change may be the one creating them.
	 */
	if (!OidIsValid(relid) || relid == alias_table || relid == actor_table ||
		relid == office_table || relid == place_table ||
		!OidIsValid(alias_table) || !OidIsValid(actor_table))
		user_names_valid = false;
}

void
geopol_name_cache_init(void)
{
	CacheRegisterRelcacheCallback(relcache_changed, (Datum) 0);
}

PG_FUNCTION_INFO_V1(geopol_names_changed);

/*
 * Statement trigger on geopol.alias and geopol.actor: tell every backend,
 * at commit, to reload the names users add.
 */
Datum
geopol_names_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("geopol_names_changed() must be called as a trigger")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}
