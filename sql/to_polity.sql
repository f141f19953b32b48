-- to_polity() and candidates(): reading messy country columns without errors.
SET search_path = geopol, public;

-- what the cast reads, to_polity() reads: codes, names, aliases, any script
SELECT to_polity('RUS') AS code, to_polity('ru') AS alpha2, to_polity('643') AS numeric,
       to_polity('Russian Federation') AS name, to_polity('DPRK') AS alias,
       to_polity('Россия') AS cyrillic, to_polity('  Iran (Islamic Republic of) ') AS iso_list,
       to_polity('Burma') AS current_state, to_polity('@hts') AS actor;
-- where the cast fails with 22P02, NULL: ambiguous, unknown, empty, blank,
-- control characters, malformed actor codes, too long; and NULL for NULL
SELECT to_polity('Korea') AS ambiguous, to_polity('Narnia') AS unknown, to_polity('') AS empty,
       to_polity('   ') AS blank, to_polity(E'Rus\x01sia') AS control, to_polity('@H-T') AS bad_actor,
       to_polity(repeat('x', 300)) AS too_long, to_polity(NULL) AS null_input;

-- every polity a name may mean, in the polity type's order
SELECT candidates('Korea') AS korea, candidates('Congo') AS congo, candidates('Iran') AS iran,
       candidates('KOR') AS code, candidates('Narnia') AS unknown, candidates('') AS empty,
       candidates('@H-T') AS bad_actor, candidates(NULL) AS null_input;
SELECT pg_typeof(candidates('Korea')) AS candidates_type, pg_typeof(to_polity('RUS')) AS to_polity_type;
SELECT c = (SELECT array_agg(x ORDER BY x) FROM unnest(c) x) AS sorted
FROM (VALUES (candidates('Korea')), (candidates('Congo')), (candidates('Guinea'))) v(c);

-- a messy column: the cast would stop at the first bad row
CREATE TABLE messy (id int, raw text);
INSERT INTO messy VALUES (1, 'Russia'), (2, 'russian federation'), (3, 'Korea'), (4, 'N/A'),
  (5, ''), (6, NULL), (7, 'Congo'), (8, 'IRAN'), (9, 'Germny'), (10, 'U.S.A.');
SELECT id, raw, to_polity(raw) AS polity, candidates(raw) AS candidates FROM messy ORDER BY id;
SELECT to_polity(raw) AS polity, count(*) FROM messy GROUP BY 1 ORDER BY 1;

-- to_polity() gives the cast's value where the cast succeeds, NULL where it
-- fails with 22P02; candidates() has one element exactly when the cast
-- succeeds, and it is the cast's value
CREATE FUNCTION pg_temp.cast_or_state(s text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  RETURN s::geopol.polity::text;
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE;
END $$;
SELECT s, pg_temp.cast_or_state(s) AS cast, to_polity(s), candidates(s)
FROM unnest(ARRAY['Russia', 'Korea', 'Narnia', '', '@', 'nato', 'Soviet Union',
                  'Korea, Republic of', 'the West', E'Ir\x07an']) s;
SELECT count(*) AS disagreements
FROM (SELECT raw AS s FROM messy WHERE raw IS NOT NULL
      UNION ALL SELECT geopol.name(p) FROM unnest('{RUS,PRK,COD,SUN,NATO,EU}'::polity[]) p
      UNION ALL SELECT geopol.name(p, 'de') FROM unnest('{RUS,PRK,COD,FRA}'::polity[]) p) v,
     LATERAL (SELECT pg_temp.cast_or_state(s) AS c) t
WHERE (c = '22P02') <> (to_polity(s) IS NULL)
   OR (c <> '22P02' AND (to_polity(s)::text <> c OR candidates(s) <> ARRAY[to_polity(s)]))
   OR ((c = '22P02') AND cardinality(candidates(s)) = 1);

-- names users add count, and a transaction that rolls back takes them away
BEGIN;
INSERT INTO alias VALUES ('Korea', 'KOR', 'test');
INSERT INTO actor VALUES ('@HTS', 'Hayat Tahrir al-Sham', 'test');
SELECT to_polity('Korea') AS korea, candidates('Korea') AS korea_candidates,
       to_polity('hayat tahrir al-sham') AS hts;
INSERT INTO alias VALUES ('Korea', 'PRK', 'test');
SELECT to_polity('Korea') AS korea, candidates('Korea') AS korea_candidates;
ROLLBACK;
SELECT to_polity('Korea') AS korea, candidates('Korea') AS korea_candidates,
       to_polity('hayat tahrir al-sham') AS hts;

-- in a query that a parallel worker runs
CREATE TABLE many AS SELECT i, (ARRAY['Russia', 'Korea', 'Narnia', 'Iran'])[i % 4 + 1] AS raw
FROM generate_series(1, 20000) i;
ANALYZE many;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SELECT to_polity(raw) AS polity, candidates(raw) AS candidates, count(*)
FROM many GROUP BY 1, 2 ORDER BY 1, 2;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;
RESET max_parallel_workers_per_gather;

-- volatility as it truly is: both read the names users add
SELECT oid::regprocedure, provolatile, proparallel, proisstrict
FROM pg_proc WHERE pronamespace = 'geopol'::regnamespace AND proname IN ('to_polity', 'candidates')
ORDER BY proname;
SELECT obj_description('to_polity(text)'::regprocedure, 'pg_proc') IS NOT NULL AS to_polity_comment,
       obj_description('candidates(text)'::regprocedure, 'pg_proc') IS NOT NULL AS candidates_comment;

DROP TABLE messy, many;
