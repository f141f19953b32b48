#!/usr/bin/env bash
# unit.sh: build and run the core's unit tests only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
make -s unittest
