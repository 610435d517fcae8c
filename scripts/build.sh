#!/usr/bin/env bash
# The deployable dist/, exactly as it ships: sets up the tools (skipping what
# is there), then the release build on the pinned toolchain (scripts/setup.sh,
# hsw_trunk), then the size report. The README, the tests, the bench and the
# release all build through this one command.
#
# Usage: scripts/build.sh [--budget KB]   (fails past KB of first load)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
. scripts/setup.sh >&2
hsw_trunk build --release --offline=true >&2
scripts/size-report.sh "$@"
