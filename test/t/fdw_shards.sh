#!/usr/bin/env bash
# fdw_shards.sh: geopol across postgres_fdw shards.  A coordinator partitions
# an articles table over two shard servers (foreign partitions; geopol named in
# each foreign server's `extensions` option, so its types, operators and
# functions are shippable); a trigger on each shard runs geopol.mentions() and
# geopol.agreements() where the article lands; the coordinator answers
# analytics queries (mentions per polity per month, agreements with Iran) with
# asynchronous append and push-down visible in EXPLAIN VERBOSE, and with the
# same results as a single-server run over local tables.
#
# Run by check.sh on a throwaway server (the coordinator); the script re-runs
# itself inside two more throwaway servers, the shards (nested pgserver.sh).
set -euo pipefail
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$self")/../.."

if [ "${1:-}" != "--inner" ]; then
	[ -n "${PGHOST:-}" ] || { echo "FAIL: run me under scripts/pgserver.sh" >&2; exit 1; }
	export GEOPOL_FDW_COORDINATOR="$PGHOST"
	exec bash scripts/pgserver.sh --name fdw-shard1 \
		bash scripts/pgserver.sh --name fdw-shard2 bash "$self" --inner
fi

coord=${GEOPOL_HOST_FDW_SHARDS:-$GEOPOL_FDW_COORDINATOR}
shard1=$GEOPOL_HOST_FDW_SHARD1
shard2=$GEOPOL_HOST_FDW_SHARD2
port=${PGPORT:-5432} # every server of the nest listens on the same port number
psql="$(pg_config --bindir)/psql"
# q HOST [psql args...]: quiet, unaligned, stop on the first error
q() { local h=$1; shift; "$psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$h" -p "$port" -U postgres -d postgres "$@"; }
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# The extraction trigger, the same on the shards (schema public) and for the
# coordinator's single-server tables (schema local): it fills the mentions
# and agreements tables of the articles table's own schema.  postgres_fdw's
# remote sessions run with search_path = pg_catalog, so everything is
# qualified.
trigger_sql='
CREATE FUNCTION public.extract_article() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog AS $$
BEGIN
	EXECUTE format($q$INSERT INTO %I.mentions (article, published, polity, kind, surface)
		SELECT $1, $2, m.polity, m.kind, m.surface FROM geopol.mentions($3, $2) m$q$, TG_TABLE_SCHEMA)
		USING NEW.id, NEW.published, NEW.body;
	EXECUTE format($q$INSERT INTO %I.agreements (article, a)
		SELECT $1, x.agreement FROM geopol.agreements($3, $2) x$q$, TG_TABLE_SCHEMA)
		USING NEW.id, NEW.published, NEW.body;
	RETURN NEW;
END $$;'

tables_sql() { # SCHEMA
	cat <<EOF
CREATE TABLE $1.articles (id int PRIMARY KEY, published date NOT NULL, body text NOT NULL);
CREATE TABLE $1.mentions (article int NOT NULL, published date NOT NULL,
	polity geopol.polity, kind text NOT NULL, surface text NOT NULL);
CREATE TABLE $1.agreements (article int NOT NULL, a geopol.agreement NOT NULL);
CREATE TRIGGER extract AFTER INSERT ON $1.articles
	FOR EACH ROW EXECUTE FUNCTION public.extract_article();
EOF
}

# 1. the shards
for h in "$shard1" "$shard2"; do
	q "$h" <<EOF
CREATE EXTENSION geopol;
$trigger_sql
$(tables_sql public)
EOF
done

# 2. the coordinator.  articles and mentions are partitioned by publication
# date: up to 2024 on shard 1, from 2025 on shard 2 (each shard's mentions
# carry the dates of its articles).  agreements carries no date, so it is a
# UNION ALL view over one foreign table per shard (still an Append of async
# foreign scans, with WHERE clauses shipped).
q "$coord" <<EOF
CREATE EXTENSION geopol;
CREATE EXTENSION postgres_fdw;
CREATE SERVER shard1 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '$shard1', port '$port',
	dbname 'postgres', extensions 'geopol', async_capable 'true');
