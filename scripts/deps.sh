#!/usr/bin/env bash
# deps.sh: install the Debian packages geopol builds, tests and demos with.
# As root it installs what is missing; otherwise it prints the apt-get line
# to run and stops.  PG_MAJOR picks the PostgreSQL major (default 15).
set -euo pipefail

PG_MAJOR=${PG_MAJOR:-15}
packages=(
	"postgresql-$PG_MAJOR"
	"postgresql-server-dev-$PG_MAJOR"
	libicu-dev
	pkg-config
	gcc
	make
	iso-codes
	graphviz
	python3-psycopg
	nodejs
	clang
	libclang-rt-14-dev
	valgrind
)

missing=()
for p in "${packages[@]}"; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing+=("$p")
	fi
done

# npm: any npm will do (a machine may have one that is not Debian's)
if ! command -v npm >/dev/null 2>&1; then
	missing+=(npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "geopol needs these Debian packages: ${missing[*]}" >&2
	echo "Run as root:  apt-get update && apt-get install -y ${missing[*]}" >&2
	exit 1
fi

echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
