#!/usr/bin/env bash
# Builds the release bundle and writes the two release artifacts, printing
# their paths:
#   zip: target/release-artifacts/heartstopper-widget-<version>.zip
#        the whole deployable dist/ (standalone page, demo, iframe page and
#        the element) with LICENSE, CHANGELOG.md, a README and the WordPress
#        plugin file (packaging/wordpress/), for drop-in hosting. It has NO
#        top folder: `unzip <zip> -d heartstopper` gives
#        heartstopper/heartstopper-widget.js, as docs/install.md says
#        (tests/install checks both);
#   npm: target/release-artifacts/heartstopper-widget-<version>.tgz
#        the npm package of the element (`npm pack`), from packaging/.
#
# The version is Cargo.toml's. The files in the npm package are listed in ONE
# place: the "files" array of packaging/package.json. Everything in dist/ and
# packaging/ is staged, and npm packs only what "files" names; an entry that
# ends in "/" is a folder that may be absent (e.g. first-paint/), any other
# entry must end up in the tarball or the release fails.
#
#   scripts/release.sh             set up, build (trunk --release), package
#   scripts/release.sh --no-build  package the dist/ that is already there
#
# HSW_RELEASE_DIR overrides the output folder.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    *) echo "usage: scripts/release.sh [--no-build]" >&2; exit 2 ;;
  esac
done

note() { printf '\033[1m[release]\033[0m %s\n' "$*" >&2; }

if [ "$build" = 1 ]; then
  scripts/build.sh >&2
fi
[ -f dist/heartstopper-widget.js ] || { echo "release: no dist/ (run without --no-build)" >&2; exit 1; }

VERSION="$(awk -F'"' '/^\[package\]/ { p = 1 } p && /^version *=/ { print $2; exit }' Cargo.toml)"
[ -n "$VERSION" ] || { echo "release: no version in Cargo.toml" >&2; exit 1; }
OUT="${HSW_RELEASE_DIR:-$ROOT/target/release-artifacts}"
NAME="heartstopper-widget-$VERSION"
STAGE="$OUT/stage"
rm -rf "$STAGE" "$OUT/$NAME.zip" "$OUT/$NAME.tgz"
mkdir -p "$STAGE/npm" "$STAGE/zip"

# Fixed timestamps, so that the same sources give the same zip.
stamp() { find "$1" -exec touch -h -d '2000-01-01 00:00:00 UTC' {} +; }

# --- The npm package.
note "packing the npm package $VERSION"
cp -R dist/. "$STAGE/npm/"
cp -R packaging/. "$STAGE/npm/"
cp LICENSE CHANGELOG.md "$STAGE/npm/"
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  pkg.version = process.argv[2];
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
' "$STAGE/npm/package.json" "$VERSION"
(cd "$STAGE/npm" && npm pack --json --pack-destination "$OUT" --loglevel=error) > "$STAGE/pack.json"
node -e '
  const fs = require("fs");
  const [packJson, pkgJson, out] = process.argv.slice(1);
  const [pack] = JSON.parse(fs.readFileSync(packJson, "utf8"));
  const { files } = JSON.parse(fs.readFileSync(pkgJson, "utf8"));
  const packed = new Set(pack.files.map((f) => f.path));
  const missing = files.filter((entry) => !entry.endsWith("/") && !entry.includes("*") && !packed.has(entry));
  if (missing.length) {
    console.error(`release: missing from the package: ${missing.join(", ")}`);
    process.exit(1);
  }
  fs.renameSync(`${out}/${pack.filename}`, `${out}/heartstopper-widget-${pack.version}.tgz`);
  console.error(`[release] ${pack.entryCount} files, ${pack.size} bytes packed, ${pack.unpackedSize} unpacked`);
' "$STAGE/pack.json" "$STAGE/npm/package.json" "$OUT"

# --- The zip: all of dist/, with no top folder (the files go straight into
# the folder it is unzipped into), for drop-in hosting; and the WordPress
# plugin file, which loads heartstopper-widget.js from its own folder.
note "zipping dist/"
cp -R dist/. "$STAGE/zip/"
cp LICENSE CHANGELOG.md "$STAGE/zip/"
cp packaging/README.md "$STAGE/zip/README.md"
# The plugin as the build wrote it (its attribute list from src/params.rs).
sed "s/^\( \* Version: *\).*/\1$VERSION/" dist/heartstopper-wordpress.php > "$STAGE/zip/heartstopper-wordpress.php"
grep -q "^ \* Version: *$VERSION\$" "$STAGE/zip/heartstopper-wordpress.php" || { echo "release: no version in the plugin header" >&2; exit 1; }
stamp "$STAGE/zip"
(cd "$STAGE/zip" && find . -mindepth 1 | sed 's|^\./||' | LC_ALL=C sort | zip -q -X -D -@ "$OUT/$NAME.zip")
rm -rf "$STAGE"

echo "zip: $OUT/$NAME.zip"
echo "npm: $OUT/$NAME.tgz"
