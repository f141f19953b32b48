#!/usr/bin/env bash
# clients.sh: geopol's types from real client libraries, psycopg 3 (Python)
# and node-postgres (Node), over the wire in text and binary and through
# COPY (test/clients/).  Run by check.sh on a throwaway server.  Installs what
# is missing from Debian's packages (as root; otherwise prints the apt-get
# line and fails) and the Node packages of test/clients/package.json.
set -euo pipefail
dir=$(cd "$(dirname "$0")/../clients" && pwd)

apt_install() {
	if [ "$(id -u)" -ne 0 ]; then
		echo "FAIL: the client tests need Debian packages: $*" >&2
		echo "Run as root:  apt-get update && apt-get install -y $*" >&2
		exit 1
	fi
	echo "clients: installing $*"
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -qq "$@" >/dev/null 2>&1 ||
		{ apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
}

# Python: the first python3 that has psycopg (Debian's python3-psycopg goes
# with /usr/bin/python3, which need not be the python3 on PATH).
python=
for p in python3 /usr/bin/python3; do
	if command -v "$p" >/dev/null && "$p" -c 'import psycopg' 2>/dev/null; then
		python=$p
		break
	fi
done
if [ -z "$python" ]; then
	apt_install python3-psycopg
	python=/usr/bin/python3
fi

# Node: node and npm, then pg and pg-copy-streams into test/clients/node_modules
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	apt_install nodejs npm
fi
if ! (cd "$dir" && node -e "require('pg'); require('pg-copy-streams')" 2>/dev/null); then
	(cd "$dir" && npm install --no-audit --no-fund --silent)
fi

status=0
"$python" "$dir/python_client.py" || { echo "FAIL: python psycopg client"; status=1; }
node "$dir/node_client.js" || { echo "FAIL: node-postgres client"; status=1; }
exit $status
