"""Render the PNGs next to this file from their SVG sources: `python resources/icons/render_icons.py`.

The app loads only the PNGs (QtSvg stays off the start-up path); rerun this after editing an SVG.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SIZES = {
    "privacy-desk": (16, 24, 32, 48, 64, 128, 256),
    "today": (16, 24, 32, 48),
    "inbox": (16, 24, 32, 48),
    "requests": (16, 24, 32, 48),
    "incidents": (16, 24, 32, 48),
    "retention": (16, 24, 32, 48),
}


def render(stem: str, size: int) -> Path:
    renderer = QSvgRenderer(str(HERE / f"{stem}.svg"))
    if not renderer.isValid():
        raise SystemExit(f"{stem}.svg is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    target = HERE / f"{stem}-{size}.png"
    image.save(str(target))
    return target


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for stem, sizes in SIZES.items():
        for size in sizes:
            print(render(stem, size))


if __name__ == "__main__":
    main()
