"""Before the first window on Linux: can Qt's window system plugin (xcb) load?

When a system library the plugin needs is missing, Qt prints a terse "could not load the Qt platform
plugin" and aborts the process, too early for any window to explain. So `run_gui` asks first: it loads
the plugin itself (Qt would load it a moment later anyway, so this costs next to nothing), and only when
that fails runs `ldd` on it to list every library that is "not found", with the Debian and Ubuntu
package that holds each (README.md names them too). Qt-free: nothing here may start Qt.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

XCB_PLUGIN = Path("Qt", "plugins", "platforms", "libqxcb.so")
LDD_TIMEOUT_S = 10
# The libraries Qt's xcb plugin needs that a minimal desktop or a container often lacks, and the
# Debian/Ubuntu packages that hold them; any other name goes through `debian_package`'s rule.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}
# Compiled when first used (re caches them): every start imports this module, few need them.
_NOT_FOUND = r"^\s*(\S+)\s+=>\s+not found\s*$"
_SONAME = r"^lib(?P<name>.+?)\.so\.(?P<version>[\d.]+)$"


class PlatformProblem(NamedTuple):
    """Why the plugin did not load: the loader's message, and the libraries ldd could not find. (A
    NamedTuple, not a dataclass: this module is imported on every start, and a dataclass compiles its
    methods from source at import.)"""

    plugin: Path
    error: str
    missing: tuple[str, ...]

    def packages(self) -> list[str]:
        return sorted({debian_package(name) for name in self.missing})


def uses_xcb(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True when Qt will try the xcb plugin first: on Linux, QT_QPA_PLATFORM unset (outside a Wayland
    session) or naming xcb first."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    return not (environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"))


def xcb_plugin() -> Path | None:
    """The xcb plugin of the PySide6 in use (installed or frozen), or None if it has none."""
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec is not None else []:
        candidate = Path(folder) / XCB_PLUGIN
        if candidate.is_file():
            return candidate
    return None


def load_error(library: Path) -> str | None:
    """The dynamic loader's message when `library` cannot be loaded, None when it loads."""
    import ctypes

    try:
        ctypes.CDLL(str(library))
    except OSError as error:
        return str(error)
    return None


def parse_ldd(output: str) -> list[str]:
    """The libraries `ldd` printed as "not found", in its order, each once."""
    return list(dict.fromkeys(re.findall(_NOT_FOUND, output, re.MULTILINE)))


def missing_libraries(library: Path) -> list[str]:
    """What `ldd` says `library` needs and the system lacks (empty when ldd is not there or fails)."""
    import subprocess  # only once the plugin failed to load

    try:
        done = subprocess.run(
            ["ldd", str(library)], capture_output=True, text=True, timeout=LDD_TIMEOUT_S, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_ldd(done.stdout)


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that usually holds `soname`: known ones from the table, else Debian's
    naming rule (libfoo.so.1 → libfoo1, a name ending in a digit takes a hyphen: libfoo2.so.0 →
    libfoo2-0)."""
    known = DEBIAN_PACKAGES.get(soname)
    if known is not None:
        return known
    match = re.match(_SONAME, soname)
    if match is None:
        return soname
    name, version = match["name"].lower(), match["version"].split(".")[0]
    return f"lib{name}-{version}" if name[-1].isdigit() else f"lib{name}{version}"


def probe(plugin: Path | None = None) -> PlatformProblem | None:
    """None when the plugin loads (or there is none to check); otherwise what is wrong."""
    plugin = plugin if plugin is not None else xcb_plugin()
    if plugin is None:
        return None
    error = load_error(plugin)
    if error is None:
        return None
    return PlatformProblem(plugin, error, tuple(missing_libraries(plugin)))


def report(problem: PlatformProblem, translate) -> str:
    """The message for stderr, in the user's language (`translate(context, text)`)."""
    if problem.missing:
        return translate(
            "Platform",
            "Privacy Desk cannot open its window: the window system plugin of Qt (xcb) needs system "
            "libraries that are not installed: {libraries}.\nOn Debian or Ubuntu, install them with:\n"
            "  sudo apt-get install {packages}",
        ).format(libraries=", ".join(problem.missing), packages=" ".join(problem.packages()))
    return translate(
        "Platform",
        "Privacy Desk cannot open its window: the window system plugin of Qt (xcb) could not be loaded "
        "({error}). README.md lists the system packages a Linux desktop needs.",
    ).format(error=problem.error)
