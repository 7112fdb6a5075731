#!/usr/bin/env bash
# Installs Debian's LibreOffice (headless, no GUI) and poppler's PDF tools for the document tests: the .docx
# and the sheets are converted to PDF by LibreOffice and read back with pdfinfo/pdftotext/pdftoppm.
set -euo pipefail
if command -v soffice >/dev/null && command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "LibreOffice manca e serve root per installarlo: eseguire come root «apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils»." >&2
    exit 1
  fi
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation fonts-dejavu-core
soffice --version
