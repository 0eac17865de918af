#!/bin/sh
# Query times on a large graph (issue 13, item 4): builds the bench database once, then times each
# query command with hyperfine (median of runs, process start included).
#
#   sh scripts/query-bench.sh [DB] [BINARY]
#
# DB defaults to /tmp/newsgraph-big.sqlite (made by `bench --characters 10000000 --db DB` when
# missing, a few minutes); BINARY to .build/release/newsgraph.
set -eu
db=${1:-/tmp/newsgraph-big.sqlite}
bin=${2:-.build/release/newsgraph}
if [ ! -f "$db" ]; then
    "$bin" bench seeds ../shared/corpus --characters 10000000 --no-floor --db "$db"
fi
table=$(mktemp)
hyperfine -N --warmup 1 --runs "${RUNS:-7}" --style basic --export-markdown "$table" \
    -n "person 韩俊" "$bin person person:韩俊@吉林 --db $db" \
    -n "meetings --person 韩俊" "$bin meetings --person person:韩俊@吉林 --db $db" \
    -n "attendees 常务会议" "$bin attendees 常务会议 --db $db" \
    -n "trace 千亿斤粮食" "$bin trace 千亿斤粮食 --db $db" \
    -n "stats" "$bin stats --db $db" \
    -n "search 稳" "$bin search 稳 --db $db" \
    -n "search 稳岗" "$bin search 稳岗 --db $db" \
    -n "export dot" "$bin export dot --db $db"
cat "$table"
rm -f "$table"
