"""Messages out of files: .eml, .mbox and Outlook .msg files, and folders of them (recursively).

``iter_sources`` yields one ``SourceItem`` per message, lazily (an mbox is streamed, never read whole).
A file that cannot be read yields one item whose ``error`` names the file and the reason, and iteration
goes on with the next file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from privacy_desk.errors import PrivacyDeskError
from privacy_desk.intake.parse import ParsedMessage, parse_message, parse_msg_bytes

__all__ = ["MAIL_SUFFIXES", "SourceItem", "iter_mbox", "iter_sources"]

MAIL_SUFFIXES = (".eml", ".mbox", ".msg")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_START_RE = re.compile(rb"[!-9;-~]+:")  # an RFC 5322 header name and colon (a .msg saved as text)


@dataclass(frozen=True)
class SourceItem:
    """One message found in a source, or one source that failed.

    ``origin`` is the file path; inside an mbox it is ``path#n`` with n counting messages from 1; for a
    .msg the message itself is ``path`` and the .msg files embedded in it are ``path#2``, ``path#3``...
    (their place in ``parse_msg_file``'s list). ``error`` is an English sentence naming the file and the
    reason; then ``raw`` and ``parsed`` are None.
    """

    origin: str
    raw: bytes | None
    parsed: ParsedMessage | None
    error: str | None = None


def iter_sources(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Iterator[SourceItem]:
    """Every message in the given files and folders (folders recursively, in name order)."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _iter_folder(path)
        elif path.exists():
            yield from _iter_file(path)
        else:
            yield SourceItem(str(path), None, None, f"{path}: no such file or folder")


def _iter_folder(folder: Path) -> Iterator[SourceItem]:
    def report(error: OSError) -> None:
        failures.append(error)

    failures: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=report):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(MAIL_SUFFIXES):
                continue
            yield from _iter_file(Path(root) / name)
        while failures:
            error = failures.pop(0)
            yield SourceItem(str(error.filename or folder), None, None, f"{error.filename}: {error.strerror}")
    while failures:
        error = failures.pop(0)
        yield SourceItem(str(error.filename or folder), None, None, f"{error.filename}: {error.strerror}")


def _iter_file(path: Path) -> Iterator[SourceItem]:
    origin = str(path)
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError as exc:
        yield SourceItem(origin, None, None, f"{origin}: cannot be read ({exc.strerror or exc})")
        return
    suffix = path.suffix.lower()
    if head.startswith(_OLE_MAGIC) or (suffix == ".msg" and not _HEADER_START_RE.match(head)):
        yield from _iter_msg(path)
    elif suffix == ".mbox" or head.startswith(b"From "):
        yield from _iter_mbox_items(path)
    else:
        yield from _iter_eml(path)


def _iter_eml(path: Path) -> Iterator[SourceItem]:
    origin = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        yield SourceItem(origin, None, None, f"{origin}: cannot be read ({exc.strerror or exc})")
        return
    if not raw.strip():
        yield SourceItem(origin, None, None, f"{origin}: the file is empty")
        return
    yield SourceItem(origin, raw, parse_message(raw))


def _iter_msg(path: Path) -> Iterator[SourceItem]:
    origin = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield SourceItem(origin, None, None, f"{origin}: cannot be read ({exc.strerror or exc})")
        return
    try:
        messages = parse_msg_bytes(data, origin)
    except PrivacyDeskError as exc:
        yield SourceItem(origin, None, None, exc.english())
        return
    except Exception as exc:  # extract-msg on a hostile file
        yield SourceItem(
            origin, None, None, f"{origin}: not readable as an Outlook message ({type(exc).__name__})"
        )
        return
    for number, message in enumerate(messages, 1):
        yield SourceItem(origin if number == 1 else f"{origin}#{number}", message.raw, message)


def _iter_mbox_items(path: Path) -> Iterator[SourceItem]:
    origin = str(path)
    number = 0
    try:
        with path.open("rb") as file:
            for number, raw in enumerate(iter_mbox(file), 1):
                item_origin = f"{origin}#{number}"
                if not raw.strip():
                    yield SourceItem(item_origin, None, None, f"{item_origin}: empty message")
                    continue
                yield SourceItem(item_origin, raw, parse_message(raw))
    except NotAnMbox:
        yield SourceItem(
            origin, None, None, f"{origin}: not an mbox file (it does not start with a From line)"
        )
    except OSError as exc:
        where = f"{origin} after message {number}" if number else origin
        yield SourceItem(origin, None, None, f"{where}: cannot be read ({exc.strerror or exc})")


class NotAnMbox(ValueError):
    pass


# A From_ line even without the blank line before it (some writers leave it out): "From addr Mon Jan".
_STRICT_FROM_RE = re.compile(
    rb"From \S*\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s"
)
_QUOTED_FROM_RE = re.compile(rb"^>(>*From )", re.MULTILINE)


def iter_mbox(file) -> Iterator[bytes]:
    """The messages of an mbox opened in binary mode, streamed line by line.

    A message starts at a ``From `` line that follows a blank line (or looks like a real From_ line
    with weekday and month); the From_ line and the blank line before the next one are not part of
    the message; ``>From `` quoting is undone (mboxrd). Raises NotAnMbox when the first non-blank line
    is not a From_ line.
    """
    lines: list[bytes] = []
    started = False
    previous_blank = True
    for line in file:
        if line.startswith(b"From ") and (previous_blank or _STRICT_FROM_RE.match(line)):
            if started:
                yield _mbox_message(lines)
            lines = []
            started = True
            previous_blank = False
            continue
        if not started:
            if line.strip():
                raise NotAnMbox
            continue
        lines.append(line)
        previous_blank = line in (b"\n", b"\r\n")
    if started:
        yield _mbox_message(lines)


def _mbox_message(lines: list[bytes]) -> bytes:
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines.pop()
    data = b"".join(lines)
    if b">From " in data:
        data = _QUOTED_FROM_RE.sub(rb"\1", data)
    return data
