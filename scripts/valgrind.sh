#!/usr/bin/env bash
# valgrind.sh: the whole pg_regress suite against a server whose backends
# run under valgrind's memcheck; fails when an error's stack passes through
# geopol.so (invalid reads or writes, use of uninitialised values).
# PostgreSQL's own reports (Debian's build has no valgrind annotations) are
# counted but not judged.
#
#   bash scripts/valgrind.sh            # after make install
set -euo pipefail
cd "$(dirname "$0")/.."
log_dir=$(pwd)/.pgdata/valgrind-logs
rm -rf "$log_dir"
mkdir -p "$log_dir"
chmod 777 "$log_dir"
export GEOPOL_PG_WRAPPER="valgrind --quiet --trace-children=yes --track-origins=yes --read-var-info=no --error-limit=no --num-callers=30 --log-file=$log_dir/%p.log"
# valgrind is slow: give the big-text tests room
export GEOPOL_PGOPTIONS="-c statement_timeout=0"
bash scripts/pgserver.sh --name valgrind make -s installcheck || true
errors=$(cat "$log_dir"/*.log 2>/dev/null | grep -c '^==[0-9]*== [A-Z].*\(Invalid\|uninitialised\|Uninitialised\)' || true)
ours=$(awk '/^==[0-9]+== [A-Z]/ {block=""} {block = block "\n" $0} /geopol\.so/ && !seen[block]++ {print block}' "$log_dir"/*.log 2>/dev/null | grep -c 'geopol\.so' || true)
echo "valgrind: $errors reports in all, $ours with geopol.so in the stack (logs in $log_dir)"
[ "$ours" -eq 0 ]
