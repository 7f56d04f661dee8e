"""Search finds exactly what a full scan finds: on a generated corpus of mixed kanji, kana (also
half-width), Latin (also full-width, both cases), digits and signs, every word of one, two, three and
more characters drawn from it selects the very tickets a scan in Python selects, on SQLite and on
PostgreSQL, whether the index was written as the messages were stored, rebuilt, or backfilled by the
migration that introduced it (0007)."""

from __future__ import annotations

import os
import random
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, make_url, text

from privacy_desk.domain.tickets import Channel, MessageKind, TicketStatus, format_ref
from privacy_desk.services.container import Services, open_services
from privacy_desk.services.tickets.service import TicketFilter
from privacy_desk.storage import migrate, search
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import Message, Ticket

PG_URL_VARIABLE = "PRIVACY_DESK_TEST_PG_URL"
TICKETS = 500
START = datetime(2026, 4, 1, tzinfo=UTC)
# Few enough signs that words of every length recur across many messages; each written in several
# forms (full- and half-width, upper and lower case) that a search must take as one.
KANJI = "林佐藤田中山本個人情報開示請求"
KANA = "さとうのをカタナｻﾄｳｶﾞガ"
LATIN = "SatoAnaSATOＡｎａＳ"
OTHER = "01１２@._%-ー'\\"
SIGNS = KANJI + KANA + LATIN + OTHER


def scan_fold(value: str) -> str:
    """The comparison a user expects, written independently of storage/search.py."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", value).casefold())


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{(tmp_path / 'corpus.sqlite3').as_posix()}"
        return
    server = os.environ.get(PG_URL_VARIABLE)
    if not server:
        pytest.skip(f"PostgreSQL: set {PG_URL_VARIABLE} (e.g. postgresql+psycopg://postgres@127.0.0.1/test)")
    name = f"pd_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _text(rng: random.Random, length: int) -> str:
    words = ("".join(rng.choice(SIGNS) for _ in range(rng.randint(1, 8))) for _ in range(length))
    return rng.choice((" ", "", "\n")).join(words)


def corpus(seed: int = 10) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Tickets of one to four messages each, as rows for a bulk insert."""
    rng = random.Random(seed)
    tickets, messages = [], []
    for number in range(1, TICKETS + 1):
        received = START + timedelta(minutes=number)
        name, address = _text(rng, 2), f"{_text(rng, 1).replace(chr(10), '')}@example.jp"
        count = rng.randint(1, 4)
        tickets.append(
            {
                "id": number,
                "ref": format_ref(2026, number),
                "subject": "",
                "category": "inquiry",
                "channel": Channel.MAIL,
                "status": TicketStatus.NEW,
                "from_address": address,
                "from_name": name,
                "received_at": received,
                "last_message_at": received,
                "message_count": count,
            }
        )
        for _ in range(count):
            messages.append(
                {
                    "id": len(messages) + 1,
                    "ticket_id": number,
                    "message_id": f"<corpus-{len(messages) + 1}@example.jp>",
                    "kind": MessageKind.CORRESPONDENCE_IN,
                    "from_address": address,
                    "from_name": name,
                    "subject": _text(rng, 3),
                    "sent_at": received,
                    "body_text": _text(rng, rng.randint(5, 40)),
                }
            )
    return tickets, messages


def _indexed(m: dict[str, object], body: str) -> search.IndexedText:
    fields = (str(m[name]) for name in ("subject", "from_name", "from_address"))
    return search.IndexedText(int(str(m["id"])), *fields, body)


def insert_corpus(services: Services) -> list[dict[str, object]]:
    """The corpus stored and indexed as the import does it (the messages, then their entries in one
    go); every fifth body first reversed, then taken out and put back in as it is (as a message whose
    text changes is), so that an entry left behind would be found."""
    tickets, messages = corpus()
    changed = messages[::5]
    with services.db.transaction() as session:
        session.execute(insert(Ticket), tickets)
        session.execute(insert(Message), messages)
        first = [_indexed(m, str(m["body_text"])) for m in messages]
        for m in changed:
            first[int(str(m["id"])) - 1] = _indexed(m, str(m["body_text"])[::-1])
        search.index_messages(session, first)
        for m in changed:
            search.unindex_message(session, _indexed(m, str(m["body_text"])[::-1]))
            search.index_message(session, _indexed(m, str(m["body_text"])))
    return messages


