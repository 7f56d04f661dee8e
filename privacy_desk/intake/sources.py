"""Messages out of files: .eml, .mbox and Outlook .msg files, and folders of them (recursively).

``iter_sources`` yields one ``SourceItem`` per message, lazily (an mbox is streamed, never read whole).
A file that cannot be read yields one item whose ``error`` names the file and the reason, and iteration
goes on with the next file; so does a folder with no mail file in it. Only regular files are opened (a
FIFO would wait for a writer forever, a device never ends), and no more than MAIL_MAX_BYTES of a file or
of an mbox message is read into memory.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import BinaryIO

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, PrivacyDeskError, Reason
from privacy_desk.intake.mail_check import refusal
from privacy_desk.intake.messages import ParsedMessage
from privacy_desk.intake.outlook import NOT_OUTLOOK, parse_msg_bytes
from privacy_desk.intake.parse import parse_message

__all__ = ["MAIL_SUFFIXES", "SourceItem", "iter_mbox", "iter_sources"]

MAIL_SUFFIXES = (".eml", ".mbox", ".msg")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HEADER_START_RE = re.compile(rb"[!-9;-~]+:")  # an RFC 5322 header name and colon (a .msg saved as text)
# Far above any mail a mail server passes on (25-50 MB), far below what would exhaust a desk's memory.
MAIL_MAX_BYTES = 100 * 1024 * 1024
_LINE_CHUNK = 1 << 20  # an mbox is read in lines of at most this many bytes: a file without line ends too

# Why an item is left out (after "<file>: "), translated where it is shown.
_MISSING = QT_TRANSLATE_NOOP("Errors", "no such file or folder")
_NOT_REGULAR = QT_TRANSLATE_NOOP("Errors", "not a regular file (a device, a pipe or a socket): not read")
_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "cannot be read ({reason})")
_UNREADABLE_AFTER = QT_TRANSLATE_NOOP("Errors", "cannot be read after message {number} ({reason})")
_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "larger than {limit} MB; it was not read")
_MESSAGE_TOO_LARGE = QT_TRANSLATE_NOOP("Errors", "a message larger than {limit} MB; it was not read")
_EMPTY_FILE = QT_TRANSLATE_NOOP("Errors", "the file is empty")
_NO_MESSAGE = QT_TRANSLATE_NOOP("Errors", "the file holds no message")
_EMPTY_MESSAGE = QT_TRANSLATE_NOOP("Errors", "empty message")
_NOT_MBOX = QT_TRANSLATE_NOOP("Errors", "not an mbox file (it does not start with a From line)")
_NO_MAIL_FILE = QT_TRANSLATE_NOOP("Errors", "the folder holds no .eml, .msg or .mbox file")
_MSG_FAILED = QT_TRANSLATE_NOOP("Errors", "not readable as an Outlook message ({error})")


@dataclass(frozen=True)
class SourceItem:
    """One message found in a source, or one source that failed.

    ``origin`` is the file path; inside an mbox it is ``path#n`` with n counting messages from 1; for a
    .msg the message itself is ``path`` and the .msg files embedded in it are ``path#2``, ``path#3``...
    (their place in ``parse_msg_file``'s list). ``error`` is an English sentence naming the file and the
    reason (a `Reason`: its ``problem`` is the reason alone, to translate); then ``raw`` and ``parsed``
    are None.
    """

    origin: str
    raw: bytes | None
    parsed: ParsedMessage | None
    error: str | None = None


def _failed(origin: str, message: str, **params: object) -> SourceItem:
    problem = InvalidInput(message, **params) if params else _problem(message)
    return SourceItem(origin, None, None, Reason(f"{origin}: {problem.english()}", problem))


@cache
def _problem(message: str) -> InvalidInput:
    """Shared by every item failing for the same reason: 200,000 empty messages keep one, not 200,000."""
    return InvalidInput(message)


def iter_sources(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> Iterator[SourceItem]:
    """Every message in the given files and folders (folders recursively, in name order)."""
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for path in paths:
        path = Path(path)
        if path.is_dir():
            yield from _iter_folder(path)
        elif path.exists() or path.is_symlink():
            yield from _iter_file(path)
        else:
            yield _failed(str(path), _MISSING)


def _iter_folder(folder: Path) -> Iterator[SourceItem]:
    def report(error: OSError) -> None:
        failures.append(error)

    def walk_error(error: OSError) -> SourceItem:
        return _failed(str(error.filename or folder), _UNREADABLE, reason=error.strerror or error)

    failures: list[OSError] = []
    found = False
    for root, dirs, files in os.walk(folder, onerror=report):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(MAIL_SUFFIXES):
                continue
            found = True
            yield from _iter_file(Path(root) / name)
        while failures:
            found = True
            yield walk_error(failures.pop(0))
    while failures:
        found = True
        yield walk_error(failures.pop(0))
    if not found:  # said, or a mistyped folder (or one named like a mail file) would import nothing silently
        yield _failed(str(folder), _NO_MAIL_FILE)


class _NotRegular(OSError):
    pass


def _open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading if it is a regular file (following symbolic links). Checked before
    opening, and again on what was opened, should the path have changed in between: opened without
    blocking, a FIFO is not waited on."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise _NotRegular
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    file = os.fdopen(descriptor, "rb")
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        file.close()
        raise _NotRegular
    return file


def _read_whole(file: BinaryIO) -> bytes | None:
    """The rest of `file`, or None when that is more than MAIL_MAX_BYTES (not read further)."""
    data = file.read(MAIL_MAX_BYTES + 1)
    return None if len(data) > MAIL_MAX_BYTES else data


def _iter_file(path: Path) -> Iterator[SourceItem]:
    """The messages of one file, read through one open file (the one that was checked)."""
    origin = str(path)
    try:
        file = _open_regular(path)
    except _NotRegular:
        yield _failed(origin, _NOT_REGULAR)
        return
    except OSError as exc:
        yield _failed(origin, _UNREADABLE, reason=exc.strerror or exc)
        return
    with file:
        try:
            head = file.read(8)
        except OSError as exc:
            yield _failed(origin, _UNREADABLE, reason=exc.strerror or exc)
            return
        suffix = path.suffix.lower()
        if head.startswith(_OLE_MAGIC) or (suffix == ".msg" and not _HEADER_START_RE.match(head)):
            yield from _iter_msg(origin, head, file)
        elif suffix == ".mbox" or head.startswith(b"From "):
            file.seek(0)
            yield from _iter_mbox_items(origin, file)
        else:
            yield from _iter_eml(origin, head, file)


def _iter_eml(origin: str, head: bytes, file: BinaryIO) -> Iterator[SourceItem]:
    try:
        rest = _read_whole(file)
    except OSError as exc:
        yield _failed(origin, _UNREADABLE, reason=exc.strerror or exc)
        return
    if rest is None:
        yield _failed(origin, _TOO_LARGE, limit=MAIL_MAX_BYTES // (1024 * 1024))
        return
    raw = head + rest
    if not raw.strip():
        yield _failed(origin, _EMPTY_FILE)
        return
    yield _mail_item(origin, raw, whole_file=True)


def _mail_item(origin: str, raw: bytes, *, whole_file: bool) -> SourceItem:
    """The message in `raw`, or the reason it is not mail (`mail_check`): nothing of it is stored."""
    why = refusal(raw, whole_file=whole_file)
    if why is not None:
        return _failed(origin, why)
    return SourceItem(origin, raw, parse_message(raw))


def _iter_msg(origin: str, head: bytes, file: BinaryIO) -> Iterator[SourceItem]:
    try:
        rest = _read_whole(file)
    except OSError as exc:
        yield _failed(origin, _UNREADABLE, reason=exc.strerror or exc)
        return
    if rest is None:
        yield _failed(origin, _TOO_LARGE, limit=MAIL_MAX_BYTES // (1024 * 1024))
        return
    try:
        messages = parse_msg_bytes(head + rest, origin)
    except PrivacyDeskError:
        yield _failed(origin, NOT_OUTLOOK)
        return
    except Exception as exc:  # extract-msg on a hostile file
        yield _failed(origin, _MSG_FAILED, error=type(exc).__name__)
        return
    for number, message in enumerate(messages, 1):
        yield SourceItem(origin if number == 1 else f"{origin}#{number}", message.raw, message)


def _iter_mbox_items(origin: str, file: BinaryIO) -> Iterator[SourceItem]:
    number = 0
    try:
        for number, raw in enumerate(iter_mbox(file, max_bytes=MAIL_MAX_BYTES), 1):
            item_origin = f"{origin}#{number}"
            if raw is None:
                yield _failed(item_origin, _MESSAGE_TOO_LARGE, limit=MAIL_MAX_BYTES // (1024 * 1024))
            elif not raw.strip():
                yield _failed(item_origin, _EMPTY_MESSAGE)
            else:
                yield _mail_item(item_origin, raw, whole_file=False)
    except NotAnMbox:
        yield _failed(origin, _NOT_MBOX)
        return
    except OSError as exc:
        if number:
            yield _failed(origin, _UNREADABLE_AFTER, number=number, reason=exc.strerror or exc)
        else:
            yield _failed(origin, _UNREADABLE, reason=exc.strerror or exc)
        return
    if number == 0:
        yield _failed(origin, _NO_MESSAGE)


class NotAnMbox(ValueError):
    pass


# A From_ line even without the blank line before it (some writers leave it out): "From addr Mon Jan".
_STRICT_FROM_RE = re.compile(
    rb"From \S*\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s"
)
_QUOTED_FROM_RE = re.compile(rb"^>(>*From )", re.MULTILINE)


def iter_mbox(file, *, max_bytes: int | None = None) -> Iterator[bytes | None]:
    """The messages of an mbox opened in binary mode, streamed line by line.

    A message starts at a ``From `` line that follows a blank line (or looks like a real From_ line
    with weekday and month); the From_ line and the blank line before the next one are not part of
    the message; ``>From `` quoting is undone (mboxrd). Raises NotAnMbox when the first non-blank line
    is not a From_ line. A message longer than `max_bytes` is not kept: None stands for it.
    """
    lines: list[bytes] | None = []  # None: the message is too long and skipped to its end
    size = 0
    started = False
    previous_blank = True
    for line in iter(partial(file.readline, _LINE_CHUNK), b""):
        if line.startswith(b"From ") and (previous_blank or _STRICT_FROM_RE.match(line)):
            if started:
                yield _mbox_message(lines) if lines is not None else None
            lines, size = [], 0
            started = True
            previous_blank = False
            continue
        if not started:
            if line.strip():
                raise NotAnMbox
            continue
        if lines is not None:
            size += len(line)
            if max_bytes is not None and size > max_bytes + 2:  # + the blank line before the next From_
                lines = None
            else:
                lines.append(line)
        previous_blank = line in (b"\n", b"\r\n")
    if started:
        yield _mbox_message(lines) if lines is not None else None


def _mbox_message(lines: list[bytes]) -> bytes:
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines.pop()
    data = b"".join(lines)
    if b">From " in data:
        data = _QUOTED_FROM_RE.sub(rb"\1", data)
    return data
