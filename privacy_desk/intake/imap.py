"""A read-only IMAP client for polling the shared mailbox (imaplib, no Qt, no database).

The folder is opened with EXAMINE (read-only) and messages are fetched with `BODY.PEEK[]`, so polling
never marks mail as read, never moves and never deletes it: staff still see the mailbox as it was.
Connections are IMAPS (TLS from the first byte) or STARTTLS, both with certificate and host name
verification; an unencrypted connection is accepted only to this computer (loopback).

Failures come out as `MailServerError` subclasses with translatable messages (context "Errors").
"""

from __future__ import annotations

import base64
import contextlib
import imaplib
import ipaddress
import re
import socket
import ssl
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, PrivacyDeskError

DEFAULT_TIMEOUT = 60.0
# imaplib refuses response lines over 1 MB; a `UID SEARCH` of a big shared mailbox (years of mail)
# answers with one line of every UID, so allow more. Message bodies are literals and are not lines.
MAX_LINE = 64 * 1024 * 1024
# Bound the memory one FETCH may take: messages are fetched in batches of at most this many bytes
# (by RFC822.SIZE) or BATCH_COUNT messages, whichever is reached first; a bigger message goes alone.
BATCH_BYTES = 16 * 1024 * 1024
BATCH_COUNT = 50
SIZES_CHUNK = 1000


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


