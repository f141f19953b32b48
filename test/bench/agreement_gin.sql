-- GIN over agreement against GIN over a plain polity[] column holding the
-- same parties: index size and the time of "@> one polity" queries, on one
-- million agreements with realistic party counts, in the same run.
CREATE EXTENSION IF NOT EXISTS geopol;
SET search_path = public, geopol;
SET max_parallel_workers_per_gather = 0;
SET jit = off;
\set rows 1000000

-- every UN member; parties drawn with a skew (a few states are in many deals)
CREATE TEMP TABLE states AS
  SELECT row_number() OVER (ORDER BY p) - 1 AS i, p FROM members('UN', '2024-06-01') p;
SELECT setseed(0.42);
-- party counts: 80% bilateral, 15% 3-9 parties, 5% 10-60 parties
CREATE TEMP TABLE state_array AS SELECT array_agg(p ORDER BY i) AS arr FROM states;
CREATE TABLE deals AS
  SELECT g AS id, ARRAY(
           SELECT DISTINCT sa.arr[1 + floor(193 * power(random(), 2))::int]
           FROM generate_series(1, greatest(n, 2 + 0 * g))
         ) AS parties
  FROM (SELECT g, CASE WHEN r < 0.80 THEN 2 WHEN r < 0.95 THEN 3 + (r * 1000)::int % 7
                       ELSE 10 + (r * 10000)::int % 51 END AS n
        FROM (SELECT g, random() r FROM generate_series(1, :rows) g) x) y, state_array sa;
ALTER TABLE deals ADD COLUMN a agreement;
UPDATE deals SET a = agreement('treaty', parties, date => date '1950-01-01' + id % 27000);
VACUUM ANALYZE deals;

CREATE INDEX deals_agreement_gin ON deals USING gin (a);
CREATE INDEX deals_parties_gin ON deals USING gin (parties);

CREATE FUNCTION pg_temp.best_ms(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE best numeric; t0 timestamptz; ms numeric;
BEGIN
  FOR i IN 1..5 LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
    best := least(best, ms);
  END LOOP;
  RETURN round(best, 2);
END $$;

SET enable_seqscan = off;
-- the same answers from both indexes
SELECT (SELECT count(*) FROM deals WHERE a @> 'IRN'::polity) AS agreement_rows,
       (SELECT count(*) FROM deals WHERE parties @> '{IRN}'::polity[]) AS array_rows;

CREATE TEMP TABLE result AS
SELECT 'index size (MB)' AS measure,
       round(pg_relation_size('deals_agreement_gin') / 1048576.0, 1) AS agreement_gin,
       round(pg_relation_size('deals_parties_gin') / 1048576.0, 1) AS polity_array_gin
UNION ALL
SELECT 'a frequent party (the first state), ms',
       pg_temp.best_ms($q$SELECT count(*) FROM deals WHERE a @> (SELECT p FROM states WHERE i = 0)$q$),
       pg_temp.best_ms($q$SELECT count(*) FROM deals WHERE parties @> ARRAY[(SELECT p FROM states WHERE i = 0)]$q$)
UNION ALL
SELECT 'a middling party (IRN), ms',
       pg_temp.best_ms($q$SELECT count(*) FROM deals WHERE a @> 'IRN'::polity$q$),
       pg_temp.best_ms($q$SELECT count(*) FROM deals WHERE parties @> '{IRN}'::polity[]$q$)
UNION ALL
SELECT 'a rare party (last state), ms',
       pg_temp.best_ms($q$SELECT count(*) FROM deals WHERE a @> (SELECT p FROM states WHERE i = 192)$q$),
       pg_temp.best_ms($q$SELECT count(*) FROM deals WHERE parties @> ARRAY[(SELECT p FROM states WHERE i = 192)]$q$)
UNION ALL
SELECT 'two parties together (IRN, RUS), ms',
       pg_temp.best_ms($q$SELECT count(*) FROM deals WHERE a @> '{IRN,RUS}'::polity[]$q$),
       pg_temp.best_ms($q$SELECT count(*) FROM deals WHERE parties @> '{IRN,RUS}'::polity[]$q$);

\pset footer off
SELECT measure, agreement_gin, polity_array_gin,
       round(polity_array_gin / nullif(agreement_gin, 0), 2) AS array_over_agreement
FROM result;
