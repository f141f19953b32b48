#!/usr/bin/env bash
# pgserver.sh: a throwaway PostgreSQL server for tests and the demo.
#
#   scripts/pgserver.sh [--name NAME] COMMAND [ARGS...]
#
# Starts a fresh server in .pgdata/NAME (git ignores it), listening only on a
# Unix socket in that folder, runs COMMAND with PGHOST, PGPORT, PGUSER and
# PGDATABASE set for it, and stops the server again however COMMAND ends
# (success, failure, Ctrl-C).  postgres refuses to run as root, so as root
# the server runs as an unprivileged user (postgres, created if missing).
# A server left over from a killed run is stopped and wiped first.
set -euo pipefail

name=default
if [ "${1:-}" = "--name" ]; then
	name=$2
	shift 2
fi
[ $# -gt 0 ] || { echo "usage: $0 [--name NAME] COMMAND [ARGS...]" >&2; exit 2; }

top=$(cd "$(dirname "$0")/.." && pwd)
bindir=$(pg_config --bindir)
pguser=${GEOPOL_OS_USER:-postgres}

if [ "$(id -u)" -eq 0 ]; then
	if ! id "$pguser" >/dev/null 2>&1; then
		useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin "$pguser"
	fi
	as_server() { runuser -u "$pguser" -- "$@"; }
else
	pguser=$(id -un)
	as_server() { "$@"; }
fi

# The data folder lives in the repository unless the server's user cannot
# reach it there (a clone under /root, say); then it goes to /tmp.
base="$top/.pgdata"
mkdir -p "$base"
# (A socket path must also stay under 108 bytes.)
if [ ${#base} -gt 70 ] ||
	{ [ "$(id -u)" -eq 0 ] && ! runuser -u "$pguser" -- test -x "$base" 2>/dev/null; }; then
	base="/tmp/geopol-pgdata-$(echo "$top" | md5sum | cut -c1-8)"
	mkdir -p "$base"
fi
data="$base/$name"

stop_server() {
	if [ -f "$data/postmaster.pid" ]; then
		as_server "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
	fi
}

# a leftover from an interrupted run
stop_server
rm -rf "$data"
mkdir -p "$data"
[ "$(id -u)" -eq 0 ] && chown "$pguser" "$base" "$data"
chmod 700 "$data"

trap 'stop_server' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_server "$bindir/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 \
	--locale=C.UTF-8 >"$base/$name.initdb.log" 2>&1 ||
	{ cat "$base/$name.initdb.log" >&2; exit 1; }

port=${GEOPOL_PGPORT:-5432}
options="-c listen_addresses='' -c unix_socket_directories='$data' -p $port -c fsync=off -c max_worker_processes=16 ${GEOPOL_PGOPTIONS:-}"
if [ -n "${GEOPOL_PG_WRAPPER:-}" ]; then
	# the server under a wrapper (valgrind: scripts/valgrind.sh); pg_ctl stops it
	as_server bash -c "exec $GEOPOL_PG_WRAPPER '$bindir/postgres' -D '$data' $options" \
		>"$data/server.log" 2>&1 &
	for _ in $(seq 1 600); do
		"$bindir/pg_isready" -q -h "$data" -p "$port" && break
		sleep 0.5
	done
	"$bindir/pg_isready" -q -h "$data" -p "$port" || { cat "$data/server.log" >&2; exit 1; }
else
	as_server "$bindir/pg_ctl" -D "$data" -w -l "$data/server.log" -o "$options" start >/dev/null ||
		{ cat "$data/server.log" >&2; exit 1; }
fi

export PGHOST="$data" PGPORT="$port" PGUSER=postgres PGDATABASE=postgres
export GEOPOL_PGDATA="$data"
# for tests with several servers (nested pgserver.sh calls): each one's socket
# folder as GEOPOL_HOST_<NAME>
export "GEOPOL_HOST_$(echo "$name" | tr 'a-z-' 'A-Z_')=$data"
"$@"
