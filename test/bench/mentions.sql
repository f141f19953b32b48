-- Extraction throughput per backend (mentions, polities, agreements, events), against to_tsvector('english'),
-- the regular-expression gazetteer join a user would write without geopol,
-- and a plain scan, on the same rows in the same run; then time per MB from
-- 1 KB to 10 MB articles.  The corpus is generated from sample/article.txt:
-- its paragraphs shuffled into 8 MB of articles of about 4 KB.
CREATE EXTENSION IF NOT EXISTS geopol;
SET search_path = public, geopol;
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SET work_mem = '256MB';

\set sample `cat sample/article.txt`
CREATE TEMP TABLE paragraphs AS
  SELECT row_number() OVER () AS i, p FROM regexp_split_to_table(:'sample', '\n\s*\n') p
  WHERE length(p) > 80;
SELECT setseed(0.7);
CREATE TEMP TABLE articles AS
  SELECT a AS id, string_agg(p.p, E'\n\n' ORDER BY random()) AS body
  FROM generate_series(1, 4000) a,
       LATERAL (SELECT p FROM paragraphs ORDER BY random() LIMIT 6) p
  GROUP BY a;
ANALYZE articles;
SELECT count(*) AS articles, round(sum(octet_length(body)) / 1048576.0, 1) AS mb FROM articles;
-- the gazetteer a user would write: English names of the UN's members
CREATE TEMP TABLE gazetteer AS
  SELECT m AS polity, geopol.name(m) AS name FROM members('UN', '2024-06-01') m;
-- warm the name tables
SELECT count(*) FROM mentions('Iran');

CREATE FUNCTION pg_temp.best_ms(q text, runs int DEFAULT 3) RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE best numeric; t0 timestamptz; ms numeric;
BEGIN
  FOR i IN 1..runs LOOP
    t0 := clock_timestamp();
    EXECUTE q;
    ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
    best := least(best, ms);
  END LOOP;
  RETURN best;
END $$;

CREATE TEMP TABLE result (what text, mb numeric, ms numeric);
INSERT INTO result
  SELECT 'plain scan: sum(length(body))', sum(octet_length(body)) / 1048576.0,
         pg_temp.best_ms('SELECT sum(length(body)) FROM articles') FROM articles;
INSERT INTO result
  SELECT 'geopol.mentions(body)', sum(octet_length(body)) / 1048576.0,
         pg_temp.best_ms('SELECT count(*) FROM articles, geopol.mentions(body)') FROM articles;
INSERT INTO result
  SELECT 'geopol.polities(body)', sum(octet_length(body)) / 1048576.0,
         pg_temp.best_ms('SELECT count(geopol.polities(body)) FROM articles') FROM articles;
INSERT INTO result
  SELECT 'geopol.agreements(body)', sum(octet_length(body)) / 1048576.0,
         pg_temp.best_ms('SELECT count(*) FROM articles, geopol.agreements(body)') FROM articles;
INSERT INTO result
  SELECT 'geopol.events(body)', sum(octet_length(body)) / 1048576.0,
         pg_temp.best_ms('SELECT count(*) FROM articles, geopol.events(body)') FROM articles;
INSERT INTO result
  SELECT 'to_tsvector(''english'', body)', sum(octet_length(body)) / 1048576.0,
         pg_temp.best_ms($q$SELECT count(to_tsvector('english', body)) FROM articles$q$) FROM articles;
-- the regex join is slow: 40 articles are enough to measure it
INSERT INTO result
  SELECT 'regex gazetteer join (~* per name)', sum(octet_length(body)) / 1048576.0,
         pg_temp.best_ms($q$SELECT count(*) FROM articles a JOIN gazetteer g
                            ON a.body ~* ('\m' || g.name || '\M') WHERE a.id <= 40$q$, 1)
  FROM articles WHERE id <= 40;

\pset footer off
SELECT what, round(mb / (ms / 1000), 2) AS mb_per_s,
       round((mb / (ms / 1000)) / (SELECT mb / (ms / 1000) FROM result WHERE what LIKE 'geopol.mentions%'), 3)
         AS vs_mentions
FROM result ORDER BY mb / ms DESC;

-- linear cost: time per MB from 1 KB to 10 MB articles
CREATE TEMP TABLE sizes AS
  SELECT kb, left(repeat(:'sample' || E'\n\n', (kb * 1024 / length(:'sample')) + 1), kb * 1024) AS body
  FROM unnest(ARRAY[1, 10, 100, 1024, 10240]) kb;
-- 10 MB of each size: every row is its own call
CREATE TEMP TABLE copies AS
  SELECT s.kb, s.body || g::text AS body
  FROM sizes s, generate_series(1, 10240) g WHERE g <= greatest(1, 10240 / s.kb);
ANALYZE copies;
CREATE TEMP TABLE per_mb AS
  SELECT kb, pg_temp.best_ms(format('SELECT count(*) FROM copies c, geopol.mentions(c.body) WHERE c.kb = %s', kb))
             / (SELECT sum(octet_length(body)) / 1048576.0 FROM copies c WHERE c.kb = k.kb) AS ms_per_mb
  FROM (SELECT kb FROM sizes) k;
SELECT kb AS article_kb, round(ms_per_mb, 2) AS ms_per_mb,
       round(ms_per_mb / (SELECT avg(ms_per_mb) FROM per_mb), 2) AS vs_mean
FROM per_mb ORDER BY kb;
