"""Mail in: files (.eml .msg .mbox, folders) and raw bytes from the IMAP fetch become tickets.

Each message is stored in its own transaction: a batch stopped half-way (a crash, a cancel, a power cut)
leaves every message either fully in or not at all, and running it again adds what is missing. A
Message-ID is stored once, so importing the same mail twice adds nothing the second time. A file that
cannot be read is reported by name with the reason, and the batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from privacy_desk.domain.roles import Permission
from privacy_desk.domain.tickets import Channel, MessageKind, TicketStatus, normalize_address
from privacy_desk.errors import StorageError
from privacy_desk.services.actor import Actor
from privacy_desk.services.audit import record
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.services.tickets_store import (
    NewAttachment,
    TicketPolicy,
    add_message,
    begin_writing,
    create_ticket,
    fit_message_id,
    load_policy,
    person_for_address,
    snapshot,
    suggest_for,
)
from privacy_desk.services.tickets_threading import ThreadedBy, find_thread
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import Message, Ticket

if TYPE_CHECKING:
    from privacy_desk.intake.parse import ParsedMessage

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

ATTEMPTS = 5
# A Date header further ahead than this is a wrong clock, not the arrival time.
FUTURE_TOLERANCE = timedelta(days=1)


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
    """What an import did; `failed` holds (origin, reason) of every message or file not imported."""

    imported: int = 0
    duplicates: int = 0
    threaded: int = 0
    new_tickets: int = 0
    possibly_related: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False
    ticket_ids: list[int] = field(default_factory=list)  # tickets created or changed, for the views

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
        if result.ticket_id not in self.ticket_ids:
            self.ticket_ids.append(result.ticket_id)

    def as_json(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "threaded": self.threaded,
            "new_tickets": self.new_tickets,
            "possibly_related": self.possibly_related,
            "failed": [{"origin": origin, "reason": reason} for origin, reason in self.failed],
            "cancelled": self.cancelled,
        }


def _connection_lost(error: StorageError) -> bool:
    return isinstance(error.__cause__, OperationalError | InterfaceError) and not isinstance(
        error.__cause__, IntegrityError
    )


def _worth_retrying(error: StorageError) -> bool:
    cause = error.__cause__
    if isinstance(cause, IntegrityError):
        return True
    text = str(getattr(cause, "orig", cause)).lower()
    return isinstance(cause, OperationalError) and ("locked" in text or "busy" in text)


def _reason(error: BaseException) -> str:
    return str(error).strip() or type(error).__name__


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
    def __init__(self, db: Database, settings: OfficeSettingsService, actor: Actor) -> None:
        self._db = db
        self._settings = settings
        self._actor = actor

    # -- entry points --------------------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[str | PathLike[str]],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportSummary:
        """Import files and folders. `progress(done, total)` after each message: `total` is counted
        from the files before the import (quickly, without parsing) and grows if a file holds more than
        counted; `cancel()` is asked between messages and stops cleanly: what is in stays in, and a
        later run adds the rest."""
        from privacy_desk.intake.sources import iter_sources

        self._actor.require(Permission.WORK_CASES)
        policy = load_policy(self._settings)
        summary = ImportSummary()
        sources = [str(p) for p in paths]
        total = count_messages(sources) if progress else 0
        if progress:
            progress(0, total)
        for done, item in enumerate(iter_sources(sources), start=1):  # streamed: one message at a time
            if cancel is not None and cancel():
                summary.cancelled = True
                break
            if item.error is not None or item.parsed is None:
                summary.failed.append((item.origin, item.error or "unreadable"))
            else:
                try:
                    summary.add(self.import_parsed(item.parsed, item.origin, policy=policy))
                except StorageError as error:
                    if _connection_lost(error):
                        raise
                    summary.failed.append((item.origin, _reason(error)))
                except Exception as error:  # one bad message never stops the batch
                    summary.failed.append((item.origin, _reason(error)))
            if progress:
                total = max(total, done)
                progress(done, total)
        return summary

    def import_raw(self, raw: bytes, origin: str) -> bool:
        """Store one message given as bytes (the IMAP fetch's sink). True when it was new."""
        return self.import_raw_result(raw, origin).outcome is not ImportOutcome.DUPLICATE

    def import_raw_result(self, raw: bytes, origin: str) -> ImportResult:
        """Store one message given as bytes; what became of it."""
        from privacy_desk.intake.parse import parse_message

        self._actor.require(Permission.WORK_CASES)
        return self.import_parsed(parse_message(raw), origin)

    def import_parsed(
        self, parsed: ParsedMessage, origin: str, *, policy: TicketPolicy | None = None
    ) -> ImportResult:
        """Store one parsed message in its own transaction, threading it into its ticket."""
        policy = policy or load_policy(self._settings)
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return self._import(parsed, origin, policy)
            except StorageError as error:
                # Another desk stored the same Message-ID (or blob) at the same moment, or SQLite
                # refused a second writer (its lock is not waited for once a transaction has read):
                # once more, and it is a duplicate or goes in cleanly.
                if attempt == ATTEMPTS or not _worth_retrying(error):
                    raise
        raise AssertionError("unreachable")

    # -- one message ---------------------------------------------------------------------------------

    def _import(self, parsed: ParsedMessage, origin: str, policy: TicketPolicy) -> ImportResult:
        message_id = fit_message_id(parsed.message_id)
        with self._db.transaction() as session:
            begin_writing(session)
            existing = session.execute(
                select(Ticket.id, Ticket.ref)
                .join(Message, Message.ticket_id == Ticket.id)
                .where(Message.message_id == message_id)
            ).first()
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
            now = datetime.now(UTC)
            if match.ticket is not None:
                ticket = match.ticket
                outcome = ImportOutcome.THREADED
                self._reopen_on_new_mail(session, ticket)
            else:
                received = (
                    parsed.sent_at if parsed.sent_at and parsed.sent_at <= now + FUTURE_TOLERANCE else now
                )
                person = person_for_address(session, self._actor, parsed.from_address, parsed.from_name)
                ticket = create_ticket(
                    session,
                    policy,
                    subject=parsed.subject,
                    channel=Channel.MAIL,
                    received_at=received,
                    suggested=suggest_for(parsed.subject, parsed.body_text),
                    from_address=normalize_address(parsed.from_address),
                    from_name=parsed.from_name,
                    person_id=person.id if person else None,
                    possibly_related_to_id=match.related.id if match.related else None,
                )
                outcome = (
                    ImportOutcome.POSSIBLY_RELATED
                    if match.how is ThreadedBy.POSSIBLY_RELATED
                    else ImportOutcome.NEW_TICKET
                )
                record(session, self._actor, "ticket", ticket.id, "create", after=snapshot(ticket))
            message = add_message(
                session,
                policy,
                ticket,
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
                attachments=[
                    NewAttachment(a.filename, a.content_type, a.data, a.size, a.sha256)
                    for a in parsed.attachments
                ],
            )
            ticket.unread = True
            record(
                session,
                self._actor,
                "ticket",
                ticket.id,
                "import_message",
                after={
                    "message": message.id,
                    "message_id": message_id,
                    "origin": origin,
                    "threaded_by": match.how.value,
                    "possibly_related_to": match.related.ref if match.related else None,
                },
            )
            return ImportResult(outcome, ticket.id, ticket.ref)

    def _reopen_on_new_mail(self, session: Session, ticket: Ticket) -> None:
        """New mail on a ticket someone considered done puts it back in front of the desk."""
        if ticket.status in (TicketStatus.WAITING, TicketStatus.RESOLVED, TicketStatus.CLOSED):
            before = snapshot(ticket)
            ticket.status = TicketStatus.OPEN
            record(session, self._actor, "ticket", ticket.id, "reopen", before=before, after=snapshot(ticket))
