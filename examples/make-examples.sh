#!/usr/bin/env bash
# Regenerates everything in examples/ from the seed page in seeds/.
#
# Run from the repository root:  bash examples/make-examples.sh
# It builds newsgraph (swift build), reads seeds/ into examples/seed.sqlite (not committed),
# runs the query commands with their output saved as examples/NAME.txt / .json, each file
# starting with the command as a `$ newsgraph …` line, and draws six diagrams as .dot, .svg
# and .png (the .dot starts with the command as a `//` comment), and, when ../shared/corpus is
# there, four views of the corpus as corpus-*.dot and .png. The commands read the graph
# from $NEWSGRAPH_DB, so each `$ newsgraph …` line can be pasted as it is after
# `export NEWSGRAPH_DB=examples/seed.sqlite`. Running it twice gives the same files.
set -euo pipefail

if [[ ! -f Package.swift || ! -d seeds ]]; then
    echo "run this from the repository root: bash examples/make-examples.sh" >&2
    exit 2
fi

swift build --product newsgraph >&2
newsgraph=.build/debug/newsgraph
export NEWSGRAPH_DB=examples/seed.sqlite
rm -f "$NEWSGRAPH_DB"
"$newsgraph" ingest seeds/ >&2

# save FILE ARGS...: runs `newsgraph ARGS...` and saves the command line and its output in examples/FILE.
save() {
    local file=$1
    shift
    { echo "\$ newsgraph $*"; "$newsgraph" "$@"; } > "examples/$file"
    echo "examples/$file" >&2
}

# draw NAME ARGS...: draws `newsgraph export dot ARGS...` as examples/NAME.svg and .png, with the DOT as NAME.dot.
draw() {
    local name=$1
    shift
    "$newsgraph" export dot "$@" --render svg -o "examples/$name.svg"
    "$newsgraph" export dot "$@" --render png -o "examples/$name.png"
    local dot
    dot=$(cat "examples/$name.dot")
    { echo "// \$ newsgraph export dot $* --render svg -o examples/$name.svg"; echo "$dot"; } > "examples/$name.dot"
    echo "examples/$name.{dot,svg,png}" >&2
}

save attendees-executive-meeting.txt attendees 常务会议
save attendees-executive-meeting.json attendees 常务会议 --format json
save attendees-dispatch.txt attendees 畜禽粪污
save attendees-dispatch.json attendees 畜禽粪污 --format json
save meetings-han-jun.txt meetings --person 韩俊
save person-han-jun.txt person 韩俊
save trace-relief-policy.txt trace 助企纾困
save trace-relief-policy.json trace 助企纾困 --format json
save search-wengang.txt search 稳岗

draw meeting-executive --meeting 常务会议
draw meeting-dispatch --meeting 畜禽粪污
draw person-han-jun --person 韩俊 --depth 2
draw policy-relief --policy 社会保险助企纾困政策
draw timeline-han-jun --person 韩俊 --timeline
draw whole-max-nodes --max-nodes 30

# The corpus views (../shared/corpus, or $NEWSGRAPH_CORPUS, read with seeds/): DOT and PNG only,
# drawn when the corpus is there; ExamplesTests checks them against it when it is there too.
corpus=${NEWSGRAPH_CORPUS:-../shared/corpus}
if [[ -d "$corpus" ]]; then
    rm -f examples/corpus.sqlite
    "$newsgraph" ingest "$corpus" seeds/ --db examples/corpus.sqlite >&2
    # draw_corpus NAME ARGS...: draws `newsgraph export dot ARGS...` of the corpus as examples/NAME.png and .dot.
    draw_corpus() {
        local name=$1
        shift
        NEWSGRAPH_DB=examples/corpus.sqlite "$newsgraph" export dot "$@" --render png -o "examples/$name.png"
        local dot
        dot=$(cat "examples/$name.dot")
        { echo "// \$ newsgraph export dot $* --render png -o examples/$name.png"; echo "$dot"; } > "examples/$name.dot"
        echo "examples/$name.{dot,png}" >&2
    }
    draw_corpus corpus-person-jing-junhai --person 景俊海 --depth 2
    draw_corpus corpus-timeline-jing-junhai --person 景俊海 --timeline
    draw_corpus corpus-whole-150 --max-nodes 150
    draw_corpus corpus-whole-150-province --max-nodes 150 --cluster province
else
    echo "no corpus at $corpus: the corpus-* examples are left as they are" >&2
fi

# The dispatch meeting's view in each data export format (golden files too).
"$newsgraph" export graphml --meeting 畜禽粪污 -o examples/meeting-dispatch.graphml
"$newsgraph" export gexf --meeting 畜禽粪污 -o examples/meeting-dispatch.gexf
rm -rf examples/meeting-dispatch-csv examples/meeting-dispatch-neo4j
"$newsgraph" export csv --meeting 畜禽粪污 -o examples/meeting-dispatch-csv
"$newsgraph" export neo4j --meeting 畜禽粪污 -o examples/meeting-dispatch-neo4j
echo "examples/meeting-dispatch.{graphml,gexf} examples/meeting-dispatch-{csv,neo4j}/" >&2
