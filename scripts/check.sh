#!/usr/bin/env bash
# check.sh: `make check`.  Sets everything up on a fresh Debian machine, runs
# every test suite, prints "N passed, N failed" last, exits non-zero on any
# failure.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
status=0
tally() { passed=$((passed + $1)); failed=$((failed + $2)); }

bash scripts/deps.sh || exit 1
make -s -j2 >/dev/null || { make; exit 1; }
make -s install >/dev/null || exit 1

# 1. the core's C unit tests, no server
echo "== unit tests (src/core)"
out=$(make -s unittest 2>&1)
echo "$out" | tail -n 25
line=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -n 1)
if [ -n "$line" ]; then
	tally "$(echo "$line" | cut -d' ' -f1)" "$(echo "$line" | cut -d' ' -f3)"
else
	tally 0 1
fi
echo "$out" | grep -q ', 0 failed$' || status=1

# 2. pg_regress over sql/ and expected/, on a throwaway server
echo "== pg_regress"
rm -f regression.diffs
out=$(bash scripts/pgserver.sh make -s installcheck 2>&1)
rc=$?
echo "$out" | grep -vE '^(\(using postmaster|============== )' | tail -n 40
ok=$(echo "$out" | grep -cE '(\.\.\. ok|^ok [0-9]+)')
bad=$(echo "$out" | grep -cE '(\.\.\. FAILED|^not ok [0-9]+)')
[ "$rc" -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
tally "$ok" "$bad"
if [ "$rc" -ne 0 ]; then
	status=1
	[ -f regression.diffs ] && { echo "== regression.diffs"; cat regression.diffs; }
fi

# 3. the core's parsers under libFuzzer, 20 seconds a target (make fuzz: longer)
echo "== fuzz (${GEOPOL_FUZZ_SECONDS:-20} s a target)"
out=$(bash scripts/fuzz.sh "${GEOPOL_FUZZ_SECONDS:-20}" 2>&1)
rc=$?
echo "$out" | grep -E '^fuzz_[a-z0-9_]+: ' || echo "$out" | tail -n 20
ok=$(echo "$out" | grep -cE '^fuzz_[a-z0-9_]+: [0-9]+ execs, 0 crashes$')
bad=$(echo "$out" | grep -E '^fuzz_[a-z0-9_]+: ' | grep -cvE ', 0 crashes$')
[ "$rc" -ne 0 ] && [ "$bad" -eq 0 ] && bad=1
tally "$ok" "$bad"
[ "$rc" -eq 0 ] || status=1

# 4. suites under test/ that need a server (test/t/*.sh)
for t in test/t/*.sh; do
	[ -e "$t" ] || continue
	echo "== $t"
	if bash scripts/pgserver.sh --name "$(basename "$t" .sh)" bash "$t"; then
		tally 1 0
	else
		tally 0 1
		status=1
	fi
done

echo "$passed passed, $failed failed"
exit $status
