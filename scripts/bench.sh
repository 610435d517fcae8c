#!/usr/bin/env bash
# The benchmark: builds the release bundle, then measures size, first paint
# (Lighthouse, mobile and desktop), interaction (real data, 1,000 and 10,000
# generated people), start-up, the Isotope peer and memory in headless
# Chromium. Prints one table; writes tests/bench/results.json and results.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh
if [ ! -d tests/bench/node_modules/lighthouse ]; then
  (cd tests/bench && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
scripts/build.sh >/dev/null
node tests/bench/bench.mjs
