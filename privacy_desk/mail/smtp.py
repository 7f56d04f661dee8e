"""Handing a message to the office's SMTP server (smtplib, no Qt, no database).

Security is STARTTLS (submission, usually port 587) or TLS from the first byte (usually 465), both with
certificate and host name checks (`imap_connection.default_ssl_context`); an unencrypted connection is
allowed only to this computer, as for IMAP. The password lives only in this computer's keychain
(`keyring`, service "Privacy Desk SMTP", user "user@host": the IMAP password's scheme,
`services/tickets/mail_fetch.PasswordStore`, under its own service name), never in the settings.

Every failure comes out as one of a few `SendFailed` subclasses with a translatable message (context
"Errors") a user can act on; what the server or the socket said is kept apart in `detail`, for the
log and a "details" line, and is no part of the message.
"""

from __future__ import annotations

import base64
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses
from enum import StrEnum
from typing import TYPE_CHECKING

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, PrivacyDeskError
from privacy_desk.intake.imap import is_loopback
from privacy_desk.intake.imap_connection import default_ssl_context
from privacy_desk.mail.compose import MAIL_POLICY, Desk, message_id_of, new_message_id, parse_addresses
from privacy_desk.mail.templates import probe_mail_text

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

__all__ = [
    "DEFAULT_TIMEOUT",
    "KEYRING_SERVICE",
    "SendFailed",
    "SendReport",
    "SmtpSecurity",
    "SmtpSettings",
    "keychain_key",
    "send",
    "send_test_mail",
    "stored_password",
]

DEFAULT_TIMEOUT = 60.0
KEYRING_SERVICE = "Privacy Desk SMTP"


class SmtpSecurity(StrEnum):
    STARTTLS = "starttls"
    TLS = "tls"
    NONE = "none"

    @property
    def default_port(self) -> int:
        return {SmtpSecurity.STARTTLS: 587, SmtpSecurity.TLS: 465, SmtpSecurity.NONE: 25}[self]

    @property
    def label(self) -> str:
        return _SECURITY_LABELS[self]


_SECURITY_LABELS = {
    SmtpSecurity.STARTTLS: QT_TRANSLATE_NOOP("Settings", "STARTTLS (usually port 587)"),
    SmtpSecurity.TLS: QT_TRANSLATE_NOOP("Settings", "TLS from the start (usually port 465)"),
    SmtpSecurity.NONE: QT_TRANSLATE_NOOP("Settings", "None (only for a server on this computer)"),
}


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: SmtpSecurity
    user: str  # empty: the server takes mail without a login (a relay that trusts this network)
    from_address: str  # the desk's address: the envelope sender and the From of what the desk sends

    @property
    def label(self) -> str:
        return f"{self.user}@{self.host}:{self.port}" if self.user else f"{self.host}:{self.port}"


@dataclass(frozen=True)
class SendReport:
    """What the server accepted. `refused` holds recipients it turned down while taking the others
    (address → the server's answer): the mail went out, to fewer people than asked."""

    message_id: str
    accepted: tuple[str, ...]
    refused: dict[str, str] = field(default_factory=dict)


# -- failures ---------------------------------------------------------------------------------------


class SendFailed(PrivacyDeskError):
    """The mail was not sent. `detail` is what the server or the network said (not translated)."""

    def __init__(self, message: str, *, detail: str = "", **params: object) -> None:
        super().__init__(message, **params)
        self.detail = detail


class SmtpUnreachable(SendFailed):
    pass


class SmtpTimedOut(SendFailed):
    pass


class SmtpTlsFailed(SendFailed):
    pass


class SmtpLoginRefused(SendFailed, InvalidInput):
    pass


class SmtpRecipientRefused(SendFailed, InvalidInput):
    pass


class SmtpMessageRefused(SendFailed):
    pass


class SmtpInsecureConnection(SendFailed, InvalidInput):
    pass


class SmtpKeychainFailed(SendFailed):
    pass


