#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the end-to-end tests (Playwright cannot download a browser here).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Cài Chromium của Debian cho kiểm thử đầu-cuối (apt-get install chromium)…"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
echo "Thiếu Chromium: chạy 'sudo apt-get install -y chromium' (hoặc đặt CHROMIUM_PATH) rồi chạy lại 'npm test'." >&2
exit 1
