#!/usr/bin/env bash
# network_dot.sh: Graphviz's dot reads what geopol.network_dot() writes.
# Run by check.sh on a throwaway server.
set -euo pipefail
bindir=$(pg_config --bindir)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$bindir/psql" -X -q -A -t -v ON_ERROR_STOP=1 >"$out/net.dot" <<'SQL'
CREATE EXTENSION IF NOT EXISTS geopol;
SELECT geopol.network_dot(ARRAY[
  'comprehensive_strategic_partnership {IRN,RUS} status=planned signed=2025-01-17',
  'defence_pact {PRK,RUS} signed=2024 title="A \"quoted\" title"',
  'treaty {AUT,BEL,DEU,FRA,ITA,NLD} signed=1957-03-25',
  'memorandum {@HTS,SYR} status=proposed']::geopol.agreement[]);
SQL
dot -Tsvg "$out/net.dot" -o "$out/net.svg"
grep -q "<svg" "$out/net.svg"
echo "ok: dot reads network_dot()'s output ($(grep -c -- ' -- ' "$out/net.dot") edges)"
