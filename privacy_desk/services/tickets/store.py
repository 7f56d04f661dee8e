"""Writing tickets and messages: the steps the import, manual intake, replies, merge and split share.

Every function here works inside the caller's transaction (a `Session` from `Database.transaction()`);
none commits. The caller records the audit entries of what it did.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from privacy_desk.config import (
    ATTACHMENT_MAX_BYTES,
    COMPANY_CLOSURES,
    OFFICE_TIMEZONE,
    TICKET_FIRST_RESPONSE_DAYS,
    setting_int,
    setting_texts,
)
from privacy_desk.domain.closures import ClosureCalendar
from privacy_desk.domain.tickets import (
    Channel,
    MessageKind,
    TicketCategory,
    TicketStatus,
    format_ref,
    normalize_address,
    suggest_category,
)
from privacy_desk.errors import QT_TRANSLATE_NOOP, NotFound
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.audit import record, record_many
from privacy_desk.services.core.counters import next_number
from privacy_desk.services.core.rows import insert_row, store_blob
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.storage import search
from privacy_desk.storage.models import Message, MessageAttachment, Person, Ticket

# Column limits of the schema: longer values from the outside world are cut, never refused.
ADDRESS_MAX = 320
NAME_MAX = 200
MESSAGE_ID_MAX = 900  # below PostgreSQL's b-tree entry limit even for multi-byte text


@dataclass(frozen=True)
class TicketPolicy:
    """The office settings a ticket's dates and storage depend on, read once per operation."""

    office_tz: ZoneInfo
    calendar: ClosureCalendar
    first_response_days: int
    attachment_max_bytes: int

    def office_date(self, moment: datetime) -> date:
        return moment.astimezone(self.office_tz).date()

    def first_response_due(self, received_at: datetime) -> date:
        return self.calendar.add_business_days(self.office_date(received_at), self.first_response_days)

    def today(self, now: datetime | None = None) -> date:
        return self.office_date(now or datetime.now(UTC))


def load_policy(settings: OfficeSettingsService) -> TicketPolicy:
    values = settings.values()
    closures = setting_texts(values[COMPANY_CLOSURES.key])
    return TicketPolicy(
        office_tz=ZoneInfo(str(values[OFFICE_TIMEZONE.key])),
        calendar=ClosureCalendar(company_closures=frozenset(date.fromisoformat(d) for d in closures)),
        first_response_days=setting_int(values[TICKET_FIRST_RESPONSE_DAYS.key]),
        attachment_max_bytes=setting_int(values[ATTACHMENT_MAX_BYTES.key]),
    )


@dataclass(frozen=True)
class NewAttachment:
    filename: str
    content_type: str
    data: bytes
    size: int | None = None
    sha256: str | None = None


def clip(text: str | None, limit: int) -> str:
    return (text or "")[:limit]


def fit_message_id(message_id: str) -> str:
    """A Message-ID as stored (and as the parser gives it): without angle brackets or spaces; a
    monstrously long one replaced by a stable digest."""
    message_id = message_id.strip().removeprefix("<").removesuffix(">").strip()
    if len(message_id.encode("utf-8")) <= MESSAGE_ID_MAX:
        return message_id
    return f"sha256.{hashlib.sha256(message_id.encode('utf-8')).hexdigest()}@privacy-desk.invalid"


def next_ref(session: Session, year: int) -> str:
    """The next ticket reference of `year` (services.core.counters)."""
    return format_ref(year, next_number(session, "ticket", year))


def ticket_values(
    policy: TicketPolicy,
    *,
    ref: str,
    subject: str,
    channel: Channel,
    received_at: datetime,
    suggested: TicketCategory | None = None,
    from_address: str = "",
    from_name: str = "",
    person_id: int | None = None,
    possibly_related_to_id: int | None = None,
) -> dict[str, Any]:  # column values of several types, read back by name
    """The columns of a new ticket with no messages yet (`add_message` adds to its summary)."""
    return {
        "ref": ref,
        "subject": subject,
        "category": suggested or TicketCategory.INQUIRY,
        "category_confirmed": False,
        "suggested_category": suggested,
        "channel": channel,
        "status": TicketStatus.NEW,
        "from_address": clip(from_address, ADDRESS_MAX),
        "from_name": clip(from_name, NAME_MAX),
        "person_id": person_id,
        "received_at": received_at,
        "first_response_due": policy.first_response_due(received_at),
        "unread": True,
        "possibly_related_to_id": possibly_related_to_id,
        "last_message_at": received_at,
        "message_count": 0,
        "attachments_not_stored": 0,
    }


