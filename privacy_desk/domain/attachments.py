"""Files from outside (mail attachments, a case's files): what opening one could run, and how its name is
shown and written to disk so that it cannot pass for another type.

Pure rules shared by the Inbox and the case page: no Qt, no database.

Opening a file hands it to the system's program for its type; on Windows that *runs* a program, a
script or an installer, and mounts a disk image whose contents then escape the "from the internet"
warning. Such types are recognised by the extension Windows sees (after it drops trailing dots and
spaces) and by the first bytes (a program named `.pdf`). The extension list is the one Microsoft blocks
in Outlook attachments (Level 1: types that run code when opened), plus Java (.jar), disk images (.iso,
.img: used to slip programs past that warning), and what runs on a macOS or Linux desk (.sh, .command,
.app, .desktop, .AppImage).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from privacy_desk.errors import QT_TRANSLATE_NOOP

HEAD_BYTES = 4096  # what `assess` needs of a file's start
NAME_MAX = 150  # characters of a file name written to disk
_EXTENSION_MAX = 16  # longer than this after the last dot: not an extension worth keeping


class RunKind(StrEnum):
    PROGRAM = "program"
    SCRIPT = "script"
    INSTALLER = "installer"
    SHORTCUT = "shortcut"
    DISK_IMAGE = "disk_image"

    @property
    def label(self) -> str:
        """A noun phrase for "This file is {kind}" (context "FileRisk")."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    RunKind.PROGRAM: QT_TRANSLATE_NOOP("FileRisk", "a program"),
    RunKind.SCRIPT: QT_TRANSLATE_NOOP("FileRisk", "a script (program code that runs when opened)"),
    RunKind.INSTALLER: QT_TRANSLATE_NOOP("FileRisk", "an installer or a change to the system's settings"),
    RunKind.SHORTCUT: QT_TRANSLATE_NOOP("FileRisk", "a shortcut that starts a program or opens an address"),
    RunKind.DISK_IMAGE: QT_TRANSLATE_NOOP("FileRisk", "a disk image that opens as a drive of its own"),
}

_EXTENSIONS = {
    RunKind.PROGRAM: "exe com scr pif cpl dll msc gadget xll application appref-ms xbap vsmacros vsw "
    "ade adp mde accde app appimage",
    RunKind.SCRIPT: "bat cmd vbs vbe vb vbp js jse ws wsf wsh wsc sct hta ps1 ps1xml ps2 ps2xml psc1 psc2 "
    "psd1 psdm1 psm1 msh msh1 msh2 mshxml msh1xml msh2xml py pyc pyo pyw pyz pyzw pl sh csh ksh bash "
    "command jar jnlp bas chm hlp hpj shb shs prg fxp ins isp its plg",
    RunKind.INSTALLER: "msi msix msixbundle appx appxbundle msp mst inf reg diagcab printerexport "
    "settingcontent-ms cer crt der",
    RunKind.SHORTCUT: "lnk url website scf xnk desktop library-ms searchconnector-ms",
    RunKind.DISK_IMAGE: "iso img vhd vhdx",
}
RISKY_EXTENSIONS: dict[str, RunKind] = {
    extension: kind for kind, names in _EXTENSIONS.items() for extension in names.split()
}

_MACH_O = (
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
)
_SHELL_LINK = b"L\x00\x00\x00\x01\x14\x02\x00"
_SHEBANG = re.compile(rb"#![ \t]*/")
_WHITESPACE_RUN = re.compile(r"\s{4,}")
_WINDOWS_FORBIDDEN = set('<>:"|?*')
_DEVICE_NAMES = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}


@dataclass(frozen=True)
class OpenRisk:
    """What opening a file could do. `extension` is the one the system goes by ("exe"; "" for none);
    `disguise` the type the name pretends ("pdf" of 請求書.pdf.exe), and `by_content` says the bytes
    are a program although the extension is harmless."""

    kind: RunKind
    extension: str
    disguise: str = ""
    by_content: bool = False


def _invisible(ch: str) -> bool:
    """Control and format characters: a right-to-left override (U+202E) turns 'cod.exe' into 'exe.doc'
    on screen; zero-width ones hide where an extension really starts."""
    return unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")


def _last_part(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1]


def system_name(name: str) -> str:
    """The name as Windows takes it: the last path part without invisible characters, and without the
    trailing dots and spaces Windows drops ('a.exe. ' is a.exe)."""
    return "".join(ch for ch in _last_part(name) if not _invisible(ch)).rstrip(" .")


def extension(name: str) -> str:
    """The extension the system goes by, lower case, without the dot ("" for none)."""
    _stem, dot, suffix = system_name(name).rpartition(".")
    return suffix.casefold() if dot else ""  # '.hta' too: Windows opens it as an HTML application


def _disguise(name: str) -> str:
    """The harmless-looking extension before the real one, if any: "pdf" of 'invoice.pdf   .exe'."""
    stem = system_name(name).rpartition(".")[0].rstrip(" .")
    inner = extension(stem) if "." in stem else ""
    if inner and inner.isalnum() and len(inner) <= 5 and inner not in RISKY_EXTENSIONS:
        return inner
    return ""


def content_kind(head: bytes) -> RunKind | None:
    """What the first bytes say the file is, when it is something that runs."""
    if head.startswith(b"MZ") and b"\x00" in head[2:64]:  # a DOS/Windows program header (text has no NUL)
        return RunKind.PROGRAM
    if head.startswith(b"\x7fELF") or head.startswith(_MACH_O):
        return RunKind.PROGRAM
    if head.startswith(_SHELL_LINK):
        return RunKind.SHORTCUT
    if _SHEBANG.match(head):
        return RunKind.SCRIPT
    return None


def assess(name: str, head: bytes = b"") -> OpenRisk | None:
    """What opening the file `name` whose first bytes are `head` could run; None when nothing."""
    ext = extension(name)
    kind = RISKY_EXTENSIONS.get(ext)
    if kind is not None:
        return OpenRisk(kind, ext, _disguise(name))
    found = content_kind(head[:HEAD_BYTES])
    if found is not None:
        return OpenRisk(found, ext, ext, by_content=True)
    return None


def visible_name(name: str) -> str:
    """The name for the screen: invisible characters shown as [U+202E], and long runs of spaces (that
    push the real extension out of sight) as ␣×N."""
    shown = "".join(f"[U+{ord(ch):04X}]" if _invisible(ch) else ch for ch in name)
    return _WHITESPACE_RUN.sub(lambda run: f"␣×{len(run.group())}", shown)


def safe_filename(name: str, fallback: str = "attachment") -> str:
    """A file name from outside to write to disk: it cannot climb out of its folder or name a device,
    holds none of the characters Windows forbids and no invisible ones, has no leading or trailing dots
    and spaces, and at most NAME_MAX characters — cut from the stem, so the extension stays."""
    cleaned = "".join(
        "_" if ch in _WINDOWS_FORBIDDEN or _invisible(ch) else ch for ch in _last_part(name).strip()
    ).strip(" .")
    if len(cleaned) > NAME_MAX:
        stem, dot, suffix = cleaned.rpartition(".")
        if dot and stem and len(suffix) <= _EXTENSION_MAX:
            cleaned = f"{stem[: NAME_MAX - len(suffix) - 1].rstrip(' .')}.{suffix}"
        else:
            cleaned = cleaned[:NAME_MAX].rstrip(" .")
    if cleaned.split(".", 1)[0].rstrip(" ").upper() in _DEVICE_NAMES:
        cleaned = f"_{cleaned}"
    return cleaned or fallback
