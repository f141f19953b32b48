#!/usr/bin/env bash
# demo.sh: `make demo [FILE=article.txt]`.  Dependencies, build, install, a
# throwaway server, CREATE EXTENSION, then geopol on an article, printed as
# psql tables.
set -euo pipefail
cd "$(dirname "$0")/.."

file=${1:-sample/article.txt}
[ -r "$file" ] || { echo "demo: cannot read $file" >&2; exit 1; }
file=$(cd "$(dirname "$file")" && pwd)/$(basename "$file")

bash scripts/deps.sh
make -s -j2 >/dev/null
make -s install >/dev/null
GEOPOL_ARTICLE="$file" bash scripts/pgserver.sh --name demo \
	psql -X -q -v ON_ERROR_STOP=1 -f sample/demo.sql
# the network of the article's agreements, drawn by Graphviz
dot -Tpng demo-network.dot -o demo-network.png
echo "The network of agreements is drawn in $(pwd)/demo-network.png (DOT: demo-network.dot)."
