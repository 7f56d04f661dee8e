"""A Japanese font for reports: the bundled IPAex Gothic, else a system TrueType font, else a CID font.

The app ships IPAex Gothic (resources/fonts, docs/ARCHITECTURE.md §2) so that every desk, whatever its
system fonts, embeds the same face in its PDFs. A system font is the fallback for an install whose
bundled file is missing or unreadable.

reportlab's TTFont embeds a subset of a TrueType-outline font (.ttf, or one face of a .ttc). It cannot
use PostScript/CFF outlines (most .otf files, Noto Sans CJK, Source Han), so every candidate is tried and
one that fails to load is skipped. When no usable file exists, reportlab's built-in CID font
HeiseiKakuGo-W5 keeps the report readable, but the PDF then relies on the viewer having a Japanese
font (nothing is embedded), so a warning is logged.

Nothing is registered at import time: `report_fonts()` registers on first use and caches the answer.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from privacy_desk.resources_path import fonts_dir

log = logging.getLogger(__name__)

CID_FALLBACK = "HeiseiKakuGo-W5"
# Set to a font file to use it before the bundled and the system fonts (tests, or an office's own choice).
FONT_ENV = "PRIVACY_DESK_REPORT_FONT"
BUNDLED_GOTHIC = "ipaexg.ttf"  # IPAex has no bold face: the regular one serves for both
IPAEX_GOTHIC = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"  # Debian/Ubuntu fonts-ipaexfont


@dataclass(frozen=True)
class ReportFonts:
    regular: str  # registered reportlab font names
    bold: str
    embedded: bool
    source: str  # the file used, or the CID font's name


def _windows_candidates() -> list[tuple[str, str]]:
    fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [
        (str(fonts / "YuGothM.ttc"), str(fonts / "YuGothB.ttc")),
        (str(fonts / "meiryo.ttc"), str(fonts / "meiryob.ttc")),
        (str(fonts / "YuGothR.ttc"), str(fonts / "YuGothB.ttc")),
        (str(fonts / "msgothic.ttc"), ""),
    ]


def _macos_candidates() -> list[tuple[str, str]]:
    system = "/System/Library/Fonts"
    return [
        (f"{system}/ヒラギノ角ゴシック W3.ttc", f"{system}/ヒラギノ角ゴシック W6.ttc"),
        (f"{system}/Hiragino Sans GB.ttc", ""),
        ("/Library/Fonts/Arial Unicode.ttf", ""),
        (f"{system}/Supplemental/Arial Unicode.ttf", ""),
    ]


def _linux_candidates() -> list[tuple[str, str]]:
    return [
        (IPAEX_GOTHIC, ""),
        ("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf", ""),
        ("/usr/share/fonts/ipa-gothic/ipag.ttf", ""),
        ("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", ""),
        ("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf", ""),
        ("/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf", ""),
        # Noto CJK ships CFF outlines (.ttc/.otf): tried, and skipped when reportlab refuses them.
        (
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
        ),
        ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", ""),
    ]


def _fc_match() -> list[tuple[str, str]]:
    """fontconfig's own choice of a Japanese gothic face, where fontconfig exists."""
    fc_match = shutil.which("fc-match")
    if not fc_match:
        return []
    found = []
    for pattern in ("IPAexGothic", "sans-serif:lang=ja"):
        try:
            result = subprocess.run(
                [fc_match, "--format=%{file}", pattern],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if result.returncode == 0 and result.stdout.strip():
            found.append((result.stdout.strip(), ""))
    return found


def bundled_candidates() -> list[tuple[str, str]]:
    return [(str(fonts_dir() / BUNDLED_GOTHIC), "")]


def system_candidates() -> list[tuple[str, str]]:
    """The platform's usual Japanese TrueType fonts, then fontconfig's choice."""
    if sys.platform == "win32":
        pairs = _windows_candidates()
    elif sys.platform == "darwin":
        pairs = _macos_candidates()
    else:
        pairs = _linux_candidates()
    return pairs + _fc_match()


def candidates() -> list[tuple[str, str]]:
    """(regular, bold) font file pairs, best first; bold may be empty (then regular serves for both)."""
    pairs: list[tuple[str, str]] = []
    if os.environ.get(FONT_ENV):
        pairs.append((os.environ[FONT_ENV], ""))
    pairs += bundled_candidates() + system_candidates()
    seen: set[str] = set()
    unique = []
    for regular, bold in pairs:
        if regular not in seen:
            seen.add(regular)
            unique.append((regular, bold))
    return unique


def _load_ttf(name: str, path: str) -> TTFont | None:
    """The first face of `path` reportlab can embed, or None (missing file, CFF outlines, broken file)."""
    if not path or not Path(path).is_file():
        return None
    indices = range(8) if path.lower().endswith((".ttc", ".otc")) else range(1)
    for index in indices:
        try:
            return TTFont(name, path, subfontIndex=index)
        except TTFError as exc:
            log.debug("report font %s[%d] unusable: %s", path, index, exc)
            if "bad subfontIndex" in str(exc) or "postscript outlines" in str(exc):
                return None  # every face of a collection shares its outline format
        except Exception as exc:  # a damaged font file must not stop a report
            log.debug("report font %s[%d] unreadable: %s", path, index, exc)
            return None
    return None


_lock = threading.Lock()
_cached: ReportFonts | None = None


def report_fonts() -> ReportFonts:
    """Register (once per process) and return the fonts every report uses."""
    global _cached
    with _lock:
        if _cached is None:
            _cached = _register()
        return _cached


def _font_name(role: str, path: str) -> str:
    """A registered name that says which file it stands for: reportlab keeps the first font registered
    under a name for the life of the process, so a name reused for another file would keep the old one."""
    return f"PrivacyDeskJP-{role}-{hashlib.sha256(path.encode()).hexdigest()[:12]}"


def _register() -> ReportFonts:
    for regular_path, bold_path in candidates():
        regular = _load_ttf(_font_name("Regular", regular_path), regular_path)
        if regular is None:
            continue
        pdfmetrics.registerFont(regular)
        bold = _load_ttf(_font_name("Bold", bold_path), bold_path)
        if bold is None:
            bold = regular
        else:
            pdfmetrics.registerFont(bold)
        log.info("report font: %s", regular_path)
        return ReportFonts(regular=regular.fontName, bold=bold.fontName, embedded=True, source=regular_path)
    log.warning(
        "No embeddable Japanese TrueType font found (the bundled %s is missing or unreadable, and "
        "no system font served); reports use the CID font %s, which is not embedded and needs a "
        "Japanese font in the PDF viewer. Reinstall Privacy Desk, install IPAex Gothic, or set %s to "
        "a .ttf/.ttc file.",
        fonts_dir() / BUNDLED_GOTHIC,
        CID_FALLBACK,
        FONT_ENV,
    )
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FALLBACK))
    return ReportFonts(regular=CID_FALLBACK, bold=CID_FALLBACK, embedded=False, source=CID_FALLBACK)


def reset_for_tests() -> None:
    global _cached
    with _lock:
        _cached = None
