"""Person search in SQL on the stored key finds exactly whom the Python filter over every person found
(name_matches on name, reading, e-mail and phone), in the same order, on SQLite and PostgreSQL."""

from __future__ import annotations

import random

from sqlalchemy import select, text

from privacy_desk.domain.tickets import name_matches
from privacy_desk.services.container import open_services
from privacy_desk.services.persons import PersonData
from privacy_desk.storage import migrate
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import Person

FAMILY = [
    "山田",
    "髙橋",
    "高橋",
    "山﨑",
    "山崎",
    "佐藤",
    "ｻﾄｳ",
    "林",
    "Schmidt",
    "ＳＣＨＭＩＤＴ",
    "O'Brien",
    "100%",
]
GIVEN = ["太郎", "花子", "翔太", "健", "美咲", "Anna", "ｱﾝﾅ", "John", "under_score"]
KANA = ["ヤマダ タロウ", "たかはし はなこ", "ﾔﾏｻﾞｷ ｼｮｳﾀ", "サトウ ケン", "", "ハヤシ　ミサキ"]
QUERIES = [
    "山崎",
    "山﨑",
    "高橋",
    "髙橋",
    "やまざき",
    "ヤマザキ",
    "ｻﾄｳ",
    "さとう",
    "ＳＣＨＭＩＤＴ",
    "schmidt",
    "anna",
    "ｱﾝﾅ",
    "たろう",
    "タロウ",
    "山田 太郎",
    "山田　太郎",
    "example.jp",
    "EXAMPLE",
    "03-12",
    "０３",
    "%",
    "_",
    "100%",
    "o'brien",
    "\\",
    "  ",
    "",
    "林美咲",
    "x-none",
    "はなこ",
]


def _old_filter(people: list[Person], text: str, limit: int) -> list[int]:
    found = [p.id for p in people if name_matches(text, p.name, p.name_kana, p.email, p.phone)]
    return found[:limit]


def test_person_search_equals_the_python_filter_on_a_mixed_corpus(services):
    rng = random.Random(7)
    actor = services.actor
    for number in range(120):
        family, given = rng.choice(FAMILY), rng.choice(GIVEN)
        separator = rng.choice([" ", "　", ""])
        services.persons.create(
            actor,
            PersonData(
                f"{family}{separator}{given}",
                rng.choice(KANA),
                rng.choice(["", f"{given.lower()}{number}@example.jp", f"X{number}@EXAMPLE.COM"]),
                rng.choice(["", "03-1234-5678", "０３－１２３４－５６７８", "+49 30 1234567"]),
            ),
        )
    with services.db.transaction() as session:
        people = list(session.scalars(select(Person).order_by(Person.id)))
    checked = 0
    for query in QUERIES:
        for limit in (50, 3):
            expected = _old_filter(people, query, limit)
            assert [p.id for p in services.tickets.find_persons(query, limit=limit)] == expected, query
            checked += bool(expected)
    assert checked > 20  # most queries find someone: the comparison is not between two empty lists


def test_an_edit_keeps_the_search_key(services):
    person = services.persons.create(services.actor, PersonData("山田 太郎", "ヤマダ タロウ"))
    assert [p.id for p in services.tickets.find_persons("やまだ")] == [person.id]
    services.persons.update(services.actor, person.id, PersonData("髙橋 花子", "タカハシ ハナコ"), version=1)
    assert services.tickets.find_persons("やまだ") == []
    assert [p.id for p in services.tickets.find_persons("高橋")] == [person.id]


def test_the_migration_fills_the_key_of_existing_persons(db_url):
    from alembic import command

    db = Database(db_url)
    config = migrate._config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")  # as a desk left it before this release
        connection.execute(
            text(
                "INSERT INTO persons (name, name_kana, email, phone, address, created_at, updated_at,"
                " version) VALUES ('林 美咲', 'ハヤシ ミサキ', 'M@Example.jp', '', '', :now, :now, 1)"
            ),
            {"now": "2026-01-05 00:00:00.000000"},
        )
    db.dispose()
    services = open_services(db_url, login="tester")  # upgrades to the newest schema
    try:
        assert [p.name for p in services.tickets.find_persons("はやし")] == ["林 美咲"]
        assert [p.name for p in services.tickets.find_persons("m@example")] == ["林 美咲"]
    finally:
        services.close()
