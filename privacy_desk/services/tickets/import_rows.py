"""What an import batch stored optimistically (no savepoints) writes in bulk at its end (issue #10).

A batch first tries to store its messages without a savepoint each: tickets, senders' persons and
thread updates go in as each message is stored (later messages of the batch look them up), while the
rows nothing in the batch reads back — the messages, their attachments, the blobs of both — are held
here and written in one statement per table just before the commit; the ticket numbers are counted
in Python and written back in one statement (`counters.NumberBlock`). A message whose store fails, or
a bulk write that fails, rolls the whole batch back and stores it again a message per savepoint
(`import_batch.Batch`), which takes back the bad message alone; so one is refused by name with
nothing of it stored, as before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from privacy_desk.services.core.counters import NumberBlock
from privacy_desk.services.core.rows import insert_ignoring_conflict
from privacy_desk.services.tickets.messages import (
    Deferred,
    NewAttachment,
    StoredMessage,
    attachment_row,
)
from privacy_desk.services.tickets.policy import TicketPolicy
from privacy_desk.storage import search
from privacy_desk.storage.models import Blob, Message, MessageAttachment

_M, _A, _B = Message.__table__, MessageAttachment.__table__, Blob.__table__
# The new ids in the order of the rows (SQLAlchemy's insertmanyvalues: a few statements for thousands).
_INSERT_MESSAGES = _M.insert().returning(_M.c.id, sort_by_parameter_order=True)
_INSERT_ATTACHMENTS = _A.insert()
_LAST_MESSAGE = select(func.max(_M.c.id))


def _insert_messages(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert the rows; their ids, in order. SQLite gives no order for RETURNING over many rows (and
    SQLAlchemy inserts them one at a time then): the ids are the ones SQLite would choose itself (the
    largest + 1, messages.id is no AUTOINCREMENT), given in the rows, under the batch's write lock."""
    if session.get_bind().dialect.name != "sqlite":
        return list(session.execute(_INSERT_MESSAGES, rows).scalars())
    first = (session.scalar(_LAST_MESSAGE) or 0) + 1
    ids = list(range(first, first + len(rows)))
    session.execute(_M.insert(), [{"id": i, **row} for i, row in zip(ids, rows, strict=True)])
    return ids


class HeldRows:
    """The rows of one optimistic batch, written by `write` (valid for that one transaction)."""

    def __init__(self) -> None:
        self.numbers = NumberBlock("ticket")
        self._blobs: dict[str, dict[str, object]] = {}
        self._messages: list[dict[str, Any]] = []
        self._attachments: list[list[dict[str, Any]]] = []  # per held message, without its id
        self._named: list[dict[str, object] | None] = []  # per held message: the audit entry naming it

    def __len__(self) -> int:
        return len(self._messages)

    def blob(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        if digest not in self._blobs:
            now = datetime.now(UTC)
            self._blobs[digest] = {"sha256": digest, "size": len(data), "data": data, "created_at": now}
        return digest

    def insert_message(
        self,
        policy: TicketPolicy,
        ticket_id: int,
        values: dict[str, Any],  # as messages.message_values gives them, the raw mail held by `blob`
        attachments: Sequence[NewAttachment],
    ) -> StoredMessage:
        """`messages.insert_message`, held: what it returns but the id (0 until `write`)."""
        row = {**values, "ticket_id": ticket_id}
        row["reference_ids"] = row.pop("references")
        rows, not_stored = [], 0
        for position, attachment in enumerate(attachments):
            attached = attachment_row(policy, position, attachment)
            if attached["stored"]:
                attached["sha256"] = self.blob(attachment.data)
            else:
                not_stored += 1
            rows.append(attached)
        self._messages.append(row)
        self._attachments.append(rows)
        self._named.append(None)
        return StoredMessage(0, values["sent_at"] or values["created_at"], not_stored)

    def name_in(self, after: dict[str, object]) -> None:
        """The audit entry (its `after`) of the message last held: given the message's id by `write`."""
        self._named[-1] = after

    def write(self, session: Session, deferred: Deferred) -> None:
        """Blobs, messages and attachments in one statement each, the ticket numbers written back; the
        messages' search entries handed to `deferred` (written with the batch's others)."""
        self.numbers.write(session)
        if self._blobs:
            insert_ignoring_conflict(session, _B, list(self._blobs.values()), "sha256")
        if not self._messages:
            return
        ids = _insert_messages(session, self._messages)
        attached = [
            {"message_id": i, **a} for i, rows in zip(ids, self._attachments, strict=True) for a in rows
        ]
        if attached:
            session.execute(_INSERT_ATTACHMENTS, attached)
        for message_id, row, after in zip(ids, self._messages, self._named, strict=True):
            if after is not None:
                after["message"] = message_id
            deferred.search.append(
                search.IndexedText(
                    message_id, row["subject"], row["from_name"], row["from_address"], row["body_text"]
                )
            )
        self._blobs, self._messages, self._attachments, self._named = {}, [], [], []
