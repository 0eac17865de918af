#!/usr/bin/env bash
# Regenerates docs/newsgraph.1, the man page, from the commands themselves with
# swift-argument-parser's generate-manual plugin (one page, every subcommand in it).
#
# Run from anywhere:  bash scripts/make-manual.sh
# The page is dated by the last commit that changed the commands (Sources/NewsGraphCLI), so
# running it twice, or on another day, gives the same bytes. Read it with `man -l docs/newsgraph.1`;
# scripts/install.sh installs it to PREFIX/share/man/man1, scripts/setup.sh (as root) to /usr/local.
set -euo pipefail
cd "$(dirname "$0")/.."
date=$(git log -1 --format=%cs -- Sources/NewsGraphCLI 2>/dev/null || true)
[ -n "$date" ] || date=$(date -u +%F)
swift package --allow-writing-to-package-directory generate-manual --configuration debug --date "$date" >&2
mkdir -p docs
cp .build/plugins/GenerateManual/outputs/newsgraph/newsgraph.1 docs/newsgraph.1
echo "docs/newsgraph.1 ($date)" >&2