def _detail(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        error = exc.smtp_error
        text = error.decode("utf-8", "replace") if isinstance(error, bytes) else str(error)
        return f"{exc.smtp_code} {text}".strip()
    if isinstance(exc, ssl.SSLCertVerificationError):
        return exc.verify_message or str(exc)
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


# -- the keychain -----------------------------------------------------------------------------------


def keychain_key(user: str, host: str) -> str:
    return f"{user}@{host.lower()}"


def stored_password(settings: SmtpSettings, backend: KeyringBackend | None = None) -> str | None:
    """The SMTP password this computer's keychain holds for these settings; None when none is stored.
    `backend` is a keyring backend object (tests); None means keyring's own choice for this system."""
    import keyring  # imported on use: finding the system's backend takes a moment
    from keyring.errors import KeyringError

    try:
        chain = backend if backend is not None else keyring.get_keyring()
        return chain.get_password(KEYRING_SERVICE, keychain_key(settings.user, settings.host))
    except (KeyringError, RuntimeError) as exc:
        raise SmtpKeychainFailed(
            QT_TRANSLATE_NOOP("Errors", "The system keychain could not be used: {reason}"),
            reason=str(exc) or type(exc).__name__,
            detail=_detail(exc),
        ) from exc


# -- sending ----------------------------------------------------------------------------------------


class _Session:
    """One SMTP conversation, its failures turned into `SendFailed`s."""

    def __init__(self, settings: SmtpSettings, ssl_context: ssl.SSLContext | None, timeout: float) -> None:
        self.settings = settings
        self.context = ssl_context or default_ssl_context()
        self.timeout = timeout

    def connect(self) -> smtplib.SMTP:
        settings = self.settings
        if settings.security is SmtpSecurity.NONE and not is_loopback(settings.host):
            raise SmtpInsecureConnection(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "An unencrypted connection is allowed only to this computer. "
                    "Choose STARTTLS or TLS for {host}.",
                ),
                host=settings.host,
            )
        try:
            if settings.security is SmtpSecurity.TLS:
                return smtplib.SMTP_SSL(
                    settings.host, settings.port, timeout=self.timeout, context=self.context
                )
            conn = smtplib.SMTP(settings.host, settings.port, timeout=self.timeout)
        except (OSError, smtplib.SMTPException) as exc:
            raise self.failed(exc) from exc
        if settings.security is SmtpSecurity.STARTTLS:
            try:
                conn.starttls(context=self.context)
            except smtplib.SMTPNotSupportedError as exc:
                conn.close()
                raise SmtpTlsFailed(
                    QT_TRANSLATE_NOOP("Errors", "The mail server {host} does not offer STARTTLS. Try TLS."),
                    host=settings.host,
                    detail=_detail(exc),
                ) from exc
            except (OSError, smtplib.SMTPException) as exc:
                conn.close()
                raise self.failed(exc) from exc
        return conn

    def login(self, conn: smtplib.SMTP, password: str) -> None:
        user = self.settings.user
        if not user:
            return
        try:
            conn.ehlo_or_helo_if_needed()
            mechanisms = conn.esmtp_features.get("auth", "").upper().split()
            if "PLAIN" in mechanisms:
                # smtplib encodes credentials as ASCII; SASL PLAIN carries UTF-8, so a password with
                # non-ASCII characters (RFC 4616) is sent by hand.
                token = b"\0" + user.encode("utf-8") + b"\0" + password.encode("utf-8")
                code, answer = conn.docmd("AUTH", "PLAIN " + base64.b64encode(token).decode("ascii"))
                if code != 235:
                    raise smtplib.SMTPAuthenticationError(code, answer)
            else:
                conn.login(user, password)
        except (smtplib.SMTPAuthenticationError, UnicodeEncodeError) as exc:
            raise SmtpLoginRefused(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The mail server {host} refused the login for {user}. "
                    "Check the user name and the password.",
                ),
                host=self.settings.host,
                user=user,
                detail=_detail(exc),
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            raise SmtpLoginRefused(
                QT_TRANSLATE_NOOP("Errors", "The mail server {host} offers no login over this connection."),
                host=self.settings.host,
                detail=_detail(exc),
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise self.failed(exc) from exc

    def failed(self, exc: BaseException) -> SendFailed:
        """The failure a user is told for a network, TLS or protocol error."""
        host, port = self.settings.host, self.settings.port
        if isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(exc.__context__, TimeoutError):
            exc = exc.__context__  # smtplib words a read that timed out as a lost connection
        if isinstance(exc, TimeoutError):
            return SmtpTimedOut(
                QT_TRANSLATE_NOOP(
                    "Errors", "The mail server {host} (port {port}) did not answer in time. Try again later."
                ),
                host=host,
                port=port,
                detail=_detail(exc),
            )
        if isinstance(exc, ssl.SSLError | ssl.CertificateError):
            return SmtpTlsFailed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A secure (TLS) connection to the mail server {host} failed. "
                    "Check the connection security and the port.",
                ),
                host=host,
                detail=_detail(exc),
            )
        if isinstance(exc, smtplib.SMTPNotSupportedError):  # e.g. an address in Japanese, no SMTPUTF8
            return SmtpMessageRefused(
                QT_TRANSLATE_NOOP("Errors", "The mail server {host} refused the message: {answer}"),
                host=host,
                answer=str(exc),
                detail=_detail(exc),
            )
        if isinstance(exc, smtplib.SMTPResponseException):
            return SmtpMessageRefused(
                QT_TRANSLATE_NOOP("Errors", "The mail server {host} refused the message: {answer}"),
                host=host,
                answer=_detail(exc),
                detail=_detail(exc),
            )
        return SmtpUnreachable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Could not connect to the mail server {host} (port {port}). "
                "Check the server name and the port, and that this computer is online.",
            ),
            host=host,
            port=port,
            detail=_detail(exc),
        )


