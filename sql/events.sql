-- geopol.events(): who did what to whom, with CAMEO codes.
SET search_path = geopol, public;

\set body `cat sample/article.txt`
SELECT actor, action, cameo, target, date FROM events(:'body', '2025-01-13');
SELECT bool_and(substr(:'body', start, length) = evidence) AS evidence_positions
FROM events(:'body', '2025-01-13');

-- one pattern each
SELECT actor, action, cameo, target, date FROM events('Russia and Iran signed a treaty on Friday.', '2025-01-13');
SELECT actor, action, cameo, target FROM events('The Iranian president visited Moscow.');
SELECT actor, action, cameo, target FROM events('Putin praised China for its support.', '2024-05-01');
SELECT actor, action, cameo, target FROM events('North Korea has supplied Russia with artillery shells.');
SELECT actor, action, cameo, target FROM events('The United States imposed sanctions on Iran.');
SELECT actor, action, cameo, target FROM events('Russia invaded Ukraine in February 2022.');
SELECT actor, action, cameo, target FROM events('China criticised Japan over the visit.');
SELECT actor, action, cameo, target FROM events('Israel was criticised by Turkey.');
SELECT actor, action, cameo, target FROM events('France threatened Italy with retaliation.');
SELECT actor, action, cameo, target FROM events('Germany and Poland signed the convention in Warsaw.');
SELECT actor, action, cameo, target FROM events('Russia insisted that Ukraine withdraw its troops.');
-- "is" before a present participle is active, not passive
SELECT actor, action, cameo, target FROM events('Spain is threatening Portugal with tariffs.');
-- a clause opening with "and" keeps the sentence's actor
SELECT actor, action, cameo, target FROM events('The EC charges Japan with dumping, and is requesting talks with Japan.');
-- no event: denied, hypothetical, passive without an actor, one state alone
SELECT count(*) FROM events('Russia did not invade Finland.');
SELECT count(*) FROM events('If China attacked Taiwan, Japan would respond.');
SELECT count(*) FROM events('The treaty was criticised for its vagueness.');
SELECT count(*) FROM events('Germany praised its own economy.');
SELECT count(*) FROM events(NULL);
