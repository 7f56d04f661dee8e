"""Icons drawn for Privacy Desk (resources/icons, found through privacy_desk.resources_path): PNGs rendered
from the SVG sources, so the start-up path needs no SVG plugin. `render_icons.py` there rebuilds them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from privacy_desk.resources_path import icons_dir

APP_ICON = "privacy-desk"


def resource_icon(name: str) -> QIcon:
    """Every `<name>-<size>.png` in the icons folder, as one QIcon (Qt picks the best size)."""
    icon = QIcon()
    for path in sorted(icons_dir().glob(f"{name}-*.png")):
        size = path.stem.rsplit("-", 1)[1]
        if size.isdigit():  # the size is in the name: Qt need not open every file to learn it
            side = QSize(int(size), int(size))
            icon.addFile(str(path), side)
            # Drawn to sit on any background: no tinting when selected in a list.
            icon.addFile(str(path), side, QIcon.Mode.Selected)
    return icon


def app_icon() -> QIcon:
    return resource_icon(APP_ICON)