def create_ticket(
    session: Session,
    policy: TicketPolicy,
    *,
    subject: str,
    channel: Channel,
    received_at: datetime,
    suggested: TicketCategory | None = None,
    from_address: str = "",
    from_name: str = "",
    person_id: int | None = None,
    possibly_related_to_id: int | None = None,
) -> Ticket:
    ticket = Ticket(
        **ticket_values(
            policy,
            ref=next_ref(session, policy.office_date(received_at).year),
            subject=subject,
            channel=channel,
            received_at=received_at,
            suggested=suggested,
            from_address=from_address,
            from_name=from_name,
            person_id=person_id,
            possibly_related_to_id=possibly_related_to_id,
        )
    )
    session.add(ticket)
    session.flush()
    return ticket


def suggest_for(subject: str, body: str) -> TicketCategory | None:
    return suggest_category(subject, body)


@dataclass
class Deferred:
    """What a batch of imported messages, each in a savepoint of its own, writes in one go just before
    the batch commits: their SQLite search entries (FTS5 writes out what it holds at every savepoint,
    which made indexing each message in its savepoint cost more than storing it) and their audit
    entries. Take a `mark` before each message and `take_back` to it when its savepoint is rolled back."""

    search: list[search.IndexedText] = field(default_factory=list)
    audit: list[dict[str, object]] = field(default_factory=list)

    def mark(self) -> tuple[int, int]:
        return len(self.search), len(self.audit)

    def take_back(self, mark: tuple[int, int]) -> None:
        del self.search[mark[0] :]
        del self.audit[mark[1] :]

    def write(self, session: Session) -> None:
        record_many(session, self.audit)
        search.index_messages(session, self.search)
        self.search, self.audit = [], []


@dataclass(frozen=True)
class StoredMessage:
    """What `insert_message` stored: the message's id, when it counts as sent (for the ticket's
    last_message_at) and how many of its attachments were over the cap."""

    id: int
    moment: datetime
    attachments_not_stored: int


def message_values(
    session: Session,
    policy: TicketPolicy,
    *,
    kind: MessageKind,
    message_id: str,
    outgoing: bool = False,
    subject: str = "",
    body_text: str = "",
    body_html: str | None = None,
    from_address: str = "",
    from_name: str = "",
    to: Sequence[str] = (),
    cc: Sequence[str] = (),
    sent_at: datetime | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
    headers: Sequence[tuple[str, str]] = (),
    defects: Sequence[str] = (),
    raw: bytes | None = None,
    origin: str = "",
    author_id: int | None = None,
    phone_number: str = "",
    duration_seconds: int | None = None,
    recording_ref: str = "",
) -> dict[str, Any]:  # column values of several types, read back by name
    """The columns of a message (by attribute name; no ticket yet). The raw message is stored as a
    blob here when it is within the office's cap."""
    raw_sha = None
    if raw is not None and len(raw) <= policy.attachment_max_bytes:
        raw_sha = store_blob(session, raw)
    return {
        "message_id": fit_message_id(message_id),
        "in_reply_to": fit_message_id(in_reply_to) if in_reply_to else None,
        "references": [fit_message_id(r) for r in references],
        "kind": kind,
        "outgoing": outgoing,
        "from_address": clip(from_address, ADDRESS_MAX),
        "from_name": clip(from_name, NAME_MAX),
        "to_addresses": list(to),
        "cc_addresses": list(cc),
        "subject": subject,
        "sent_at": sent_at,
        "body_text": body_text,
        "body_html": body_html,
        "headers": [list(pair) for pair in headers],
        "defects": list(defects),
        "raw_sha256": raw_sha,
        "origin": origin,
        "phone_number": clip(phone_number, 50),
        "duration_seconds": duration_seconds,
        "recording_ref": clip(recording_ref, 500),
        "author_id": author_id,
        "created_at": datetime.now(UTC),
    }


def attachments_over_cap(policy: TicketPolicy, attachments: Sequence[NewAttachment]) -> int:
    return sum(1 for a in attachments if _size(a) > policy.attachment_max_bytes)


def _size(attachment: NewAttachment) -> int:
    return attachment.size if attachment.size is not None else len(attachment.data)


