#!/usr/bin/env bash
# upgrade.sh: ALTER EXTENSION geopol UPDATE from 1.0, the released version,
# keeps every row, index, user name and hash partition, and leaves the
# extension's objects exactly as a fresh CREATE EXTENSION of the new version
# makes them (pg_dump --binary-upgrade, which writes every member object, and
# a catalog listing of the members with their definitions).
# Run by check.sh on a throwaway server (scripts/pgserver.sh sets PGHOST...).
set -euo pipefail
bindir=$(pg_config --bindir)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { "$bindir/psql" -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }
new=$(sed -n "s/^default_version = '\(.*\)'/\1/p" "$(pg_config --sharedir)/extension/geopol.control")

fails=0
same() {
	if [ "$2" = "$3" ]; then
		echo "ok: $1"
	else
		printf 'FAIL: %s\n  got:  %s\n  want: %s\n' "$1" "$2" "$3"
		fails=1
	fi
}

# --- a database that has used 1.0 -------------------------------------------
"$bindir/createdb" old
q old "CREATE EXTENSION geopol VERSION '1.0'"
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d old <<'SQL'
INSERT INTO geopol.actor VALUES ('@HTS', 'Hayat Tahrir al-Sham', 'armed group'),
  ('@WAG', 'Wagner Group', 'military company');
INSERT INTO geopol.alias VALUES ('Muscovy', 'RUS', 'test'), ('Hermit Kingdom', 'PRK', 'test');
INSERT INTO geopol.office_holder VALUES ('Ivan Testov', 'RUS', 'minister', '2020-01-01', NULL, 'test');
INSERT INTO geopol.place VALUES ('Testgrad', 'RUS', 'city', 'test');

CREATE TABLE report (id int PRIMARY KEY, who geopol.polity NOT NULL, whom geopol.polity);
CREATE INDEX report_who ON report (who);
INSERT INTO report
SELECT i, (ARRAY['RUS', 'Muscovy', 'Hayat Tahrir al-Sham', 'Iran', 'NATO', 'Soviet Union',
                 'the West', 'Hermit Kingdom', 'ru', '4'])[i % 10 + 1]::geopol.polity,
       (ARRAY['USA', 'CHN', NULL, '@WAG'])[i % 4 + 1]::geopol.polity
FROM generate_series(1, 5000) i;

CREATE TABLE pact (id int PRIMARY KEY, a geopol.agreement NOT NULL);
CREATE INDEX pact_gin ON pact USING gin (a);
INSERT INTO pact
SELECT i, format('%s {%s, %s} status=%s signed=%s domains={%s}',
                 (ARRAY['treaty', 'defence_pact', 'trade_agreement', 'memorandum'])[i % 4 + 1],
                 (ARRAY['Russia', 'IRN', 'North Korea', '@HTS', 'CHN'])[i % 5 + 1],
                 (ARRAY['USA', 'Syria', 'IND'])[i % 3 + 1],
                 (ARRAY['signed', 'ratified', 'in_force', 'proposed'])[i % 4 + 1],
                 1990 + i % 30, (ARRAY['trade', 'military', 'energy'])[i % 3 + 1])::geopol.agreement
FROM generate_series(1, 3000) i;

-- hash partitioning by polity: rows must stay where the extended hash put them
CREATE TABLE by_polity (p geopol.polity NOT NULL, n int) PARTITION BY HASH (p);
CREATE TABLE by_polity_0 PARTITION OF by_polity FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE by_polity_1 PARTITION OF by_polity FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE by_polity_2 PARTITION OF by_polity FOR VALUES WITH (MODULUS 3, REMAINDER 2);
INSERT INTO by_polity SELECT p, 1 FROM unnest('{RUS,IRN,PRK,CHN,USA,NATO,EU,SUN,@HTS,@WAG,WEST}'::geopol.polity[]) p;
ANALYZE;
SQL

