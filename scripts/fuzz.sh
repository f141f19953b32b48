#!/usr/bin/env bash
# fuzz.sh: build the libFuzzer harnesses in test/fuzz/ and run each for a while.
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to 600; TARGET is a harness name (fuzz_polity,
# fuzz_agreement, ...), all of test/fuzz/*.c when none is given.  Each
# harness is built with clang (-fsanitize=fuzzer,address,undefined) into
# build/fuzz/ and run on a fresh copy of its seeds, test/fuzz/corpus/<target>,
# in build/fuzz/corpus/<target>, so the seeds in the repository never change.
# Seeds named crash-* are inputs that crashed once: they are not fuzzed from
# but run first, as regression inputs, and count as crashes while they still
# crash.  Prints "target: N execs, M crashes" per target and exits non-zero
# when any target crashed, printing where the crashing input was kept.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
if [ $# -gt 0 ]; then
	shift
fi
case $seconds in
	'' | *[!0-9]*)
		echo "usage: $0 [SECONDS_PER_TARGET] [TARGET...]" >&2
		exit 2
		;;
esac

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
	for f in test/fuzz/*.c; do
		targets+=("$(basename "$f" .c)")
	done
fi
for t in "${targets[@]}"; do
	if [ ! -f "test/fuzz/$t.c" ]; then
		echo "fuzz: no harness test/fuzz/$t.c" >&2
		exit 2
	fi
done

# --- the toolchain: Debian's clang 14 with its sanitizer runtimes -----------
packages=(clang libclang-rt-14-dev libicu-dev pkg-config make)
missing=()
for p in "${packages[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "fuzz needs these Debian packages: ${missing[*]}" >&2
		echo "Run as root:  apt-get update && apt-get install -y ${missing[*]}" >&2
		exit 1
	fi
	echo "fuzz: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
CLANG=${CLANG:-clang}
if ! command -v "$CLANG" >/dev/null 2>&1; then
	CLANG=clang-14
fi

# --- build -------------------------------------------------------------------
make -s src/core/builtin_data.c

out=build/fuzz
mkdir -p "$out/obj" "$out/logs" "$out/artifacts" "$out/corpus"
read -r -a icu_cflags <<<"$(pkg-config --cflags icu-uc icu-i18n)"
read -r -a icu_libs <<<"$(pkg-config --libs icu-uc icu-i18n)"
cflags=(-g -O1 -fno-omit-frame-pointer -fno-sanitize-recover=undefined -Isrc/core "${icu_cflags[@]}")

# The core once, instrumented for the fuzzer (fuzzer-no-link: no main), then
# one link per harness.  An object is rebuilt when its source or any core
# header is newer.
core_objs=()
pids=()
newest_header=$(ls -t src/core/*.h | head -n 1)
for src in src/core/*.c; do
	obj="$out/obj/$(basename "$src" .c).o"
	core_objs+=("$obj")
	if [ ! -f "$obj" ] || [ "$src" -nt "$obj" ] || [ "$newest_header" -nt "$obj" ]; then
		"$CLANG" "${cflags[@]}" -fsanitize=fuzzer-no-link,address,undefined -c "$src" -o "$obj" &
		pids+=($!)
	fi
done
for pid in ${pids[@]+"${pids[@]}"}; do
	if ! wait "$pid"; then
		echo "fuzz: compiling the core failed" >&2
		exit 1
	fi
done

for t in "${targets[@]}"; do
	echo "fuzz: building $t"
	"$CLANG" "${cflags[@]}" -fsanitize=fuzzer,address,undefined \
		-o "$out/$t" "test/fuzz/$t.c" "${core_objs[@]}" "${icu_libs[@]}"
done

# --- run -----------------------------------------------------------------------
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# the last value of a libFuzzer final stat in a log, or the last "#N" count
stat_of() {
	local log=$1 key=$2 v
	v=$(sed -n "s/^stat::$key: *\([0-9][0-9]*\).*/\1/p" "$log" | tail -n 1)
	if [ -z "$v" ] && [ "$key" = number_of_executed_units ]; then
		v=$(sed -n 's/^#\([0-9][0-9]*\)[[:space:]].*/\1/p' "$log" | tail -n 1)
	fi
	echo "${v:-0}"
}

summary=()
failed=0
for t in "${targets[@]}"; do
	corpus="$out/corpus/$t"
	artifacts="$out/artifacts/$t"
	log="$out/logs/$t.log"
	rm -rf "$corpus"
	mkdir -p "$corpus" "$artifacts"
	known=()
	if [ -d "test/fuzz/corpus/$t" ]; then
		for f in "test/fuzz/corpus/$t"/*; do
			[ -f "$f" ] || continue
			case $(basename "$f") in
				crash-* | leak-* | timeout-* | oom-*) known+=("$f") ;;
				*) cp "$f" "$corpus/" ;;
			esac
		done
	fi

	crashes=0
	crash_files=()
	execs=0

	# inputs that crashed before: do they still?
	for f in ${known[@]+"${known[@]}"}; do
		klog="$out/logs/$t.$(basename "$f").log"
		if ! "./$out/$t" "$f" >"$klog" 2>&1; then
			crashes=$((crashes + 1))
			crash_files+=("$f")
			echo "fuzz: $t still crashes on $f (log: $klog)" >&2
		fi
	done

	echo "fuzz: running $t for ${seconds}s"
	rc=0
	"./$out/$t" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 \
		-timeout=30 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1 || rc=$?
	execs=$(stat_of "$log" number_of_executed_units)
	if [ "$rc" -ne 0 ]; then
		crashes=$((crashes + 1))
		artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
		if [ -n "$artifact" ]; then
			crash_files+=("$artifact")
		else
			crash_files+=("(no input written; see $log)")
		fi
		echo "fuzz: $t failed (exit $rc); last lines of $log:" >&2
		grep -E "ERROR:|SUMMARY:|runtime error|==[0-9]+==|#[0-9]+ 0x" "$log" | head -n 40 >&2 || true
	fi
	summary+=("$t: $execs execs, $crashes crashes")
	if [ "$crashes" -gt 0 ]; then
		failed=1
		for f in "${crash_files[@]}"; do
			summary+=("  crash input: $f")
		done
	fi
done

echo
for line in "${summary[@]}"; do
	echo "$line"
done
exit $failed
