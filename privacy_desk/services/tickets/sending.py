"""Replies and new mail sent from the desk through the office's SMTP server (docs/ARCHITECTURE.md §11).

A send runs in three steps so that no database lock is held while the network is slow: the ticket and
the settings are read, the mail goes to the server (no transaction open), and then what was sent is
recorded in one unit of work — the outgoing message under the Message-ID that went out (a reply to it
threads back by In-Reply-To), the first response, the audit entry. A refused send records nothing: the
composer keeps the draft and says why. Last, a copy goes to the mailbox's Sent folder over IMAP when the
mailbox is set up; that failing is a warning, the mail was sent.

The SMTP password is in this computer's keychain (`mail.smtp.KEYRING_SERVICE`, through the IMAP
password's `PasswordStore`); anyone at the desk may store it for the configured account.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from privacy_desk.config import (
    IMAP_FOLDER,
    IMAP_HOST,
    IMAP_PORT,
    IMAP_SECURITY,
    IMAP_USER,
    SMTP_FROM_ADDRESS,
    SMTP_FROM_NAME,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    setting_int,
)
from privacy_desk.domain.reply_templates import DESK_ADDRESS, DESK_NAME, ReplyTemplate
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, PrivacyDeskError, read_only_database
from privacy_desk.intake.imap import DEFAULT_TIMEOUT, ImapAccount, Security
from privacy_desk.mail import smtp
from privacy_desk.mail.compose import (
    MAIL_POLICY,
    SIGNATURE_SEPARATOR,
    Desk,
    Original,
    Outgoing,
    compose,
    message_id_of,
)
from privacy_desk.mail.smtp import SendReport, SmtpSecurity, SmtpSettings
from privacy_desk.mail.templates import default_signature
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.office import read_office_settings
from privacy_desk.services.core.writing import writing
from privacy_desk.services.tickets.mail_fetch import PasswordStore
from privacy_desk.services.tickets.policy import load_policy
from privacy_desk.services.tickets.replies import OutgoingRecord, ReplyDraft, check_reply, record_outgoing
from privacy_desk.services.tickets.sending_draft import compose_draft, last_incoming
from privacy_desk.services.tickets.store import get_ticket
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import User

if TYPE_CHECKING:
    from collections.abc import Mapping

    from privacy_desk.services.container import Services


class SendingNotSetUp(InvalidInput):
    """Sending is not possible from this desk yet: what to set up, and where."""


class SentNotRecorded(PrivacyDeskError):
    """The server took the mail, the database did not take the record of it."""


@dataclass(frozen=True)
class Composition:
    """What the composer opens with: the draft, and why Send cannot be used here (None: it can)."""

    draft: ReplyDraft
    problem: PrivacyDeskError | None
    read_only: bool = False  # nothing can be recorded either: logging a reply sent elsewhere neither
    replyable: bool = True  # the ticket has a mail to reply to (else only a new mail)


@dataclass(frozen=True)
class SentMail:
    message_id: int  # the thread entry
    header_id: str  # the Message-ID that went out
    report: SendReport
    sent_folder: str | None = None  # where the copy went
    sent_warning: PrivacyDeskError | None = None  # why no copy was kept in Sent
    refused: dict[str, str] = field(default_factory=dict)


def smtp_settings_of(values: Mapping[str, object]) -> SmtpSettings | None:
    """The office's sending settings, or None while the server or the desk's address is missing."""
    host, address = str(values[SMTP_HOST.key] or ""), str(values[SMTP_FROM_ADDRESS.key] or "")
    if not (host and address):
        return None
    return SmtpSettings(
        host=host,
        port=setting_int(values[SMTP_PORT.key]),
        security=SmtpSecurity(str(values[SMTP_SECURITY.key])),
        user=str(values[SMTP_USER.key] or ""),
        from_address=address,
    )


def desk_of(values: Mapping[str, object], language: str) -> Desk:
    """Who the mail is from: the desk's address and its name (the office's, else the usual one in the
    reply's language)."""
    name = str(values[SMTP_FROM_NAME.key] or "") or DESK_NAME.get(language, DESK_NAME["en"])
    return Desk(str(values[SMTP_FROM_ADDRESS.key] or "") or DESK_ADDRESS, name)


def _not_set_up() -> SendingNotSetUp:
    return SendingNotSetUp(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Sending mail is not set up: an administrator enters the sending server and the desk's "
            "address in File › Settings › Sending Mail. Until then, open the reply in your mail client.",
        )
    )


