"""Polling the shared mailbox: new mail on the IMAP server becomes tickets, once each.

Settings (host, port, security, user, folder, interval) are office settings; the password is kept only
in this computer's keychain (`keyring`, service "Privacy Desk IMAP", user "user@host"), never in the
database or the settings file. A desk without the password in its keychain does not poll.

Incremental by UID. The state {uidvalidity, last_uid, retry} of each host/user/folder is a row of the
settings table, written every few messages and whenever a fetch stops. It is written only *after* the
messages it covers were imported, so a crash at any point can only make the next fetch see some
messages again, never skip one; the import stores each Message-ID once, so a repeat counts as a
duplicate and adds nothing. A new UIDVALIDITY means the server renumbered the folder: it is read again
from the start, and the same deduplication keeps that harmless. A message whose import fails is kept
in `retry` and tried again on every fetch until it is in.
"""

from __future__ import annotations

import hashlib
import logging
import ssl
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.exc import InterfaceError, OperationalError

from privacy_desk.config import (
    IMAP_FOLDER,
    IMAP_HOST,
    IMAP_INTERVAL,
    IMAP_PORT,
    IMAP_SECURITY,
    IMAP_USER,
    OfficeSetting,
    setting_int,
)
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, PrivacyDeskError, StorageError
from privacy_desk.intake import imap
from privacy_desk.intake.imap import ImapAccount, Security
from privacy_desk.intake.imap_mailbox import ImapMailbox
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.writing import writing
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import Setting

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    from privacy_desk.services.container import Services

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Privacy Desk IMAP"
STATE_PREFIX = "imap_state."
SAVE_EVERY = 20  # messages between state writes: the most a hard crash can make the next fetch repeat
MAX_FAILURES_IN_A_ROW = 10  # more than this and the import itself is broken: stop instead of reading all

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ImportSink(Protocol):
    """Stores one raw message idempotently (by Message-ID) in its own transaction.
    True when it was new, False when it was already there."""

    def import_raw(self, actor: Actor, raw: bytes, origin: str) -> bool: ...


class KeychainError(StorageError):
    """The operating system's keychain could not be used."""


class MailNotConfigured(InvalidInput):
    pass


@dataclass(frozen=True)
class FetchSummary:
    fetched: int = 0
    imported: int = 0
    duplicates: int = 0
    failed: int = 0
    cancelled: bool = False
    rescanned: bool = False  # the server's UIDVALIDITY changed: the whole folder was read again

    def as_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int
    security: Security
    user: str
    folder: str
    interval_minutes: int

    @property
    def account(self) -> ImapAccount:
        return ImapAccount(self.host, self.port, self.security, self.user, self.folder)

    @property
    def complete(self) -> bool:
        return bool(self.host and self.user)


@dataclass
class FetchState:
    uidvalidity: int = 0
    last_uid: int = 0
    retry: set[int] = field(default_factory=set)
    checked_at: str | None = None

    @classmethod
    def from_json(cls, value: object) -> FetchState:
        if not isinstance(value, dict):
            return cls()
        try:
            return cls(
                uidvalidity=int(value.get("uidvalidity", 0)),
                last_uid=int(value.get("last_uid", 0)),
                retry={int(uid) for uid in value.get("retry", [])},
                checked_at=value.get("checked_at"),
            )
        except (TypeError, ValueError):
            return cls()  # unreadable state: read the folder again, deduplication keeps it harmless


def _too_many_failures(count: int, last: Exception) -> PrivacyDeskError:
    return PrivacyDeskError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Stopped fetching mail: {count} messages in a row could not be imported. "
            "The last reason: {reason}",
        ),
        count=count,
        reason=str(last) or type(last).__name__,
    )


def state_key(account: ImapAccount) -> str:
    """The settings key of one host/user/folder's state (short enough for the key column)."""
    identity = "\n".join((account.host.lower(), account.user, account.folder))
    return STATE_PREFIX + hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]


def origin_of(account: ImapAccount, uidvalidity: int, uid: int) -> str:
    """Where a message came from, as an IMAP URL (RFC 5092)."""
    return f"imap://{account.user}@{account.host}:{account.port}/{account.folder};UIDVALIDITY={uidvalidity}/;UID={uid}"


