"""Mail in: files (.eml .msg .mbox, folders) and raw bytes from the IMAP fetch become tickets.

Every message is all or nothing: an import stopped half-way (a crash, a cancel, a power cut) leaves each
message either fully in or not at all, and running it again adds what is missing. A Message-ID is
stored once, so importing the same mail twice adds nothing the second time. A file that cannot be read
is reported by name with the reason, and the import goes on.

Files are imported a batch at a time (`tickets_import_batch`): messages are parsed with no transaction
open, then one short transaction stores a batch of them, each in a savepoint of its own, so a message
that fails is taken back alone and the others of its batch still go in. A commit per message cost more
than storing the message. The batch is short, and the lock let go while the next one is parsed, so that
other desks writing at the same time (who wait for SQLite's write lock, or for the year's ticket counter
on PostgreSQL) wait a fraction of a second at most. A single message (the IMAP fetch, `import_raw`) is
parsed first and then has a transaction of its own.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from os import PathLike
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from privacy_desk.domain.roles import Permission
from privacy_desk.domain.tickets import Channel, MessageKind, TicketStatus, normalize_address
from privacy_desk.errors import StorageError
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.audit import record
from privacy_desk.services.core.rows import insert_row
from privacy_desk.services.core.writing import writing
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.services.tickets.import_batch import (
    RELEASE,
    SAVEPOINT,
    Batch,
    connection_lost,
    indexed_length,
    parsed_ahead,
    reason,
    worth_retrying,
)
from privacy_desk.services.tickets.messages import (
    Deferred,
    NewAttachment,
    StoredMessage,
    attachments_over_cap,
    insert_message,
    message_values,
)
from privacy_desk.services.tickets.persons import person_id_for_address
from privacy_desk.services.tickets.policy import TicketPolicy, fit_message_id, load_policy
from privacy_desk.services.tickets.store import next_ref, snapshot, suggest_for, ticket_values
from privacy_desk.services.tickets.threading import ThreadedBy, find_thread
from privacy_desk.storage import search
from privacy_desk.storage.engine import Database, storage_error
from privacy_desk.storage.models import Message, Ticket

if TYPE_CHECKING:
    from privacy_desk.intake.messages import ParsedMessage
    from privacy_desk.intake.sources import SourceItem

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

ATTEMPTS = 5
# Failures listed one by one in the JSON summary (all are counted, by reason).
FAILED_LISTED = 100
# A Date header further ahead than this is a wrong clock, not the arrival time.
FUTURE_TOLERANCE = timedelta(days=1)


# The ticket holding a Message-ID (built once: asked for every message).
# On the tables, not the ORM classes: an ORM-enabled select costs twice as much to run.
_T, _M = Ticket.__table__, Message.__table__
_STORED = (
    select(_T.c.id, _T.c.ref)
    .join(_M, _M.c.ticket_id == _T.c.id)
    .where(_M.c.message_id == bindparam("message_id"))
)


class ImportOutcome(StrEnum):
    NEW_TICKET = "new_ticket"
    THREADED = "threaded"
    POSSIBLY_RELATED = "possibly_related"  # a new ticket, marked as possibly related to another
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class ImportResult:
    outcome: ImportOutcome
    ticket_id: int
    ticket_ref: str


@dataclass
class ImportSummary:
    """What an import did; `failed` holds (origin, reason) of every message or file not imported (a reason
    from reading the files is a `Reason`, to be translated where it is shown)."""

    imported: int = 0
    duplicates: int = 0
    threaded: int = 0
    new_tickets: int = 0
    possibly_related: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    ticket_ids: list[int] = field(default_factory=list)  # tickets created or changed, for the views
    _ticket_id_set: set[int] = field(default_factory=set, init=False, repr=False, compare=False)

    def add(self, result: ImportResult) -> None:
        if result.outcome is ImportOutcome.DUPLICATE:
            self.duplicates += 1
            return
        self.imported += 1
        if result.outcome is ImportOutcome.THREADED:
            self.threaded += 1
        else:
            self.new_tickets += 1
            if result.outcome is ImportOutcome.POSSIBLY_RELATED:
                self.possibly_related += 1
        if result.ticket_id not in self._ticket_id_set:
            self._ticket_id_set.add(result.ticket_id)
            self.ticket_ids.append(result.ticket_id)

    def as_json(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "threaded": self.threaded,
            "new_tickets": self.new_tickets,
            "possibly_related": self.possibly_related,
            # The first ones only, and a count per reason: 200,000 empty messages are one line, not 13 MB.
            "failed": [{"origin": origin, "reason": why} for origin, why in self.failed[:FAILED_LISTED]],
            "cancelled": self.cancelled,
            **(
                {
                    "failed_total": len(self.failed),
                    "failed_reasons": [{"reason": k.kind, "count": k.count} for k in self.failure_kinds()],
                }
                if self.failed
                else {}
            ),
        }

    def failure_kinds(self) -> list[FailureKind]:
        """The failures counted by reason (without the file or message it names), in order of first
        appearance; each with the first failure of its kind."""
        kinds: dict[str, FailureKind] = {}
        for origin, why in self.failed:
            kind = getattr(why, "kind", None) or why.removeprefix(f"{origin}: ")
            if kind in kinds:
                kinds[kind].count += 1
            else:
                kinds[kind] = FailureKind(kind, 1, origin, why)
        return list(kinds.values())


@dataclass
class FailureKind:
    kind: str  # the reason, in English, without what it names
    count: int
    origin: str  # the first failure of this kind
    reason: str


def count_messages(paths: Iterable[str]) -> int:
    """About how many messages the files and folders hold, read at disk speed without parsing: one
    per .eml or .msg file, the From_ lines of an mbox."""
    from privacy_desk.intake.sources import MAIL_SUFFIXES

    total = 0
    for path in map(Path, paths):
        if path.is_dir():
            files = [
                Path(root) / name
                for root, _, names in os.walk(path)
                for name in names
                if not name.startswith(".") and name.lower().endswith(MAIL_SUFFIXES)
            ]
        else:
            files = [path]
        total += sum(_messages_in(file) for file in files)
    return total


def _messages_in(path: Path) -> int:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would wait for a writer: not opened
            return 1
        with path.open("rb") as file:
            head = file.read(5)
            if path.suffix.lower() != ".mbox" and head != b"From ":
                return 1
            count, tail = 1 if head == b"From " else 0, b""
            while chunk := file.read(1 << 20):
                data = tail + chunk
                count += data.count(b"\nFrom ")
                tail = data[-5:]
            return max(count, 1)
    except OSError:
        return 1


class TicketImportService:
    def __init__(self, db: Database, settings: OfficeSettingsService) -> None:
        self._db = db
        self._settings = settings

    # -- entry points --------------------------------------------------------------------------------

    def import_paths(
        self,
        actor: Actor,
        paths: Iterable[str | PathLike[str]],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportSummary:
        """Import files and folders. `progress(done, total)` after each message: `total` is counted
        from the files before the import (quickly, without parsing) and grows if a file holds more than
        counted; `cancel()` is asked between messages and stops cleanly: what is in stays in, and a
        later run adds the rest. Messages become visible to other sessions batch by batch (within
        BATCH_SECONDS of being reported done)."""
        from privacy_desk.intake.sources import iter_sources

        actor.require(Permission.WORK_CASES)
        policy = load_policy(self._settings)
        summary = ImportSummary()
        sources = [str(p) for p in paths]
        total = count_messages(sources) if progress else 0
        if progress:
            progress(0, total)
        batch, done = Batch(self._db, summary), 0
        try:
            # Parsed a chunk at a time, between the batches' transactions: no lock held meanwhile.
            for chunk in parsed_ahead(iter_sources(sources)):
                for item in chunk:
                    if cancel is not None and cancel():
                        summary.cancelled = True
                        break
                    self._import_item(actor, batch, item, policy)
                    done += 1
                    if progress:
                        total = max(total, done)
                        progress(done, total)
                batch.commit()
                if summary.cancelled:
                    break
        finally:
            batch.close()  # after an error or an interrupt: commit what was complete, drop the rest
        return summary

    def _import_item(self, actor: Actor, batch: Batch, item: SourceItem, policy: TicketPolicy) -> None:
        if item.error is not None or item.parsed is None:
            batch.summary.failed.append((item.origin, item.error or "unreadable"))
        else:
            try:
                self._import_in_batch(actor, batch, item.parsed, item.origin, policy)
                batch.indexed += indexed_length(item)
            except StorageError as error:
                if connection_lost(error):
                    raise
                batch.summary.failed.append((item.origin, reason(error)))
        if batch.due():
            batch.commit()

    def _import_in_batch(
        self, actor: Actor, batch: Batch, parsed: ParsedMessage, origin: str, policy: TicketPolicy
    ) -> None:
        """Store one message in the batch's transaction, in a savepoint: all of it or none of it."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                session = batch.open()
                mark = batch.deferred.mark()
                try:
                    session.execute(SAVEPOINT)
                    result = self._store(
                        actor, session, parsed, origin, policy, batch.mixed_case, batch.deferred
                    )
                    session.execute(RELEASE)
                except BaseException as exc:
                    batch.deferred.take_back(mark)  # as the savepoint is
                    batch.roll_back_message()
                    if isinstance(exc, DBAPIError):
                        raise storage_error(exc) from exc
                    raise
                batch.pending.append((origin, result))
                return
            except StorageError as error:
                # As for a single message (`import_parsed`); and a lock another desk holds is only let go
                # once this batch ends: commit what is in, then once more in a batch of its own.
                if attempt == ATTEMPTS or not worth_retrying(error):
                    raise
                batch.commit()
            except Exception as error:  # one bad message never stops the import
                batch.summary.failed.append((origin, reason(error)))
                return

    def import_raw(self, actor: Actor, raw: bytes, origin: str) -> bool:
        """Store one message given as bytes (the IMAP fetch's sink). True when it was new."""
        return self.import_raw_result(actor, raw, origin).outcome is not ImportOutcome.DUPLICATE

    def import_raw_result(self, actor: Actor, raw: bytes, origin: str) -> ImportResult:
        """Store one message given as bytes; what became of it."""
        from privacy_desk.intake.parse import parse_message

        actor.require(Permission.WORK_CASES)
        return self.import_parsed(actor, parse_message(raw), origin)

    def import_parsed(
        self, actor: Actor, parsed: ParsedMessage, origin: str, *, policy: TicketPolicy | None = None
    ) -> ImportResult:
        """Store one parsed message in its own transaction, threading it into its ticket."""
        policy = policy or load_policy(self._settings)
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return self._import(actor, parsed, origin, policy)
            except StorageError as error:
                # Another desk stored the same Message-ID (or blob) at the same moment, or SQLite
                # refused a second writer (its lock is not waited for once a transaction has read):
                # once more, and it is a duplicate or goes in cleanly.
                if attempt == ATTEMPTS or not worth_retrying(error):
                    raise
        raise AssertionError("unreachable")

    # -- one message ---------------------------------------------------------------------------------

    def _import(self, actor: Actor, parsed: ParsedMessage, origin: str, policy: TicketPolicy) -> ImportResult:
        with writing(self._db) as session:
            return self._store(actor, session, parsed, origin, policy)

    def _store(
        self,
        actor: Actor,
        session: Session,
        parsed: ParsedMessage,
        origin: str,
        policy: TicketPolicy,
        mixed_case: dict[str, int] | None = None,
        deferred: Deferred | None = None,
    ) -> ImportResult:
        """Store one message in the caller's transaction (whose first step was `begin_writing`);
        `mixed_case` as for `person_for_address`; `deferred` as for `insert_message`."""
        audit = deferred.audit if deferred is not None else None
        message_id = fit_message_id(parsed.message_id)
        existing = session.execute(_STORED, {"message_id": message_id}).first()
        if existing is not None:
            return ImportResult(ImportOutcome.DUPLICATE, *existing)
        match = find_thread(
            session,
            message_id=message_id,
            in_reply_to=parsed.in_reply_to,
            references=parsed.references,
            subject=parsed.subject,
            from_address=parsed.from_address,
        )
        attachments = [
            NewAttachment(a.filename, a.content_type, a.data, a.size, a.sha256) for a in parsed.attachments
        ]
        values = message_values(
            session,
            policy,
            kind=MessageKind.CORRESPONDENCE_IN,
            message_id=message_id,
            subject=parsed.subject,
            body_text=parsed.body_text,
            body_html=parsed.body_html,
            from_address=normalize_address(parsed.from_address),
            from_name=parsed.from_name,
            to=parsed.to,
            cc=parsed.cc,
            sent_at=parsed.sent_at,
            in_reply_to=parsed.in_reply_to,
            references=parsed.references,
            headers=parsed.headers,
            defects=parsed.defects,
            raw=parsed.raw,
            origin=origin,
        )
        if match.ticket is not None:
            ticket = match.ticket
            outcome, ticket_id, ref = ImportOutcome.THREADED, ticket.id, ticket.ref
            stored = insert_message(session, policy, ticket_id, values, attachments, deferred)
            self._update_thread(actor, session, ticket, stored, audit)
        else:
            # A new ticket is written in one INSERT with its first message already counted.
            now = datetime.now(UTC)
            received = parsed.sent_at if parsed.sent_at and parsed.sent_at <= now + FUTURE_TOLERANCE else now
            person_id = person_id_for_address(
                session,
                actor,
                parsed.from_address,
                parsed.from_name,
                mixed_case=mixed_case,
                deferred=deferred,
            )
            row = ticket_values(
                policy,
                ref=next_ref(session, policy.office_date(received).year),
                subject=parsed.subject,
                channel=Channel.MAIL,
                received_at=received,
                # What is indexed is what chooses: the keywords of an inquiry are at its start.
                suggested=suggest_for(parsed.subject, parsed.body_text[: search.INDEXED_MAX]),
                from_address=values["from_address"],
                from_name=parsed.from_name,
                person_id=person_id,
                possibly_related_to_id=match.related.id if match.related else None,
            )
            moment = values["sent_at"] or values["created_at"]
            row.update(
                message_count=1,
                last_message_at=max(received, moment),
                attachments_not_stored=attachments_over_cap(policy, attachments),
            )
            ticket_id, ref = insert_row(session, Ticket.__table__, row), row["ref"]
            outcome = (
                ImportOutcome.POSSIBLY_RELATED
                if match.how is ThreadedBy.POSSIBLY_RELATED
                else ImportOutcome.NEW_TICKET
            )
            record(
                session,
                actor,
                "ticket",
                ticket_id,
                "create",
                after=snapshot(
                    SimpleNamespace(assignee_id=None, merged_into_id=None, first_responded_at=None, **row)
                ),
                into=audit,
            )
            stored = insert_message(session, policy, ticket_id, values, attachments, deferred)
        record(
            session,
            actor,
            "ticket",
            ticket_id,
            "import_message",
            after={
                "message": stored.id,
                "message_id": message_id,
                "origin": origin,
                "threaded_by": match.how.value,
                "possibly_related_to": match.related.ref if match.related else None,
            },
            into=audit,
        )
        return ImportResult(outcome, ticket_id, ref)

    def _update_thread(
        self,
        actor: Actor,
        session: Session,
        ticket: Ticket,
        stored: StoredMessage,
        audit: list[dict[str, object]] | None,
    ) -> None:
        """The ticket's summary after a message joined its thread, unread; new mail on a ticket someone
        considered done puts it back in front of the desk. One UPDATE, no ORM flush (a batch's savepoints
        are the import's own, which the session does not track); the ticket object is re-read when used."""
        changes: dict[str, object] = {
            "message_count": _T.c.message_count + 1,
            "attachments_not_stored": _T.c.attachments_not_stored + stored.attachments_not_stored,
            "unread": True,
        }
        if ticket.last_message_at is None or stored.moment > ticket.last_message_at:
            changes["last_message_at"] = stored.moment
        reopen = ticket.status in (TicketStatus.WAITING, TicketStatus.RESOLVED, TicketStatus.CLOSED)
        before = snapshot(ticket) if reopen else None
        if reopen:
            changes["status"] = TicketStatus.OPEN
        session.execute(update(_T).where(_T.c.id == ticket.id).values(**changes))
        session.expire(ticket)
        if before is not None:
            record(
                session,
                actor,
                "ticket",
                ticket.id,
                "reopen",
                before=before,
                after={**before, "status": TicketStatus.OPEN},
                into=audit,
            )
