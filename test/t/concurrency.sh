#!/usr/bin/env bash
# concurrency.sh: pgbench, 8 clients, mixing extraction, type input and
# INSERTs of new aliases: no errors, and every session reads every committed
# alias at its next call.  GEOPOL_PGBENCH_SECONDS sets the length (default
# 20; the issue's figure is for 60).  Run by check.sh on a throwaway server.
set -euo pipefail
bindir=$(pg_config --bindir)
seconds=${GEOPOL_PGBENCH_SECONDS:-20}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bindir/psql" -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION IF NOT EXISTS geopol" \
	-c "INSERT INTO geopol.alias VALUES ('Seed Alias', 'RUS', 'pgbench')"

cat >"$work/extract.sql" <<'SQL'
\set n random(1, 100000)
SELECT count(*) FROM geopol.mentions('Russia and Iran signed a treaty in Moscow on day ' || :n);
SELECT count(*) FROM geopol.agreements('Chile and Peru signed a trade agreement on ' || :n);
SQL
cat >"$work/types.sql" <<'SQL'
SELECT 'Россия'::geopol.polity, 'treaty {Iran, Russia} signed=2024'::geopol.agreement;
-- a committed alias, chosen at random, reads in this session now
SELECT name::geopol.polity FROM geopol.alias TABLESAMPLE SYSTEM (50) LIMIT 1;
SQL
cat >"$work/alias.sql" <<'SQL'
\set n random(1, 1000000000)
INSERT INTO geopol.alias VALUES ('Bench Alias ' || :n, 'IRN', 'pgbench') ON CONFLICT DO NOTHING;
-- this session's own alias, at its next statement
SELECT ('Bench Alias ' || :n)::geopol.polity;
SQL
"$bindir/pgbench" -n -c 8 -j 2 -T "$seconds" \
	-f "$work/extract.sql@5" -f "$work/types.sql@4" -f "$work/alias.sql@1" >"$work/out" 2>&1 || {
	cat "$work/out"
	echo "FAIL: pgbench reported errors"
	exit 1
}
grep -E "number of (transactions actually processed|failed transactions)|tps" "$work/out" | head -4
if grep -q "ERROR" "$work/out"; then
	grep ERROR "$work/out" | head -5
	echo "FAIL: errors under load"
	exit 1
fi
# a new session reads every alias committed during the run
missing=$("$bindir/psql" -X -q -A -t -c "
	CREATE FUNCTION pg_temp.reads(t text) RETURNS boolean LANGUAGE plpgsql AS \$\$
	BEGIN PERFORM t::geopol.polity; RETURN true; EXCEPTION WHEN OTHERS THEN RETURN false; END \$\$;
	SELECT count(*) FROM geopol.alias WHERE NOT pg_temp.reads(name)")
aliases=$("$bindir/psql" -X -q -A -t -c "SELECT count(*) FROM geopol.alias")
echo "aliases committed: $aliases, unreadable afterwards: $missing"
[ "$missing" -eq 0 ] || { echo "FAIL: committed aliases not seen"; exit 1; }
echo "ok: ${seconds} s of pgbench with 8 clients, no errors"