class PasswordStore:
    """The IMAP password in the OS keychain (Windows Credential Manager, macOS Keychain, Secret Service).

    `backend` is a keyring backend object; None means keyring's own choice for this system.
    """

    def __init__(self, backend: KeyringBackend | None = None, *, service: str = KEYRING_SERVICE) -> None:
        self._backend = backend
        self.service = service

    @staticmethod
    def key(user: str, host: str) -> str:
        return f"{user}@{host.lower()}"

    def _keyring(self) -> KeyringBackend:
        if self._backend is not None:
            return self._backend
        import keyring  # imported on use: finding the system's backend takes a moment

        return keyring.get_keyring()

    def _failed(self, exc: Exception) -> KeychainError:
        return KeychainError(
            QT_TRANSLATE_NOOP("Errors", "The system keychain could not be used: {detail}"),
            detail=str(exc) or type(exc).__name__,
        )

    def get(self, user: str, host: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            return self._keyring().get_password(self.service, self.key(user, host))
        except (KeyringError, RuntimeError) as exc:
            raise self._failed(exc) from exc

    def set(self, user: str, host: str, password: str) -> None:
        from keyring.errors import KeyringError

        try:
            self._keyring().set_password(self.service, self.key(user, host), password)
        except (KeyringError, RuntimeError) as exc:
            raise self._failed(exc) from exc

    def delete(self, user: str, host: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self._keyring().delete_password(self.service, self.key(user, host))
        except PasswordDeleteError:
            pass  # nothing stored: already the wanted result
        except (KeyringError, RuntimeError) as exc:
            raise self._failed(exc) from exc


class MailFetchService:
    def __init__(
        self,
        db: Database,
        settings: OfficeSettingsService,
        actor: Actor,
        sink: ImportSink,
        *,
        passwords: PasswordStore | None = None,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = imap.DEFAULT_TIMEOUT,
    ) -> None:
        self._db = db
        self._settings = settings
        self._actor = actor
        self._sink = sink
        self.passwords = passwords or PasswordStore()
        self._ssl_context = ssl_context
        self._timeout = timeout

    # -- settings ---------------------------------------------------------------------------------

    def settings(self) -> MailSettings:
        values = self._settings.values()
        return MailSettings(
            host=str(values[IMAP_HOST.key] or ""),
            port=setting_int(values[IMAP_PORT.key]),
            security=Security(str(values[IMAP_SECURITY.key])),
            user=str(values[IMAP_USER.key] or ""),
            folder=str(values[IMAP_FOLDER.key] or "INBOX"),
            interval_minutes=setting_int(values[IMAP_INTERVAL.key]),
        )

    def configure(
        self,
        actor: Actor,
        *,
        host: str,
        port: int,
        security: str,
        user: str,
        folder: str = "INBOX",
        interval_minutes: int = 0,
        password: str | None = None,
    ) -> None:
        """Save the mail settings (audited) and, when given, the password in this computer's keychain.
        All values are checked first: a bad one changes nothing. An empty password removes it."""
        actor.require(Permission.EDIT_OFFICE_SETTINGS)
        changes: dict[OfficeSetting, object] = {
            IMAP_HOST: imap.check_host(host),
            IMAP_PORT: imap.check_port(port),
            IMAP_SECURITY: imap.check_security(security),
            IMAP_USER: imap.check_user(user),
            IMAP_FOLDER: imap.check_folder(folder),
            IMAP_INTERVAL: imap.check_interval(interval_minutes),
        }
        if password is not None:
            new_user, new_host = str(changes[IMAP_USER]), str(changes[IMAP_HOST])
            old = self.settings()
            if password:
                self.passwords.set(new_user, new_host, password)
            else:
                self.passwords.delete(new_user, new_host)
            if (old.user, old.host.lower()) != (new_user, new_host.lower()) and old.complete:
                self.passwords.delete(old.user, old.host)
        self._settings.set_many(actor, changes)

    def has_password(self) -> bool:
        current = self.settings()
        return current.complete and self.passwords.get(current.user, current.host) is not None

    def polls_here(self) -> bool:
        """Whether this desk's interval timer should run: an interval is set and the password is here."""
        current = self.settings()
        return current.interval_minutes > 0 and self.has_password()

    def last_checked(self) -> datetime | None:
        current = self.settings()
        if not current.complete:
            return None
        checked = self._load_state(state_key(current.account)).checked_at
        return datetime.fromisoformat(checked) if checked else None

    # -- the connection ---------------------------------------------------------------------------

    def _mailbox(self, account: ImapAccount, password: str) -> ImapMailbox:
        return ImapMailbox(account, password, ssl_context=self._ssl_context, timeout=self._timeout)

    def check_connection(self, account: ImapAccount | None = None, password: str | None = None) -> int:
        """Connect, log in and open the folder; the number of messages in it. For the settings
        dialog's "Test" button: with no arguments, the saved settings and the stored password."""
        if account is None:
            account = self._configured_account()
        if password is None:
            password = self._password(account)
        with self._mailbox(account, password) as box:
            return box.exists

    def _configured_account(self) -> ImapAccount:
        current = self.settings()
        if not current.complete:
            raise MailNotConfigured(
                QT_TRANSLATE_NOOP(
                    "Errors", "Fetching mail is not set up: enter the mail server and the user name."
                )
            )
        return current.account

    def _password(self, account: ImapAccount) -> str:
        password = self.passwords.get(account.user, account.host)
        if password is None:
            raise MailNotConfigured(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The password for {user} on {host} is not in this computer's keychain. "
                    "Enter it in the mail settings.",
                ),
                user=account.user,
                host=account.host,
            )
        return password

    # -- fetching ---------------------------------------------------------------------------------

    def fetch_now(self, progress: Progress | None = None, cancel: Cancel | None = None) -> FetchSummary:
        """Import every message not yet imported from the configured folder; safe to run at any time
        and from several desks. `progress(done, total)` after each message; `cancel()` is asked
        between messages and stops cleanly (what was imported stays, the rest comes next time)."""
        self._actor.require(Permission.WORK_CASES)
        account = self._configured_account()
        password = self._password(account)
        key = state_key(account)
        stored = self._load_state(key)
        with self._mailbox(account, password) as box:
            return self._fetch(box, account, key, stored, progress, cancel)

    def _fetch(
        self,
        box: ImapMailbox,
        account: ImapAccount,
        key: str,
        state: FetchState,
        progress: Progress | None,
        cancel: Cancel | None,
    ) -> FetchSummary:
        rescanned = False
        if state.uidvalidity != box.uidvalidity:
            rescanned = state.uidvalidity != 0
            if rescanned:
                log.info("UIDVALIDITY of %s changed: reading the whole folder again", account.label)
            state = FetchState(uidvalidity=box.uidvalidity)
        known = set(state.retry)
        sizes = box.sizes(sorted(known) + box.uids_from(state.last_uid + 1))
        state.retry &= sizes.keys()  # a failed message deleted on the server meanwhile is not retried
        total = len(sizes)
        if progress:
            progress(0, total)
        counts = {"fetched": 0, "imported": 0, "duplicates": 0, "failed": 0}
        cancelled = False
        failures_in_a_row = 0
        done = 0
        try:
            for uid, raw in box.fetch(sizes):
                if cancel is not None and cancel():
                    cancelled = True
                    break
                if raw is None:
                    # Listed a moment ago, not sent now: try again next time, when a message that
                    # was deleted meanwhile is no longer listed and drops out of `retry`.
                    state.retry.add(uid)
                else:
                    counts["fetched"] += 1
                    outcome = self._import_one(raw, origin_of(account, box.uidvalidity, uid))
                    if isinstance(outcome, Exception):
                        counts["failed"] += 1
                        failures_in_a_row += 1
                        state.retry.add(uid)
                        log.warning("Could not import UID %s of %s", uid, account.label, exc_info=outcome)
                        if failures_in_a_row > MAX_FAILURES_IN_A_ROW:
                            raise _too_many_failures(failures_in_a_row, outcome) from outcome
                    else:
                        failures_in_a_row = 0
                        counts["imported" if outcome else "duplicates"] += 1
                        state.retry.discard(uid)
                if uid not in known:
                    state.last_uid = max(state.last_uid, uid)
                done += 1
                if done % SAVE_EVERY == 0:
                    self._save_state(key, account, state, known)
                if progress:
                    progress(done, total)
        except BaseException:
            # Keep what is done, but let the original error through even if the database is the
            # reason this failed and saving fails as well.
            try:
                self._save_state(key, account, state, known)
            except Exception:
                log.warning("Could not save the IMAP state of %s", account.label, exc_info=True)
            raise
        state.checked_at = datetime.now(UTC).isoformat(timespec="seconds")
        self._save_state(key, account, state, known)
        return FetchSummary(**counts, cancelled=cancelled, rescanned=rescanned)

    def _import_one(self, raw: bytes, origin: str) -> bool | Exception:
        """True when new, False for a duplicate, or the error that kept this one message out (it is
        retried next time). A lost database connection is raised: every other message would fail too."""
        try:
            return self._sink.import_raw(self._actor, raw, origin)
        except StorageError as exc:
            if isinstance(exc.__cause__, OperationalError | InterfaceError):
                raise
            return exc
        except Exception as exc:  # one bad message never stops the fetch
            return exc

    # -- state ------------------------------------------------------------------------------------

    def _load_state(self, key: str) -> FetchState:
        with self._db.transaction() as session:
            row = session.get(Setting, key)
            return FetchState.from_json(row.value if row is not None else None)

    def _save_state(self, key: str, account: ImapAccount, state: FetchState, known: set[int]) -> None:
        """Write the state, merged with what another desk may have written meanwhile: never move
        last_uid back, and keep the failures it recorded after this fetch read `known` (the retry
        list this fetch started from and has dealt with). Under the write lock and the row's lock, so
        two desks' merges do not overwrite each other; not audited: it is the fetch's bookmark, and the
        messages it stored are audited one by one."""
        with writing(self._db, self._actor) as work:
            session = work.session
            row = session.get(Setting, key, with_for_update=True)
            stored = FetchState.from_json(row.value if row is not None else None)
            last_uid, retry = state.last_uid, set(state.retry)
            if stored.uidvalidity == state.uidvalidity:
                last_uid = max(last_uid, stored.last_uid)
                retry |= stored.retry - known
            value = {
                "host": account.host,
                "user": account.user,
                "folder": account.folder,
                "uidvalidity": state.uidvalidity,
                "last_uid": last_uid,
                "retry": sorted(retry),
                "checked_at": state.checked_at or stored.checked_at,
            }
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value


def open_mail_fetch(services: Services, **options: Any) -> MailFetchService:
    """The service wired to the tickets import, for the GUI's "Fetch now" and timer and for the CLI.
    `options` go to MailFetchService (passwords, ssl_context, timeout)."""
    return MailFetchService(services.db, services.settings, services.actor, services.ticket_import, **options)