def default_ssl_context() -> ssl.SSLContext:
    """Verify the certificate chain and the host name (imaplib's own default verifies neither)."""
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def encode_folder(name: str) -> str:
    """A folder name as an IMAP quoted string in modified UTF-7 (RFC 3501 §5.1.3): 受信箱 → &U9dP4d7x-."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(raw).decode("ascii").rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    encoded = "".join(out)
    return '"' + encoded.replace("\\", "\\\\").replace('"', '\\"') + '"'


def uid_set(uids: Iterable[int]) -> str:
    """Compress sorted UIDs into an IMAP sequence set: [1, 2, 3, 7] → '1:3,7'."""
    ranges: list[str] = []
    start = previous = None
    for uid in sorted(set(uids)):
        if previous is not None and uid == previous + 1:
            previous = uid
            continue
        if start is not None:
            ranges.append(str(start) if start == previous else f"{start}:{previous}")
        start = previous = uid
    if start is not None:
        ranges.append(str(start) if start == previous else f"{start}:{previous}")
    return ",".join(ranges)


def batches(sizes: dict[int, int], *, max_bytes: int = BATCH_BYTES, max_count: int = BATCH_COUNT):
    """Group UIDs in ascending order into fetch batches bounded by total size and count."""
    batch: list[int] = []
    total = 0
    for uid in sorted(sizes):
        size = sizes[uid]
        if batch and (total + size > max_bytes or len(batch) >= max_count):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


class _LongLines(imaplib.IMAP4):
    def readline(self) -> bytes:
        line = self.file.readline(MAX_LINE + 1)
        assert isinstance(line, bytes)  # imaplib reads its socket as a binary file
        if len(line) > MAX_LINE:
            raise self.error(f"got more than {MAX_LINE} bytes")
        return line


class _IMAP4(_LongLines, imaplib.IMAP4):
    pass


class _IMAP4_SSL(_LongLines, imaplib.IMAP4_SSL):  # noqa: N801
    pass


_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_CODE = re.compile(r"^\[([A-Z-]+)")


def _text(data: Sequence[object]) -> str:
    parts = [d.decode("utf-8", "replace") if isinstance(d, bytes) else str(d) for d in data if d]
    return " ".join(parts).strip()


class ImapMailbox:
    """One connection to one folder, opened read-only. Use as a context manager:

    with ImapMailbox(account, password) as box:
        for uid, raw in box.fetch(box.uids_from(last_uid + 1)):
            ...
    """

    def __init__(
        self,
        account: ImapAccount,
        password: str,
        *,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        batch_bytes: int = BATCH_BYTES,
        batch_count: int = BATCH_COUNT,
    ) -> None:
        self.account = account
        self.batch_bytes = batch_bytes
        self.batch_count = batch_count
        self._password = password
        self._ssl_context = ssl_context
        self._timeout = timeout
        self._conn: imaplib.IMAP4 | None = None
        self.uidvalidity = 0
        self.exists = 0

    # -- connection -------------------------------------------------------------------------------

    def __enter__(self) -> ImapMailbox:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def open(self) -> None:
        account = self.account
        if account.security is Security.NONE and not is_loopback(account.host):
            raise MailInsecureConnection(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An unencrypted connection is allowed only to this computer. "
                    "Choose IMAPS or STARTTLS for {host}.",
                ),
                host=account.host,
            )
        try:
            self._connect()
            self._login()
            self._select()
        except BaseException:
            self.close()
            raise

    def _connect(self) -> None:
        account = self.account
        context = self._ssl_context or default_ssl_context()
        try:
            if account.security is Security.IMAPS:
                self._conn = _IMAP4_SSL(
                    account.host, account.port, ssl_context=context, timeout=self._timeout
                )
            else:
                self._conn = _IMAP4(account.host, account.port, timeout=self._timeout)
        except ssl.SSLError as exc:
            raise self._tls_failed(exc) from exc
        except (imaplib.IMAP4.error, OSError, EOFError) as exc:
            raise self._unreachable(exc) from exc
        if account.security is Security.STARTTLS:
            if "STARTTLS" not in self._conn.capabilities:
                raise MailTlsFailed(
                    QT_TRANSLATE_NOOP("Errors", "The mail server {host} does not offer STARTTLS. Try IMAPS."),
                    host=account.host,
                )
            try:
                self._conn.starttls(context)
            except (ssl.SSLError, imaplib.IMAP4.error) as exc:
                raise self._tls_failed(exc) from exc
            except (OSError, EOFError) as exc:
                raise self._unreachable(exc) from exc

    def _tls_failed(self, exc: BaseException) -> MailTlsFailed:
        return MailTlsFailed(
            QT_TRANSLATE_NOOP(
                "Errors", "A secure (TLS) connection to the mail server {host} failed: {reason}"
            ),
            host=self.account.host,
            reason=getattr(exc, "verify_message", None) or getattr(exc, "reason", None) or str(exc),
        )

    def _unreachable(self, exc: BaseException) -> MailServerUnreachable:
        if isinstance(exc, socket.gaierror):
            reason = exc.strerror or str(exc)
        elif isinstance(exc, TimeoutError):
            reason = "timed out"
        else:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return MailServerUnreachable(
            QT_TRANSLATE_NOOP(
                "Errors", "Could not connect to the mail server {host} (port {port}): {reason}"
            ),
            host=self.account.host,
            port=self.account.port,
            reason=reason,
        )

    def _login(self) -> None:
        conn = self._require()
        user, password = self.account.user, self._password
        try:
            if "AUTH=PLAIN" in conn.capabilities:
                # SASL PLAIN carries UTF-8, so passwords with non-ASCII characters work too.
                token = b"\0" + user.encode("utf-8") + b"\0" + password.encode("utf-8")
                conn.authenticate("PLAIN", lambda _challenge: token)
            elif "LOGINDISABLED" in conn.capabilities:
                raise MailLoginFailed(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The mail server {host} refuses to log in over this connection."
                    ),
                    host=self.account.host,
                )
            else:
                conn.login(user, password)
        except imaplib.IMAP4.abort as exc:
            raise self._unreachable(exc) from exc
        except (imaplib.IMAP4.error, UnicodeEncodeError) as exc:
            raise MailLoginFailed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The mail server {host} refused the login for {user}. "
                    "Check the user name and the password.",
                ),
                host=self.account.host,
                user=user,
            ) from exc
        except OSError as exc:
            raise self._unreachable(exc) from exc

    def _select(self) -> None:
        conn = self._require()
        folder = self.account.folder or "INBOX"
        try:
            status, data = conn.select(encode_folder(folder), readonly=True)
        except imaplib.IMAP4.abort as exc:
            raise self._unreachable(exc) from exc
        except (imaplib.IMAP4.error, OSError) as exc:
            raise self._unreachable(exc) from exc
        if status != "OK":
            raise MailFolderMissing(
                QT_TRANSLATE_NOOP(
                    "Errors", "The folder {folder} does not exist on the mail server {host}: {reason}"
                ),
                folder=folder,
                host=self.account.host,
                reason=_text(data),
            )
        self.exists = int(data[0]) if data and data[0] else 0
        _, validity = conn.response("UIDVALIDITY")
        try:
            self.uidvalidity = int(validity[0])
        except (TypeError, ValueError, IndexError) as exc:
            raise self._protocol("SELECT without UIDVALIDITY") from exc

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        try:
            conn.logout()
        except (imaplib.IMAP4.error, OSError, EOFError):
            with contextlib.suppress(OSError):
                conn.shutdown()

    def _require(self) -> imaplib.IMAP4:
        if self._conn is None:
            raise RuntimeError("ImapMailbox is not open")
        return self._conn

    def _protocol(self, detail: str) -> MailServerError:
        return MailServerError(
            QT_TRANSLATE_NOOP("Errors", "The mail server {host} gave an unexpected answer: {detail}"),
            host=self.account.host,
            detail=detail,
        )

    def _uid(self, command: str, *args: str) -> list:
        conn = self._require()
        try:
            status, data = conn.uid(command, *args)
        except imaplib.IMAP4.abort as exc:
            raise self._unreachable(exc) from exc
        except imaplib.IMAP4.error as exc:
            raise self._protocol(str(exc)) from exc
        except (OSError, EOFError) as exc:
            raise self._unreachable(exc) from exc
        if status != "OK":
            raise self._protocol(f"UID {command}: {_text(data)}")
        return data

    # -- reading ----------------------------------------------------------------------------------

    def uids_from(self, first_uid: int) -> list[int]:
        """UIDs ≥ first_uid, ascending. (`n:*` always matches the highest UID, so it is filtered.)"""
        first_uid = max(1, first_uid)
        data = self._uid("SEARCH", f"UID {first_uid}:*")
        uids = {int(token) for line in data if line for token in line.split()}
        return sorted(uid for uid in uids if uid >= first_uid)

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        """RFC822.SIZE of each UID that still exists (a message expunged meanwhile is left out)."""
        result: dict[int, int] = {}
        ordered = sorted(set(uids))
        for start in range(0, len(ordered), SIZES_CHUNK):
            chunk = ordered[start : start + SIZES_CHUNK]
            for item in self._uid("FETCH", uid_set(chunk), "(UID RFC822.SIZE)"):
                line = item[0] if isinstance(item, tuple) else item
                if not isinstance(line, bytes):
                    continue
                uid, size = _UID.search(line), _SIZE.search(line)
                if uid and size:
                    result[int(uid.group(1))] = int(size.group(1))
        wanted = set(ordered)
        return {uid: size for uid, size in result.items() if uid in wanted}

    def fetch_batch(self, uids: Sequence[int]) -> dict[int, bytes]:
        """The raw bytes of these messages, by UID, without setting \\Seen (BODY.PEEK)."""
        if not uids:
            return {}
        data = self._uid("FETCH", uid_set(uids), "(UID BODY.PEEK[])")
        wanted = set(uids)
        result: dict[int, bytes] = {}
        for index, item in enumerate(data):
            if not isinstance(item, tuple) or len(item) != 2:
                continue
            header, body = item
            found = _UID.search(header)
            if found is None and index + 1 < len(data) and isinstance(data[index + 1], bytes):
                found = _UID.search(data[index + 1])  # "BODY[] {n} ... UID 7)" order
            if found is not None and int(found.group(1)) in wanted:
                result[int(found.group(1))] = bytes(body)
        return result

    def fetch(self, uids: Sequence[int] | dict[int, int]) -> Iterator[tuple[int, bytes | None]]:
        """(uid, raw bytes) in ascending UID order, fetched in memory-bounded batches. Pass the
        `sizes()` of the UIDs when already known. The bytes are None when the server sent nothing
        for a UID (deleted meanwhile, or a server hiccup): the caller decides whether to try again."""
        sizes = uids if isinstance(uids, dict) else self.sizes(uids)
        for batch in batches(sizes, max_bytes=self.batch_bytes, max_count=self.batch_count):
            found = self.fetch_batch(batch)
            for uid in batch:
                yield uid, found.get(uid)
