"""Where the files of the top-level `resources/` folder are at run time (docs/ARCHITECTURE.md §2).

A wheel and the frozen app carry the folder inside the package, as `privacy_desk/resources`
(pyproject.toml maps the package `privacy_desk.resources` to it; packaging/privacy_desk.spec copies it
there). A source checkout, and an editable install, which runs the checkout's own files, have it next to
the package. The lookup goes by paths rather than importlib.resources: the folder holds no Python module,
and the same two paths serve the wheel, the frozen app, the checkout and the editable install.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# The icons folder tells the two places apart: an emptied privacy_desk/resources left in an old checkout
# must not hide the real one.
_MARKER = "icons"


def resources_dir() -> Path:
    """The resources folder: inside the installed package, else the checkout's top-level one."""
    inside = _PACKAGE / "resources"
    if (inside / _MARKER).is_dir():
        return inside
    return _PACKAGE.parent / "resources"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
