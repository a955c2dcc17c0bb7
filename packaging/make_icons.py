"""Render resources/icons/app.svg into the program icons the bundle needs: gkdesk.png (256 px, Linux desktop
entry) and gkdesk.ico (16–256 px, Windows program and installer). Run after changing app.svg:
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""
from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
OUT = Path(__file__).resolve().parent / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico holding PNG images (the form Windows Vista and later read)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QPainter needs it
    OUT.mkdir(exist_ok=True)
    images = {size: render(size) for size in ICO_SIZES}
    (OUT / "gkdesk.png").write_bytes(images[256])
    (OUT / "gkdesk.ico").write_bytes(ico(images))


if __name__ == "__main__":
    main()