def _no_password(settings: SmtpSettings) -> SendingNotSetUp:
    return SendingNotSetUp(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The password for {user} on {host} is not in this computer's keychain. "
            "Enter it in File › Settings › Sending Mail.",
        ),
        user=settings.user,
        host=settings.host,
    )


class SendingService:
    def __init__(
        self,
        db: Database,
        actor: Actor,
        *,
        passwords: PasswordStore | None = None,
        imap_passwords: PasswordStore | None = None,
        ssl_context: ssl.SSLContext | None = None,
        imap_ssl_context: ssl.SSLContext | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._db = db
        self._actor = actor
        self.passwords = passwords or PasswordStore(service=smtp.KEYRING_SERVICE)
        self._imap_passwords = imap_passwords or PasswordStore()
        self._ssl_context = ssl_context
        self._imap_ssl_context = imap_ssl_context
        self._timeout = timeout

    def _values(self) -> Mapping[str, object]:
        with self._db.transaction() as session:
            return read_office_settings(session)

    # -- the password -------------------------------------------------------------------------------

    def password(self, settings: SmtpSettings) -> str | None:
        """The stored password; "" for a server that takes mail without a login."""
        return "" if not settings.user else self.passwords.get(settings.user, settings.host)

    def store_password(self, settings: SmtpSettings, password: str) -> None:
        """Keep `password` in this computer's keychain for `settings`' account (empty: remove it)."""
        self._actor.require(Permission.WORK_CASES)
        if not settings.user:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Enter the user name the password belongs to."))
        if password:
            self.passwords.set(settings.user, settings.host, password)
        else:
            self.passwords.delete(settings.user, settings.host)

    def has_password(self, settings: SmtpSettings) -> bool:
        return self.password(settings) is not None

    # -- composing ----------------------------------------------------------------------------------

    def problem(self, values: Mapping[str, object] | None = None) -> PrivacyDeskError | None:
        """Why this desk cannot send now, said before anything is written (None: it can)."""
        if self._db.read_only:
            return read_only_database()
        settings = smtp_settings_of(values if values is not None else self._values())
        if settings is None:
            return _not_set_up()
        try:
            if self.password(settings) is None:
                return _no_password(settings)
        except PrivacyDeskError as error:  # the keychain itself failed: that is the reason
            return error
        return None

    def signature(self, values: Mapping[str, object], language: str) -> str:
        """The actor's own signature, or the default in the reply's language."""
        own, default = self.signatures(language, values)
        return default if own is None else own

    def signatures(self, language: str, values: Mapping[str, object] | None = None) -> tuple[str | None, str]:
        """(the actor's own signature or None, the default one in `language`), for the signature form."""
        values = values if values is not None else self._values()
        with self._db.transaction() as session:
            user = session.get(User, self._actor.id) if self._actor.id is not None else None
            own = user.signature if user is not None else None
        desk = desk_of(values, language)
        user_name = self._actor.display_name
        return own, default_signature(language, user=user_name, desk=desk.name, address=desk.address)

    def compose(
        self, ticket_id: int, template: ReplyTemplate, language: str, *, new_mail: bool = False
    ) -> Composition:
        values = self._values()
        signature = self.signature(values, language)
        with self._db.transaction() as session:
            draft = compose_draft(
                session,
                ticket_id,
                template,
                language,
                desk=desk_of(values, language),
                signature=signature,
                office_tz=load_policy(values).office_tz,
                new_mail=new_mail,
            )
            replyable = last_incoming(session, ticket_id) is not None
        return Composition(draft, self.problem(values), read_only=self._db.read_only, replyable=replyable)

    # -- sending ------------------------------------------------------------------------------------

    def send(self, draft: ReplyDraft) -> SentMail:
        """Send the draft as written (its body is the whole mail), then record it on the ticket."""
        self._actor.require(Permission.WORK_CASES)
        check_reply(draft)
        values = self._values()
        if (problem := self.problem(values)) is not None:
            raise problem
        settings = smtp_settings_of(values)
        assert settings is not None  # problem() said so
        password = self.password(settings) or ""
        with self._db.transaction() as session:
            ref = get_ticket(session, draft.ticket_id).ref
        desk = desk_of(values, draft.language)
        policy = load_policy(values)
        now = datetime.now(UTC)
        message = compose(_outgoing(draft, ref), desk, now=now, office_tz=policy.office_tz)
        report = smtp.send(message, settings, password, ssl_context=self._ssl_context, timeout=self._timeout)
        raw = message.as_bytes(policy=MAIL_POLICY)
        record = OutgoingRecord(
            message_id_of(message), str(message["Subject"]), desk.address, desk.name, now, raw
        )
        try:
            with writing(self._db, self._actor) as work:
                entry = record_outgoing(
                    work,
                    load_policy(work.settings()),
                    draft,
                    record,
                    action="send",
                    accepted=list(report.accepted),
                    refused=sorted(report.refused),
                )
                entry_id = entry.id
        except PrivacyDeskError as error:
            raise SentNotRecorded(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The mail was sent, but it could not be recorded in {ref}: {reason} "
                    "Add a note to the ticket that it was answered.",
                ),
                ref=ref,
                reason=error,
            ) from error
        folder, warning = self._copy_to_sent(message, values)
        return SentMail(entry_id, record.message_id, report, folder, warning, dict(report.refused))

    def _copy_to_sent(
        self, message: Any, values: Mapping[str, object]
    ) -> tuple[str | None, PrivacyDeskError | None]:
        from privacy_desk.mail.sent_folder import append_to_sent

        account = ImapAccount(
            str(values[IMAP_HOST.key] or ""),
            setting_int(values[IMAP_PORT.key]),
            Security(str(values[IMAP_SECURITY.key])),
            str(values[IMAP_USER.key] or ""),
            str(values[IMAP_FOLDER.key] or "INBOX"),
        )
        if not (account.host and account.user):
            return None, None  # no mailbox set up: nothing to copy to
        try:
            password = self._imap_passwords.get(account.user, account.host)
            if password is None:
                return None, SendingNotSetUp(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "No copy was kept in the Sent folder: the mailbox password is not in this "
                        "computer's keychain.",
                    )
                )
            folder = append_to_sent(
                message, account, password, ssl_context=self._imap_ssl_context, timeout=self._timeout
            )
        except PrivacyDeskError as error:
            return None, error
        return folder, None

    def send_test_mail(
        self, to: str, language: str, settings: SmtpSettings, password: str | None = None
    ) -> SendReport:
        """Settings' "Send Test Mail": the settings as typed, the password typed or else the stored one.
        Only who may change the sending settings tries them (the mail goes out under the desk's name)."""
        self._actor.require(Permission.EDIT_OFFICE_SETTINGS)
        if password is None:
            password = self.password(settings)
            if password is None:
                raise _no_password(settings)
        desk = desk_of({**self._values(), SMTP_FROM_ADDRESS.key: settings.from_address}, language)
        return smtp.send_test_mail(
            settings,
            password,
            to.strip(),
            desk=desk,
            language=language,
            ssl_context=self._ssl_context,
            timeout=self._timeout,
        )


