-- polity comparison, ordering, hashing, and the planner using them.
SET search_path = geopol, public;

SELECT 'RUS'::polity = 'Russia', 'RUS'::polity <> 'IRN', 'IRN'::polity < 'RUS',
       'IRN'::polity <= 'IRN', 'RUS'::polity > 'IRN', 'RUS'::polity >= 'USA';
SELECT polity_cmp('AFG', 'ZWE'), polity_cmp('ZWE', 'AFG'), polity_cmp('RUS', 'Russia');
-- order is the canonical code's byte order
SELECT array_agg(p ORDER BY p) FROM unnest('{USA,Iran,G7,G20,EU,@HTS,SUN}'::polity[]) p;

-- operators carry their planner properties
SELECT oprname, oprcanhash, oprcanmerge, oprcom <> 0 AS has_commutator,
       oprnegate <> 0 AS has_negator, oprrest::text, oprjoin::text
FROM pg_operator WHERE oprleft = 'polity'::regtype AND oprright = 'polity'::regtype
ORDER BY oprname;

-- hash support matches equality
SELECT polity_hash('RUS') = polity_hash('Russia') AS same_hash,
       polity_hash_extended('RUS', 1) = polity_hash_extended('Россия', 1) AS same_ext_hash,
       polity_hash_extended('RUS', 0) <> polity_hash_extended('RUS', 1) AS seed_matters;

CREATE TABLE polity_t (id int, p polity);
INSERT INTO polity_t SELECT i, (ARRAY['RUS','IRN','PRK','USA','CHN','EU','NATO','UKR'])[1 + i % 8]::polity
FROM generate_series(1, 8000) i;
CREATE INDEX polity_t_p ON polity_t (p);
ANALYZE polity_t;

-- a btree index scan for equality and ranges
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM polity_t WHERE p = 'IRN';
SELECT count(*) FROM polity_t WHERE p = 'IRN';
EXPLAIN (COSTS OFF) SELECT count(*) FROM polity_t WHERE p BETWEEN 'IRN' AND 'PRK';
SELECT count(*) FROM polity_t WHERE p BETWEEN 'IRN' AND 'PRK';
RESET enable_seqscan;
RESET enable_bitmapscan;

-- selectivity estimates come from statistics (8 values, 1000 rows each)
CREATE FUNCTION pg_temp.estimated_rows(q text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE j json;
BEGIN
  EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO j;
  RETURN (j->0->'Plan'->>'Plan Rows')::int;
END $$;
SELECT pg_temp.estimated_rows($q$SELECT * FROM polity_t WHERE p = 'USA'$q$) BETWEEN 800 AND 1200 AS eq_estimate_ok,
       pg_temp.estimated_rows($q$SELECT * FROM polity_t WHERE p <> 'USA'$q$) BETWEEN 6500 AND 7500 AS ne_estimate_ok,
       pg_temp.estimated_rows($q$SELECT * FROM polity_t WHERE p < 'IRN'$q$) BETWEEN 1500 AND 2500 AS lt_estimate_ok;

-- a hash join and hash aggregation
CREATE TABLE polity_names (p polity, label text);
INSERT INTO polity_names VALUES ('RUS', 'Russia'), ('IRN', 'Iran'), ('PRK', 'North Korea');
ANALYZE polity_names;
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT n.label, count(*) FROM polity_t t JOIN polity_names n USING (p) GROUP BY n.label;
SELECT n.label, count(*) FROM polity_t t JOIN polity_names n USING (p) GROUP BY n.label ORDER BY 1;
RESET enable_mergejoin;
RESET enable_nestloop;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT p, count(*) FROM polity_t GROUP BY p;
SELECT p, count(*) FROM polity_t GROUP BY p ORDER BY p;
RESET enable_sort;
SELECT count(DISTINCT p) FROM polity_t;

-- unique index and hash partitioning
CREATE UNIQUE INDEX polity_names_u ON polity_names (p);
INSERT INTO polity_names VALUES ('Russia', 'again');
CREATE TABLE polity_parts (p polity, n int) PARTITION BY HASH (p);
CREATE TABLE polity_parts_0 PARTITION OF polity_parts FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE polity_parts_1 PARTITION OF polity_parts FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO polity_parts SELECT p, id FROM polity_t;
SELECT (SELECT count(*) FROM polity_parts_0) > 0 AS part0_used,
       (SELECT count(*) FROM polity_parts_1) > 0 AS part1_used,
       (SELECT count(*) FROM polity_parts) AS total;
EXPLAIN (COSTS OFF) SELECT count(*) FROM polity_parts WHERE p = 'IRN';

-- a hash index
CREATE INDEX polity_t_hash ON polity_t USING hash (p);
SET enable_seqscan = off;
SET enable_bitmapscan = on;
DROP INDEX polity_t_p;
EXPLAIN (COSTS OFF) SELECT count(*) FROM polity_t WHERE p = 'PRK';
SELECT count(*) FROM polity_t WHERE p = 'PRK';
RESET enable_seqscan;

DROP TABLE polity_t, polity_names, polity_parts;
