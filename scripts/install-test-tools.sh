#!/usr/bin/env bash
# What npm test needs beyond npm: Debian's Chromium (browser tests) and LibreOffice (document tests).
set -euo pipefail
here="$(dirname "$0")"
bash "$here/install-chromium.sh"
bash "$here/install-libreoffice.sh"