def words(messages: list[dict[str, object]], seed: int = 5) -> set[str]:
    """Every single sign, and words of two, three and more signs cut out of the corpus, some of them
    written in other forms (upper case, full width) than the text they are cut from."""
    rng = random.Random(seed)
    found = set(SIGNS)
    texts = [str(m["body_text"]) + str(m["subject"]) + str(m["from_address"]) for m in messages]
    for length in (2, 2, 3, 3, 4, 6):
        for _ in range(25):
            source = rng.choice(texts)
            at = rng.randrange(max(len(source) - length, 1))
            found.add(source[at : at + length])
    found |= {w.upper() for w in sorted(found)[:30]}
    found |= {unicodedata.normalize("NFKC", w).translate(_FULL_WIDTH) for w in sorted(found)[:30]}
    return {w for w in found if w and w.split() == [w]}


_FULL_WIDTH = {c: c + 0xFEE0 for c in range(0x21, 0x7F)}


def scanned(messages: list[dict[str, object]]) -> list[tuple[int, list[str]]]:
    """Each message's ticket and folded fields, as a full scan compares them."""
    fields = ("subject", "from_name", "from_address", "body_text")
    return [
        (int(str(m["ticket_id"])), [scan_fold(str(m[f])[: search.INDEXED_MAX]) for f in fields])
        for m in messages
    ]


def scan(folded: list[tuple[int, list[str]]], word: str) -> set[int]:
    wanted = scan_fold(word)
    return {ticket for ticket, fields in folded if any(wanted in value for value in fields)}


def assert_search_equals_scan(services: Services, messages: list[dict[str, object]]) -> None:
    checked = {1: 0, 2: 0, 3: 0}
    folded = scanned(messages)
    for word in sorted(words(messages)):
        expected = scan(folded, word)
        assert set(services.tickets.ticket_ids(TicketFilter(text=word))) == expected, word
        checked[min(len(scan_fold(word)), 3)] += bool(expected)
    # The corpus is such that words of every length are found in many tickets.
    assert all(count >= 20 for count in checked.values()), checked


def assert_both_postgresql_plans_were_checked(services: Services, messages: list[dict[str, object]]) -> None:
    """With statistics, PostgreSQL looks a rare word of one or two characters up before walking the
    tickets, and leaves a common one to the walk: the corpus has words of both kinds."""
    short = {scan_fold(w) for w in words(messages) if len(scan_fold(w)) < search.MIN_INDEXED_LENGTH}
    with services.db.transaction() as session:
        rare = {w for w in short if search._rare_on_postgresql(session, w)}
    assert rare and short - rare, (sorted(rare), sorted(short - rare))


def test_every_word_finds_what_a_full_scan_finds(url, monkeypatch):
    # Words in this many messages count as common (SQLite), rare words of one or two characters are in
    # fewer than this share (PostgreSQL), so both plans of the ticket query are checked.
    monkeypatch.setattr(search, "COMMON_MATCHES", 300)
    monkeypatch.setattr(search, "RARE_SHARE", 0.3)
    services = open_services(url, login="tester")
    try:
        messages = insert_corpus(services)
        assert_search_equals_scan(services, messages)
        with services.db.transaction() as session:
            search.rebuild(session)
            search.optimize(session)
        assert_search_equals_scan(services, messages)
        if services.db.engine.dialect.name == "postgresql":
            assert_both_postgresql_plans_were_checked(services, messages)
    finally:
        services.close()


def test_the_migration_indexes_the_messages_already_stored(url):
    from alembic import command

    db = Database(url)
    config = migrate._config()
    tickets, messages = corpus()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0006")
        connection.execute(insert(Ticket), tickets)
        connection.execute(insert(Message), messages)
    db.dispose()
    services = open_services(url, login="tester")  # upgrades to 0007, which fills the new index
    try:
        assert_search_equals_scan(services, messages)
    finally:
        services.close()
