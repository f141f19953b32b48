-- geopol.mentions() and geopol.polities(): every kind of mention, the traps,
-- other languages, and our sample article in full.
SET search_path = geopol, public;

-- the sample article (ours, with the facts of the seed article), published on Monday 2025-01-13
\set body `cat sample/article.txt`
SELECT * FROM mentions(:'body', '2025-01-13');
-- positions are substr()'s: surface = substr(body, start, length)
SELECT count(*) AS mentions, bool_and(substr(:'body', start, length) = surface) AS substr_matches,
       max(sentence) AS sentences
FROM mentions(:'body', '2025-01-13');
SELECT polities(:'body');
-- "EU Horizon Desk" is a publisher, not the European Union
SELECT count(*) AS eu_mentions FROM mentions(:'body') WHERE polity = 'EU';

-- kinds: country, demonym, capital, city, metonym, office holder, organisation, group
SELECT polity, kind, surface FROM mentions(
  'Russia''s envoy met Iranian and North Korean diplomats in Tehran. Moscow and Pyongyang '
  'signed; the Kremlin, the White House and Downing Street reacted, and Brussels too. '
  'A summit in Kazan drew BRICS, NATO, the European Union and the UN Security Council. '
  'The West and Western powers objected. Iran-Russia ties and Russian-Iranian trade grew; '
  'the U.S. and the U.K. were silent.', '2025-01-13');

-- office holders for the dates they held office
SELECT polity, kind, surface FROM mentions('President-elect Donald Trump met Vladimir Putin.', '2025-01-13');
SELECT polity, kind, surface FROM mentions('President-elect Donald Trump met Vladimir Putin.', '1995-06-01');
SELECT polity, kind, surface FROM mentions('Syrian President Bashar al-Assad fled.', '2025-01-13');
SELECT polity, kind, surface FROM mentions('Gorbachev met Reagan in Reykjavik.', '1986-10-11');
-- a date also says which state a place stood for: Moscow in 1987 is the Soviet Union
SELECT polity, kind, surface FROM mentions('Moscow and Bonn talked in Kiev.', '1987-03-02');
-- central banks act for their states; provinces and regions are places of their state
SELECT polity, kind, surface FROM mentions(
  'The Bundesbank and the Bank of Japan cut rates; the miner found gold in Quebec '
  'and nickel in Western Australia.', '1987-03-02');
SELECT polity, kind, surface FROM mentions('The Federal Reserve and the People''s Bank of China held rates; Bavaria voted.');

-- traps: words that only look like names
SELECT polity, kind, surface FROM mentions(
  'We ate turkey from china plates and walked west. Jordan Peterson and Chad Smith spoke. '
  'The governor of Georgia spoke in Atlanta. Air India and Russia Today reported it.');
SELECT polity, kind, surface FROM mentions(E'EU Global Editorial Staff\nGeorgia and Jordan signed a pact in Tbilisi.');
-- Georgia among its neighbouring US states; New England is no England
SELECT polity, kind, surface FROM mentions('Stores in Alabama, Georgia and Tennessee and in New England stay open.');
-- the longest match wins
SELECT polity, surface FROM mentions('Papua New Guinea, South Sudan, Niger and Nigeria, Guinea-Bissau and Equatorial Guinea.');
-- ambiguous names: resolved from the article, or reported without a polity
-- the European Commission is the EU's, the European Community's before 1993;
-- an abbreviation in brackets abbreviates the name before it
SELECT polity, kind, surface FROM mentions(E'EC calls truce\n\nThe European Commission (EC) called a truce. The EC said so.', '2004-11-30');
SELECT polity, kind, surface FROM mentions('The European Commission said so in Brussels.', '1987-03-02');
-- in English text an acronym is English: SEC is no Vietnamese "Séc" (Czechia)
SELECT polity, surface FROM mentions('The SEC charged the broker, the regulator said on Friday.');
-- trade rounds stand for the body that holds them
SELECT polity, kind, surface FROM mentions('Progress in the Doha round and the Uruguay Round before it.');
-- a name wrapped at the end of a line is one name; a blank line parts them
SELECT polity, surface FROM mentions(E'Nigeria settled with the Paris\nClub of creditor governments.');
SELECT polity, surface FROM mentions(E'Talks in South\n\nAfrica.');
-- a possessive inside a name: not the Republic of Korea, not Taiwan
SELECT polity, surface FROM mentions('The Democratic People''s Republic of Korea and the People''s Republic of China met; Russia''s envoy came.');
SELECT polity, surface FROM mentions('Talks on Korea stalled.');
SELECT polity, surface FROM mentions('Pyongyang said Korea would not negotiate.');
SELECT polity, surface FROM mentions('Refugees crossed from Congo.');

