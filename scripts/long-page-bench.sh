#!/usr/bin/env bash
# Measures ingest time per character of single-line pages (the corpus run together, no line breaks)
# of growing size, to show that the cost stays linear in the length of a page.
#   bash scripts/long-page-bench.sh [SIZES_KB...]     (default: 50 100 400 1600 10000)
# Needs a release build (swift build -c release) and ../shared/corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/newsgraph
[ -x "$bin" ] || { echo "long-page-bench: build first: swift build -c release" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat ../shared/corpus/*/*/*.txt | tr -d '\r\n' > "$work/all.txt"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(50 100 400 1600 10000)
printf '%8s  %10s  %8s  %12s  %9s\n' "KB" "characters" "seconds" "µs/character" "peak MiB"
for kb in "${sizes[@]}"; do
  page="$work/page-$kb.txt"
  : > "$page"
  while [ "$(stat -c %s "$page")" -lt $((kb * 1000)) ]; do cat "$work/all.txt" >> "$page"; done
  # Cut at the size, then drop a partial UTF-8 character at the end.
  head -c $((kb * 1000)) "$page" | iconv -f UTF-8 -t UTF-8 -c > "$page.cut" 2>/dev/null || true
  chars=$(wc -m < "$page.cut")
  rm -f "$work/db.sqlite"
  /usr/bin/time -f '%e %M' -o "$work/time" "$bin" ingest "$page.cut" --db "$work/db.sqlite" > /dev/null
  read -r secs kbmem < "$work/time"
  awk -v kb="$kb" -v c="$chars" -v s="$secs" -v m="$kbmem" 'BEGIN { printf "%8d  %10d  %8.2f  %12.1f  %9.0f\n", kb, c, s, s * 1e6 / c, m / 1024 }'
done
