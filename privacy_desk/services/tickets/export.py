"""CSV export of a filtered ticket list with every message, for audits.

One row per message (the ticket's columns repeated), so no cell holds a whole thread. UTF-8 with a
byte-order mark and CRLF line ends: Excel in Japan opens it as UTF-8 instead of guessing Shift_JIS.
A cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, so mail
from outside cannot plant one; a body longer than Excel's cell limit is cut with a marker.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session, aliased

from privacy_desk.services.core.spreadsheet import safe_cell
from privacy_desk.services.tickets.queries import TicketFilter, TicketSort, rows_by_id, ticket_ids
from privacy_desk.storage.models import Message, MessageAttachment, User

HEADER = (
    "ref",
    "received_at",
    "status",
    "category",
    "channel",
    "from_name",
    "from_address",
    "subject",
    "assignee",
    "first_response_due",
    "message_count",
    "message_kind",
    "message_direction",
    "message_sent_at",
    "message_from_name",
    "message_from_address",
    "message_to",
    "message_subject",
    "message_body",
    "attachments",
    "phone_number",
    "call_duration_seconds",
    "recording_ref",
    "author",
)
EXCEL_CELL_LIMIT = 32_767
TRUNCATED = "\n[…]"
BATCH = 500
_MESSAGE_COLUMNS = (
    Message.id,
    Message.ticket_id,
    Message.kind,
    Message.outgoing,
    Message.sent_at,
    Message.created_at,
    Message.from_name,
    Message.from_address,
    Message.to_addresses,
    Message.subject,
    Message.body_text,
    Message.phone_number,
    Message.duration_seconds,
    Message.recording_ref,
)


def _cell(value: object, tz: ZoneInfo) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone(tz).isoformat(timespec="seconds")
    if isinstance(value, bool):
        return "1" if value else "0"
    text = str(value) if not hasattr(value, "isoformat") else value.isoformat()
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(TRUNCATED)] + TRUNCATED
    return safe_cell(text)


def _rows(
    session: Session, filters: TicketFilter, today: date, tz: ZoneInfo, sort: TicketSort
) -> Iterator[list[str]]:
    author = aliased(User)
    ids = ticket_ids(session, filters, today=today, sort=sort)  # one snapshot of the list, then batches
    for start in range(0, len(ids), BATCH):
        tickets = rows_by_id(session, ids[start : start + BATCH], today=today)
        by_id = {t.id: t for t in tickets}
        moment = func.coalesce(Message.sent_at, Message.created_at)
        messages = session.execute(
            select(*_MESSAGE_COLUMNS, author.display_name.label("author_name"))
            .outerjoin(author, author.id == Message.author_id)
            .where(Message.ticket_id.in_(by_id))
            .order_by(Message.ticket_id, moment, Message.id)
        ).all()
        names: dict[int, list[str]] = {}
        for message_id, filename, stored in session.execute(
            select(MessageAttachment.message_id, MessageAttachment.filename, MessageAttachment.stored)
            .where(MessageAttachment.message_id.in_([m.id for m in messages]))
            .order_by(MessageAttachment.message_id, MessageAttachment.position)
        ):
            names.setdefault(message_id, []).append(filename if stored else f"{filename} (not stored)")
        threads: dict[int, list[Row[*tuple[Any, ...]]]] = {}  # rows of _MESSAGE_COLUMNS
        for message in messages:
            threads.setdefault(message.ticket_id, []).append(message)
        for ticket in tickets:
            for message in threads.get(ticket.id, []):
                values = (
                    ticket.ref,
                    ticket.received_at,
                    ticket.status.value,
                    ticket.category.value,
                    ticket.channel.value,
                    ticket.from_name,
                    ticket.from_address,
                    ticket.subject,
                    ticket.assignee_name,
                    ticket.first_response_due,
                    ticket.message_count,
                    message.kind,
                    "out" if message.outgoing else "in",
                    message.sent_at or message.created_at,
                    message.from_name,
                    message.from_address,
                    "; ".join(message.to_addresses or ()),
                    message.subject,
                    message.body_text,
                    "; ".join(names.get(message.id, [])),
                    message.phone_number,
                    message.duration_seconds,
                    message.recording_ref,
                    message.author_name,
                )
                yield [_cell(v, tz) for v in values]


def write_csv(
    session: Session,
    stream: BinaryIO,
    filters: TicketFilter,
    *,
    today: date,
    tz: ZoneInfo,
    sort: TicketSort,
) -> int:
    """Write the export to a binary stream; the number of message rows written."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(HEADER)
    count = 0
    for row in _rows(session, filters, today, tz, sort):
        writer.writerow(row)
        count += 1
    text.flush()
    text.detach()
    return count