def _outgoing(draft: ReplyDraft, ref: str) -> Outgoing:
    original = (
        Original(message_id=draft.in_reply_to, references=draft.references) if draft.in_reply_to else None
    )
    body, signature = split_signature(draft.body)
    return Outgoing(
        language=draft.language,
        ref=ref,
        to=draft.to,
        cc=draft.cc,
        subject=draft.subject,
        body=body,
        signature=signature,
        original=original,
        quote_original=False,  # the body holds the signature and the quote as the user left them
    )


def split_signature(text: str) -> tuple[str, str]:
    """The reply and what follows its "-- " line (the signature, then the quote): `compose` trims the
    reply's trailing spaces, which would turn the separator into an ordinary "--"."""
    lines = text.replace("\r\n", "\n").split("\n")
    if SIGNATURE_SEPARATOR not in lines:
        return text, ""
    at = lines.index(SIGNATURE_SEPARATOR)
    return "\n".join(lines[:at]), "\n".join(lines[at + 1 :])


def open_sending(services: Services, **options: Any) -> SendingService:
    """The service for the GUI (built on the worker) and the tests; `options` go to SendingService
    (passwords, imap_passwords, ssl_context, imap_ssl_context, timeout)."""
    return SendingService(services.db, services.actor, **options)


__all__ = [
    "Composition",
    "SendingNotSetUp",
    "SendingService",
    "SentMail",
    "SentNotRecorded",
    "desk_of",
    "open_sending",
    "smtp_settings_of",
]
