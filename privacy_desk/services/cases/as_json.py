"""Request cases as the command line prints them (docs/ARCHITECTURE.md §5): UTF-8 JSON, dates in ISO 8601."""

from __future__ import annotations

from privacy_desk.services.cases.service import CaseFilter, CaseListRow, CaseService, CaseSort

PAGE = 1000


def case_row_json(row: CaseListRow) -> dict[str, object]:
    """{ref, type, status, requester, received_on, due, ticket_ref}"""
    return {
        "ref": row.ref,
        "type": row.request_type.value,
        "status": row.state.value,
        "requester": row.requester_name,
        "received_on": row.received_on.isoformat(),
        "due": row.due.isoformat(),
        "ticket_ref": row.ticket_ref,
    }


def case_list_json(cases: CaseService, filters: CaseFilter) -> list[dict[str, object]]:
    """Every case the filter selects, by due date, fetched a page at a time."""
    ids = cases.case_ids(filters, sort=CaseSort.DUE)
    result: list[dict[str, object]] = []
    for start in range(0, len(ids), PAGE):
        result.extend(case_row_json(row) for row in cases.rows(ids[start : start + PAGE]))
    return result
