#!/usr/bin/env bash
# Builds newsgraph (release) and installs it with its resources:
#   PREFIX/bin/newsgraph
#   PREFIX/share/newsgraph/Lexicons/   the lexicons and the tagger's weights
#   PREFIX/share/newsgraph/Schema/     the SQL migrations
#   PREFIX/share/newsgraph/Templates/  the web pages' Mustache templates (serve, report)
#   PREFIX/share/man/man1/newsgraph.1  the man page (docs/newsgraph.1, scripts/make-manual.sh)
# The binary finds them there (BIN/../share/newsgraph) wherever PREFIX is.
#
#   bash scripts/install.sh                      # build, install to /usr/local
#   bash scripts/install.sh --prefix ~/.local    # elsewhere
#   bash scripts/install.sh --build-dir .build/debug --prefix /tmp/ng   # install a build already made
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=/usr/local
build_dir=
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --build-dir) build_dir="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$build_dir" ]; then
  swift build -c release --product newsgraph
  build_dir=.build/release
fi
for item in newsgraph NewsGraph_NewsGraphPipeline.resources/Lexicons NewsGraph_NewsGraphStore.resources/Schema \
            NewsGraph_NewsGraphWeb.resources/Templates; do
  [ -e "$build_dir/$item" ] || { echo "install: $build_dir/$item is missing; build first" >&2; exit 1; }
done
share="$prefix/share/newsgraph"
mkdir -p "$prefix/bin" "$share"
rm -rf "$share/Lexicons" "$share/Schema" "$share/Templates"
# -L: the build's resources may be links into the source tree; install real files.
cp -RL "$build_dir/NewsGraph_NewsGraphPipeline.resources/Lexicons" "$share/Lexicons"
cp -RL "$build_dir/NewsGraph_NewsGraphStore.resources/Schema" "$share/Schema"
cp -RL "$build_dir/NewsGraph_NewsGraphWeb.resources/Templates" "$share/Templates"
install -m 755 "$build_dir/newsgraph" "$prefix/bin/newsgraph"
mkdir -p "$prefix/share/man/man1"
install -m 644 docs/newsgraph.1 "$prefix/share/man/man1/newsgraph.1"
echo "installed $prefix/bin/newsgraph with its resources in $share and its man page in $prefix/share/man/man1"
