#!/usr/bin/env bash
# bench.sh: `make bench`.  Sets up like `make check`, runs every benchmark in
# test/bench on a throwaway server, prints one table each (every figure beside
# its baseline, measured in the same run) and saves them to
# test/bench/results.txt with the machine they ran on.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
make -s -j2 >/dev/null
make -s install >/dev/null
out=test/bench/results.txt
{
	echo "geopol benchmarks, $(date -u +%Y-%m-%d)"
	echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
	echo "server: $(pg_config --version)"
	for b in test/bench/*.sql; do
		echo
		echo "== $b"
		bash scripts/pgserver.sh --name bench psql -X -q -v ON_ERROR_STOP=1 -f "$b"
	done
	# the real news text, when ../shared is beside the repository
	news=../shared/data/news/bbc
	if [ -d "$news" ] && command -v python3 >/dev/null; then
		echo
		echo "== test/bench/news.sql.in (real news from $news)"
		csv=$(mktemp)
		python3 - "$news" "$csv" <<'PY'
import csv, pathlib, sys
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    for f in sorted(pathlib.Path(sys.argv[1]).rglob("*.txt")):
        if f.name != "README.TXT":
            w.writerow([f.read_bytes().decode("latin-1")])
PY
		chmod a+r "$csv"
		sed "s|@NEWS_FILE@|$csv|" test/bench/news.sql.in >"$csv.sql"
		bash scripts/pgserver.sh --name bench psql -X -q -v ON_ERROR_STOP=1 -f "$csv.sql"
		rm -f "$csv" "$csv.sql"
	fi
} | tee "$out.tmp"
mv "$out.tmp" "$out"
echo "saved to $out"
