"""The Inbox's use cases: list, read and work tickets. One transaction per call, audited, plain data out.

The work is done by the sibling modules (queries, merge, intake, replies, export); this class is what
the GUI and the CLI call. Mail import is `TicketImportService` (importing.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from privacy_desk.domain.reply_templates import ReplyTemplate
from privacy_desk.domain.roles import Permission
from privacy_desk.domain.tickets import (
    MessageKind,
    TicketCategory,
    TicketStatus,
    check_transition,
    normalize_ref,
)
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.office import read_office_settings
from privacy_desk.services.core.versions import TICKET_WORD, check_version
from privacy_desk.services.core.writing import Work, writing
from privacy_desk.services.persons import PersonRow, find_persons
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.services.tickets import intake as tickets_intake
from privacy_desk.services.tickets import junk as tickets_junk
from privacy_desk.services.tickets import merge as tickets_merge
from privacy_desk.services.tickets import queries as tickets_queries
from privacy_desk.services.tickets.forwarded import ForwardedMessage, read_forwarded
from privacy_desk.services.tickets.intake import CallLog, LetterLog
from privacy_desk.services.tickets.messages import add_message, new_message_id
from privacy_desk.services.tickets.policy import TicketPolicy, load_policy
from privacy_desk.services.tickets.queries import (
    TicketFilter,
    TicketListRow,
    TicketPage,
    TicketSort,
)
from privacy_desk.services.tickets.store import get_ticket, snapshot
from privacy_desk.services.tickets.thread import AttachmentRow, MessageRow, TicketDetail
from privacy_desk.services.tickets.thread import detail as ticket_thread
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import Blob, Message, MessageAttachment, Person, Ticket, User

if TYPE_CHECKING:
    from privacy_desk.services.tickets.replies import LoggedReply, ReplyDraft

__all__ = [
    "AttachmentRow",
    "CallLog",
    "LetterLog",
    "MessageRow",
    "TicketDetail",
    "TicketFilter",
    "TicketListRow",
    "TicketPage",
    "TicketService",
    "TicketSort",
]


ALL_TICKETS = TicketFilter()


@dataclass(frozen=True)
class AttachmentData:
    attachment: AttachmentRow
    data: bytes | None  # None: larger than the office's cap when it arrived, so never stored


class TicketService:
    def __init__(self, db: Database, settings: OfficeSettingsService) -> None:
        self._db = db
        self._settings = settings

    def policy(self) -> TicketPolicy:
        """The office's ticket policy, read in a transaction of its own (for reads; a write builds it
        from its unit of work's settings)."""
        return load_policy(self._settings.values())

    def _today(self) -> date:
        return self.policy().today()

    # -- reading ----------------------------------------------------------------------------------

    def page(
        self,
        filters: TicketFilter = ALL_TICKETS,
        *,
        offset: int = 0,
        limit: int = 100,
        sort: TicketSort = TicketSort.RECEIVED_AT,
        descending: bool = True,
        after: TicketListRow | None = None,
    ) -> TicketPage:
        """One page of the Inbox and the number of tickets the filter selects; `after` the last row of
        the page before, for the next by keyset and without a new count (tickets/queries.page)."""
        with self._db.transaction() as session:
            # The office's date from the settings read in the page's own transaction, not one of theirs.
            today = load_policy(read_office_settings(session)).today()
            return tickets_queries.page(
                session,
                filters,
                today=today,
                offset=offset,
                limit=limit,
                sort=sort,
                descending=descending,
                after=after,
            )

    def ticket_ids(
        self,
        filters: TicketFilter = ALL_TICKETS,
        *,
        sort: TicketSort = TicketSort.RECEIVED_AT,
        descending: bool = True,
    ) -> list[int]:
        today = self._today()
        with self._db.transaction() as session:
            return tickets_queries.ticket_ids(session, filters, today=today, sort=sort, descending=descending)

    def rows(self, ids: Sequence[int]) -> list[TicketListRow]:
        """Fresh rows of these tickets in the given order: after a change notice, or for an id-backed
        model's cache."""
        today = self._today()
        with self._db.transaction() as session:
            return tickets_queries.rows_by_id(session, list(ids), today=today)

    def get(self, ticket_id: int) -> TicketDetail:
        """A ticket with its whole thread (a merged ticket: its row and where it went)."""
        today = self._today()
        with self._db.transaction() as session:
            return ticket_thread(session, get_ticket(session, ticket_id), today=today)

    def id_of(self, ref: str) -> int:
        ref = normalize_ref(ref)
        with self._db.transaction() as session:
            ticket_id = session.scalar(select(Ticket.id).where(Ticket.ref == ref))
        if ticket_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No ticket {ref}."), ref=ref)
        return ticket_id

    def get_by_ref(self, ref: str) -> TicketDetail:
        return self.get(self.id_of(ref))

    def attachment(self, attachment_id: int) -> AttachmentData:
        with self._db.transaction() as session:
            a = session.get(MessageAttachment, attachment_id)
            if a is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No attachment with id {id}."), id=attachment_id)
            blob = session.get(Blob, a.sha256) if a.stored else None
            row = AttachmentRow(a.id, a.filename, a.content_type, a.size, a.sha256, a.stored)
            return AttachmentData(row, blob.data if blob is not None else None)

    def forwarded(self, attachment_id: int) -> ForwardedMessage:
        """A forwarded message attached to a mail, parsed for the reading pane (with its own files)."""
        with self._db.transaction() as session:
            return read_forwarded(session, attachment_id)

    def original(self, message_id: int) -> bytes | None:
        """The message exactly as it arrived (for "view original" and "save as .eml"), when stored."""
        with self._db.transaction() as session:
            message = session.get(Message, message_id)
            if message is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No message with id {id}."), id=message_id)
            blob = session.get(Blob, message.raw_sha256) if message.raw_sha256 else None
            return blob.data if blob is not None else None

    def find_persons(self, text: str, *, limit: int = 50) -> list[PersonRow]:
        """People whose name, reading, e-mail or phone matches, tolerant of 髙/高, 﨑/崎, full and half
        width and katakana/hiragana readings: for linking a ticket to its requester."""
        with self._db.transaction() as session:  # in SQL on the stored key (services/persons/search.py)
            return find_persons(session, text, limit=limit)

    # -- changing one ticket ----------------------------------------------------------------------

    def _change(
        self,
        actor: Actor,
        ticket_id: int,
        action: str,
        change: Callable[[Session, Ticket], None],
        *,
        version: int | None = None,
        **extra: object,
    ) -> TicketListRow:
        """Lock the ticket, refuse when it is no longer at `version` (the one the desk saw), change it
        and audit the change."""
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as work:
            session, policy = work.session, load_policy(work.settings())
            today = policy.today()
            ticket = get_ticket(session, ticket_id, lock=True)
            check_version(
                session,
                actor,
                ticket,
                version,
                what=TICKET_WORD,
                office_tz=policy.office_tz,
                current=lambda: tickets_queries.rows_by_id(session, [ticket.id], today=today)[0],
            )
            before = snapshot(ticket)
            change(session, ticket)
            after = snapshot(ticket)
            if after != before or extra:
                work.audit("ticket", ticket.id, action, before=before, after={**after, **extra})
            session.flush()
            return tickets_queries.rows_by_id(session, [ticket.id], today=today)[0]

    def mark_read(self, actor: Actor, ticket_id: int, read: bool = True) -> TicketListRow:
        """Read or unread for everyone at the desk. Audited (who opened whose inquiry is worth
        knowing), but only when it changes. Not a new version of the ticket: opening it on one desk
        must not make another desk's open form stale."""
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as work:
            session, today = work.session, load_policy(work.settings()).today()
            ticket = get_ticket(session, ticket_id)
            if ticket.unread == read:
                session.execute(update(Ticket).where(Ticket.id == ticket.id).values(unread=not read))
                work.audit(
                    "ticket",
                    ticket.id,
                    "mark_read" if read else "mark_unread",
                    before={"unread": read},
                    after={"unread": not read},
                )
            return tickets_queries.rows_by_id(session, [ticket.id], today=today)[0]

    def set_status(
        self, actor: Actor, ticket_id: int, status: TicketStatus, *, version: int | None = None
    ) -> TicketListRow:
        def change(session: Session, ticket: Ticket) -> None:
            check_transition(TicketStatus(ticket.status), status)
            ticket.status = status
            # Waiting for the requester means the desk has answered them.
            if status is TicketStatus.WAITING and ticket.first_responded_at is None:
                ticket.first_responded_at = datetime.now(UTC)

        return self._change(actor, ticket_id, "set_status", change, version=version)

    def set_category(
        self, actor: Actor, ticket_id: int, category: TicketCategory, *, version: int | None = None
    ) -> TicketListRow:
        """Set (and so confirm) the category."""

        def change(session: Session, ticket: Ticket) -> None:
            ticket.category = category
            ticket.category_confirmed = True

        return self._change(actor, ticket_id, "set_category", change, version=version)

    def confirm_category(self, actor: Actor, ticket_id: int, *, version: int | None = None) -> TicketListRow:
        """Accept the category the keywords suggested (or the default) as it stands."""

        def change(session: Session, ticket: Ticket) -> None:
            ticket.category_confirmed = True

        return self._change(actor, ticket_id, "confirm_category", change, version=version)

    def set_assignee(
        self, actor: Actor, ticket_id: int, user_id: int | None, *, version: int | None = None
    ) -> TicketListRow:
        def change(session: Session, ticket: Ticket) -> None:
            if user_id is not None:
                user = session.get(User, user_id)
                if user is None or not user.active:
                    raise NotFound(QT_TRANSLATE_NOOP("Errors", "No user with id {id}."), id=user_id)
            ticket.assignee_id = user_id

        return self._change(actor, ticket_id, "set_assignee", change, version=version)

    def set_person(
        self, actor: Actor, ticket_id: int, person_id: int | None, *, version: int | None = None
    ) -> TicketListRow:
        """Link the ticket to the requester's person record (or unlink it)."""

        def change(session: Session, ticket: Ticket) -> None:
            if person_id is not None and session.get(Person, person_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No person with id {id}."), id=person_id)
            ticket.person_id = person_id

        return self._change(actor, ticket_id, "set_person", change, version=version)

    def mark_responded(self, actor: Actor, ticket_id: int, *, version: int | None = None) -> TicketListRow:
        """The first response was given outside Privacy Desk: stop the first-response clock."""

        def change(session: Session, ticket: Ticket) -> None:
            if ticket.first_responded_at is None:
                ticket.first_responded_at = datetime.now(UTC)

        return self._change(actor, ticket_id, "mark_responded", change, version=version)

    def mark_junk(self, actor: Actor, ticket_ids: Sequence[int]) -> list[TicketListRow]:
        """Mark one or many tickets junk in one transaction (the Inbox's bulk action); their rows."""
        return self._junk(actor, ticket_ids, tickets_junk.mark_junk)

    def restore_junk(self, actor: Actor, ticket_ids: Sequence[int]) -> list[TicketListRow]:
        """Not junk: the tickets go back to new (open once answered); their rows."""
        return self._junk(actor, ticket_ids, tickets_junk.restore)

    def _junk(
        self, actor: Actor, ticket_ids: Sequence[int], change: Callable[[Work, Sequence[int]], list[int]]
    ) -> list[TicketListRow]:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as work:
            change(work, ticket_ids)
            today = load_policy(work.settings()).today()
            return tickets_queries.rows_by_id(work.session, sorted(set(ticket_ids)), today=today)

    def add_note(self, actor: Actor, ticket_id: int, text: str) -> int:
        """An internal note in the thread (never sent to the requester); the message id."""
        actor.require(Permission.WORK_CASES)
        if not text.strip():
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The note is empty."))
        with writing(self._db, actor) as work:
            ticket = get_ticket(work.session, ticket_id)
            message = add_message(
                work.session,
                load_policy(work.settings()),
                ticket,
                kind=MessageKind.INTERNAL_NOTE,
                message_id=new_message_id(),
                body_text=text.strip(),
                from_name=actor.display_name,
                sent_at=datetime.now(UTC),
                author_id=actor.id,
            )
            work.audit("ticket", ticket.id, "add_note", after={"message": message.id})
            return message.id

    # -- intake, merge, split ---------------------------------------------------------------------

    def log_call(self, actor: Actor, call: CallLog, ticket_id: int | None = None) -> TicketListRow:
        """A phone call, in `ticket_id`'s thread or as a new ticket."""
        return self._write(actor, lambda work, policy: tickets_intake.log_call(work, policy, call, ticket_id))

    def log_letter(self, actor: Actor, letter: LetterLog, ticket_id: int | None = None) -> TicketListRow:
        """A letter with its scanned pages, in `ticket_id`'s thread or as a new ticket."""
        return self._write(
            actor,
            lambda work, policy: tickets_intake.log_letter(work, policy, letter, ticket_id),
        )

    def merge(self, actor: Actor, source_id: int, target_id: int) -> TicketListRow:
        """Move every message of `source_id` into `target_id`; the source then points at the target."""
        return self._write(actor, lambda work, policy: tickets_merge.merge(work, source_id, target_id))

    def undo_merge(self, actor: Actor, source_id: int) -> TicketListRow:
        """Give a merged ticket its messages back; the row of the restored ticket."""
        return self._write(actor, lambda work, policy: tickets_merge.undo_merge(work, source_id))

    def split(self, actor: Actor, ticket_id: int, message_ids: Sequence[int]) -> TicketListRow:
        """Move the chosen messages into a new ticket; the new ticket's row."""
        return self._write(
            actor, lambda work, policy: tickets_merge.split(work, policy, ticket_id, message_ids)
        )

    def _write(self, actor: Actor, change: Callable[[Work, TicketPolicy], Ticket]) -> TicketListRow:
        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as work:
            policy = load_policy(work.settings())
            ticket = change(work, policy)
            work.session.flush()
            return tickets_queries.rows_by_id(work.session, [ticket.id], today=policy.today())[0]

    # -- replies ----------------------------------------------------------------------------------

    def reply_templates(self) -> list[ReplyTemplate]:
        return list(ReplyTemplate)

    def draft_reply(self, ticket_id: int, template: ReplyTemplate, language: str) -> ReplyDraft:
        """A reply filled with the requester's name and the reference, for the user to edit."""
        from privacy_desk.services.tickets import (
            replies as tickets_replies,  # the email package loads on first use
        )

        with self._db.transaction() as session:
            return tickets_replies.draft(session, ticket_id, template, language)

    def log_reply(self, actor: Actor, reply: ReplyDraft) -> LoggedReply:
        """Log the (edited) reply in the thread and give its .eml for the mail client."""
        from privacy_desk.services.tickets import replies as tickets_replies

        actor.require(Permission.WORK_CASES)
        with writing(self._db, actor) as work:
            return tickets_replies.log_reply(work, load_policy(work.settings()), reply)

    # -- export -----------------------------------------------------------------------------------

    def export_csv(
        self,
        target: str | PathLike[str] | BinaryIO,
        filters: TicketFilter = ALL_TICKETS,
        *,
        sort: TicketSort = TicketSort.RECEIVED_AT,
    ) -> int:
        """The filtered list with every message as CSV; the number of rows. A file is written whole or
        not at all (a temporary file renamed at the end)."""
        from privacy_desk.services.tickets.export import write_csv

        policy = self.policy()
        if not isinstance(target, str | PathLike):  # a binary stream
            with self._db.transaction() as session:
                return write_csv(
                    session, target, filters, today=policy.today(), tz=policy.office_tz, sort=sort
                )
        path = Path(target)
        partial = path.with_name(path.name + ".part")
        try:
            with partial.open("wb") as stream, self._db.transaction() as session:
                count = write_csv(
                    session, stream, filters, today=policy.today(), tz=policy.office_tz, sort=sort
                )
            partial.replace(path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {reason}"),
                path=str(path),
                reason=exc.strerror,
            ) from exc
        return count
