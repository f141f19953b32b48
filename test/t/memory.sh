#!/usr/bin/env bash
# memory.sh: extraction over a million rows in one query keeps the backend's
# memory flat.  The peak resident size of a backend is read before and after
# each query; geopol.polities() (one value a row) may grow by at most 16 MB,
# and the set-returning functions by no more than the same query shape over
# a built-in set-returning function (generate_series) grows, plus 16 MB: the
# executor keeps some state per rescan of a lateral function, whichever it is.
# Run by check.sh on a throwaway server.
set -euo pipefail
bindir=$(pg_config --bindir)
"$bindir/psql" -X -q -c "CREATE EXTENSION IF NOT EXISTS geopol"

# growth in MB of one fresh backend's peak RSS over one query
growth() {
	local out
	out=$("$bindir/psql" -X -q -A -t -v ON_ERROR_STOP=1 2>&1 <<SQL
SELECT pg_backend_pid() AS pid \gset
\setenv PID :pid
SELECT count(*) FROM geopol.mentions('warm up: Iran') UNION ALL SELECT count(*) FROM geopol.agreements('Iran and Russia signed a treaty.');
\! echo "before \$(awk '/VmHWM/ {print \$2}' /proc/\$PID/status)"
$1
\! echo "after \$(awk '/VmHWM/ {print \$2}' /proc/\$PID/status)"
SQL
)
	local b a
	b=$(echo "$out" | awk '/^before/ {print $2}')
	a=$(echo "$out" | awk '/^after/ {print $2}')
	echo $(( (a - b) / 1024 ))
}

text="'Iran and Russia signed a treaty in Moscow on ' || g || ' May.'"
base=$(growth "SELECT count(*) FROM generate_series(1, 1000000) g, LATERAL generate_series(1, 3 + g % 2) h;")
ment=$(growth "SELECT count(*) FROM generate_series(1, 1000000) g, geopol.mentions($text);")
agr=$(growth "SELECT count(*) FROM generate_series(1, 1000000) g, geopol.agreements($text);")
pol=$(growth "SELECT count(geopol.polities($text)) FROM generate_series(1, 1000000) g;")
echo "peak RSS growth over 1,000,000 rows: a built-in lateral generate_series (baseline) +${base} MB, mentions +${ment} MB, agreements +${agr} MB, polities +${pol} MB"
if [ "$pol" -gt 16 ] || [ "$ment" -gt $((base + 16)) ] || [ "$agr" -gt $((base + 16)) ]; then
	echo "FAIL: memory grows with the rows"
	exit 1
fi
echo "ok: memory stays flat over a million extractions"
