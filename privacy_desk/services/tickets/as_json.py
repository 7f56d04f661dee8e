"""Tickets as the command line prints them (docs/ARCHITECTURE.md §5): UTF-8 JSON, dates in ISO 8601."""

from __future__ import annotations

from datetime import date, datetime

from privacy_desk.services.tickets.service import TicketDetail, TicketFilter, TicketListRow, TicketService

PAGE = 1000


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def ticket_row_json(row: TicketListRow) -> dict[str, object]:
    """{ref, subject, status, category, channel, from_address, from_name, received_at, message_count}"""
    return {
        "ref": row.ref,
        "subject": row.subject,
        "status": row.status.value,
        "category": row.category.value,
        "channel": row.channel.value,
        "from_address": row.from_address,
        "from_name": row.from_name,
        "received_at": _iso(row.received_at),
        "message_count": row.message_count,
    }


def ticket_list_json(tickets: TicketService, filters: TicketFilter) -> list[dict[str, object]]:
    """Every ticket the filter selects, newest first, fetched a page at a time."""
    result: list[dict[str, object]] = []
    ids = tickets.ticket_ids(filters)
    for start in range(0, len(ids), PAGE):
        result.extend(ticket_row_json(row) for row in tickets.rows(ids[start : start + PAGE]))
    return result


def ticket_json(detail: TicketDetail) -> dict[str, object]:
    """The list fields and more about the ticket, and its messages: [{message_id, from_address,
    from_name, subject, sent_at, body_text, attachments: [{filename, content_type, size, sha256}]}]."""
    row = detail.ticket
    return {
        **ticket_row_json(row),
        "category_confirmed": row.category_confirmed,
        "suggested_category": row.suggested_category.value if row.suggested_category else None,
        "person": row.person_name,
        "assignee": row.assignee_name,
        "first_response_due": _iso(row.first_response_due),
        "first_responded_at": _iso(row.first_responded_at),
        "overdue": row.overdue,
        "unread": row.unread,
        "attachments_not_stored": row.attachments_not_stored,
        "possibly_related_to": row.possibly_related_to_ref,
        "merged_into": detail.merged_into_ref,
        "messages": [
            {
                "message_id": message.message_id,
                "from_address": message.from_address,
                "from_name": message.from_name,
                "subject": message.subject,
                "sent_at": _iso(message.sent_at),
                "body_text": message.body_text,
                "attachments": [
                    {
                        "filename": attachment.filename,
                        "content_type": attachment.content_type,
                        "size": attachment.size,
                        "sha256": attachment.sha256,
                    }
                    for attachment in message.attachments
                ],
            }
            for message in detail.messages
        ],
    }
