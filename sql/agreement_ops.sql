-- agreement operators, order, hashing, distance and the GIN index.
SET search_path = geopol, public;

CREATE TABLE treaties (id int PRIMARY KEY, a agreement NOT NULL);
INSERT INTO treaties VALUES
  (1, 'comprehensive_strategic_partnership {IRN,RUS} status=planned signed=2025-01-17 domains={humanitarian,investment,logistics,trade}'),
  (2, 'comprehensive_strategic_partnership {PRK,RUS} signed=2024 domains={military} clauses={mutual_defence}'),
  (3, 'defence_pact {GBR,USA} signed=1949-04-04'),
  (4, 'arms_control {SUN,USA} status=terminated signed=1972-05-26 ended=2002-06-13'),
  (5, 'trade_agreement {CAN,MEX,USA} status=in_force in_force=2020-07-01'),
  (6, 'memorandum {CHN,RUS} status=proposed'),
  (7, 'treaty {AUT,BEL,BGR,CYP,CZE,DEU,DNK,ESP,EST,FIN,FRA,GRC,HRV,HUN,IRL,ITA,LTU,LUX,LVA,MLT,NLD,POL,PRT,ROU,SVK,SVN,SWE} status=in_force signed=2007-12-13 in_force=2009-12-01');

-- has a party; has all, only, any of an array; share a party
SELECT id FROM treaties WHERE a @> 'RUS'::polity ORDER BY id;
SELECT id FROM treaties WHERE a @> '{RUS,IRN}'::polity[] ORDER BY id;
SELECT id FROM treaties WHERE a <@ '{USA,GBR,SUN,CAN}'::polity[] ORDER BY id;
SELECT id FROM treaties WHERE a && '{IRN,MEX}'::polity[] ORDER BY id;
SELECT id FROM treaties WHERE a && (SELECT a FROM treaties WHERE id = 6) ORDER BY id;
SELECT id FROM treaties WHERE a @> '{}'::polity[] ORDER BY id;
SELECT 'treaty {RUS}'::agreement @> '{RUS,NULL}'::polity[];

-- btree order: first date, then kind, then parties; agreements without dates last
SELECT id, a < lead(a) OVER (ORDER BY a) AS before_next FROM treaties ORDER BY a;
SELECT 'treaty {RUS} signed=2024'::agreement < 'treaty {IRN} signed=2025'::agreement AS by_date,
       'memorandum {USA} signed=2024'::agreement < 'treaty {RUS} signed=2024'::agreement AS then_kind,
       'treaty {IRN} signed=2024'::agreement < 'treaty {RUS} signed=2024'::agreement AS then_parties,
       'treaty {RUS}'::agreement > 'treaty {RUS} signed=1900'::agreement AS undated_last,
       agreement_cmp('treaty {RUS}', 'treaty {ru}') AS same;
SELECT 'treaty {IRN,RUS}'::agreement = 'treaty {RUS,IRN}'::agreement AS eq,
       'treaty {IRN,RUS}'::agreement <> 'treaty {IRN,RUS} title="x"'::agreement AS ne;

-- hashing agrees with equality
SELECT agreement_hash('treaty {IRN,RUS}') = agreement_hash('treaty {Iran, Russia}') AS same_hash,
       agreement_hash_extended('treaty {IRN,RUS}', 7) = agreement_hash_extended('treaty {RUS,IRN}', 7) AS same_ext;
SELECT count(DISTINCT a) FROM (SELECT a FROM treaties UNION ALL SELECT a FROM treaties) s;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT a, count(*) FROM treaties GROUP BY a;
RESET enable_sort;

-- distance: 0 for the same parties, kind and domains; grows as they differ
SELECT t1.id, t2.id, round((t1.a <-> t2.a)::numeric, 3) AS distance,
       round(similarity(t1.a, t2.a)::numeric, 3) AS similarity
FROM treaties t1, treaties t2 WHERE t1.id IN (1, 2) AND t2.id IN (1, 2, 3, 6) ORDER BY 1, 2;
SELECT 'treaty {RUS} status=planned'::agreement <-> 'treaty {RUS} signed=1990' AS same_parties_kind_domains;

-- the GIN index answers every party operator
INSERT INTO treaties
  SELECT 100 + i, agreement(
           (ARRAY['treaty','trade_agreement','memorandum','defence_pact'])[1 + i % 4],
           ARRAY[(ARRAY['USA','CHN','DEU','FRA','JPN','IND','BRA','ZAF'])[1 + i % 8],
                 (ARRAY['GBR','ITA','CAN','KOR','AUS','MEX','IDN','TUR','SAU','ARG'])[1 + i % 10]]::polity[],
           date => date '1950-01-01' + i)
  FROM generate_series(1, 3000) i;
CREATE INDEX treaties_gin ON treaties USING gin (a);
ANALYZE treaties;
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM treaties WHERE a @> 'IRN'::polity;
SELECT count(*) FROM treaties WHERE a @> 'IRN'::polity;
EXPLAIN (COSTS OFF) SELECT count(*) FROM treaties WHERE a @> '{USA,GBR}'::polity[];
SELECT count(*) FROM treaties WHERE a @> '{USA,GBR}'::polity[];
EXPLAIN (COSTS OFF) SELECT count(*) FROM treaties WHERE a <@ '{USA,GBR,SUN}'::polity[];
SELECT count(*) FROM treaties WHERE a <@ '{USA,GBR,SUN}'::polity[];
EXPLAIN (COSTS OFF) SELECT count(*) FROM treaties WHERE a && '{IRN,PRK}'::polity[];
SELECT count(*) FROM treaties WHERE a && '{IRN,PRK}'::polity[];
EXPLAIN (COSTS OFF) SELECT count(*) FROM treaties WHERE a && 'memorandum {CHN}'::agreement;
SELECT count(*) FROM treaties WHERE a && 'memorandum {CHN}'::agreement;
SELECT count(*) FROM treaties WHERE a @> '{}'::polity[];
-- the index gives what a scan gives
CREATE TEMP TABLE by_index AS SELECT id FROM treaties WHERE a @> 'USA'::polity;
RESET enable_seqscan;
SELECT (SELECT count(*) FROM by_index) AS with_index,
       (SELECT count(*) FROM treaties WHERE geopol.parties(a) @> '{USA}') AS by_scan,
       (SELECT count(*) FROM treaties t WHERE geopol.parties(a) @> '{USA}'
          AND NOT EXISTS (SELECT FROM by_index b WHERE b.id = t.id)) AS missed;

-- "all signed defence pacts with the United States", through the index
SET enable_seqscan = off;
SELECT count(*) FROM treaties
WHERE a @> 'USA'::polity AND kind(a) = 'defence_pact' AND status(a) = 'signed';
RESET enable_seqscan;
DROP TABLE treaties;
