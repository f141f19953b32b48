#!/usr/bin/env bash
# seed_example.sh: the worked example of ../shared/DESIGN.md on the seed
# article itself, when ../shared is there (it is not shipped with geopol).
# Run by check.sh on a throwaway server.
set -euo pipefail
seed=$(cd "$(dirname "$0")/../.." && pwd)/../shared/seed/article.txt
if [ ! -r "$seed" ]; then
	echo "skip: no $seed"
	exit 0
fi
bindir=$(pg_config --bindir)
got=$("$bindir/psql" -X -q -A -t -v ON_ERROR_STOP=1 -v seed="$seed" <<'SQL'
CREATE EXTENSION IF NOT EXISTS geopol;
\set body `cat :seed`
SELECT kind, parties, status, date, date_precision, domains, mutual_defence
FROM geopol.agreements(:'body', date '2025-01-13') ORDER BY parties;
SQL
)
want='comprehensive_strategic_partnership|{IRN,RUS}|planned|2025-01-17|day|{humanitarian,investment,logistics,trade}|f
comprehensive_strategic_partnership|{PRK,RUS}|signed|2024-01-01|year|{military}|t'
if [ "$got" = "$want" ]; then
	echo "ok: the seed article gives the design's worked example"
else
	printf 'FAIL: got\n%s\nwant\n%s\n' "$got" "$want"
	exit 1
fi