def _store_attachments(
    session: Session, policy: TicketPolicy, message_id: int, attachments: Iterable[NewAttachment]
) -> int:
    """Store a message's attachments (contents as blobs up to the cap); how many were over it."""
    not_stored = 0
    for position, attachment in enumerate(attachments):
        size = _size(attachment)
        stored = size <= policy.attachment_max_bytes
        digest = attachment.sha256 or hashlib.sha256(attachment.data).hexdigest()
        if stored:
            digest = store_blob(session, attachment.data)
        else:
            not_stored += 1
        insert_row(
            session,
            _ATTACHMENTS,
            {
                "message_id": message_id,
                "position": position,
                "filename": attachment.filename,
                "content_type": clip(attachment.content_type, 200) or "application/octet-stream",
                "size": size,
                "sha256": digest,
                "stored": stored,
            },
        )
    return not_stored


_ATTACHMENTS = MessageAttachment.__table__
_MESSAGES = Message.__table__


def insert_message(
    session: Session,
    policy: TicketPolicy,
    ticket_id: int,
    values: dict[str, Any],  # a message's columns, as message_values gives them
    attachments: Sequence[NewAttachment] = (),
    deferred: Deferred | None = None,
) -> StoredMessage:
    """Store a message (`message_values`) with its attachments and its search entry, without an ORM
    object; the caller updates the ticket's summary (`message_count`, `last_message_at`,
    `attachments_not_stored`) — the import writes a new ticket's row with them already counted.
    `deferred`: the search entry is left for `Deferred.write`."""
    row = {**values, "ticket_id": ticket_id}
    row["reference_ids"] = row.pop("references")
    message_id = insert_row(session, _MESSAGES, row)
    not_stored = _store_attachments(session, policy, message_id, attachments)
    indexed = search.IndexedText(
        message_id, values["subject"], values["from_name"], values["from_address"], values["body_text"]
    )
    if deferred is None:
        search.index_message(session, indexed)
    else:
        deferred.search.append(indexed)
    return StoredMessage(message_id, values["sent_at"] or values["created_at"], not_stored)


def add_message(
    session: Session,
    policy: TicketPolicy,
    ticket: Ticket,
    *,
    attachments: Iterable[NewAttachment] = (),
    **fields: Any,  # message_values' keyword arguments, checked there
) -> Message:
    """Store one message in `ticket`'s thread with its attachments and its search entry, and update the
    ticket's summary. The raw message and each attachment up to the office's cap are stored as blobs;
    a larger attachment is recorded without its contents and counted on the ticket. `fields`: those
    of `message_values`."""
    message = Message(ticket_id=ticket.id, **message_values(session, policy, **fields))
    session.add(message)
    session.flush()
    not_stored = _store_attachments(session, policy, message.id, attachments)
    search.index_message(session, message)
    moment = message.sent_at or message.created_at
    ticket.message_count = (ticket.message_count or 0) + 1
    ticket.attachments_not_stored = (ticket.attachments_not_stored or 0) + not_stored
    if ticket.last_message_at is None or moment > ticket.last_message_at:
        ticket.last_message_at = moment
    return message


def refresh_summary(session: Session, ticket: Ticket) -> None:
    """Recompute what the ticket row summarises of its messages (after messages moved in or out)."""
    session.flush()
    moment = func.coalesce(Message.sent_at, Message.created_at)
    count, last = session.execute(
        select(func.count(Message.id), func.max(moment)).where(Message.ticket_id == ticket.id)
    ).one()
    ticket.message_count = count
    if last is not None:
        ticket.last_message_at = last if isinstance(last, datetime) else _parse_moment(last)
    first_in = session.execute(
        select(Message.from_address, Message.from_name)
        .where(Message.ticket_id == ticket.id, Message.kind == MessageKind.CORRESPONDENCE_IN)
        .order_by(moment, Message.id)
        .limit(1)
    ).first()
    if first_in is not None:
        ticket.from_address, ticket.from_name = first_in
    ticket.attachments_not_stored = session.execute(
        select(func.count(MessageAttachment.id))
        .join(Message, Message.id == MessageAttachment.message_id)
        .where(Message.ticket_id == ticket.id, MessageAttachment.stored.is_(False))
    ).scalar_one()


def _parse_moment(value: object) -> datetime:
    """SQLite hands back max() over a datetime column as text."""
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def new_message_id(domain: str = "privacy-desk.invalid") -> str:
    """A Message-ID for what the desk writes itself (notes, calls, letters, replies)."""
    return f"pd.{uuid.uuid4().hex}@{domain}"


