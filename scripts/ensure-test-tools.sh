#!/usr/bin/env bash
# The tests use real components, never mocks of them: LibreOffice headless recalculates the formulas
# the product writes and renders a generated table (→ PDF, poppler's pdftoppm → PNG); Debian's
# Chromium runs the built task pane and sidebar. On a Debian machine where we are root, install what
# is missing; elsewhere say how.
set -euo pipefail
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ "${#missing[@]}" -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} for the tests (apt-get install ${missing[*]})…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The tests need LibreOffice Calc, pdftoppm and Chromium at /usr/bin/chromium: install them (Debian/Ubuntu: sudo apt-get install ${missing[*]}) and run npm test again." >&2
exit 1
