#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (test/browser), unless /usr/bin/chromium is already there.
# playwright-core drives it; it never downloads a browser build of its own.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "Chromium manca e serve root per installarlo: eseguire come root «apt-get install chromium»." >&2
    exit 1
  fi
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-liberation
/usr/bin/chromium --version
