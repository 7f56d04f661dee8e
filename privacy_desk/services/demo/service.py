"""Realistic bilingual demo data for whatever exists so far; each area adds its own part."""

from __future__ import annotations

from sqlalchemy import select

from privacy_desk.config import COMPANY_CLOSURES, setting_texts
from privacy_desk.domain.roles import Role
from privacy_desk.services.container import Services
from privacy_desk.services.demo.cases import fill_demo_cases
from privacy_desk.services.demo.incidents import fill_demo_incidents
from privacy_desk.services.demo.retention import fill_demo_retention
from privacy_desk.services.demo.tickets import DEFAULT_DEMO_TICKETS, fill_demo_tickets
from privacy_desk.services.persons import PersonData
from privacy_desk.storage.models import Person

DEMO_PERSONS = (
    PersonData(
        "山田 太郎", "ヤマダ タロウ", "taro.yamada@example.jp", "03-1234-5678", "東京都渋谷区桜丘町26-1"
    ),
    PersonData(
        "髙橋 花子",
        "タカハシ ハナコ",
        "hanako.takahashi@example.jp",
        "06-2345-6789",
        "大阪府大阪市北区梅田1-1-3",
    ),
    PersonData(
        "佐藤 健",
        "サトウ ケン",
        "ken.sato@example.ne.jp",
        "090-1111-2222",
        "神奈川県横浜市西区みなとみらい2-2-1",
    ),
    PersonData("林 美咲", "ハヤシ ミサキ", "misaki.hayashi@example.com", "", "福岡県福岡市中央区天神1-8-1"),
    PersonData(
        "山﨑 翔太",
        "ヤマザキ ショウタ",
        "shota.yamazaki@example.jp",
        "080-3333-4444",
        "愛知県名古屋市中村区名駅1-1-4",
    ),
    PersonData(
        "Anna Schmidt", "", "anna.schmidt@example.de", "+49 30 1234567", "Unter den Linden 1, 10117 Berlin"
    ),
    PersonData(
        "John Carter", "", "john.carter@example.com", "+1 212 555 0100", "350 Fifth Avenue, New York, NY"
    ),
)

DEMO_USERS = (
    ("suzuki", "鈴木 一郎", Role.MANAGER),
    ("tanaka", "田中 さくら", Role.DESK),
    ("ito", "伊藤 大輔", Role.DESK),
)

# A typical company summer break (お盆休み) on top of the national holidays.
DEMO_CLOSURES = ("2026-08-13", "2026-08-14", "2027-08-13", "2027-08-16")


def fill_demo(services: Services, *, tickets: int = DEFAULT_DEMO_TICKETS) -> dict[str, int]:
    """Add the demo records that are not there yet; running it twice adds nothing the second time."""
    actor = services.actor
    with services.db.transaction() as session:
        known_emails = set(session.scalars(select(Person.email)))
    persons = [services.persons.create(actor, p) for p in DEMO_PERSONS if p.email not in known_emails]
    known_logins = {u.login for u in services.users.list()}
    users = [services.users.add(actor, *u) for u in DEMO_USERS if u[0] not in known_logins]
    closures = setting_texts(services.settings.get(COMPANY_CLOSURES))
    services.settings.set(actor, COMPANY_CLOSURES, sorted({*closures, *DEMO_CLOSURES}))
    made = fill_demo_tickets(services, tickets)
    cases = fill_demo_cases(services)
    incidents = fill_demo_incidents(services)
    holdings = fill_demo_retention(services)
    return {
        "persons": len(persons),
        "users": len(users),
        "tickets": made,
        "cases": cases,
        "incidents": incidents,
        "holdings": holdings,
    }
