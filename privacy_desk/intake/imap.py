"""The shared mailbox's IMAP account: its settings checked, its security choices, and the errors of a
read-only IMAP client for polling it (imaplib, no Qt, no database; ``imap_connection`` connects and
``imap_mailbox`` reads).

The folder is opened with EXAMINE (read-only) and messages are fetched with `BODY.PEEK[]`, so polling
never marks mail as read, never moves and never deletes it: staff still see the mailbox as it was.
Connections are IMAPS (TLS from the first byte) or STARTTLS, both with certificate and host name
verification; an unencrypted connection is accepted only to this computer (loopback).

Failures come out as `MailServerError` subclasses with translatable messages (context "Errors").
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from enum import StrEnum

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, PrivacyDeskError

DEFAULT_TIMEOUT = 60.0


class Security(StrEnum):
    IMAPS = "imaps"
    STARTTLS = "starttls"
    NONE = "none"

    @property
    def default_port(self) -> int:
        return 993 if self is Security.IMAPS else 143

    @property
    def label(self) -> str:
        return _SECURITY_LABELS[self]


_SECURITY_LABELS = {
    Security.IMAPS: QT_TRANSLATE_NOOP("Settings", "IMAPS (TLS from the start, usually port 993)"),
    Security.STARTTLS: QT_TRANSLATE_NOOP("Settings", "STARTTLS (usually port 143)"),
    Security.NONE: QT_TRANSLATE_NOOP("Settings", "None (only for a server on this computer)"),
}


@dataclass(frozen=True)
class ImapAccount:
    host: str
    port: int
    security: Security
    user: str
    folder: str = "INBOX"

    @property
    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.folder}"


class MailServerError(PrivacyDeskError):
    """The mail server could not be reached, refused us, or answered something unusable."""


class MailServerUnreachable(MailServerError):
    pass


class MailTlsFailed(MailServerError):
    pass


class MailLoginFailed(MailServerError, InvalidInput):
    pass


class MailFolderMissing(MailServerError, InvalidInput):
    pass


class MailInsecureConnection(MailServerError, InvalidInput):
    pass


# Checks of the mail settings a user types; the office settings service calls them before saving.

_HOST = re.compile(r"^[^\s/@:\[\]]+$")


def check_host(value: object) -> str:
    """A host name or an IP address, without scheme or port; empty means "not set up"."""
    text = str(value or "").strip()
    if not text:
        return ""
    bare = text[1:-1] if text.startswith("[") and text.endswith("]") else text
    try:
        return str(ipaddress.ip_address(bare))
    except ValueError:
        pass
    if len(text) > 253 or not _HOST.match(text) or ".." in text:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Enter only the host name of the mail server, such as imap.example.jp "
                "(no imaps:// and no port number).",
            )
        )
    return text


def check_port(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 65535:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter a port number from 1 to 65535."))
    return value


def check_security(value: object) -> str:
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return Security(value).value
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown connection security {value}; use one of: {choices}"),
            value=value,
            choices=", ".join(s.value for s in Security),
        ) from exc


def check_user(value: object) -> str:
    text = str(value or "").strip()
    if len(text) > 320 or any(ord(c) < 0x20 for c in text):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The mail server user name is not valid."))
    return text


def check_folder(value: object) -> str:
    text = str(value or "").strip() or "INBOX"
    if len(text) > 200 or any(ord(c) < 0x20 for c in text):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The mail folder name is not valid."))
    return text


def check_interval(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1440:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the fetch interval in whole minutes from 0 (off) to {high}."),
            high=1440,
        )
    return value


def is_loopback(host: str) -> bool:
    """True for 'localhost' and loopback addresses; names are not resolved (DNS could lie)."""
    name = host.strip().strip("[]").lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False

    # -- reading ----------------------------------------------------------------------------------
