"""What a batch's messages look up, read for many messages in one statement each (issue #10).

Each message of an import asks the database whether its Message-ID is stored already, which tickets the
Message-IDs it names (In-Reply-To, References, a bounce's returned mail) belong to, whether a reply to
it arrived earlier, and who its sender is. `Lookups` asks all of that for the messages of a parsed chunk
at once, in the batch's transaction, and keeps what the batch itself stores (a reply in the same batch
as its parent joins it, a sender's second mail finds the person the first one made). A message rolled
back to its savepoint takes back what it added (`mark`, `take_back`). Valid for one transaction only:
a batch makes a new one when it begins (on SQLite its write lock keeps other desks' writes out
meanwhile; on PostgreSQL a Message-ID another desk stores at the same moment fails the insert, and the
retry begins a new batch, which reads again).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from privacy_desk.domain.tickets import normalize_address
from privacy_desk.services.tickets.policy import fit_message_id
from privacy_desk.storage.models import Message, Person, Ticket

if TYPE_CHECKING:
    from privacy_desk.intake.messages import ParsedMessage

# Values bound in one IN (…): within SQLite's limit of host parameters (32,766; 999 before 3.32).
_CHUNK = 900

_T, _M, _P = Ticket.__table__, Message.__table__, Person.__table__
_STORED = (
    select(_M.c.message_id, _T.c.id, _T.c.ref, _M.c.outgoing)
    .join(_T, _M.c.ticket_id == _T.c.id)
    .where(_M.c.message_id.in_(bindparam("ids", expanding=True)))
)
_REPLIES = (
    select(_M.c.in_reply_to, _M.c.ticket_id)
    .where(_M.c.in_reply_to.in_(bindparam("ids", expanding=True)))
    .order_by(_M.c.id)
)
_PERSONS_EXACT = (
    select(_P.c.id, _P.c.email).where(_P.c.email.in_(bindparam("emails", expanding=True))).order_by(_P.c.id)
)
# PostgreSQL: indexed on lower(email) (migration 0002), so any case is read in the same statement.
_PERSONS_ANY_CASE = (
    select(_P.c.id, _P.c.email)
    .where(func.lower(_P.c.email).in_(bindparam("emails", expanding=True)))
    .order_by(_P.c.id)
)


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def named_ids(parsed: ParsedMessage) -> set[str]:
    """The Message-IDs a message is looked up by: its own, and those it names."""
    ids = {fit_message_id(parsed.message_id)}
    if parsed.in_reply_to:
        ids.add(fit_message_id(parsed.in_reply_to))
    ids.update(fit_message_id(r) for r in parsed.references)
    if parsed.bounce is not None and parsed.bounce.returned_message_id:
        ids.add(fit_message_id(parsed.bounce.returned_message_id))
    return ids


class Lookups:
    def __init__(self, session: Session, mixed_case: dict[str, int] | None) -> None:
        self._session = session
        self._any_case = session.get_bind().dialect.name != "sqlite"
        self._mixed_case = mixed_case  # SQLite: persons whose address is not in lower case (per batch)
        self._asked: set[str] = set()  # Message-IDs read, found or not
        self._stored: dict[str, tuple[int, str]] = {}  # Message-ID → (ticket id, ref)
        self._outgoing: dict[str, int] = {}  # Message-ID of the desk's own mail → its ticket id
        self._replies_asked: set[str] = set()  # Message-IDs whose replies were read
        self._replies: dict[str, int] = {}  # In-Reply-To → the ticket of the first such message
        self._addresses: set[str] = set()  # addresses read, found or not
        self._persons: dict[str, int] = {}  # address → the first person with it (exactly)
        self._persons_lower: dict[str, int] = {}  # PostgreSQL: lower-cased address → the first person
        self._added: list[tuple[dict[str, Any], str]] = []  # what this batch stored, for take_back

    # -- reading ahead -------------------------------------------------------------------------------

    def read(self, messages: Sequence[ParsedMessage]) -> None:
        """Read what these messages will ask for (what was read before in this transaction is kept)."""
        ids = set().union(*(named_ids(p) for p in messages)) - self._asked
        own = {fit_message_id(p.message_id) for p in messages} - self._replies_asked
        addresses = set().union(*(self._keys(p.from_address) for p in messages)) - self._addresses
        self._asked |= ids
        self._replies_asked |= own
        self._addresses |= addresses
        for part in _chunks(ids):
            self._keep_stored(self._session.execute(_STORED, {"ids": part}))
        for part in _chunks(own):
            for in_reply_to, ticket_id in self._session.execute(_REPLIES, {"ids": part}):
                self._replies.setdefault(in_reply_to, ticket_id)
        if self._any_case:
            keys = {normalize_address(a) for a in addresses}
            for part in _chunks(keys):
                for person_id, email in self._session.execute(_PERSONS_ANY_CASE, {"emails": part}):
                    self._persons.setdefault(email, person_id)
                    self._persons_lower.setdefault(email.lower(), person_id)
        else:
            for part in _chunks(addresses):
                for person_id, email in self._session.execute(_PERSONS_EXACT, {"emails": part}):
                    self._persons.setdefault(email, person_id)

    @staticmethod
    def _keys(address: str) -> set[str]:
        key = normalize_address(address)
        return {address.strip(), key} if key else set()

    def knows(self, parsed: ParsedMessage) -> bool:
        return (
            named_ids(parsed) <= self._asked
            and fit_message_id(parsed.message_id) in self._replies_asked
            and self._keys(parsed.from_address) <= self._addresses
        )

    # -- answers -------------------------------------------------------------------------------------

    def stored(self, message_id: str) -> tuple[int, str] | None:
        """The ticket (id, ref) holding a Message-ID (fitted), in the database or stored by this batch."""
        if message_id not in self._asked:
            self._asked.add(message_id)
            self._keep_stored(self._session.execute(_STORED, {"ids": [message_id]}))
        return self._stored.get(message_id)

    def _keep_stored(self, rows: Iterable[Any]) -> None:
        for message_id, ticket_id, ref, outgoing in rows:
            self._stored.setdefault(message_id, (ticket_id, ref))
            if outgoing:
                self._outgoing.setdefault(message_id, ticket_id)

    def ticket_of_message(self, message_id: str) -> int | None:
        stored = self.stored(fit_message_id(message_id))
        return stored[0] if stored is not None else None

    def ticket_of_outgoing(self, message_id: str) -> int | None:
        """The ticket of a message the desk sent (what a bounce may join); the import stores none."""
        message_id = fit_message_id(message_id)
        self.stored(message_id)
        return self._outgoing.get(message_id)

    def ticket_of_reply(self, message_id: str) -> int | None:
        """The ticket of a message that replied to this one (stored before it)."""
        message_id = fit_message_id(message_id)
        if message_id not in self._replies_asked:
            self._replies_asked.add(message_id)
            for in_reply_to, ticket_id in self._session.execute(_REPLIES, {"ids": [message_id]}):
                self._replies.setdefault(in_reply_to, ticket_id)
        return self._replies.get(message_id)

    def person(self, address: str) -> int | None:
        """The person an address belongs to, as `persons.person_id_for_address` finds one: an exact
        match (the first), else the first of any case. None: no person has it (or no address)."""
        keys = self._keys(address)
        if not keys:
            return None
        if not keys <= self._addresses:
            self._read_persons(keys)
        exact = [self._persons[k] for k in keys if k in self._persons]
        if exact:
            return min(exact)
        key = normalize_address(address)
        if self._any_case:
            return self._persons_lower.get(key)
        return self._mixed_case.get(key) if self._mixed_case is not None else None

    def _read_persons(self, keys: set[str]) -> None:
        self._addresses |= keys
        if self._any_case:
            rows = self._session.execute(_PERSONS_ANY_CASE, {"emails": sorted({k.lower() for k in keys})})
            for person_id, email in rows:
                self._persons.setdefault(email, person_id)
                self._persons_lower.setdefault(email.lower(), person_id)
        else:
            for person_id, email in self._session.execute(_PERSONS_EXACT, {"emails": sorted(keys)}):
                self._persons.setdefault(email, person_id)

    # -- what the batch stores -----------------------------------------------------------------------

    def _add(self, table: dict[str, Any], key: str, value: object) -> None:
        if key not in table:
            table[key] = value
            self._added.append((table, key))

    def add_message(self, message_id: str, ticket_id: int, ref: str, in_reply_to: str | None) -> None:
        self._asked.add(message_id)
        self._add(self._stored, message_id, (ticket_id, ref))
        if in_reply_to:
            self._add(self._replies, fit_message_id(in_reply_to), ticket_id)

    def add_person(self, key: str, person_id: int) -> None:
        self._addresses.add(key)
        self._add(self._persons, key, person_id)
        if self._any_case:
            self._add(self._persons_lower, key, person_id)

    def mark(self) -> int:
        return len(self._added)

    def take_back(self, mark: int) -> None:
        for table, key in reversed(self._added[mark:]):
            del table[key]
        del self._added[mark:]
