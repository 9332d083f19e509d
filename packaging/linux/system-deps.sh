#!/bin/sh
# Debian/Ubuntu libraries that Qt needs to open a window (or run offscreen), and CJK fonts
# so Chinese renders, the PostgreSQL server the tests start a throwaway cluster of, and
# poppler-utils, with which the tests read back the PDFs the app writes, and chromium with
# its WebDriver, the real browser the live-class tests join a session with.
# Installs only what is missing; needs root (or sudo) for that.
set -eu
PACKAGES="libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-noto-cjk postgresql poppler-utils chromium chromium-driver"
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not a Debian-like system: nothing to do here
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "Installing system packages:$missing"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
