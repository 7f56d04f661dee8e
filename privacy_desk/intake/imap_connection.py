"""One read-only IMAP connection to one folder: TLS (IMAPS or STARTTLS) with certificate and host name
checks, login, EXAMINE, and IMAP errors turned into translatable `MailServerError`s. The reading is in
``imap_mailbox``."""

from __future__ import annotations

import base64
import contextlib
import imaplib
import re
import socket
import ssl
from collections.abc import Sequence
from typing import Self

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.intake.imap import (
    DEFAULT_TIMEOUT,
    ImapAccount,
    MailFolderMissing,
    MailInsecureConnection,
    MailLoginFailed,
    MailServerError,
    MailServerUnreachable,
    MailTlsFailed,
    Security,
    is_loopback,
)

__all__ = ["ImapConnection", "default_ssl_context", "encode_folder"]


# imaplib refuses response lines over 1 MB; a `UID SEARCH` of a big shared mailbox (years of mail)
# answers with one line of every UID, so allow more. Message bodies are literals and are not lines.
MAX_LINE = 64 * 1024 * 1024


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


_CODE = re.compile(r"^\[([A-Z-]+)")


def _text(data: Sequence[object]) -> str:
    parts = [d.decode("utf-8", "replace") if isinstance(d, bytes) else str(d) for d in data if d]
    return " ".join(parts).strip()


class ImapConnection:
    """One connection to one folder, opened read-only (``ImapMailbox`` adds the reading)."""

    def __init__(
        self,
        account: ImapAccount,
        password: str,
        *,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.account = account
        self._password = password
        self._ssl_context = ssl_context
        self._timeout = timeout
        self._conn: imaplib.IMAP4 | None = None
        self.uidvalidity = 0
        self.exists = 0

    def __enter__(self) -> Self:
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
