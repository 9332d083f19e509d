#!/bin/sh
# Install the ipquiz bundle this script sits in (build.py copies it to dist/ipquiz/):
# the program, a menu entry, the icons, and optionally the kiosk autostart unit.
#
#   sudo ./install.sh             # /opt/ipquiz, /usr/local/bin/ipquiz, menu entry for all
#   ./install.sh --user           # ~/.local/opt/ipquiz, ~/.local/bin/ipquiz, your menu only
#   ./install.sh --user --kiosk   # ... and start `ipquiz --kiosk` with your session
#   ./install.sh --uninstall [--user]
#
# DESTDIR=/some/root stages everything under that root (for packagers and tests).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
SCOPE=system
KIOSK=no
ACTION=install
for arg in "$@"; do
    case "$arg" in
        --user) SCOPE=user ;;
        --kiosk) KIOSK=yes ;;
        --uninstall) ACTION=uninstall ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
    esac
done

DESTDIR=${DESTDIR:-}
if [ "$SCOPE" = user ]; then
    APP="$HOME/.local/opt/ipquiz"
    BIN="$HOME/.local/bin"
    SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
    UNITS="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"
else
    APP=/opt/ipquiz
    BIN=/usr/local/bin
    SHARE=/usr/local/share
    UNITS=/etc/systemd/user
fi
SIZES="16 32 48 64 128 256"

if [ "$ACTION" = uninstall ]; then
    rm -rf "$DESTDIR$APP"
    rm -f "$DESTDIR$BIN/ipquiz" "$DESTDIR$SHARE/applications/ipquiz.desktop"
    rm -f "$DESTDIR$UNITS/ipquiz-kiosk.service"
    for s in $SIZES; do rm -f "$DESTDIR$SHARE/icons/hicolor/${s}x${s}/apps/ipquiz.png"; done
    rm -f "$DESTDIR$SHARE/icons/hicolor/scalable/apps/ipquiz.svg"
    echo "ipquiz removed (your quiz data in ~/.local/share/ipquiz is kept)"
    exit 0
fi

[ -x "$HERE/ipquiz" ] || { echo "install.sh: no ipquiz program next to this script" >&2; exit 1; }
mkdir -p "$DESTDIR$APP" "$DESTDIR$BIN" "$DESTDIR$SHARE/applications"
# The bundle is replaced whole: never a mix of two versions' libraries.
rm -rf "$DESTDIR$APP"
mkdir -p "$DESTDIR$APP"
cp -a "$HERE/ipquiz" "$HERE/_internal" "$DESTDIR$APP/"
ln -sf "$APP/ipquiz" "$DESTDIR$BIN/ipquiz"
install -m 644 "$HERE/share/applications/ipquiz.desktop" "$DESTDIR$SHARE/applications/"
for s in $SIZES; do
    install -D -m 644 "$HERE/share/icons/hicolor/${s}x${s}/apps/ipquiz.png" \
        "$DESTDIR$SHARE/icons/hicolor/${s}x${s}/apps/ipquiz.png"
done
install -D -m 644 "$HERE/share/icons/hicolor/scalable/apps/ipquiz.svg" \
    "$DESTDIR$SHARE/icons/hicolor/scalable/apps/ipquiz.svg"
if [ "$KIOSK" = yes ]; then
    mkdir -p "$DESTDIR$UNITS"
    sed "s#/opt/ipquiz/ipquiz#$APP/ipquiz#" "$HERE/share/systemd/user/ipquiz-kiosk.service" \
        > "$DESTDIR$UNITS/ipquiz-kiosk.service"
fi
if [ -z "$DESTDIR" ]; then
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$SHARE/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
    if [ "$KIOSK" = yes ] && [ "$SCOPE" = user ]; then
        systemctl --user daemon-reload && systemctl --user enable ipquiz-kiosk.service \
            || echo "enable it later: systemctl --user enable --now ipquiz-kiosk.service"
    elif [ "$KIOSK" = yes ]; then
        echo "kiosk unit installed for every user; as the kiosk user run:"
        echo "  systemctl --user enable --now ipquiz-kiosk.service"
    fi
fi
echo "ipquiz installed in $APP (run: ipquiz, or from the menu: IP Quiz)"
