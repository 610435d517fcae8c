#!/usr/bin/env bash
# Second command of the README: set everything up, then run every test layer:
#   1. formatting and lints (cargo fmt, cargo clippy)
#   2. native tests: data validation, filtering and URL state (unit and
#      property tests), SSR renders of the components
#   3. browser tests: wasm-bindgen-test in headless Chromium, and the
#      element's JavaScript on its own with a stand-in engine
#   4. the release build and its size report
#   5. end to end: Playwright + axe-core against the release build
#   6. the user journeys in Firefox ESR, WebKitGTK and Chromium, against the
#      release build (tests/engines)
#   7. the npm package: the packed tarball installed into fresh host
#      projects (plain HTML, Vite + React 19, tsc), and its manifest checked
#      against the running element (tests/package)
#   8. the install guide (docs/install.md) followed word for word: the release zip
#      unzipped as written on a static server, WordPress (Custom HTML block,
#      the plugin's shortcode, a hostile theme), Hugo and Eleventy (two lines
#      and the pre-rendered include, CLS 0), Vue 3 + Vite (tests/install)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
. scripts/setup.sh

LOG="$(mktemp -d)"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --check
cargo fmt --check --manifest-path tools/wasm-profile/Cargo.toml
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --quiet --manifest-path tools/wasm-profile/Cargo.toml -- -D warnings
cargo clippy --all-targets --quiet --target wasm32-unknown-unknown --features csr,reader -- -D warnings
cargo clippy --lib --bin hsw-reader --quiet --target wasm32-unknown-unknown --features reader -- -D warnings

step "native tests"
cargo test 2>&1 | tee "$LOG/native.txt"
# The sheet as LibreOffice and Excel export it (needs LibreOffice, so plain
# `cargo test` leaves it out).
cargo test --test sheet_exports -- --ignored 2>&1 | tee -a "$LOG/native.txt"

step "browser tests (wasm-bindgen-test, headless Chromium)"
cargo test --target wasm32-unknown-unknown --features csr,reader 2>&1 | tee "$LOG/wasm.txt"

step "the element on its own (its JavaScript with a stand-in engine, headless Chromium)"
cargo run --quiet --bin hsw-build -- element target/element-test
(cd tests/e2e && CI="${CI:-}" npx playwright test -c element.config.mjs) 2>&1 | tee "$LOG/element.txt"

step "release build"
# The shipped build (scripts/build.sh), with a ratchet: the first load may
# not grow past .ci/size-budget-kb (see docs/performance.md).
scripts/build.sh --budget "$(cat .ci/size-budget-kb)"

step "end to end (Playwright, axe-core)"
(cd tests/e2e && CI="${CI:-}" npx playwright test) 2>&1 | tee "$LOG/e2e.txt"

step "end to end in Firefox ESR, WebKitGTK and Chromium (the user journeys, tests/engines/)"
# Its failures are counted in the total below (and fail the run there).
(cd tests/engines && node run.mjs) 2>&1 | tee "$LOG/engines.txt" || true
grep -q '^engines: [0-9]' "$LOG/engines.txt" || echo "engines: 0 passed, 1 failed" >> "$LOG/engines.txt"

step "npm package (the packed tarball in fresh host projects: plain HTML, Vite + React 19, tsc; manifest against the element)"
# Its failures are counted in the total below (and fail the run there); a run
# that printed no counts (it crashed) counts as one failure.
(cd tests/package && HSW_REUSE_DIST=1 node --test --test-reporter=spec package.test.mjs) 2>&1 | tee "$LOG/package.txt" || true
grep -q '^ℹ pass [0-9]' "$LOG/package.txt" || echo "ℹ fail 1" >> "$LOG/package.txt"

step "the install guide, docs/install.md (zip, WordPress, Hugo, Eleventy, Vue 3; tests/install)"
# Counted like the package step: failures in the total, a crash as one.
(cd tests/install && HSW_REUSE_DIST=1 node --test --test-reporter=spec install.test.mjs) 2>&1 | tee "$LOG/install.txt" || true
grep -q '^ℹ pass [0-9]' "$LOG/install.txt" || echo "ℹ fail 1" >> "$LOG/install.txt"

# Adds up the counts a runner printed (no match counts as 0).
sum() { { grep -Eo "$1" "$2" || true; } | { grep -Eo '[0-9]+' || true; } | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(( $(sum '[0-9]+ passed;' "$LOG/native.txt") + $(sum '[0-9]+ passed;' "$LOG/wasm.txt") + $(sum '^ +[0-9]+ passed' "$LOG/element.txt") + $(sum '^ +[0-9]+ passed' "$LOG/e2e.txt") + $(sum '^ℹ pass [0-9]+' "$LOG/package.txt") + $(sum '^ℹ pass [0-9]+' "$LOG/install.txt") + $(sum '^engines: [0-9]+ passed' "$LOG/engines.txt") ))
failed=$(( $(sum '[0-9]+ failed;' "$LOG/native.txt") + $(sum '[0-9]+ failed;' "$LOG/wasm.txt") + $(sum '^ +[0-9]+ failed' "$LOG/element.txt") + $(sum '^ +[0-9]+ failed' "$LOG/e2e.txt") + $(sum '^ℹ (fail|cancelled) [0-9]+' "$LOG/package.txt") + $(sum '^ℹ (fail|cancelled) [0-9]+' "$LOG/install.txt") + $(sum 'passed, [0-9]+ failed$' "$LOG/engines.txt") ))
echo
echo "total: $passed passed, $failed failed"
[ "$failed" = 0 ]