def _recipients(message: EmailMessage) -> list[str]:
    values = [str(value) for name in ("To", "Cc", "Bcc") for value in message.get_all(name, [])]
    return list(dict.fromkeys(address for _, address in getaddresses(values) if address))


def send(
    message: EmailMessage,
    settings: SmtpSettings,
    password: str,
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> SendReport:
    """Send `message` to its To, Cc and Bcc (Bcc is not transmitted) from `settings.from_address`.
    Raises a `SendFailed` when nobody got it; a partial refusal is in the report."""
    session = _Session(settings, ssl_context, timeout)
    recipients = _recipients(message)
    conn = session.connect()
    try:
        session.login(conn, password)
        try:
            refused = conn.send_message(message, from_addr=settings.from_address, to_addrs=recipients)
        except smtplib.SMTPRecipientsRefused as exc:
            answers = {address: _answer(reply) for address, reply in exc.recipients.items()}
            raise SmtpRecipientRefused(
                QT_TRANSLATE_NOOP("Errors", "The mail server {host} refused the recipient {recipients}."),
                host=settings.host,
                recipients=", ".join(answers),
                detail="; ".join(f"{address}: {answer}" for address, answer in answers.items()),
            ) from exc
        except smtplib.SMTPSenderRefused as exc:
            raise SmtpMessageRefused(
                QT_TRANSLATE_NOOP(
                    "Errors", "The mail server {host} does not accept mail from {sender}: {answer}"
                ),
                host=settings.host,
                sender=settings.from_address,
                answer=_detail(exc),
                detail=_detail(exc),
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise session.failed(exc) from exc
    finally:
        _quit(conn)
    answers = {address: _answer(reply) for address, reply in refused.items()}
    accepted = tuple(address for address in recipients if address not in answers)
    return SendReport(message_id_of(message), accepted, answers)


def _answer(reply: tuple[int, bytes]) -> str:
    code, text = reply
    return f"{code} {text.decode('utf-8', 'replace')}".strip()


def _quit(conn: smtplib.SMTP) -> None:
    try:
        conn.quit()
    except (OSError, smtplib.SMTPException):
        conn.close()


def send_test_mail(
    settings: SmtpSettings,
    password: str,
    to: str,
    *,
    desk: Desk,
    language: str,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> SendReport:
    """A short mail to `to` that says the sending settings work (Settings' "Send test mail")."""
    text = probe_mail_text(language, desk=desk.name or desk.address, address=desk.address)
    message = EmailMessage(policy=MAIL_POLICY)
    message["From"] = Address(display_name=desk.name, addr_spec=desk.address)
    message["To"] = parse_addresses([to])
    message["Subject"] = text.subject
    message["Date"] = format_datetime(datetime.now(UTC))
    message["Message-ID"] = f"<{new_message_id(desk.domain)}>"
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-reply should answer it
    message.set_content(text.body, charset="utf-8", cte=None if text.body.isascii() else "base64")
    return send(message, settings, password, ssl_context=ssl_context, timeout=timeout)