CREATE SERVER shard2 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '$shard2', port '$port',
	dbname 'postgres', extensions 'geopol', async_capable 'true');
CREATE USER MAPPING FOR postgres SERVER shard1 OPTIONS (user 'postgres');
CREATE USER MAPPING FOR postgres SERVER shard2 OPTIONS (user 'postgres');

CREATE TABLE articles (id int NOT NULL, published date NOT NULL, body text NOT NULL)
	PARTITION BY RANGE (published);
CREATE FOREIGN TABLE articles_shard1 PARTITION OF articles
	FOR VALUES FROM (MINVALUE) TO ('2025-01-01') SERVER shard1
	OPTIONS (schema_name 'public', table_name 'articles');
CREATE FOREIGN TABLE articles_shard2 PARTITION OF articles
	FOR VALUES FROM ('2025-01-01') TO (MAXVALUE) SERVER shard2
	OPTIONS (schema_name 'public', table_name 'articles');

CREATE TABLE mentions (article int NOT NULL, published date NOT NULL,
	polity geopol.polity, kind text NOT NULL, surface text NOT NULL)
	PARTITION BY RANGE (published);
CREATE FOREIGN TABLE mentions_shard1 PARTITION OF mentions
	FOR VALUES FROM (MINVALUE) TO ('2025-01-01') SERVER shard1
	OPTIONS (schema_name 'public', table_name 'mentions');
CREATE FOREIGN TABLE mentions_shard2 PARTITION OF mentions
	FOR VALUES FROM ('2025-01-01') TO (MAXVALUE) SERVER shard2
	OPTIONS (schema_name 'public', table_name 'mentions');

CREATE FOREIGN TABLE agreements_shard1 (article int NOT NULL, a geopol.agreement NOT NULL)
	SERVER shard1 OPTIONS (schema_name 'public', table_name 'agreements');
CREATE FOREIGN TABLE agreements_shard2 (article int NOT NULL, a geopol.agreement NOT NULL)
	SERVER shard2 OPTIONS (schema_name 'public', table_name 'agreements');
CREATE VIEW agreements AS
	SELECT article, a FROM agreements_shard1 UNION ALL SELECT article, a FROM agreements_shard2;

-- 3. the single-server run: the same tables, local, in schema local
CREATE SCHEMA local;
$trigger_sql
$(tables_sql local)

-- 40 articles from a few templates: two or three countries each, one
-- agreement each, published every 9 days from July 2024 to June 2025
CREATE TABLE source_articles AS
WITH c(names) AS (
	SELECT ARRAY['Russia', 'Iran', 'China', 'India', 'Brazil', 'Turkey',
	             'Egypt', 'Germany', 'Japan', 'France', 'Kazakhstan', 'Indonesia']),
g AS (
	SELECT i, date '2024-07-01' + 9 * i AS published,
	       names[1 + i % 12] AS x,
	       names[1 + (i + 1 + i % 5) % 12] AS y,  -- never x
	       names[1 + (i + 7) % 12] AS z,
	       CASE WHEN i % 3 = 0 AND names[1 + i % 12] <> 'Iran' THEN 'Iran' ELSE names[1 + (i + 1 + i % 5) % 12] END AS w
	FROM c, generate_series(1, 40) i)
SELECT i AS id, published,
       CASE i % 4
       WHEN 0 THEN format('%s and %s signed a trade agreement on %s. Officials in %s said talks would continue.',
                          x, w, to_char(published - 2, 'FMDay'), z)
       WHEN 1 THEN format('%s signed an energy agreement with %s on %s, the foreign ministry said.',
                          x, y, to_char(published - 3, 'FMDay'))
       WHEN 2 THEN format('%s and %s signed a memorandum on cooperation in technology on %s. %s welcomed the deal.',
                          x, y, to_char(published - 1, 'FMDay'), z)
       ELSE format('%s and %s signed a defence pact on %s. Analysts in %s were surprised.',
                   x, w, to_char(published - 2, 'FMDay'), z)
       END AS body
