#!/usr/bin/env bash
# dump_restore.sh: polity columns, user actors and aliases survive pg_dump and
# pg_restore (custom format), also when the table holding polities is
# restored before the table that registers its actors.
# Run by check.sh on a throwaway server (scripts/pgserver.sh sets PGHOST...).
set -euo pipefail
bindir=$(pg_config --bindir)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q() { "$bindir/psql" -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

"$bindir/createdb" src
q src "CREATE EXTENSION geopol"
q src "INSERT INTO geopol.actor VALUES ('@HTS', 'Hayat Tahrir al-Sham', 'armed group')"
q src "INSERT INTO geopol.alias VALUES ('Muscovy', 'RUS', 'test')"
q src "CREATE TABLE report (id int PRIMARY KEY, who geopol.polity NOT NULL, whom geopol.polity)"
q src "CREATE INDEX report_who ON report (who)"
q src "CREATE TABLE pact (id int PRIMARY KEY, a geopol.agreement NOT NULL)"
q src "CREATE INDEX pact_gin ON pact USING gin (a)"
q src "INSERT INTO pact VALUES (1, 'defence_pact {PRK,RUS} signed=2024 clauses={mutual_defence}'),
       (2, 'memorandum {@HTS,SYR} status=proposed title=\"Idlib\"')"
q src "INSERT INTO report VALUES (1, 'Hayat Tahrir al-Sham', 'Syria'), (2, 'Muscovy', 'Iran'),
       (3, 'NATO', 'Soviet Union'), (4, 'the West', NULL)"

"$bindir/pg_dump" -Fc -f "$work/src.dump" src

# 1. a plain restore
"$bindir/createdb" dst1
"$bindir/pg_restore" -d dst1 "$work/src.dump"

# 2. the report table's rows restored before geopol.actor's
"$bindir/pg_restore" -l "$work/src.dump" >"$work/list"
grep -v 'TABLE DATA geopol actor' "$work/list" >"$work/list2"
grep 'TABLE DATA public report' "$work/list" >"$work/first"
{
	grep -v 'TABLE DATA public report' "$work/list2"
	grep 'TABLE DATA geopol actor' "$work/list"
} >"$work/reordered"
# put report's data ahead of everything else in the data section
awk -v first="$(cat "$work/first")" '
	/TABLE DATA/ && !done { print first; done = 1 } { print }' "$work/reordered" >"$work/list3"
grep -n 'TABLE DATA' "$work/list3" | head -n 3
"$bindir/createdb" dst2
"$bindir/pg_restore" -L "$work/list3" -d dst2 "$work/src.dump"

check='SELECT string_agg(format($$%s %s %s$$, id, who, whom), $$; $$ ORDER BY id) FROM report'
names="SELECT 'Hayat Tahrir al-Sham'::geopol.polity || ' ' || 'Muscovy'::geopol.polity"
want=$(q src "$check")
fails=0
for db in dst1 dst2; do
	got=$(q "$db" "$check")
	# the GIN index came back and answers
	pacts=$(q "$db" "SET enable_seqscan = off; SELECT string_agg(a::text, ' | ' ORDER BY id) FROM pact WHERE a OPERATOR(geopol.@>) 'RUS'::geopol.polity OR a OPERATOR(geopol.@>) '@HTS'::geopol.polity")
	if [ "$pacts" != "$(q src "SELECT string_agg(a::text, ' | ' ORDER BY id) FROM pact")" ]; then
		echo "FAIL: $db: agreements through the GIN index: $pacts"
		fails=1
	fi
	gotnames=$(q "$db" "$names")
	if [ "$got" = "$want" ] && [ "$gotnames" = "@HTS RUS" ]; then
		echo "ok: $db restores equal rows ($got) and user names ($gotnames)"
	else
		echo "FAIL: $db gave '$got' / '$gotnames', want '$want' / '@HTS RUS'"
		fails=1
	fi
done
exit $fails
