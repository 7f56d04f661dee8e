"""A bulk import leaves other desks free to write while it parses, and a huge body costs bounded work."""

from __future__ import annotations

import mailbox
import random

import pytest
from sqlalchemy import create_engine, make_url
from sqlalchemy.exc import OperationalError
from ticket_mail import mail

from privacy_desk.intake import sources
from privacy_desk.intake.body_limits import TEXT_CUT, TEXT_MAX
from privacy_desk.services.tickets.service import TicketFilter
from privacy_desk.storage import search


class SecondDesk:
    """Another desk's connection that tries, without waiting, to take what a write would wait for:
    SQLite's write lock, or on PostgreSQL the year's ticket counter that every new ticket takes."""

    def __init__(self, db_url: str) -> None:
        sqlite = make_url(db_url).get_backend_name() == "sqlite"
        self.sqlite = sqlite
        self.engine = create_engine(
            db_url, isolation_level="AUTOCOMMIT", connect_args={"timeout": 0} if sqlite else {}
        )
        self.refused: list[str] = []

    def try_to_write(self) -> None:
        with self.engine.connect() as connection:
            try:
                if self.sqlite:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                else:
                    connection.exec_driver_sql("BEGIN")
                    connection.exec_driver_sql("SELECT last_number FROM counters FOR UPDATE NOWAIT")
            except OperationalError as error:
                self.refused.append(str(error.orig))
            finally:
                connection.exec_driver_sql("ROLLBACK")


def test_a_bulk_import_holds_no_lock_while_it_parses(services, db_url, tmp_path, monkeypatch):
    path = tmp_path / "bulk.mbox"
    box = mailbox.mbox(path)
    for n in range(8):
        box.add(mail(f"bulk-{n}@example.jp", f"sender{n}@example.jp", f"一括 {n}"))
    box.flush()
    box.close()
    desk = SecondDesk(db_url)
    parse = sources.parse_message

    def parse_while_another_desk_writes(raw: bytes):
        desk.try_to_write()  # while the import is about to parse this message
        return parse(raw)

    monkeypatch.setattr(sources, "parse_message", parse_while_another_desk_writes)
    try:
        summary = services.ticket_import.import_paths(services.actor, [path])
    finally:
        desk.engine.dispose()
    assert (summary.imported, summary.failed) == (8, [])
    assert desk.refused == []


def random_text(length: int, seed: int = 8) -> str:
    rng = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789" + "".join(chr(c) for c in range(0x4E00, 0x4E00 + 3000))
    return "".join(rng.choices(alphabet, k=length))


def test_a_huge_random_body_imports_cut_to_size_and_its_start_is_searchable(services):
    body = "冒頭の照会番号 ZX-20260401 について。\n" + random_text(3 * TEXT_MAX)
    services.ticket_import.import_raw(
        services.actor, mail("huge@example.jp", "big@example.jp", "巨大な本文", body), "huge"
    )
    page = services.tickets.page(TicketFilter(text="ZX-20260401"))
    assert page.total == 1
    detail = services.tickets.get(page.rows[0].id)
    (message,) = detail.messages
    assert TEXT_CUT in message.defects
    assert len(message.body_text) <= TEXT_MAX and message.body_text.startswith("冒頭の照会番号")
    whole = next(a for a in message.attachments if a.filename == "message-body.txt")
    assert whole.stored and whole.size == len(body.encode("utf-8")) + 1  # set_content ends it with "\n"
    assert services.tickets.page(TicketFilter(text="巨大な本文")).total == 1


@pytest.mark.parametrize("term", ["照会番号", "ZX-20260401"])
def test_search_finds_the_same_after_the_index_is_rebuilt(services, term):
    services.ticket_import.import_raw(
        services.actor, mail("r@example.jp", "r@example.jp", "再構築", f"{term}です。"), "r"
    )
    with services.db.transaction() as session:
        search.rebuild(session)
    assert services.tickets.page(TicketFilter(text=term)).total == 1


def test_both_databases_index_and_find_the_same_prefix_of_a_long_body(services):
    """What lies past the indexed prefix is found by neither database (SQLite's FTS5 and PostgreSQL's
    trigram index get the same first search.INDEXED_MAX characters), so a desk's search does not depend
    on where the office keeps its database."""
    filler = "あ" * (search.INDEXED_MAX + 10)
    body = f"最初の語 QX-START\n{filler}\n最後の語 QX-LATE"
    services.ticket_import.import_raw(
        services.actor, mail("long@example.jp", "long@example.jp", "長い本文", body), "long"
    )
    assert services.tickets.page(TicketFilter(text="QX-START")).total == 1
    assert services.tickets.page(TicketFilter(text="QX-LATE")).total == 0
