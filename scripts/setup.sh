#!/usr/bin/env bash
# Installs everything the project needs, skipping what is already there:
# the wasm32 target, trunk, the wasm-bindgen CLI matching Cargo.lock,
# wasm-opt (npm binaryen), esbuild, Chromium and ChromeDriver, brotli, Firefox ESR,
# WebKitGTK's WebDriver and Xvfb, Hugo, WordPress, MariaDB and PHP (for the
# install tests), and the Node test packages. Safe to
# run again: a second run is quick.
#
# Source it (`. scripts/setup.sh`) to get the tools on PATH, or run it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
TOOLS="$ROOT/.tools"
export PATH="$HOME/.cargo/bin:$TOOLS/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# --- Debian packages: Chromium + driver for browser tests, brotli for sizes;
# Firefox ESR, and WebKitGTK's WebDriver (with MiniBrowser) under Xvfb, for
# the engine journeys (tests/engines), those two without recommends.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
lean=()
command -v WebKitWebDriver >/dev/null || lean+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || lean+=(xvfb)
# Java, for the W3C Nu Html Checker (vnu.jar, tests/e2e/html.spec.mjs).
command -v java >/dev/null || lean+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ] || [ ${#lean[@]} -gt 0 ]; then
  say "installing ${missing[*]} ${lean[*]} (apt)"
  as_root apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [ ${#lean[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
  fi
fi

# --- The install tests (tests/install) follow the install guide (docs/install.md)
# on real hosts: Hugo, and WordPress on MariaDB and PHP, all Debian's (the
# tests start their own database and PHP server, never a system service);
# unzip for the release zip. LibreOffice Calc (no GUI) for the sheet tests
# (tests/sheet_exports.rs: a sheet exported as LibreOffice writes it). One
# dpkg-query for all of them when present.
INSTALL_DEBS=(hugo wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql unzip zip libreoffice-calc-nogui)
installed="$(dpkg-query -W -f='${Package} ${Status}\n' "${INSTALL_DEBS[@]}" 2>/dev/null | awk '/ ok installed$/ { print $1 }' || true)"
wanted=()
for deb in "${INSTALL_DEBS[@]}"; do
  grep -qx "$deb" <<<"$installed" || wanted+=("$deb")
done
if [ ${#wanted[@]} -gt 0 ]; then
  say "installing ${wanted[*]} (apt, for tests/install)"
  [ ${#missing[@]} -gt 0 ] || [ ${#lean[@]} -gt 0 ] || as_root apt-get update -qq
  # No recommends; and no service started by the packages' scripts (the
  # tests start their own), where the machine has no init to ask.
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
fi

# --- Rust: the wasm32 target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# --- The release build's toolchain: a pinned nightly, whose `-Z build-std`
# rebuilds the standard library with `optimize_for_size` (about 16 KB gzip
# less wasm than stable; see docs/performance.md). Only
# `hsw_trunk build --release` uses it; everything else (tests, lints, the
# build step, `trunk serve`) stays on stable. The machine's `nightly` is used
# when it is that very one; else the dated toolchain is installed (minimal,
# with rust-src). HSW_TOOLCHAIN=stable builds the release on stable instead.
NIGHTLY="nightly-2026-05-20"
NIGHTLY_RUSTC="e50aa6fba 2026-05-19"
HSW_RELEASE_ENV=()
if [ "${HSW_TOOLCHAIN:-}" != "stable" ]; then
  toolchain=""
  if rustc "+$NIGHTLY" --version >/dev/null 2>&1; then
    toolchain="$NIGHTLY"
  elif rustc +nightly --version 2>/dev/null | grep -q "$NIGHTLY_RUSTC"; then
    toolchain="nightly"
  else
    say "installing the release toolchain $NIGHTLY (minimal, with rust-src)"
    if rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --no-self-update >/dev/null; then
      toolchain="$NIGHTLY"
    fi
  fi
  if [ -n "$toolchain" ] && ! rustup component list --toolchain "$toolchain" --installed 2>/dev/null | grep -q '^rust-src'; then
    say "adding rust-src to $toolchain"
    rustup component add rust-src --toolchain "$toolchain" >/dev/null || toolchain=""
  fi
  if [ -n "$toolchain" ]; then
    # The standard library's own crates, so that the offline build finds them.
    cargo "+$toolchain" fetch --quiet --manifest-path "$(rustc "+$toolchain" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
    # Panics keep their message but not their file:line, and `{:?}` prints
    # nothing (src/ formats no Debug at run time): 7.5 KB gzip less wasm.
    HSW_RELEASE_ENV=(RUSTUP_TOOLCHAIN="$toolchain" CARGO_UNSTABLE_BUILD_STD="std,panic_abort" CARGO_UNSTABLE_BUILD_STD_FEATURES="optimize_for_size" RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none")
  else
    say "WARNING: no $NIGHTLY: the release build uses stable (a larger wasm; the size budget will say so)"
  fi
fi
# Trunk with the release toolchain (Trunk.toml's hook drops it again for the
# native build step).
# HSW_SHIPPED_BUILD tells the post-build step that this is the shipped build
# (it notes when a release build is not).
hsw_trunk() {
  if [ ${#HSW_RELEASE_ENV[@]} -gt 0 ]; then
    env "${HSW_RELEASE_ENV[@]}" HSW_SHIPPED_BUILD=1 trunk "$@"
  else
    trunk "$@"
  fi
}

# --- trunk (0.22 needs a newer rustc than this machine has).
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (takes a few minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# --- wasm-bindgen CLI: Trunk uses it from PATH only on an exact version match.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$ROOT/Cargo.lock")"
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # No --locked: its lockfile pins a crate the registry no longer serves.
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# --- Node packages: wasm-opt (binaryen) and the end-to-end test tools.
if ! "$TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION" >/dev/null
fi
# esbuild bundles the element's scripts (static/element/) in the build step.
ESBUILD_VERSION="0.28.2"
if ! "$TOOLS/node_modules/.bin/esbuild" --version 2>/dev/null | grep -qx "$ESBUILD_VERSION"; then
  say "installing esbuild $ESBUILD_VERSION (npm)"
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --loglevel=error "esbuild@$ESBUILD_VERSION" >/dev/null
fi
# The end-to-end test packages, again whenever the lockfile changes.
E2E="$ROOT/tests/e2e"
if ! cmp -s "$E2E/package-lock.json" "$E2E/node_modules/.installed-lock.json" 2>/dev/null; then
  say "installing the end-to-end test packages"
  (cd "$E2E" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$E2E/package-lock.json" "$E2E/node_modules/.installed-lock.json"
fi
# The engine journeys' drivers (puppeteer-core, selenium-webdriver), likewise;
# they drive Debian's browsers and never download one.
ENGINES="$ROOT/tests/engines"
if ! cmp -s "$ENGINES/package-lock.json" "$ENGINES/node_modules/.installed-lock.json" 2>/dev/null; then
  say "installing the engine journey packages"
  (cd "$ENGINES" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$ENGINES/package-lock.json" "$ENGINES/node_modules/.installed-lock.json"
fi
# The npm package's test tools (vite, react, typescript), likewise.
PKG_TESTS="$ROOT/tests/package"
if ! cmp -s "$PKG_TESTS/package-lock.json" "$PKG_TESTS/node_modules/.installed-lock.json" 2>/dev/null; then
  say "installing the package test tools"
  (cd "$PKG_TESTS" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$PKG_TESTS/package-lock.json" "$PKG_TESTS/node_modules/.installed-lock.json"
fi

# The install tests' tools (Eleventy, Vue + Vite, Playwright), likewise.
INSTALL_TESTS="$ROOT/tests/install"
if ! cmp -s "$INSTALL_TESTS/package-lock.json" "$INSTALL_TESTS/node_modules/.installed-lock.json" 2>/dev/null; then
  say "installing the install test tools"
  (cd "$INSTALL_TESTS" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  cp "$INSTALL_TESTS/package-lock.json" "$INSTALL_TESTS/node_modules/.installed-lock.json"
fi

# --- Crates, so that builds can run offline.
cargo fetch --quiet

say "ready: trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $WASM_BINDGEN_VERSION, $(wasm-opt --version | head -c 40), release toolchain ${HSW_RELEASE_ENV[0]:-stable}"
