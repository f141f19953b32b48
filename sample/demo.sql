-- The demo: geopol on one article.  Run by `make demo`; the article's path
-- comes in GEOPOL_ARTICLE.
CREATE EXTENSION geopol;
\pset footer off
\echo
SELECT geopol.version();

CREATE TABLE article (id int PRIMARY KEY, published date, body text);
\set body `cat "$GEOPOL_ARTICLE"`
INSERT INTO article VALUES (1, date '2025-01-13', :'body');
SELECT id, published, length(body) AS characters,
       array_length(regexp_split_to_array(body, '\s+'), 1) AS words
FROM article;

\echo 'Names in the article, read by the polity type (codes, any language, aliases):'
SELECT w.name AS written, w.name::geopol.polity AS polity,
       geopol.kind(w.name::geopol.polity) AS kind,
       geopol.name(w.name::geopol.polity, 'ru') AS in_russian
FROM (SELECT DISTINCT m[1] AS name
      FROM article, regexp_matches(body,
        '(North Korea|Russia|Iran|Ukraine|Syria|the United States|BRICS|the West)', 'g') m) w
ORDER BY polity;

\echo 'Who belonged to BRICS on the day the article was published:'
SELECT m AS member, geopol.name(m) AS name
FROM article, geopol.members('BRICS', article.published) m
ORDER BY m;
