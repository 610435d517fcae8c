#!/usr/bin/env bash
# Prints the size of every file in dist/ (raw, gzip -9, brotli -q 11) and the
# total of the first load of the standalone page (HTML, CSS, its spoiler
# guard, the element's script, the JS glue and the wasm with its embedded
# data).
# Run after `trunk build --release --offline=true`.
#   --budget KB   fail when the first load is over KB kilobytes gzip
#   --profile     also build both wasm modules with their function names
#                 kept and print what each is made of, per crate and section
#                 (tools/wasm-profile)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${DIST:-$ROOT/dist}"
FIRST_LOAD=(index.html widget.css spoiler-guard.js favicon.svg heartstopper-widget.js hsw.js hsw_bg.wasm)
budget="" profile=""
while [ $# -gt 0 ]; do
  case "$1" in
    --budget) budget="$2"; shift 2 ;;
    --profile) profile=1; shift ;;
    *) echo "size-report: unknown option $1" >&2; exit 2 ;;
  esac
done

[ -f "$DIST/index.html" ] || { echo "no build in $DIST: run trunk build --release --offline=true" >&2; exit 1; }
sizes() { printf '%d %d %d\n' "$(wc -c <"$1")" "$(gzip -9c "$1" | wc -c)" "$(brotli -q 11 -c "$1" | wc -c)"; }
row() { printf '| %-28s | %9s | %9s | %9s |\n' "$@"; }

row file raw "gzip -9" "brotli"
printf '|%s|%s|%s|%s|\n' "------------------------------" "-----------" "-----------" "-----------"
total_raw=0 total_gz=0 total_br=0
for name in "${FIRST_LOAD[@]}"; do
  read -r raw gz br < <(sizes "$DIST/$name")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  row "$name" "$raw" "$gz" "$br"
done
row "**first load**" "$total_raw" "$total_gz" "$total_br"
echo
row "other files in dist/" raw "gzip -9" "brotli"
printf '|%s|%s|%s|%s|\n' "------------------------------" "-----------" "-----------" "-----------"
fp_n=0 fp_raw=0 fp_gz=0 fp_br=0 fp_max=0
while IFS= read -r f; do
  name="${f#"$DIST"/}"
  case " ${FIRST_LOAD[*]} " in *" $name "*) continue ;; esac
  read -r raw gz br < <(sizes "$f")
  case "$name" in
    first-paint/*)
      # One row for the pre-rendered first paints: an embedded widget
      # fetches one of them.
      fp_n=$((fp_n + 1)); fp_raw=$((fp_raw + raw)); fp_gz=$((fp_gz + gz)); fp_br=$((fp_br + br))
      [ "$gz" -gt "$fp_max" ] && fp_max=$gz
      continue ;;
  esac
  row "$name" "$raw" "$gz" "$br"
done < <(find "$DIST" -type f ! -path '*/.stage/*' | sort)
if [ "$fp_n" -gt 0 ]; then
  row "first-paint/ ($fp_n files)" "$fp_raw" "$fp_gz" "$fp_br"
  row "  largest, gzip -9" "" "$fp_max" ""
fi

if [ -n "$budget" ]; then
  limit=$((budget * 1024))
  if [ "$total_gz" -gt "$limit" ]; then
    echo "size budget exceeded: first load is $total_gz bytes gzip, over $budget KB" >&2
    exit 1
  fi
  echo "first load $total_gz bytes gzip: within the $budget KB budget"
fi

if [ -n "$profile" ]; then
  # The same build as Trunk's (release profile, wasm-bindgen, wasm-opt),
  # with the name section kept (--keep-debug, -g) so code can be told apart.
  # The first module on the release toolchain, as hsw_trunk builds it.
  . "$ROOT/scripts/setup.sh" >/dev/null
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  for pair in hsw:csr hsw-reader:reader; do
    bin="${pair%%:*}" features="${pair#*:}" name="${bin//-/_}"
    release_env=()
    [ "$bin" = hsw ] && release_env=("${HSW_RELEASE_ENV[@]}")
    (cd "$ROOT" && env "${release_env[@]}" cargo build --quiet --release --target wasm32-unknown-unknown --bin "$bin" --features "$features")
    wasm-bindgen --keep-debug --no-demangle --target web --no-typescript --out-dir "$work" --out-name "$name" \
      "${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/release/$bin.wasm"
    mapfile -t passes < <(cd "$ROOT" && cargo run --quiet --bin hsw-build -- wasm-opt-passes)
    wasm-opt "${passes[@]}" -g --output "$work/${name}_bg.wasm" "$work/${name}_bg.wasm"
    echo
    cargo run --quiet --manifest-path "$ROOT/tools/wasm-profile/Cargo.toml" -- "$work/${name}_bg.wasm" | sed "s|$work/||"
  done
fi