# What must not change: rows, answers through each index, user names, the
# partition of each row.  One line per item, the same query before and after.
state() {
	"$bindir/psql" -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
SET search_path = public, geopol;
SET enable_seqscan = off;
SELECT 'report rows ' || md5(string_agg(format('%s %s %s', id, who, whom), ';' ORDER BY id)) FROM report;
SELECT 'pact rows ' || md5(string_agg(format('%s %s', id, a), ';' ORDER BY id)) FROM pact;
SELECT 'btree = ' || count(*) FROM report WHERE who = 'RUS';
SELECT 'btree range ' || count(*) FROM report WHERE who BETWEEN 'IRN' AND 'RUS';
SELECT 'btree order ' || md5(string_agg(id::text, ',' ORDER BY who, id)) FROM report;
SELECT 'gin @> polity ' || count(*) FROM pact WHERE a @> 'RUS'::polity;
SELECT 'gin @> polity[] ' || count(*) FROM pact WHERE a @> '{@HTS,SYR}'::polity[];
SELECT 'gin && ' || count(*) FROM pact WHERE a && '{PRK,IND}'::polity[];
SELECT 'gin <@ ' || count(*) FROM pact WHERE a <@ '{RUS,IRN,USA,SYR}'::polity[];
SELECT 'gin && agreement ' || count(*) FROM pact WHERE a && 'treaty {CHN}'::agreement;
SELECT 'names ' || 'Muscovy'::polity || ' ' || 'Hayat Tahrir al-Sham'::polity || ' '
       || 'hermit kingdom'::polity || ' ' || geopol.name('@WAG');
SELECT 'mentions ' || string_agg(polity || ':' || kind, ' ' ORDER BY start)
FROM mentions('Ivan Testov flew to Testgrad. Muscovy and the Hermit Kingdom replied.', '2024-05-01');
SELECT 'partitions ' || string_agg(format('%s=%s', p, tableoid::regclass), ' ' ORDER BY p) FROM by_polity;
SELECT 'pruned ' || count(*) FROM by_polity WHERE p = 'IRN';
SQL
}

# Each index is valid and answers the index-only queries above through a
# plan that uses it.
plans() {
	"$bindir/psql" -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
SET search_path = public, geopol;
SET enable_seqscan = off;
SELECT string_agg(format('%s valid=%s ready=%s', indexrelid::regclass, indisvalid, indisready), ' '
                  ORDER BY indexrelid::regclass::text)
FROM pg_index WHERE indrelid IN ('report'::regclass, 'pact'::regclass);
EXPLAIN (COSTS OFF) SELECT count(*) FROM report WHERE who = 'RUS';
EXPLAIN (COSTS OFF) SELECT count(*) FROM pact WHERE a @> 'RUS'::polity;
SQL
}

before=$(state old)
[ "$(echo "$before" | wc -l)" -eq 14 ] || { echo "FAIL: state query: $before"; exit 1; }
echo "before the update:"
echo "$before" | sed 's/^/  /'

q old "ALTER EXTENSION geopol UPDATE"
same "extension updated to $new" "$(q old "SELECT extversion FROM pg_extension WHERE extname = 'geopol'")" "$new"
same "update path 1.0 -> 1.1" \
	"$(q old "SELECT path FROM pg_extension_update_paths('geopol') WHERE source = '1.0' AND target = '1.1'")" \
	"1.0--1.1"

after=$(state old)
same "rows, index answers, user names and partitions unchanged" "$after" "$before"
[ "$after" = "$before" ] || diff <(echo "$before") <(echo "$after") || true

p=$(plans old)
same "indexes valid" "$(echo "$p" | head -n 1)" \
	"pact_gin valid=t ready=t pact_pkey valid=t ready=t report_pkey valid=t ready=t report_who valid=t ready=t"
echo "$p" | grep -q 'report_who' || { echo "FAIL: the btree index is not used: $p"; fails=1; }
echo "$p" | grep -q 'pact_gin' || { echo "FAIL: the GIN index is not used: $p"; fails=1; }

# the btree index's order checked against the comparison functions
q old "CREATE EXTENSION amcheck"
same "amcheck on the btree index" \
	"$(q old "SELECT 'checked' FROM bt_index_parent_check('report_who', true)")" "checked"

