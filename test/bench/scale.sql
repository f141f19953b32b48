-- Scale: a 200 MB table of generated articles, one backend against two
-- parallel workers; time per MB and the backend's peak memory up to a 100 MB
-- article.  The articles are sample/article.txt's paragraphs, shuffled.
CREATE EXTENSION IF NOT EXISTS geopol;
SET search_path = public, geopol;
SET jit = off;
SET work_mem = '64MB';

\set sample `cat sample/article.txt`
CREATE TEMP TABLE paragraphs AS
  SELECT p FROM regexp_split_to_table(:'sample', '\n\s*\n') p WHERE length(p) > 80;
SELECT setseed(0.3);
CREATE UNLOGGED TABLE corpus AS
  SELECT a AS id, string_agg(p.p, E'\n\n' ORDER BY random()) AS body
  FROM generate_series(1, 70000) a,
       LATERAL (SELECT p FROM paragraphs ORDER BY random() LIMIT 8) p
  GROUP BY a;
ALTER TABLE corpus SET (parallel_workers = 2);
VACUUM ANALYZE corpus;
SELECT count(*) AS articles, pg_size_pretty(sum(octet_length(body))) AS text FROM corpus;
SELECT count(*) FROM mentions('warm up: Iran');

CREATE FUNCTION pg_temp.ms(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best numeric;
BEGIN
  FOR i IN 1..2 LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
  END LOOP;
  RETURN round(best);
END $$;
CREATE TEMP TABLE par (workers int, ms numeric);
SET max_parallel_workers_per_gather = 0;
INSERT INTO par VALUES (0, pg_temp.ms('SELECT count(*) FROM corpus, geopol.mentions(body)'));
-- two workers on two cores; the leader only gathers
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
EXPLAIN (COSTS OFF) SELECT count(*) FROM corpus, geopol.mentions(body);
INSERT INTO par VALUES (2, pg_temp.ms('SELECT count(*) FROM corpus, geopol.mentions(body)'));
\pset footer off
SELECT workers AS parallel_workers, ms,
       round((SELECT sum(octet_length(body)) FROM corpus) / 1048576.0 / (ms / 1000), 1) AS mb_per_s,
       round((SELECT ms FROM par WHERE workers = 0) / ms, 2) AS speed_up
FROM par ORDER BY workers;
RESET max_parallel_workers_per_gather;
DROP TABLE corpus;

-- time per MB and peak memory, 1 KB to 100 MB articles, in a new backend;
-- stored uncompressed, so that the figures are extraction's, not pglz's
\c
SET search_path = public, geopol;
SET work_mem = '64MB';
CREATE FUNCTION pg_temp.ms(q text) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; best numeric;
BEGIN
  FOR i IN 1..2 LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    best := least(best, extract(epoch FROM clock_timestamp() - t0) * 1000);
  END LOOP;
  RETURN round(best);
END $$;
SELECT pg_backend_pid() AS pid \gset
\setenv PID :pid
CREATE TEMP TABLE sizes (kb int, body text);
ALTER TABLE sizes ALTER body SET STORAGE EXTERNAL;
INSERT INTO sizes
  SELECT kb, left(repeat(:'sample' || E'\n\n', (kb * 1024 / length(:'sample')) + 1), kb * 1024)
  FROM unnest(ARRAY[1, 1024, 102400]) kb;
SELECT count(*) FROM mentions('warm up: Iran');
CREATE TEMP TABLE per_mb (kb int, ms_per_mb numeric);
INSERT INTO per_mb SELECT 1, pg_temp.ms($q$SELECT count(*) FROM generate_series(1, 2000) g, sizes s, geopol.mentions(s.body || g) WHERE s.kb = 1$q$) / (2000 / 1024.0);
INSERT INTO per_mb SELECT 1024, pg_temp.ms($q$SELECT count(*) FROM sizes s, geopol.mentions(s.body) WHERE s.kb = 1024$q$);
\! echo "peak RSS before the 100 MB article: $(awk '/VmHWM/ {print $2}' /proc/$PID/status) kB"
INSERT INTO per_mb SELECT 102400, pg_temp.ms($q$SELECT count(*) FROM sizes s, geopol.mentions(s.body) WHERE s.kb = 102400$q$) / 100;
\! echo "peak RSS after the 100 MB article:  $(awk '/VmHWM/ {print $2}' /proc/$PID/status) kB"
SELECT kb AS article_kb, round(ms_per_mb, 2) AS ms_per_mb,
       round(ms_per_mb / (SELECT avg(ms_per_mb) FROM per_mb), 2) AS vs_mean
FROM per_mb ORDER BY kb;
