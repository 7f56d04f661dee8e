"""Declared settings: each key once, with its type, default and translatable title
(docs/ARCHITECTURE.md §6.7).

Two scopes. *Local* settings belong to one desk (which database, which language) and live in a small
JSON file in the user config folder, readable without Qt or a database. *Office* settings are shared
by every desk on the database (deadline policy, company closure days) and live in its settings table.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privacy_desk import paths
from privacy_desk.errors import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from privacy_desk.domain.requests import RequestType

LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"


@dataclass(frozen=True, eq=False)  # compared and hashed as the one object each is: a dict key
class OfficeSetting:
    key: str
    default: Any
    title: str


def setting_int(value: object) -> int:
    """An office setting's stored value that is a number (checked when it was saved)."""
    if isinstance(value, int | float | str):
        return int(value)
    raise TypeError(f"an office setting holds {type(value).__name__}, not a number")


def setting_texts(value: object) -> tuple[str, ...]:
    """An office setting's stored value that is a list of texts (checked when it was saved)."""
    if not value:
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    raise TypeError(f"an office setting holds {type(value).__name__}, not a list")


OFFICE_TIMEZONE = OfficeSetting(
    "office_timezone", "Asia/Tokyo", QT_TRANSLATE_NOOP("Settings", "Office time zone")
)
COMPANY_CLOSURES = OfficeSetting(
    "company_closures", [], QT_TRANSLATE_NOOP("Settings", "Company closure days")
)
DUE_SOON_DAYS = OfficeSetting(
    "due_soon_days", 3, QT_TRANSLATE_NOOP("Settings", "Days before a deadline that count as due soon")
)
# INTERNAL_DUE_DAYS ({RequestType: OfficeSetting}) and OFFICE_SETTINGS, which holds them, are made on
# first use (see __getattr__ below): every start of the app reads this module for LocalConfig, and
# domain.requests would bring calendar, locale and datetime with it before the first paint.
# The shared mailbox (IMAP). Its password is never a setting: it lives in each desk's OS keychain.
IMAP_HOST = OfficeSetting("imap_host", "", QT_TRANSLATE_NOOP("Settings", "Mail server (IMAP)"))
IMAP_PORT = OfficeSetting("imap_port", 993, QT_TRANSLATE_NOOP("Settings", "Mail server port"))
IMAP_SECURITY = OfficeSetting("imap_security", "imaps", QT_TRANSLATE_NOOP("Settings", "Connection security"))
IMAP_USER = OfficeSetting("imap_user", "", QT_TRANSLATE_NOOP("Settings", "Mail server user name"))
IMAP_FOLDER = OfficeSetting("imap_folder", "INBOX", QT_TRANSLATE_NOOP("Settings", "Mail folder to fetch"))
IMAP_INTERVAL = OfficeSetting(
    "imap_interval_minutes", 0, QT_TRANSLATE_NOOP("Settings", "Fetch new mail every (minutes, 0 = off)")
)
MAIL_SETTINGS = (IMAP_HOST, IMAP_PORT, IMAP_SECURITY, IMAP_USER, IMAP_FOLDER, IMAP_INTERVAL)
# Sending (SMTP): replies and new mail go out through the office's server from the desk's address. The
# password, as the IMAP one, lives only in each desk's OS keychain (mail/smtp.stored_password).
SMTP_HOST = OfficeSetting("smtp_host", "", QT_TRANSLATE_NOOP("Settings", "Mail server for sending (SMTP)"))
SMTP_PORT = OfficeSetting("smtp_port", 587, QT_TRANSLATE_NOOP("Settings", "Sending server port"))
SMTP_SECURITY = OfficeSetting(
    "smtp_security", "starttls", QT_TRANSLATE_NOOP("Settings", "Sending connection security")
)
SMTP_USER = OfficeSetting("smtp_user", "", QT_TRANSLATE_NOOP("Settings", "Sending server user name"))
SMTP_FROM_ADDRESS = OfficeSetting(
    "smtp_from_address", "", QT_TRANSLATE_NOOP("Settings", "The desk's address mail is sent from")
)
SMTP_FROM_NAME = OfficeSetting(
    "smtp_from_name", "", QT_TRANSLATE_NOOP("Settings", "The desk's name on mail it sends")
)
SENDING_SETTINGS = (SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USER, SMTP_FROM_ADDRESS, SMTP_FROM_NAME)
# The Inbox: the first answer to an inquiry is due this many business days after it arrived; a larger
# attachment is recorded (name, size, hash) but its contents are not stored.
TICKET_FIRST_RESPONSE_DAYS = OfficeSetting(
    "ticket_first_response_days",
    3,
    QT_TRANSLATE_NOOP("Settings", "First response to an inquiry due within (business days)"),
)
ATTACHMENT_MAX_BYTES = OfficeSetting(
    "attachment_max_bytes",
    25 * 1024 * 1024,
    QT_TRANSLATE_NOOP("Settings", "Largest attachment stored (bytes)"),
)
TICKET_SETTINGS = (TICKET_FIRST_RESPONSE_DAYS, ATTACHMENT_MAX_BYTES)
# Requests: the fee charged where APPI Art. 38 allows one, and the identity documents the desk accepts
# (the list staff tick when they verify a requester; names as the office writes them).
REQUEST_FEE_YEN = OfficeSetting(
    "request_fee_yen", 1000, QT_TRANSLATE_NOOP("Settings", "Fee for a disclosure or notification (yen)")
)
MAX_FEE_YEN = 1_000_000  # the highest fee the settings service stores (and the settings dialog offers)
IDENTITY_DOCUMENTS = OfficeSetting(
    "identity_documents",
    [
        "運転免許証",
        "マイナンバーカード（表面）",
        "パスポート",
        "在留カード",
        "健康保険証",
        "住民票の写し",
        "戸籍謄本",
        "委任状",
        "印鑑登録証明書",
    ],
    QT_TRANSLATE_NOOP("Settings", "Identity documents accepted"),
)
# What a ticket converted to a request case does when the case is answered or ends
# (domain.cases.TicketFollow: "resolve", "close" or "response_only").
CASE_TICKET_FOLLOW = OfficeSetting(
    "case_ticket_follow", "resolve", QT_TRANSLATE_NOOP("Settings", "A converted ticket follows its case")
)
CASE_SETTINGS = (REQUEST_FEE_YEN, IDENTITY_DOCUMENTS, CASE_TICKET_FOLLOW)
# Incidents: the company as the reporter of a breach report (Rule Art. 8's form names the business, not
# the clerk) and where its reports go by default (domain.incidents.Destination; a ministry or an
# accredited organisation is named here, and an incident may choose another destination).
COMPANY_NAME = OfficeSetting(
    "company_name", "GMOコマース株式会社", QT_TRANSLATE_NOOP("Settings", "Company name")
)
COMPANY_ADDRESS = OfficeSetting("company_address", "", QT_TRANSLATE_NOOP("Settings", "Company address"))
COMPANY_REPRESENTATIVE = OfficeSetting(
    "company_representative",
    "代表取締役社長 山名 正人",
    QT_TRANSLATE_NOOP("Settings", "Representative (title and name)"),
)
COMPANY_CONTACT = OfficeSetting(
    "company_contact",
    "個人情報問い合わせ係 info@gmo-c.jp",
    QT_TRANSLATE_NOOP("Settings", "Contact for the report (department, phone, e-mail)"),
)
INCIDENT_DESTINATION = OfficeSetting(
    "incident_destination", "ppc", QT_TRANSLATE_NOOP("Settings", "Breach reports go to")
)
INCIDENT_DESTINATION_NAME = OfficeSetting(
    "incident_destination_name",
    "",
    QT_TRANSLATE_NOOP("Settings", "Name of the delegated ministry or accredited organization"),
)
INCIDENT_SETTINGS = (
    COMPANY_NAME,
    COMPANY_ADDRESS,
    COMPANY_REPRESENTATIVE,
    COMPANY_CONTACT,
    INCIDENT_DESTINATION,
    INCIDENT_DESTINATION_NAME,
)