_P = Person.__table__  # the table, not the ORM class: an ORM-enabled select costs twice as much to run
_PERSON_BY_EMAIL = (
    select(_P.c.id).where(_P.c.email.in_(bindparam("emails", expanding=True))).order_by(_P.c.id).limit(1)
)
_PERSON_BY_EMAIL_ANY_CASE = (
    select(_P.c.id).where(func.lower(_P.c.email) == bindparam("key")).order_by(_P.c.id).limit(1)
)


def mixed_case_emails(session: Session) -> dict[str, int] | None:
    """For matching many senders in one transaction on SQLite (which has no index on lower(email)):
    the lower-cased address → the first person, of the few persons whose address is not stored in lower
    case. None on PostgreSQL, which looks that up in its index."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    found: dict[str, int] = {}
    rows = session.execute(
        select(Person.id, Person.email).where(Person.email != func.lower(Person.email)).order_by(Person.id)
    )
    for person_id, email in rows:
        found.setdefault(email.lower(), person_id)
    return found


def person_for_address(
    session: Session, actor: Actor, address: str, name: str, *, mixed_case: dict[str, int] | None = None
) -> Person | None:
    """The person with this e-mail address; a new one when nobody has it (staff correct it later)."""
    person_id = person_id_for_address(session, actor, address, name, mixed_case=mixed_case)
    return session.get(Person, person_id) if person_id is not None else None


def person_id_for_address(
    session: Session,
    actor: Actor,
    address: str,
    name: str,
    *,
    mixed_case: dict[str, int] | None = None,
    deferred: Deferred | None = None,
) -> int | None:
    """`person_for_address`, the id only (no ORM object for a new person). `mixed_case`:
    `mixed_case_emails` read in this transaction, for many senders in a row; `deferred`: the audit
    entry of a new person is left for `Deferred.write`."""
    key = normalize_address(address)
    if not key:
        return None
    # The indexed exact match first (the import stores addresses in lower case); then any case:
    # indexed on PostgreSQL (migration 0002), a scan of the desk's own file on SQLite (or the few
    # mixed-case addresses read once for a batch).
    person_id = session.scalar(_PERSON_BY_EMAIL, {"emails": sorted({address.strip(), key})})
    if person_id is None:
        if mixed_case is None:
            person_id = session.scalar(_PERSON_BY_EMAIL_ANY_CASE, {"key": key})
        else:
            person_id = mixed_case.get(key)
    if person_id is not None:
        return person_id
    person_name = clip(name.strip() or key.split("@")[0], NAME_MAX)
    person_id = insert_row(session, Person.__table__, {"name": person_name, "email": key})
    record(
        session,
        actor,
        "person",
        person_id,
        "create",
        after={"name": person_name, "email": key, "source": "mail"},
        into=deferred.audit if deferred is not None else None,
    )
    return person_id


def get_ticket(session: Session, ticket_id: int, *, lock: bool = False) -> Ticket:
    """`lock`: for a change (PostgreSQL holds the row until commit; see cases_store.get_case)."""
    ticket = session.get(Ticket, ticket_id, with_for_update=lock or None)
    if ticket is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No ticket with id {id}."), id=ticket_id)
    return ticket


def live_ticket(session: Session, ticket: Ticket) -> Ticket:
    """The ticket a merged ticket's messages now live in (following a chain of merges)."""
    seen = {ticket.id}
    while ticket.merged_into_id is not None and ticket.merged_into_id not in seen:
        seen.add(ticket.merged_into_id)
        ticket = get_ticket(session, ticket.merged_into_id)
    return ticket


def snapshot(ticket: Ticket | SimpleNamespace) -> dict[str, object]:
    """What the audit trail keeps of a ticket before and after a change (`ticket` may be a new ticket's
    column values as attributes: the import writes its row without an ORM object)."""
    return {
        "ref": ticket.ref,
        "subject": ticket.subject,
        "category": ticket.category,
        "category_confirmed": ticket.category_confirmed,
        "channel": ticket.channel,
        "status": ticket.status,
        "assignee_id": ticket.assignee_id,
        "person_id": ticket.person_id,
        "merged_into_id": ticket.merged_into_id,
        "possibly_related_to_id": ticket.possibly_related_to_id,
        "first_response_due": ticket.first_response_due.isoformat() if ticket.first_response_due else None,
        "first_responded_at": ticket.first_responded_at.isoformat() if ticket.first_responded_at else None,
    }
