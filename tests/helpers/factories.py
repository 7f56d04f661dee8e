"""Records for tests, made through the services as the desk makes them.

- `make_person(services)`: a requester (山田 太郎 unless `data` says otherwise).
- `make_ticket(services, message_id, …)`: a ticket from one mail (tests/ticket_mail.py), imported as
  IMAP or a file gives it; the import's result (outcome, ticket id and reference).
- `make_case(services, person, …)`: a request case received `days_ago` days before the office's today.
- `add_desk_users(services)`: 田中 さくら (desk) and 鈴木 一郎 (manager), the users most tests work as.
Each acts as `actor`, or as the services' signed-in user when none is given.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from ticket_mail import HANAKO, mail

from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Role
from privacy_desk.services.cases import CaseDetails, NewCase
from privacy_desk.services.container import Services
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.persons import PersonData, PersonRow

TARO = PersonData("山田 太郎", "ヤマダ タロウ", "taro.yamada@example.jp")


def today(services: Services) -> date:
    """The office's today (its time zone), as cases count their deadlines from it."""
    return services.cases.policy().today()


def office_clock(services: Services) -> Callable[[], date]:
    """A view context's clock on the office's time zone, as the app's OfficeClock: the zone is read once,
    so a widget that outlives its test (and its database) can still ask for the date."""
    zone = services.settings.office_tz()
    return lambda: datetime.now(zone).date()


def make_person(services: Services, data: PersonData = TARO, *, actor: Actor | None = None) -> PersonRow:
    return services.persons.create(actor or services.actor, data)


def make_ticket(
    services: Services,
    message_id: str = "t1@example.jp",
    sender: str = HANAKO,
    subject: str = "開示請求",
    body: str = "お世話になっております。",
    *,
    origin: str = "test",
    **mail_options: Any,
) -> Any:
    """A ticket from one mail (`mail_options`: in_reply_to, references, sent, to, cc, attachments)."""
    raw = mail(message_id, sender, subject, body, **mail_options)
    return services.ticket_import.import_raw_result(services.actor, raw, origin)


def make_case(
    services: Services,
    person: PersonRow,
    request_type: RequestType = RequestType.DISCLOSURE,
    *,
    actor: Actor | None = None,
    days_ago: int = 1,
    **details: Any,
) -> Any:
    """A case for `person` received `days_ago` days ago; `details` are CaseDetails' fields."""
    received = today(services) - timedelta(days=days_ago)
    new = NewCase(request_type, person.id, received, CaseDetails(**details))
    return services.cases.create(actor or services.actor, new)


def add_desk_users(services: Services) -> tuple[Any, Any]:
    """田中 さくら (tanaka, desk) and 鈴木 一郎 (suzuki, manager), added by the services' user."""
    users = services.users
    clerk = users.add(services.actor, "tanaka", "田中 さくら", Role.DESK)
    manager = users.add(services.actor, "suzuki", "鈴木 一郎", Role.MANAGER)
    return clerk, manager