-- other languages and scripts, inflected forms too
SELECT polity, surface FROM mentions('Президент России встретился с лидером Ирана. Переговоры прошли в Мексике.');
SELECT polity, surface FROM mentions('Посол Франції прибув до Польщі.');
SELECT polity, surface FROM mentions('Dışişleri Bakanı İtalya''da Rusya ile görüştü.');
-- a case ending of two or three letters is a Russian or Ukrainian one: "Франсуа" is a name
SELECT polity, surface FROM mentions('Франсуа Олланд говорил с Украиной, Францией и Нидерландами.');
SELECT polity, surface FROM mentions('Посол зустрівся з Францією та Британією.');
SELECT polity, surface FROM mentions('ایران و روسیه یک پیمان امضا کردند.');
SELECT polity, surface FROM mentions('وقعت إيران وروسيا اتفاقية للتعاون مع الصين.');
SELECT polity, surface FROM mentions('伊朗和俄罗斯签署了全面战略伙伴关系条约。朝鲜也是如此。');
SELECT polity, surface FROM mentions('Deutschland und Frankreich unterzeichneten in Berlin einen Vertrag mit Österreich.');

-- names inside longer names: a monarch's realm, after a regnal number
SELECT polity, surface FROM mentions('El rey Felipe V de España firmó la paz con Portugal.');
SELECT polity, surface FROM mentions('Friedrich III. von Dänemark schrieb an Schweden.');
SELECT polity, surface FROM mentions('Der Brief an Nikolaus II. ( Russland ) kam aus Berlin.');
SELECT polity, surface FROM mentions('II. Ahmet ( Rusya ) ile İran görüştü.');
SELECT polity, surface FROM mentions('Guillaume III ( roi des Pays-Bas ) écrivit à la Suède.');
SELECT polity, surface FROM mentions('فردریک سوم دانمارک به ایران سفر کرد.');
SELECT polity, surface FROM mentions('زار هنري الرابع ملك فرنسا مصر.');
-- but not a war's number, a sentence's end, or a list
SELECT polity, surface FROM mentions('After World War II. France rebuilt its army.');
SELECT polity, surface FROM mentions('The treaty of Charles VI and France held.');
SELECT polity, surface FROM mentions('پس از جنگ جهانی دوم آلمان تقسیم شد.');
-- the seat of a title of nobility or of a see, not a state (a king's is)
SELECT polity, surface FROM mentions('The Duke of Norfolk and the Archbishop of Canterbury flew to Ireland; the King of Spain came too.');
SELECT polity, surface FROM mentions('Le comte de Flandre et la duchesse de Luxembourg visitèrent la Belgique.');
SELECT polity, surface FROM mentions('Великий герцог Люксембургу відвідав Польщу.');
-- Chinese: a language named after a country, a transliterated name
SELECT polity, surface FROM mentions('他会说葡萄牙语，住在葡萄牙。');
SELECT polity, surface FROM mentions('安德烈-馬里·安培在法國工作。');
-- a gloss in another script repeats the term before it
SELECT polity, surface FROM mentions('芝加哥体育中心（Chicago Coliseum）位于美國。');
SELECT polity, surface FROM mentions('Ірак ( Iraq ) межує з Іраном.');
SELECT polity, surface FROM mentions('المكتبة الوطنية ( 日本国立国会図書館 ) في اليابان.');
-- but a name in the text's own script in brackets is a mention
SELECT polity, surface FROM mentions('Журнал «Filatelia Cubana» ( Куба ) вышел в России.');
-- a Latin name in another language than English, in text of another script, quotes a foreign name
SELECT polity, surface FROM mentions('Статья вышла в журнале Hrvatska, а потом в России.');
SELECT polity, surface FROM mentions('Офис в Belfast, United Kingdom, открыли раньше, чем в России.');
SELECT polity, surface FROM mentions('Hrvatska i Srbija potpisale su sporazum.');
-- "West" is the West in English only
SELECT polity, surface FROM mentions('Der Sänger Kanye West trat gestern mit seiner Band vor vielen Gästen auf.');
-- people named like places: a place after a given name is a surname, a
-- place that is a given name before a surname is a given name (outside
-- English, whose capitalisation rules see to it)
SELECT polity, surface FROM mentions('Die Sängerin Whitney Houston trat gestern mit ihrer Band vor vielen Gästen auf.');
SELECT polity, surface FROM mentions('Yönetmen Neil Jordan filmi geçen yıl İtalya''da çekti.');
SELECT polity, surface FROM mentions('Der Schriftsteller Milan Kundera lebte lange Zeit als Emigrant und starb 2023.');
SELECT polity, surface FROM mentions('Die Brüder Guido und Maurizio De Angelis schrieben die Musik für den Film.');
SELECT polity, surface FROM mentions('El químico Alan G. MacDiarmid nació hace muchos años en Nueva Zelanda.');
-- in English, cities (its capitalisation rules see to countries); a
-- demonym after a given name stays
SELECT polity, kind, surface FROM mentions('The singer Whitney Houston flew to Moscow and then to Houston, said Mike German.');
-- but a place that only one language's list holds as a name stays a place
SELECT polity, surface FROM mentions('Die Houston Rockets und Sängerinnen aus Milan spielten gestern vor vielen Gästen.');
-- a given name, a preposition, a place: a person's byname, not a state;
-- after a title, the title's realm; after a saint's name, a place
SELECT polity, surface FROM mentions('Jean de Norvège et Birgitte de Suède arrivèrent hier à Paris.');
SELECT polity, surface FROM mentions('Elena de Grecia visitó Portugal ayer con su hermano.');
SELECT polity, surface FROM mentions('El rey Felipe de España visitó Chile; el viaje terminó en Perú.');
SELECT polity, surface FROM mentions('Queen Marta of Norway met the Iranian envoy.');
SELECT polity, surface FROM mentions('San Carlos de Bariloche liegt im Süden von Argentinien, weit von der Hauptstadt.');
-- after a word of prose the given name may be a noun ("den Osten von
-- Paraguay"): left alone
SELECT polity, surface FROM mentions('Die Zeitung nannte gestern Marta von Norwegen eine mutige Frau aus dem Norden.');
-- a title's seat written as a compound, and after the seat in Turkish
SELECT polity, surface FROM mentions('Ansgar, Erzbischof von Hamburg-Bremen, reiste nach Dänemark.');
SELECT polity, surface FROM mentions('O, Avusturya düşesi oldu; sonra Fransa''ya gitti.');
-- a place or a body named after an office holder is not the holder, in
-- English, German, Turkish order and the order of Romance languages
SELECT polity, kind, surface FROM mentions('Former President Carter spoke at the Carter Center; Clinton County voted.', '1980-06-01');
SELECT polity, kind, surface FROM mentions('Konser, Süleyman Demirel Kültür Merkezi''nde yapıldı; Süleyman Demirel de oradaydı.', '1995-01-01');
SELECT polity, kind, surface FROM mentions('La avenida Reagan y la Fundación Carter están lejos; Reagan habló con Carter ayer en México.', '1983-01-01');
-- two names of one state back to back are one name
SELECT polity, surface FROM mentions('ایالات متحده آمریکا و ایران توافق کردند.');

-- names users add are found at the next call
INSERT INTO alias VALUES ('Muscovy', 'RUS', 'test');
SELECT polity, kind, surface FROM mentions('Muscovy sent envoys.');
DELETE FROM alias;
SELECT count(*) FROM mentions('Muscovy sent envoys.');

-- edges: empty, NULL, no names, positions after multi-byte characters
SELECT count(*) FROM mentions('');
SELECT count(*) FROM mentions(NULL);
SELECT count(*) FROM mentions('nothing to see here');
SELECT polity, surface, start, length, substr('«Ещё» — Россия!', start, length) = surface AS ok
FROM mentions('«Ещё» — Россия!');
SELECT polities('Iran, Russia and Iran again; Korea too.'), polities('');

-- volatility and parallel safety
SELECT oid::regprocedure, provolatile, proparallel, prorows
FROM pg_proc WHERE proname IN ('mentions', 'polities') AND pronamespace = 'geopol'::regnamespace
ORDER BY 1::text;

-- statement_timeout stops a long extraction, and the backend goes on
CREATE TEMP TABLE big AS SELECT repeat('Iran and Russia signed a treaty in Moscow. ', 1000000) AS body;
SET statement_timeout = '100ms';
SELECT count(*) FROM big, mentions(body);
RESET statement_timeout;
SELECT count(*) FROM mentions('Iran, after the cancel');
DROP TABLE big;

-- office holders and places users add
INSERT INTO office_holder VALUES ('Ruritanian Regent Rudolf', 'AUT', 'regent', '2020-01-01', NULL, 'test');
INSERT INTO place VALUES ('Zenda', 'AUT', 'city', 'test'), ('the Hofburg', 'AUT', 'seat', 'test'),
  ('Strelsau Province', 'AUT', 'region', 'test');
SELECT polity, kind, surface FROM mentions('Ruritanian Regent Rudolf left Zenda; the Hofburg said so.', '2025-01-13');
SELECT polity, kind, surface FROM mentions('Rain fell on Strelsau Province.');
SELECT polity, kind, surface FROM mentions('Ruritanian Regent Rudolf left.', '2010-01-13');
DELETE FROM office_holder;
DELETE FROM place;
SELECT count(*) FROM mentions('Ruritanian Regent Rudolf left Zenda.');
