-- The demo: geopol on one article.  Run by `make demo`; the article's path
-- comes in GEOPOL_ARTICLE.
CREATE EXTENSION geopol;
SET search_path = public, geopol;
\pset footer off
\echo
SELECT geopol.version();

CREATE TABLE article (id int PRIMARY KEY, published date, body text);
\set body `cat "$GEOPOL_ARTICLE"`
INSERT INTO article VALUES (1, date '2025-01-13', :'body');
SELECT id, published, length(body) AS characters FROM article;

\echo 'Every geopolitical mention, in text order (geopol.mentions):'
SELECT m.sentence, m.start, m.surface, m.kind, m.polity, geopol.name(m.polity) AS name
FROM article a, geopol.mentions(a.body, a.published) m
ORDER BY m.start;

\echo 'Who is mentioned, how often and how (one row per polity):'
SELECT m.polity, geopol.name(m.polity) AS name, geopol.kind(m.polity) AS polity_kind,
       count(*) AS mentions, string_agg(DISTINCT m.kind, ', ') AS as_
FROM article a, geopol.mentions(a.body, a.published) m
WHERE m.polity IS NOT NULL
GROUP BY m.polity ORDER BY mentions DESC, m.polity;

\echo 'The polities of the article as an array, ready for a GIN index (geopol.polities):'
SELECT geopol.polities(body) FROM article;

\echo 'Agreements as values: the two the article compares (geopol.agreement):'
SELECT a AS agreement, geopol.parties(a) AS parties, geopol.status(a) AS status,
       geopol.date(a) AS date, geopol.date_precision(a) AS precision,
       geopol.mutual_defence(a) AS mutual_defence
FROM (VALUES
  ('comprehensive_strategic_partnership {Iran, Russia} status=planned signed=2025-01-17 domains={trade,investment,logistics,humanitarian}'::geopol.agreement),
  ('comprehensive_strategic_partnership {North Korea, Russia} signed=2024 domains={military} clauses={mutual_defence}')) v(a);

\echo 'Who belonged to BRICS on the day the article was published:'
SELECT string_agg(m::text, ' ' ORDER BY m) AS brics_members
FROM article, geopol.members('BRICS', article.published) m;

\echo 'The network of the agreements the article speaks of (geopol.network_dot), as Graphviz DOT:'
\pset tuples_only on
\pset format unaligned
\o demo-network.dot
SELECT geopol.network_dot(array_agg(agreement)) FROM article, geopol.agreements(body, published);
\o
\pset format aligned
\pset tuples_only off

\echo 'Agreements in the article (geopol.agreements):'
SELECT kind, parties, status, date, date_precision, domains, mutual_defence
FROM article, geopol.agreements(body, published);

\echo 'Events (geopol.events):'
SELECT actor, action, cameo, target, date FROM article, geopol.events(body, published);
