"""A copy of what the desk sent, appended to the shared mailbox's Sent folder over IMAP, so staff who
look at the mailbox in a mail client see the answers beside the questions.

The folder is the one the server marks `\\Sent` (SPECIAL-USE, RFC 6154), else one named "Sent" (or a
usual variant of it), at the top or under INBOX. The copy is stored with `\\Seen`: it is no new mail.
The connection is the fetch's (`intake/imap_connection`: TLS, certificate checks, login); the folder
it opens read-only for that is not written.
"""

from __future__ import annotations

import base64
import imaplib
import re
import ssl
import time
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.intake.imap import DEFAULT_TIMEOUT, ImapAccount, MailFolderMissing
from privacy_desk.intake.imap_connection import ImapConnection
from privacy_desk.mail.compose import MAIL_POLICY

__all__ = ["SENT_NAMES", "SentFolder", "append_to_sent", "choose_sent", "decode_folder", "parse_list"]

# Names mail clients and servers give the Sent folder, for a server that does not mark it (lower case).
SENT_NAMES = (
    *("sent", "sent items", "sent messages", "sent mail"),
    *("送信済み", "送信済みアイテム", "送信済みメール"),
)

_LIST_LINE = re.compile(rb'^\((?P<flags>[^)]*)\) (?P<delimiter>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)$', re.I)


def decode_folder(name: str) -> str:
    """A folder name from modified UTF-7 (RFC 3501 §5.1.3): &U9dP4d7x- → 受信箱."""

    def decode(match: re.Match[str]) -> str:
        chunk = match.group(1)
        if not chunk:
            return "&"
        raw = chunk.replace(",", "/")
        return base64.b64decode(raw + "=" * (-len(raw) % 4)).decode("utf-16-be")

    return re.sub(r"&([A-Za-z0-9+,]*)-", decode, name)


def _unquote(value: bytes) -> str:
    text = value.decode("utf-8", "replace")
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        text = re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


def parse_list(lines: Sequence[object]) -> list[tuple[frozenset[str], str, str]]:
    """(attributes in lower case, hierarchy delimiter, name as the server spells it) of each LIST line;
    imaplib hands a name sent as a literal as a (line, name) pair."""
    folders = []
    for item in lines:
        if isinstance(item, tuple):
            line, literal = item
            match = _LIST_LINE.match(bytes(line).rstrip())
            name = bytes(literal).decode("utf-8", "replace") if match else ""
        elif isinstance(item, bytes):
            match = _LIST_LINE.match(item.rstrip())
            name = _unquote(match.group("name")) if match else ""
        else:
            continue
        if match is None:
            continue
        flags = frozenset(flag.lower() for flag in match.group("flags").decode("ascii", "replace").split())
        delimiter = _unquote(match.group("delimiter")) if match.group("delimiter").upper() != b"NIL" else ""
        folders.append((flags, delimiter, name))
    return folders


def choose_sent(folders: Sequence[tuple[frozenset[str], str, str]]) -> str | None:
    """The Sent folder's name as the server spells it: the one marked \\Sent, else the first with a
    usual name (at the top level before one under INBOX), else None."""
    usable = [(flags, delimiter, name) for flags, delimiter, name in folders if "\\noselect" not in flags]
    for flags, _, name in usable:
        if "\\sent" in flags:
            return name
    for wanted in SENT_NAMES:
        for under_inbox in (False, True):
            for _, delimiter, name in usable:
                parts = decode_folder(name).split(delimiter) if delimiter else [decode_folder(name)]
                nested = len(parts) == 2 and parts[0].upper() == "INBOX"
                if (len(parts) == 1 or nested) and nested == under_inbox and parts[-1].lower() == wanted:
                    return name
    return None


def _quoted(name: str) -> str:
    """A listed name (already modified UTF-7) as an IMAP quoted string."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


class SentFolder(ImapConnection):
    """A connection that finds the Sent folder and appends to it."""

    def sent_folder(self) -> str:
        conn = self._require()
        try:
            status, data = conn.list('""', "*")
        except imaplib.IMAP4.abort as exc:
            raise self._unreachable(exc) from exc
        except (imaplib.IMAP4.error, OSError, EOFError) as exc:
            raise self._protocol(f"LIST: {exc}") from exc
        if status != "OK":
            raise self._protocol(f"LIST: {data!r}")
        name = choose_sent(parse_list(data))
        if name is None:
            raise MailFolderMissing(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The mail server {host} has no Sent folder, so no copy of the sent mail was kept there.",
                ),
                host=self.account.host,
            )
        return name

    def append(self, message: EmailMessage, folder: str) -> None:
        conn = self._require()
        raw = message.as_bytes(policy=MAIL_POLICY)
        try:
            moment = parsedate_to_datetime(str(message["Date"])).timestamp()
        except (TypeError, ValueError):
            moment = time.time()
        try:
            status, data = conn.append(_quoted(folder), r"(\Seen)", imaplib.Time2Internaldate(moment), raw)
        except imaplib.IMAP4.abort as exc:
            raise self._unreachable(exc) from exc
        except (imaplib.IMAP4.error, OSError, EOFError) as exc:
            raise self._protocol(f"APPEND: {exc}") from exc
        if status != "OK":
            raise self._protocol(f"APPEND: {data!r}")


def append_to_sent(
    message: EmailMessage,
    account: ImapAccount,
    password: str,
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> str:
    """Append `message` to the Sent folder of the account's mailbox, marked \\Seen; the folder's name
    (decoded, for the user) is returned. Raises the IMAP `MailServerError`s."""
    with SentFolder(account, password, ssl_context=ssl_context, timeout=timeout) as box:
        folder = box.sent_folder()
        box.append(message, folder)
    return decode_folder(folder)