FROM g;
EOF

# load through the coordinator (rows go to the shards, whose triggers extract
# there) and into the local tables (extracted on the coordinator)
q "$coord" -c "INSERT INTO public.articles SELECT * FROM source_articles"
q "$coord" -c "INSERT INTO local.articles SELECT * FROM source_articles"

narticles=$(q "$coord" -c "SELECT count(*) FROM source_articles")
echo "source: $narticles articles, e.g.: $(q "$coord" -c "SELECT body FROM source_articles ORDER BY id LIMIT 1")"
for n in 1 2; do
	h=$shard1
	[ $n = 2 ] && h=$shard2
	counts=$(q "$h" -F ' ' -c "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions),
		(SELECT count(*) FROM agreements)")
	echo "shard$n: articles, mentions, agreements = $counts"
	read -r na nm ng <<<"$counts"
	{ [ "$na" -gt 0 ] && [ "$nm" -gt 0 ] && [ "$ng" -gt 0 ]; } ||
		fail "shard$n holds no articles, mentions or agreements"
done
echo "local: articles, mentions, agreements = $(q "$coord" -F ' ' -c "SELECT (SELECT count(*) FROM local.articles),
	(SELECT count(*) FROM local.mentions), (SELECT count(*) FROM local.agreements)")"

# 4. analytics on the coordinator.  The same text runs over the shards
# (search_path public) and over the local tables (search_path local).
#
# (a) mentions per polity per month.  PostgreSQL 15's postgres_fdw ships no
# function whose collatable input does not come from a foreign column, and
# date_trunc('month', ...) has a text argument (the 'month' literal), so
# GROUP BY date_trunc('month', published) stays on the coordinator (the shards
# send every mention).  The query therefore counts per polity and day where
# the mentions live (GROUP BY polity, published: the partition key is among
# the grouping keys, so with enable_partitionwise_aggregate each shard gets
# the whole aggregate) and rolls the days up to months on the coordinator.
# It must equal the plain form run on a single server (step 5).
qa="SELECT polity, date_trunc('month', day) AS month, sum(n)::bigint AS n
FROM (SELECT polity, published AS day, count(*) AS n FROM mentions GROUP BY 1, 2) per_day
GROUP BY 1, 2"
qa_plain="SELECT polity, date_trunc('month', published) AS month, count(*) AS n FROM mentions GROUP BY 1, 2"
# (b) agreements with Iran: count(*) over the view; the @> condition is shipped
qb="SELECT count(*) FROM agreements WHERE a @> 'IRN'::geopol.polity"
settings="SET enable_partitionwise_aggregate = on; SET enable_async_append = on;"

plan_a=$(q "$coord" -c "SET search_path = public, geopol; $settings" -c "EXPLAIN (VERBOSE, COSTS OFF) $qa")
plan_b=$(q "$coord" -c "SET search_path = public, geopol; $settings" -c "EXPLAIN (VERBOSE, COSTS OFF) $qb")
echo "== EXPLAIN (VERBOSE, COSTS OFF) mentions per polity per month"
echo "$plan_a"
echo "== EXPLAIN (VERBOSE, COSTS OFF) agreements with Iran"
echo "$plan_b"

async_a=$(grep -c 'Async Foreign Scan' <<<"$plan_a" || true)
remote_a=$(grep -c 'Remote SQL:' <<<"$plan_a" || true)
grouped_a=$(grep 'Remote SQL:' <<<"$plan_a" | grep -c 'count(\*) FROM public.mentions GROUP BY' || true)
[ "$async_a" -eq 2 ] || fail "(a) wants 2 async foreign scans, the plan has $async_a"
{ [ "$remote_a" -eq 2 ] && [ "$grouped_a" -eq 2 ]; } ||
	fail "(a) the aggregate is not pushed down to both shards ($grouped_a of $remote_a remote queries GROUP BY)"
async_b=$(grep -c 'Async Foreign Scan' <<<"$plan_b" || true)
remote_b=$(grep -c 'Remote SQL:' <<<"$plan_b" || true)
shipped_b=$(grep 'Remote SQL:' <<<"$plan_b" | grep -c "OPERATOR(geopol.@>) 'IRN'::geopol.polity" || true)
[ "$async_b" -eq 2 ] || fail "(b) wants 2 async foreign scans, the plan has $async_b"
{ [ "$remote_b" -eq 2 ] && [ "$shipped_b" -eq 2 ]; } ||
	fail "(b) the @> condition is not shipped to both shards ($shipped_b of $remote_b remote queries)"
grep -q 'Filter:' <<<"$plan_b" && fail "(b) a local Filter is left: the @> condition was not shipped"
echo "== push-down"
grep -E 'Async Foreign Scan|Remote SQL:' <<<"$plan_a" | sed 's/^ */(a) /'
grep -E 'Async Foreign Scan|Remote SQL:' <<<"$plan_b" | sed 's/^ */(b) /'

# 5. the same answers as the single-server run
sharded() { q "$coord" -c "SET search_path = public, geopol; $settings" -c "$1"; }
single() { q "$coord" -c "SET search_path = local, geopol; $settings" -c "$1"; }
res_a=$(sharded "$qa ORDER BY 1, 2")
res_a_plain=$(sharded "$qa_plain ORDER BY 1, 2")
res_a_local=$(single "$qa_plain ORDER BY 1, 2")
res_b=$(sharded "$qb")
res_b_local=$(single "$qb")
[ -n "$res_a" ] || fail "(a) gave no rows"
[ "$res_a" = "$res_a_local" ] || fail "(a) sharded and single-server results differ"
[ "$res_a_plain" = "$res_a_local" ] || fail "(a) the plain form over the shards differs from the single-server run"
{ [ -n "$res_b" ] && [ "$res_b" -gt 0 ]; } || fail "(b) found no agreement with Iran"
[ "$res_b" = "$res_b_local" ] || fail "(b) sharded $res_b, single-server $res_b_local"
echo "(a) sample: $(head -n 3 <<<"$res_a" | tr '\n' ';')"

# EXCEPT ALL both ways, in one statement each, must be empty
except() { # NAME SHARDED-QUERY SINGLE-SERVER-QUERY
	local n1 n2
	n1=$(sharded "SELECT count(*) FROM (($2) EXCEPT ALL ($3)) d")
	n2=$(sharded "SELECT count(*) FROM (($3) EXCEPT ALL ($2)) d")
	echo "$1: sharded EXCEPT ALL single-server: $n1 rows; single-server EXCEPT ALL sharded: $n2 rows"
	{ [ "$n1" = 0 ] && [ "$n2" = 0 ]; } || fail "$1 differs from the single-server run"
}
# the analytics texts with their tables qualified (public: shards, local: single server)
on() { sed -e "s/FROM mentions/FROM $1.mentions/; s/FROM agreements/FROM $1.agreements/" <<<"$2"; }
except "(a) mentions per polity per month" "$(on public "$qa")" "$(on local "$qa_plain")"
except "(b) agreements with Iran" "$(on public "$qb")" "$(on local "$qb")"
except "all mentions" "SELECT article, published, polity, kind, surface FROM public.mentions" \
	"SELECT article, published, polity, kind, surface FROM local.mentions"
except "all agreements" "SELECT article, a FROM public.agreements" "SELECT article, a FROM local.agreements"

nrows_a=$(grep -c . <<<"$res_a" || true)
if [ "$fails" -ne 0 ]; then
	echo "$fails check(s) failed"
	exit 1
fi
echo "ok: $narticles articles over 2 postgres_fdw shards; (a) $nrows_a polity-month rows and (b) $res_b agreements with Iran, equal to the single-server run; aggregate and @> pushed down, async append"
