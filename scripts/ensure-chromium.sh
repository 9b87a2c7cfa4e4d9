#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium: Playwright cannot download its own browser offline.
set -euo pipefail
chromium="${CHROME_PATH:-/usr/lib/chromium/chromium}"
if [ -x "$chromium" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing; installing Debian's chromium package (about 30 s)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
cat >&2 <<MSG
Chromium is needed for the end-to-end tests and was not found at $chromium.
Install it, then run npm test again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  Elsewhere:      install Chromium or Chrome and set CHROME_PATH=/path/to/chrome
MSG
exit 1
