-- Polity and agreement input and output per second, against the built-in date type on the
-- same number of rows, measured in the same run.  Prints one table.
CREATE EXTENSION IF NOT EXISTS geopol;
\set rows 1000000
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SET search_path = public, geopol;

-- best of three runs, in milliseconds
CREATE FUNCTION pg_temp.best_ms(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE best numeric; t0 timestamptz; ms numeric;
BEGIN
  FOR i IN 1..3 LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
    best := least(best, ms);
  END LOOP;
  RETURN round(best, 1);
END $$;

-- every state's alpha-3 code and English name, cycled over the rows
CREATE TEMP TABLE states AS
  SELECT row_number() OVER (ORDER BY c) - 1 AS i, c AS code, geopol.name(c::geopol.polity) AS name
  FROM unnest(ARRAY(SELECT geopol.iso3(p) FROM geopol.members('UN', '2024-06-01') p)) c;
CREATE TEMP TABLE input AS
  SELECT s.code, s.name,
         to_char(date '1990-01-01' + g % 12000, 'YYYY-MM-DD') AS day,
         s.code::geopol.polity AS polity, date '1990-01-01' + g % 12000 AS date
  FROM generate_series(1, :rows) g JOIN states s ON s.i = g % (SELECT count(*) FROM states);
ALTER TABLE input ADD COLUMN literal text, ADD COLUMN agreement geopol.agreement;
UPDATE input SET literal = 'treaty {' || code || ',RUS} signed=' || day || ' domains={trade}';
UPDATE input SET agreement = literal::geopol.agreement;
VACUUM ANALYZE input;
SELECT geopol.name('RUS'::geopol.polity);  -- warm the name index

CREATE TEMP TABLE result (test text, baseline text, ms numeric, base_ms numeric);
INSERT INTO result VALUES
  ('polity input, alpha-3 codes', 'date input',
   pg_temp.best_ms('SELECT count(code::geopol.polity) FROM input'),
   pg_temp.best_ms('SELECT count(day::date) FROM input')),
  ('polity input, English names', 'date input',
   pg_temp.best_ms('SELECT count(name::geopol.polity) FROM input'),
   pg_temp.best_ms('SELECT count(day::date) FROM input')),
  ('polity output', 'date output',
   pg_temp.best_ms('SELECT count(polity::text) FROM input'),
   pg_temp.best_ms('SELECT count(date::text) FROM input')),
  ('agreement input (literal)', 'date input',
   pg_temp.best_ms('SELECT count(literal::geopol.agreement) FROM input'),
   pg_temp.best_ms('SELECT count(day::date) FROM input')),
  ('agreement output', 'date output',
   pg_temp.best_ms('SELECT count(agreement::text) FROM input'),
   pg_temp.best_ms('SELECT count(date::text) FROM input')),
  ('polity = polity (1M comparisons)', 'date = date',
   pg_temp.best_ms($q$SELECT count(*) FROM input WHERE polity = 'IRN'$q$),
   pg_temp.best_ms($q$SELECT count(*) FROM input WHERE date = '2000-01-01'$q$));

\pset footer off
SELECT test, :rows AS rows, ms, round(:rows / ms * 1000) AS per_second,
       baseline, base_ms, round(base_ms / ms, 2) AS speed_vs_baseline
FROM result;