INTERNAL_DUE_DAYS: dict[RequestType, OfficeSetting]
OFFICE_SETTINGS: tuple[OfficeSetting, ...]


def __getattr__(name: str) -> Any:
    if name not in ("INTERNAL_DUE_DAYS", "OFFICE_SETTINGS"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from privacy_desk.domain.requests import RequestType

    internal_due_days = {
        request_type: OfficeSetting(
            f"internal_due_days.{request_type.value}",
            14,
            QT_TRANSLATE_NOOP("Settings", "Internal due days"),
        )
        for request_type in RequestType
    }
    # setdefault: two threads asking at once still share one set of OfficeSetting objects (dict keys)
    internal_due_days = globals().setdefault("INTERNAL_DUE_DAYS", internal_due_days)
    globals().setdefault(
        "OFFICE_SETTINGS",
        (
            OFFICE_TIMEZONE,
            COMPANY_CLOSURES,
            DUE_SOON_DAYS,
            *internal_due_days.values(),
            *MAIL_SETTINGS,
            *SENDING_SETTINGS,
            *TICKET_SETTINGS,
            *CASE_SETTINGS,
            *INCIDENT_SETTINGS,
        ),
    )
    return globals()[name]


CONFIG_SCHEMA_VERSION = 1


@dataclass
class LocalConfig:
    """This desk's own choices. A missing or unreadable file means defaults, never a crash."""

    database_url: str | None = None
    language: str = DEFAULT_LANGUAGE
    extra: dict[str, Any] = field(default_factory=dict)

    @staticmethod
    def path() -> Path:
        return paths.config_dir() / "config.json"

    @classmethod
    def load(cls) -> LocalConfig:
        try:
            data = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict):
            return cls()
        language = data.get("language")
        return cls(
            database_url=data.get("database_url") or None,
            language=language if language in LANGUAGES else DEFAULT_LANGUAGE,
            extra={k: v for k, v in data.items() if k not in {"database_url", "language", "version"}},
        )

    def save(self) -> None:
        data = {"version": CONFIG_SCHEMA_VERSION, **self.extra, "language": self.language}
        if self.database_url:
            data["database_url"] = self.database_url
        target = self.path()
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        temporary.replace(target)  # atomic: a crash never leaves half a config file

    def resolved_database_url(self, override: str | None = None) -> str:
        """--db beats PRIVACY_DESK_DB beats the settings dialog beats the per-user SQLite file."""
        return override or os.environ.get("PRIVACY_DESK_DB") or self.database_url or paths.default_db_url()

    def names_database(self, override: str | None = None) -> bool:
        """True when --db, PRIVACY_DESK_DB or the settings name the database: a file named that does not
        exist is asked about (GUI) or refused (CLI), never made silently. The app's own default file is
        made on the first start without a question."""
        return bool(override or os.environ.get("PRIVACY_DESK_DB") or self.database_url)
