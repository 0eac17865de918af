#!/usr/bin/env bash
# Installs what NewsGraph needs on Debian (as root), only what is missing, then checks Swift;
# as root it also installs the man page (docs/newsgraph.1) to /usr/local/share/man/man1.
#   libsqlite3-dev  SQLite for GRDB          libopencc-dev  traditional → simplified
#   graphviz        renders DOT diagrams      fonts-noto-cjk Chinese glyphs in diagrams
#   poppler-utils   pdftotext for PDF pages   pkg-config     finds OpenCC for the build
#   sqlite3         the SQLite shell the tests use to make foreign and old databases
#   chromium        headless browser the serve/report tests load the web pages in
set -euo pipefail
packages=(libsqlite3-dev sqlite3 libopencc-dev graphviz fonts-noto-cjk poppler-utils pkg-config chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if ! command -v swift >/dev/null 2>&1; then
  for d in /opt/swift/usr/bin /usr/share/swift/usr/bin; do [ -x "$d/swift" ] && export PATH="$d:$PATH"; done
fi
command -v swift >/dev/null 2>&1 || { echo "setup: Swift 6.3 is needed (swift not on PATH)" >&2; exit 1; }
fc-list :lang=zh family >/dev/null 2>&1 || true
if [ "$(id -u)" -eq 0 ]; then
  dir=$(cd "$(dirname "$0")/.." && pwd)
  mkdir -p /usr/local/share/man/man1
  install -m 644 "$dir/docs/newsgraph.1" /usr/local/share/man/man1/newsgraph.1
fi
