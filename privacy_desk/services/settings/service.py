"""Office-wide settings stored in the database, validated and audited."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from privacy_desk.config import (
    ATTACHMENT_MAX_BYTES,
    CASE_TICKET_FOLLOW,
    COMPANY_CLOSURES,
    DUE_SOON_DAYS,
    IDENTITY_DOCUMENTS,
    IMAP_FOLDER,
    IMAP_HOST,
    IMAP_INTERVAL,
    IMAP_PORT,
    IMAP_SECURITY,
    IMAP_USER,
    INCIDENT_DESTINATION,
    INCIDENT_SETTINGS,
    INTERNAL_DUE_DAYS,
    MAIL_SETTINGS,
    MAX_FEE_YEN,
    OFFICE_TIMEZONE,
    REQUEST_FEE_YEN,
    SENDING_SETTINGS,
    TICKET_FIRST_RESPONSE_DAYS,
    OfficeSetting,
    setting_int,
    setting_texts,
)
from privacy_desk.domain.cases import TicketFollow
from privacy_desk.domain.closures import ClosureCalendar
from privacy_desk.domain.requests import RequestPolicy
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.office import read_office_settings
from privacy_desk.services.core.versions import SETTINGS_WORD, refuse_stale
from privacy_desk.services.core.writing import Work, writing
from privacy_desk.services.settings.sending import validate_sending
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import Setting


def _validate_days(value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter a whole number of days from {low} to {high}."),
            low=low,
            high=high,
        )
    return value


def _validate_timezone(value: object) -> str:
    try:
        ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Unknown time zone: {zone}"), zone=value) from exc
    return str(value)


def _validate_closures(value: object) -> list[str]:
    if not isinstance(value, list | tuple | set | frozenset):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Company closure days must be a list of dates."))
    try:
        days = {item if isinstance(item, date) else date.fromisoformat(str(item)) for item in value}
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Company closure days must be a list of dates.")
        ) from exc
    return sorted(day.isoformat() for day in days)


MAX_ATTACHMENT_CAP = 1_000_000_000  # SQLite's largest value by default (PostgreSQL's bytea: 1 GB)


def _validate_attachment_size(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_ATTACHMENT_CAP:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter a size in bytes from 0 to {high}."), high=MAX_ATTACHMENT_CAP
        )
    return value


def _validate_fee(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FEE_YEN:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter a fee in yen from 0 to {high}."), high=MAX_FEE_YEN
        )
    return value


def _validate_documents(value: object) -> list[str]:
    if not isinstance(value, list | tuple):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Identity documents must be a list of names."))
    names: list[str] = []
    for item in value:
        name = str(item).strip()
        if name and name not in names:
            names.append(name)
    if not names:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Name at least one identity document."))
    return names


def _validate_follow(value: object) -> str:
    if value not in set(TicketFollow):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Unknown choice for what a converted ticket does."))
    return str(value)


COMPANY_TEXT_MAX = 500


def _validate_incident(setting: OfficeSetting, value: object) -> str:
    """The company as a breach report names it, and where reports go (domain.incidents.Destination)."""
    from privacy_desk.domain.incidents import Destination

    if setting is INCIDENT_DESTINATION:
        if value not in set(Destination):
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Unknown destination for breach reports."))
        return str(value)
    if not isinstance(value, str) or len(value.strip()) > COMPANY_TEXT_MAX:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter a text of up to {high} characters."), high=COMPANY_TEXT_MAX
        )
    return value.strip()


def _validate_mail(setting: OfficeSetting, value: object) -> object:
    from privacy_desk.intake import imap  # imaplib and ssl load only when mail settings change

    checks = {
        IMAP_HOST: imap.check_host,
        IMAP_PORT: imap.check_port,
        IMAP_SECURITY: imap.check_security,
        IMAP_USER: imap.check_user,
        IMAP_FOLDER: imap.check_folder,
        IMAP_INTERVAL: imap.check_interval,
    }
    return checks[setting](value)


def _validate(setting: OfficeSetting, value: object) -> object:
    if setting in MAIL_SETTINGS:
        return _validate_mail(setting, value)
    if setting in SENDING_SETTINGS:
        return validate_sending(setting, value)
    if setting is OFFICE_TIMEZONE:
        return _validate_timezone(value)
    if setting is COMPANY_CLOSURES:
        return _validate_closures(value)
    if setting is DUE_SOON_DAYS:
        return _validate_days(value, 0, 60)
    if setting is TICKET_FIRST_RESPONSE_DAYS:
        return _validate_days(value, 1, 60)
    if setting is ATTACHMENT_MAX_BYTES:
        return _validate_attachment_size(value)
    if setting is REQUEST_FEE_YEN:
        return _validate_fee(value)
    if setting is IDENTITY_DOCUMENTS:
        return _validate_documents(value)
    if setting is CASE_TICKET_FOLLOW:
        return _validate_follow(value)
    if setting in INCIDENT_SETTINGS:
        return _validate_incident(setting, value)
    return _validate_days(value, 1, 365)  # internal due days


def stored_setting(session: Session, setting: OfficeSetting) -> object:
    """`setting`'s stored value, or its default, read in the caller's transaction."""
    row = session.get(Setting, setting.key)
    return setting.default if row is None else row.value


def office_tz(session: Session) -> ZoneInfo:
    """The office's time zone, read in the caller's transaction."""
    return ZoneInfo(str(stored_setting(session, OFFICE_TIMEZONE)))


class OfficeSettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def values(self) -> dict[str, object]:
        """Every office setting with its stored value or default, in one query (a read of its own: a
        call that writes reads them from its unit of work, `Work.settings`)."""
        with self._db.transaction() as session:
            return dict(read_office_settings(session))

    def get(self, setting: OfficeSetting) -> object:
        with self._db.transaction() as session:
            return stored_setting(session, setting)

    def set_many(
        self, actor: Actor, changes: dict[OfficeSetting, object], *, read: dict[str, object] | None = None
    ) -> None:
        """Validate all, then write all in one transaction: a bad value changes nothing. `read`: the
        values (by key) the administrator's form showed; when another desk has changed one of the
        settings being saved since, nothing is saved (StaleEdit, with every value as stored now)."""
        actor.require(Permission.EDIT_OFFICE_SETTINGS)
        clean = {setting: _validate(setting, value) for setting, value in changes.items()}
        with writing(self._db, actor) as work:
            session = work.session
            rows = {s.key: session.get(Setting, s.key, with_for_update=True) for s in clean}
            if read is not None:
                self._check_unchanged(work, rows, clean, read)
            for setting, value in clean.items():
                row = rows[setting.key]
                before = setting.default if row is None else row.value
                if before == value:
                    continue
                if row is None:
                    session.add(Setting(key=setting.key, value=value))
                else:
                    row.value = value
                work.audit("setting", setting.key, "update", before={"value": before}, after={"value": value})

    @staticmethod
    def _check_unchanged(
        work: Work,
        rows: dict[str, Setting | None],
        clean: dict[OfficeSetting, object],
        read: dict[str, object],
    ) -> None:
        for setting in clean:
            row = rows[setting.key]
            stored = setting.default if row is None else row.value
            if setting.key in read and read[setting.key] != stored:
                refuse_stale(
                    work.session,
                    "setting",
                    setting.key,
                    what=SETTINGS_WORD,
                    office_tz=work.office_tz(),
                    current=dict(work.settings()),
                )

    def set(self, actor: Actor, setting: OfficeSetting, value: object) -> None:
        self.set_many(actor, {setting: value})

    def office_tz(self) -> ZoneInfo:
        return ZoneInfo(str(self.get(OFFICE_TIMEZONE)))

    def calendar(self) -> ClosureCalendar:
        closures = setting_texts(self.get(COMPANY_CLOSURES))
        return ClosureCalendar(company_closures=frozenset(date.fromisoformat(d) for d in closures))

    def request_policy(self) -> RequestPolicy:
        values = self.values()
        return RequestPolicy(
            internal_due_days={t: setting_int(values[s.key]) for t, s in INTERNAL_DUE_DAYS.items()}
        )