# the indexes as the updated extension builds them answer the same
q old "REINDEX TABLE report; REINDEX TABLE pact"
same "answers after REINDEX unchanged" "$(state old)" "$before"

# what 1.1 added works on the old data and the user names
same "to_polity() and candidates() after the update" \
	"$(q old "SELECT string_agg(format('%s=%s', r, geopol.to_polity(r)), ' ' ORDER BY r)
	          || ' ' || geopol.candidates('Korea')::text || ' ' || geopol.candidates('Narnia')::text
	          FROM unnest('{Muscovy,Hayat Tahrir al-Sham,Korea,Narnia,Iran}'::text[]) r")" \
	"Hayat Tahrir al-Sham=@HTS Iran=IRN Korea= Muscovy=RUS Narnia= {KOR,PRK} {}"
same "to_polity() over the stored column" \
	"$(q old "SELECT count(*) FROM report
	          WHERE geopol.to_polity(who::text) IS NULL OR geopol.to_polity(who::text) OPERATOR(geopol.<>) who")" "0"

# --- the updated extension equals a fresh one ---------------------------------
"$bindir/createdb" fresh
q fresh "CREATE EXTENSION geopol"
q old "DROP EXTENSION amcheck"

# pg_dump --binary-upgrade writes every member of the extension; OIDs,
# transaction ids, LSNs and the dump's restrict key differ between databases.
normalise() {
	sed -E -e '/^\\(un)?restrict /d' \
		-e "s/'[0-9]+'::pg_catalog\.oid/'<oid>'/g" \
		-e "s/'\{[0-9A-F\/,]+\}'::pg_catalog\.pg_lsn\[\]/'<lsn>'/g" \
		-e "s/relfrozenxid = '[0-9]+', relminmxid = '[0-9]+'/relfrozenxid = '<xid>', relminmxid = '<mxid>'/" \
		-e "s/^WHERE oid = '[0-9]+';/WHERE oid = '<oid>';/" \
		-e "/binary_upgrade_create_empty_extension/ s/[0-9]{5,}/<oid>/g"
}
for db in old fresh; do
	"$bindir/pg_dump" --binary-upgrade --schema-only --exclude-schema=public -d "$db" |
		normalise >"$work/$db.sql"
done
members=$(grep -c '^ALTER EXTENSION geopol ADD ' "$work/fresh.sql" || true)
if [ "$members" -gt 100 ] && diff -u "$work/fresh.sql" "$work/old.sql" >"$work/dump.diff"; then
	echo "ok: pg_dump --binary-upgrade of the updated extension equals a fresh one ($members members)"
else
	echo "FAIL: pg_dump --binary-upgrade differs ($members members in the fresh one):"
	head -n 60 "$work/dump.diff"
	fails=1
fi

