#!/usr/bin/env bash
# The engine tests recalculate the formulas the product writes in a real spreadsheet engine
# (LibreOffice headless). On a fresh Debian machine where we are root, install it; elsewhere say how.
set -euo pipefail
command -v soffice >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing LibreOffice Calc for the engine tests (apt-get install libreoffice-calc-nogui)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq libreoffice-calc-nogui >/dev/null
  exit 0
fi
echo "The engine tests need LibreOffice Calc: install it (Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui; macOS: brew install --cask libreoffice) and run npm test again." >&2
exit 1
