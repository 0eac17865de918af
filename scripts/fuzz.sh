#!/usr/bin/env bash
# Mutates copies of the seed and corpus pages and runs `newsgraph ingest` and `newsgraph tag` on
# each with a time limit, recording crashes (an exit by a signal) and hangs (past the limit).
#
#   bash scripts/fuzz.sh                         # 10 minutes with .build/release/newsgraph
#   bash scripts/fuzz.sh --seconds 120 --binary .build/debug/newsgraph --seed 7
#
# Mutations: byte flips, truncation, insertion of NUL bytes, of invalid UTF-8, of a huge line
# (up to 1 MB without a line break), and splices of two pages. Each crash or hang is kept in
# OUT/findings/ with the input, the command and its standard error; the last line is the summary.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=600 limit=60 seed=$$ out= binary=
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --timeout) limit="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --binary) binary="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "fuzz: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$binary" ]; then
  for b in .build/release/newsgraph .build/debug/newsgraph; do [ -x "$b" ] && { binary="$b"; break; }; done
fi
[ -x "${binary:-}" ] || { echo "fuzz: no newsgraph binary; run swift build -c release (or pass --binary)" >&2; exit 1; }
out="${out:-${TMPDIR:-/tmp}/newsgraph-fuzz-$seed}"
mkdir -p "$out/findings" "$out/case"
RANDOM=$seed

inputs=()
while IFS= read -r -d '' f; do inputs+=("$f"); done < <(find seeds ../shared/corpus -maxdepth 4 -type f \
  \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) ! -path '*/lexicons/*' ! -iname 'readme*' -print0 2>/dev/null)
[ ${#inputs[@]} -gt 0 ] || { echo "fuzz: no pages under seeds/ or ../shared/corpus" >&2; exit 1; }

big() { echo $(( (RANDOM << 15 | RANDOM) )); }          # a random number up to 2^30
offset() { local size=$1; [ "$size" -gt 0 ] && echo $(( $(big) % size )) || echo 0; }
insert() { # insert FILE OFFSET: standard input goes into FILE at OFFSET
  local file=$1 at=$2 tmp="$out/case/insert.tmp"
  { head -c "$at" "$file"; cat; tail -c +"$((at + 1))" "$file"; } > "$tmp" && mv "$tmp" "$file"
}

mutate() { # mutate SOURCE TARGET: writes a mutant of SOURCE to TARGET and prints what was done
  local source=$1 target=$2 size kind
  cp "$source" "$target"
  size=$(stat -c %s "$target")
  kind=$(( RANDOM % 6 ))
  case $kind in
    0) local n=$(( 1 + RANDOM % 16 )) i
       for (( i = 0; i < n; i++ )); do
         printf "\\x$(printf %02x $(( RANDOM % 256 )))" | dd of="$target" bs=1 seek="$(offset "$size")" count=1 conv=notrunc status=none
       done
       echo "flip $n bytes" ;;
    1) local keep; keep=$(offset "$size"); head -c "$keep" "$source" > "$target"; echo "truncate to $keep bytes" ;;
    2) local at; at=$(offset "$size"); printf '\0' | insert "$target" "$at"; echo "NUL at $at" ;;
    3) local at; at=$(offset "$size")
       printf '\xff\xfe\xc3\x28\xe4\xb8\xed\xa0\x80\xf8\x88\x80\x80\x80' | insert "$target" "$at"; echo "invalid UTF-8 at $at" ;;
    4) local at lines; at=$(offset "$size"); lines=$(( 1000 + $(big) % 30000 ))
       yes '今天，省委副书记、省长韩俊主持召开省政府常务会议，吴靖平、安立佳参加会议。' | head -n "$lines" | tr -d '\n' \
         | insert "$target" "$at"
       echo "a line of $lines sentences at $at" ;;
    5) local other="${inputs[$(( RANDOM % ${#inputs[@]} ))]}" cut; cut=$(offset "$size")
       { head -c "$cut" "$source"; tail -c +"$(( $(offset "$(stat -c %s "$other")") + 1 ))" "$other"; } > "$target"
       echo "splice with $other at $cut" ;;
  esac
}

record() { # record RUN STATUS WHAT COMMAND...
  local run=$1 status=$2 what=$3; shift 3
  local dir="$out/findings/$run-$what"
  mkdir -p "$dir" && cp "$out/case/"mutant.* "$dir/" && cp "$out/case/stderr" "$dir/stderr"
  printf '%q ' "$@" > "$dir/command"; echo "(exit $status)" >> "$dir/command"
}

runs=0 crashes=0 hangs=0 refused_ingest=0 refused_tag=0
start=$(date +%s)
db="$out/case/graph.sqlite"
while [ $(( $(date +%s) - start )) -lt "$seconds" ]; do
  source="${inputs[$(( RANDOM % ${#inputs[@]} ))]}"
  rm -f "$out/case/"mutant.*
  mutant="$out/case/mutant.${source##*.}"
  what=$(mutate "$source" "$mutant")
  runs=$(( runs + 1 ))
  for command in ingest tag; do
    if [ "$command" = ingest ]; then args=(ingest "$mutant" --quiet --db "$db"); else args=(tag "$mutant"); fi
    timeout -k 5 "$limit" "$binary" "${args[@]}" > /dev/null 2> "$out/case/stderr"
    status=$?
    if [ $status -eq 124 ] || [ $status -eq 137 ]; then
      hangs=$(( hangs + 1 )); record "$runs" $status "hang-$command" "$binary" "${args[@]}"
      echo "fuzz: run $runs: $command hangs on $source ($what)" >&2
    elif [ $status -gt 128 ]; then
      crashes=$(( crashes + 1 )); record "$runs" $status "crash-$command" "$binary" "${args[@]}"
      echo "fuzz: run $runs: $command crashed (signal $(( status - 128 ))) on $source ($what)" >&2
    elif [ $status -ne 0 ] && [ "$command" = ingest ]; then
      refused_ingest=$(( refused_ingest + 1 ))
    elif [ $status -ne 0 ]; then
      refused_tag=$(( refused_tag + 1 ))
    fi
  done
done
echo "fuzz: $runs inputs, $(( runs * 2 )) runs in $(( $(date +%s) - start )) s: $crashes crashes, $hangs hangs; clean refusals (exit 1): ingest $refused_ingest, tag $refused_tag; findings in $out/findings"
[ $crashes -eq 0 ] && [ $hangs -eq 0 ]
