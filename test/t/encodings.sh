#!/usr/bin/env bash
# encodings.sh: geopol in a LATIN1 and a SQL_ASCII database: right results or
# a clear error.  Run by check.sh on a throwaway server.
set -euo pipefail
bindir=$(pg_config --bindir)
fail=0
q() { "$bindir/psql" -X -q -A -t -d "$1" -c "$2" 2>&1 || true; }
expect() {
	local db=$1 sql=$2 want=$3 got
	got=$(q "$db" "$sql" | tr '\n' ' ' | sed 's/ $//')
	if [[ "$got" == *"$want"* ]]; then
		echo "ok: $db: $sql -> $got"
	else
		echo "FAIL: $db: $sql -> $got (want $want)"
		fail=1
	fi
}
"$bindir/createdb" -E LATIN1 --locale=C -T template0 latin1
"$bindir/createdb" -E SQL_ASCII --locale=C -T template0 sqlascii
for db in latin1 sqlascii; do q "$db" "CREATE EXTENSION geopol" >/dev/null; done

# LATIN1: the client sends UTF-8, the server converts; names with accents read
export PGCLIENTENCODING=UTF8
expect latin1 "SELECT 'Côte d''Ivoire'::geopol.polity" "CIV"
expect latin1 "SELECT polity, surface, start, length FROM geopol.mentions('À Paris, la Côte d''Ivoire et la Russie.')" "CIV|Côte d'Ivoire|13|13"
expect latin1 "SELECT 'treaty {Côte d''Ivoire, France} title=\"Accord de défense\"'::geopol.agreement" 'treaty {CIV,FRA} title="Accord de défense"'
expect latin1 "SELECT geopol.name('MEX', 'es')" "México"
expect latin1 "SELECT geopol.to_polity('Côte d''Ivoire'), geopol.candidates('Congo'), geopol.to_polity('Narnia')" "CIV|{COD,COG}|"
# a name LATIN1 cannot hold: a clear error, not a crash
expect latin1 "SELECT geopol.name('IRN', 'ru')" "ERROR:"
# SQL_ASCII: bytes pass as they are; UTF-8 names read, other bytes are refused
expect sqlascii "SELECT 'Россия'::geopol.polity" "RUS"
expect sqlascii "SELECT count(*) FROM geopol.mentions('Россия и Иран')" "2"
printf "SELECT E'\\\\xff\\\\xfeRussia'::text::geopol.polity;\n" >/tmp/geopol_bad_bytes.sql
got=$("$bindir/psql" -X -q -A -t -d sqlascii -v VERBOSITY=verbose -f /tmp/geopol_bad_bytes.sql 2>&1 || true)
if [[ "$got" == *"22021"* ]]; then echo "ok: sqlascii: invalid UTF-8 -> 22021"; else echo "FAIL: sqlascii: $got"; fail=1; fi
# to_polity() is NULL only where the cast fails with 22P02: not here
printf "SELECT geopol.to_polity(E'\\\\xff\\\\xfeRussia');\n" >/tmp/geopol_bad_bytes.sql
got=$("$bindir/psql" -X -q -A -t -d sqlascii -v VERBOSITY=verbose -f /tmp/geopol_bad_bytes.sql 2>&1 || true)
if [[ "$got" == *"22021"* ]]; then echo "ok: sqlascii: to_polity(invalid UTF-8) -> 22021"; else echo "FAIL: sqlascii: to_polity: $got"; fail=1; fi
expect sqlascii "SELECT geopol.to_polity('Россия'), geopol.candidates('Россия')" "RUS|{RUS}"
# the backends are still there
expect latin1 "SELECT 1" "1"
exit $fail
