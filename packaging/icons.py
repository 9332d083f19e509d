"""Write the Windows and macOS icons from resources/icons/ (build time only; no Pillow).

    python packaging/icons.py            # resources/icons/ipquiz.ico and ipquiz.icns
    python packaging/icons.py --check    # exit 1 if they are missing or out of date

Both formats are containers of PNG images, so they are written by hand: the .ico from
the PNGs at 16–256 px, the .icns from the same PNGs plus 512 and 1024 px renderings of
ipquiz.svg (Qt's SVG renderer, which the development environment has).
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
ICO_SIZES = (16, 32, 48, 64, 128, 256)
# (type code, pixel size): https://en.wikipedia.org/wiki/Apple_Icon_Image_format
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 @2x
    (b"ic11", 32),  # 16 @2x
    (b"ic12", 64),  # 32 @2x
    (b"ic13", 256),  # 128 @2x
    (b"ic14", 512),  # 256 @2x
)


def png(size: int) -> bytes:
    """The PNG at `size` px: the shipped file if there is one, else rendered from the SVG."""
    shipped = ICONS / f"ipquiz-{size}.png"
    if shipped.exists():
        return shipped.read_bytes()
    return render_svg(ICONS / "ipquiz.svg", size)


def render_svg(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, b"PNG")
    buffer.close()
    return bytes(data.data())


def ico() -> bytes:
    images = [png(s) for s in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns() -> bytes:
    rendered: dict[int, bytes] = {}
    body = b""
    for code, size in ICNS_TYPES:
        data = rendered.setdefault(size, png(size))
        body += code + struct.pack(">I", 8 + len(data)) + data
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


ICO, ICNS = ICONS / "ipquiz.ico", ICONS / "ipquiz.icns"


def stale() -> list[Path]:
    """Missing files, or an .ico that differs from the PNGs (SVG renderings may differ
    between Qt versions, so the .icns is only checked for being there)."""
    found = []
    if not ICO.exists() or ICO.read_bytes() != ico():
        found.append(ICO)
    if not ICNS.exists() or not ICNS.read_bytes().startswith(b"icns"):
        found.append(ICNS)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check they are up to date")
    args = parser.parse_args()
    if args.check:
        for path in stale():
            print(f"{path.relative_to(ROOT)} is missing or stale: run packaging/icons.py")
        return 1 if stale() else 0
    for path, data in ((ICO, ico()), (ICNS, icns())):
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
