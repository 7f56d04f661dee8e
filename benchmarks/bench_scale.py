"""The issue's scale (100,000 tickets, 55,000 persons, 10,000 cases; benchmarks/scale_db.py builds it
once in /tmp): each read the pages make, through the service as the page calls it, against the same
answer from hand-written SQL on the same connection. Target (issue #10 item 10): within 2x.

python benchmarks/bench_scale.py
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_db import ensure

from privacy_desk.domain.cases import OPEN_STATES
from privacy_desk.domain.tickets import name_matches
from privacy_desk.services.cases import CaseFilter
from privacy_desk.services.cases.records import CaseSort
from privacy_desk.services.container import open_services
from privacy_desk.services.tickets.service import ALL_TICKETS

RUNS = 9
OPEN = "('new', 'open', 'waiting')"
CASE_OPEN = "(" + ", ".join(f"'{s.value}'" for s in sorted(OPEN_STATES)) + ")"


def median_s(call) -> float:
    call()  # warm: the statement cache, the pages of the file
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def raw(services, sql: str, **params):
    with services.db.engine.connect() as connection:
        return connection.execute(text(sql), params).all()


def _raw_agenda(services, today, until):
    yesterday = today - timedelta(days=1)
    spans = [("", {"end": yesterday}), ("AND {c} >= :start", {"start": today, "end": until})]
    for extra, params in spans:
        t = extra.format(c="first_response_due")
        where = (
            f"merged_into_id IS NULL AND first_responded_at IS NULL AND status IN {OPEN}"
            f" AND first_response_due <= :end {t}"
        )
        raw(
            services,
            f"SELECT ref, subject, first_response_due, category FROM tickets WHERE {where}"
            " ORDER BY first_response_due, ref LIMIT 100",
            **params,
        )
        raw(services, f"SELECT count(*) FROM tickets WHERE {where}", **params)
        for column in ("due_on", "gdpr_due_on"):
            c = extra.format(c=column)
            where = f"state IN {CASE_OPEN} AND {column} <= :end {c}"
            raw(
                services,
                f"SELECT {column}, ref, persons.name FROM cases JOIN persons ON persons.id = cases.person_id"
                f" WHERE {where} ORDER BY {column}, ref LIMIT 100",
                **params,
            )
            raw(services, f"SELECT count(*) FROM cases WHERE {where}", **params)


TICKET_ROW = (
    "SELECT t.*, p.name, u.display_name, r.ref FROM tickets t LEFT JOIN users u ON u.id = t.assignee_id"
    " LEFT JOIN persons p ON p.id = t.person_id LEFT JOIN tickets r ON r.id = t.possibly_related_to_id"
    " WHERE t.id IN ({ids})"
)


def _raw_inbox_page(services, after):
    ids = raw(
        services,
        "SELECT id FROM tickets WHERE merged_into_id IS NULL AND status != 'junk'"
        " AND (received_at, id) < (:at, :id) ORDER BY received_at DESC, id DESC LIMIT 100",
        at=after[0],
        id=after[1],
    )
    raw(services, TICKET_ROW.format(ids=",".join(str(i) for (i,) in ids)))


def _raw_case_page(services):
    ids = raw(
        services,
        "SELECT cases.id FROM cases JOIN persons ON persons.id = cases.person_id"
        " ORDER BY due_on, ref LIMIT 100",
    )
    raw(services, "SELECT count(*) FROM cases")
    joined = ",".join(str(i) for (i,) in ids)
    raw(
        services,
        "SELECT c.*, p.name, p.name_kana, u.display_name, t.ref FROM cases c"
        " JOIN persons p ON p.id = c.person_id LEFT JOIN users u ON u.id = c.assignee_id"
        f" LEFT JOIN tickets t ON t.id = c.ticket_id WHERE c.id IN ({joined})",
    )
    raw(services, f"SELECT case_id, reason, start_on, end_on FROM case_pauses WHERE case_id IN ({joined})")


def main() -> dict[str, float]:
    url = ensure()
    services = open_services(url, login="bench")
    result: dict[str, float] = {}
    try:
        today = services.cases.policy().today()
        until = today + timedelta(days=14)
        agenda = services.agenda.agenda_page(today, 14, 100)
        print(f"agenda: {agenda.overdue.total:,} overdue, {agenda.coming.total:,} coming")
        result["agenda_s"] = median_s(lambda: services.agenda.agenda_page(today, 14, 100))
        result["agenda_raw_s"] = median_s(lambda: _raw_agenda(services, today, until))
        result["agenda_full_s"] = median_s(lambda: services.agenda.agenda(today, 14))

        # The Inbox scrolled to page 100: keyset from the last row of page 99, against OFFSET + count.
        rows, page = [], services.tickets.page(ALL_TICKETS)
        for _ in range(98):
            page = services.tickets.page(ALL_TICKETS, after=page.rows[-1])
        last = page.rows[-1]
        result["inbox_page100_s"] = median_s(lambda: services.tickets.page(ALL_TICKETS, after=last))
        at = raw(services, "SELECT received_at FROM tickets WHERE id = :id", id=last.id)[0][0]
        result["inbox_page100_raw_s"] = median_s(lambda: _raw_inbox_page(services, (at, last.id)))
        result["inbox_page100_offset_s"] = median_s(lambda: services.tickets.page(ALL_TICKETS, offset=9_900))
        del rows

        result["cases_page_s"] = median_s(lambda: services.cases.page(CaseFilter(), sort=CaseSort.DUE))
        result["cases_page_raw_s"] = median_s(lambda: _raw_case_page(services))

        result["persons_s"] = median_s(lambda: services.tickets.find_persons("やまだ"))
        result["persons_raw_s"] = median_s(
            lambda: raw(
                services, "SELECT * FROM persons WHERE search_key LIKE :k ORDER BY id LIMIT 50", k="%やまだ%"
            )
        )
        everyone = raw(services, "SELECT id, name, name_kana, email, phone FROM persons ORDER BY id")
        result["persons_python_filter_s"] = median_s(
            lambda: [
                p
                for p in raw(services, "SELECT id, name, name_kana, email, phone FROM persons ORDER BY id")
                if name_matches("やまだ", *p[1:])
            ][:50]
        )
        del everyone
    finally:
        services.close()
    for name in ("agenda", "inbox_page100", "cases_page", "persons"):
        result[f"{name}_ratio"] = result[f"{name}_s"] / result[f"{name}_raw_s"]
    for key, value in result.items():
        print(f"{key}: {value * 1000:.1f} ms" if key.endswith("_s") else f"{key}: {value:.2f}")
    return result


if __name__ == "__main__":
    main()
