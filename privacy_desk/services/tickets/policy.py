"""The office settings a ticket depends on (time zone, closures, first-response days, attachment cap), and
values from the outside world fitted to the schema's column limits."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from privacy_desk.config import (
    ATTACHMENT_MAX_BYTES,
    COMPANY_CLOSURES,
    OFFICE_TIMEZONE,
    TICKET_FIRST_RESPONSE_DAYS,
    setting_int,
    setting_texts,
)
from privacy_desk.domain.closures import ClosureCalendar

# Column limits of the schema: longer values from the outside world are cut, never refused.
ADDRESS_MAX = 320
NAME_MAX = 200
MESSAGE_ID_MAX = 900  # below PostgreSQL's b-tree entry limit even for multi-byte text


@dataclass(frozen=True)
class TicketPolicy:
    """The office settings a ticket's dates and storage depend on, read once per operation."""

    office_tz: ZoneInfo
    calendar: ClosureCalendar
    first_response_days: int
    attachment_max_bytes: int

    def office_date(self, moment: datetime) -> date:
        return moment.astimezone(self.office_tz).date()

    def first_response_due(self, received_at: datetime) -> date:
        return self.calendar.add_business_days(self.office_date(received_at), self.first_response_days)

    def today(self, now: datetime | None = None) -> date:
        return self.office_date(now or datetime.now(UTC))


def load_policy(values: Mapping[str, object]) -> TicketPolicy:
    """The policy from the office settings (by key, as `Work.settings` or `OfficeSettingsService.values`
    give them): a call reads the settings once and builds every policy it needs from that read."""
    closures = setting_texts(values[COMPANY_CLOSURES.key])
    return TicketPolicy(
        office_tz=ZoneInfo(str(values[OFFICE_TIMEZONE.key])),
        calendar=ClosureCalendar(company_closures=frozenset(date.fromisoformat(d) for d in closures)),
        first_response_days=setting_int(values[TICKET_FIRST_RESPONSE_DAYS.key]),
        attachment_max_bytes=setting_int(values[ATTACHMENT_MAX_BYTES.key]),
    )


def clip(text: str | None, limit: int) -> str:
    return (text or "")[:limit]


def fit_message_id(message_id: str) -> str:
    """A Message-ID as stored (and as the parser gives it): without angle brackets or spaces; a
    monstrously long one replaced by a stable digest."""
    message_id = message_id.strip().removeprefix("<").removesuffix(">").strip()
    if len(message_id.encode("utf-8")) <= MESSAGE_ID_MAX:
        return message_id
    return f"sha256.{hashlib.sha256(message_id.encode('utf-8')).hexdigest()}@privacy-desk.invalid"
