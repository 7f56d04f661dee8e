"""Several desks importing at once: every ticket gets its own number, every message is stored once."""

from __future__ import annotations

import mailbox
import threading

from ticket_mail import mail

from privacy_desk.services.container import open_services

DESKS = 3
EACH = 8


def test_concurrent_imports_never_share_a_reference_or_duplicate_a_message(db_url):
    desks = [open_services(db_url, login=f"desk{n}") for n in range(DESKS)]
    start = threading.Barrier(DESKS)
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            start.wait()
            for i in range(EACH):
                # Each desk's own mail, and one message every desk tries to store at the same time.
                desks[n].ticket_import.import_raw(
                    desks[n].actor, mail(f"d{n}-{i}@example.jp", f"user{n}@example.jp", f"件名 {n}-{i}"), "x"
                )
                desks[n].ticket_import.import_raw(
                    desks[n].actor, mail(f"shared-{i}@example.jp", "shared@example.jp", f"共通 {i}"), "y"
                )
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(DESKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        page = desks[0].tickets.page(limit=1000)
        refs = sorted(row.ref for row in page.rows)
        assert refs == [f"PD-2026-{n:06}" for n in range(1, DESKS * EACH + EACH + 1)]
        assert sum(row.message_count for row in page.rows) == DESKS * EACH + EACH
    finally:
        for desk in desks:
            desk.close()


def test_desks_importing_the_same_mbox_at_once_store_each_message_once(db_url, tmp_path):
    path = tmp_path / "shared.mbox"
    box = mailbox.mbox(path)
    for n in range(EACH * 3):
        box.add(mail(f"mbox-{n}@example.jp", f"sender{n % 5}@example.jp", f"一括 {n}"))
    box.flush()
    box.close()
    desks = [open_services(db_url, login=f"bulk{n}") for n in range(DESKS)]
    start = threading.Barrier(DESKS)
    summaries, errors = [], []

    def work(n: int) -> None:
        try:
            start.wait()
            summaries.append(desks[n].ticket_import.import_paths(desks[n].actor, [path]))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(DESKS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        assert [s.failed for s in summaries] == [[]] * DESKS
        assert sum(s.imported for s in summaries) == EACH * 3
        assert sum(s.duplicates for s in summaries) == EACH * 3 * (DESKS - 1)
        page = desks[0].tickets.page(limit=1000)
        assert sorted(row.ref for row in page.rows) == [f"PD-2026-{n:06}" for n in range(1, EACH * 3 + 1)]
        assert sum(row.message_count for row in page.rows) == EACH * 3
    finally:
        for desk in desks:
            desk.close()
