#!/usr/bin/env bash
# First command of the README: set everything up, then serve the widget with
# live reload at http://127.0.0.1:8080/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
exec trunk serve --offline=true "$@"
