#!/usr/bin/env bash
# Prints the size of every file in dist/ (raw, gzip -9, brotli -q 11) and the
# total of the first load. Run after `trunk build --release --offline=true`.
# With --budget KB it fails when the gzip total is over that many kilobytes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIST="${DIST:-$ROOT/dist}"
budget=""
if [ "${1:-}" = "--budget" ]; then budget="$2"; fi

[ -f "$DIST/index.html" ] || { echo "no build in $DIST: run trunk build --release --offline=true" >&2; exit 1; }
printf '| %-44s | %9s | %9s | %9s |\n' file raw "gzip -9" "brotli"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" "-----------" "-----------" "-----------"
total_raw=0 total_gz=0 total_br=0
while IFS= read -r f; do
  raw=$(wc -c <"$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '| %-44s | %9d | %9d | %9d |\n' "${f#"$DIST"/}" "$raw" "$gz" "$br"
done < <(find "$DIST" -type f ! -path '*/.stage/*' | sort)
printf '| %-44s | %9d | %9d | %9d |\n' "total" "$total_raw" "$total_gz" "$total_br"
if [ -n "$budget" ]; then
  limit=$((budget * 1024))
  if [ "$total_gz" -gt "$limit" ]; then
    echo "size budget exceeded: $total_gz bytes gzip > $budget KB" >&2
    exit 1
  fi
  echo "within the size budget: $total_gz bytes gzip <= $budget KB"
fi