# The same from the catalogs: each member, its comment and its definition.
listing() {
	"$bindir/psql" -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
WITH member AS (
  SELECT d.classid, d.objid, c.relname AS catalog
  FROM pg_depend d JOIN pg_class c ON c.oid = d.classid
  WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
    AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'geopol')
)
SELECT pg_describe_object(m.classid, m.objid, 0) || ' | '
       || coalesce(obj_description(m.objid, m.catalog), '<no comment>') || ' | '
       || replace(coalesce(CASE m.catalog
     WHEN 'pg_proc' THEN
       (SELECT CASE WHEN p.prokind = 'a'
                 THEN format('aggregate sfunc=%s stype=%s combine=%s parallel=%s',
                             a.aggtransfn, a.aggtranstype::regtype, a.aggcombinefn, p.proparallel)
                 ELSE pg_get_functiondef(p.oid) END || ' acl=' || coalesce(p.proacl::text, '')
        FROM pg_proc p LEFT JOIN pg_aggregate a ON a.aggfnoid = p.oid WHERE p.oid = m.objid)
     WHEN 'pg_type' THEN
       (SELECT format('len=%s byval=%s align=%s storage=%s in=%s out=%s recv=%s send=%s category=%s array=%s',
                      typlen, typbyval, typalign, typstorage, typinput, typoutput, typreceive,
                      typsend, typcategory, typarray::regtype)
        FROM pg_type WHERE oid = m.objid)
     WHEN 'pg_operator' THEN
       (SELECT format('result=%s code=%s commutator=%s negator=%s restrict=%s join=%s hashes=%s merges=%s',
                      oprresult::regtype, oprcode, oprcom::regoperator, oprnegate::regoperator,
                      oprrest, oprjoin, oprcanhash, oprcanmerge)
        FROM pg_operator WHERE oid = m.objid)
     WHEN 'pg_opclass' THEN
       (SELECT format('default=%s type=%s storage=%s family=%s', opcdefault, opcintype::regtype,
                      opckeytype::regtype, opfname)
        FROM pg_opclass JOIN pg_opfamily f ON f.oid = opcfamily WHERE pg_opclass.oid = m.objid)
     WHEN 'pg_opfamily' THEN
       (SELECT string_agg(x, ', ' ORDER BY x) FROM (
          SELECT format('op %s %s purpose=%s', amopstrategy, amopopr::regoperator, amoppurpose) x
          FROM pg_amop WHERE amopfamily = m.objid
          UNION ALL
          SELECT format('fn %s(%s,%s) %s', amprocnum, amproclefttype::regtype,
                        amprocrighttype::regtype, amproc::regprocedure)
          FROM pg_amproc WHERE amprocfamily = m.objid) s)
     WHEN 'pg_cast' THEN
       (SELECT format('func=%s context=%s method=%s', castfunc, castcontext, castmethod)
        FROM pg_cast WHERE oid = m.objid)
     WHEN 'pg_class' THEN
       (SELECT format('kind=%s acl=%s config=%s columns=%s constraints=%s indexes=%s triggers=%s',
                      c.relkind, c.relacl,
                      c.oid = ANY (e.extconfig),
                      (SELECT string_agg(format('%s %s%s%s', attname, format_type(atttypid, atttypmod),
                                                CASE WHEN attnotnull THEN ' not null' END,
                                                ' default ' || pg_get_expr(ad.adbin, ad.adrelid)),
                                         ', ' ORDER BY attnum)
                       FROM pg_attribute LEFT JOIN pg_attrdef ad ON ad.adrelid = attrelid AND ad.adnum = attnum
                       WHERE attrelid = c.oid AND attnum > 0 AND NOT attisdropped),
                      (SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid), ', ' ORDER BY conname)
                       FROM pg_constraint WHERE conrelid = c.oid),
                      (SELECT string_agg(pg_get_indexdef(indexrelid), ', ' ORDER BY pg_get_indexdef(indexrelid))
                       FROM pg_index WHERE indrelid = c.oid),
                      (SELECT string_agg(pg_get_triggerdef(oid), ', ' ORDER BY pg_get_triggerdef(oid))
                       FROM pg_trigger WHERE tgrelid = c.oid))
        FROM pg_class c, pg_extension e WHERE c.oid = m.objid AND e.extname = 'geopol')
   END, ''), E'\n', ' ')
FROM member m
ORDER BY 1;
SQL
}
listing old >"$work/old.list"
listing fresh >"$work/fresh.list"
n=$(wc -l <"$work/fresh.list")
if [ "$n" -gt 100 ] && diff -u "$work/fresh.list" "$work/old.list" >"$work/list.diff"; then
	echo "ok: the catalogs list the same $n members, with equal definitions and comments"
else
	echo "FAIL: the members differ ($n in the fresh extension):"
	head -n 40 "$work/list.diff"
	fails=1
fi
same "extension row" \
	"$(q old "SELECT extversion, extrelocatable, extnamespace::regnamespace, extconfig::regclass[] FROM pg_extension WHERE extname = 'geopol'")" \
	"$(q fresh "SELECT extversion, extrelocatable, extnamespace::regnamespace, extconfig::regclass[] FROM pg_extension WHERE extname = 'geopol'")"

exit $fails
