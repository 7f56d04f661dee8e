"""Build the frozen app with PyInstaller, then smoke-test it.

    pip install -e ".[package]"
    python packaging/build.py          build dist/PrivacyDesk (macOS: dist/Privacy Desk.app), smoke-test it

Windows: then compile packaging/windows/installer.iss with Inno Setup (iscc).
macOS: then run packaging/macos/build_dmg.sh.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
ICONS = ROOT / "resources" / "icons"


def make_icons() -> None:
    """build/privacy-desk.ico and .icns from the app's PNG renderings (the SVG is the source)."""
    BUILD.mkdir(exist_ok=True)
    largest = Image.open(ICONS / "privacy-desk-256.png")
    sizes = [(n, n) for n in (16, 24, 32, 48, 64, 128, 256)]
    largest.save(BUILD / "privacy-desk.ico", sizes=sizes)
    largest.save(BUILD / "privacy-desk.icns")


def main() -> int:
    make_icons()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(BUILD),
            str(ROOT / "packaging" / "privacy_desk.spec"),
        ],
        check=True,
    )
    return subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py")], check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
