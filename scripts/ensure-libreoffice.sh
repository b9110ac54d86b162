#!/usr/bin/env bash
# The engine tests recalculate the formulas the product writes in a real spreadsheet engine
# (LibreOffice headless) and render a generated table to PNG (LibreOffice → PDF, poppler's pdftoppm
# → PNG). On a fresh Debian machine where we are root, install what is missing; elsewhere say how.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the engine tests (apt-get install ${missing[*]})…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The engine tests need LibreOffice Calc and pdftoppm: install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}; macOS: brew install --cask libreoffice && brew install poppler) and run npm test again." >&2
exit 1
