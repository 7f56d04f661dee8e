"""The unit of work of a service call that changes data (docs/ARCHITECTURE.md §6.4): one transaction
whose first step takes the write lock, the acting user, the office settings read once, and the audit
entries — written only here, in that same transaction."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.orm import Session

from privacy_desk import config
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.office import read_office_settings
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import AuditEntry, utcnow

# A plain INSERT, not an ORM object: nothing reads an entry back in the transaction that writes it,
# and a mail import writes thousands (an ORM flush costs several times the INSERT).
_AUDIT_INSERT = AuditEntry.__table__.insert()


def _take_write_lock(session: Session) -> None:
    """Take SQLite's write lock as the transaction's first step. A transaction that has read first
    and then writes fails at once when another connection wrote meanwhile (WAL snapshots); one that
    starts by writing waits its turn (busy_timeout). PostgreSQL locks rows as needed (the services read
    a row they change with SELECT … FOR UPDATE): nothing to do."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE counters SET last_number = last_number WHERE 0"))


class Work:
    """What a service call that writes works with: `session` (under the write lock), `actor` (who the
    audit entries name), `settings()` and `audit(...)`. Made by `writing` or `begin_work` only."""

    def __init__(self, session: Session, actor: Actor, *, hold_audit: bool) -> None:
        self.session = session
        self.actor = actor
        self._settings: Mapping[str, object] | None = None
        # Entries kept back for `write_held_audit` (a batch of the mail import), or None: written at once.
        self._held: list[dict[str, object]] | None = [] if hold_audit else None

    def settings(self) -> Mapping[str, object]:
        """The office settings (by key, defaults filled in), read on first use in this transaction and
        then kept: every policy of the call is built from the same read."""
        if self._settings is None:
            self._settings = read_office_settings(self.session)
        return self._settings

    def office_tz(self) -> ZoneInfo:
        """The office's time zone, from `settings()` (what a stale save's "changed at HH:MM" shows)."""
        return ZoneInfo(str(self.settings()[config.OFFICE_TIMEZONE.key]))

    def audit(
        self,
        entity: str,
        entity_id: object,
        action: str,
        *,
        before: dict[str, object] | None = None,
        after: dict[str, object] | None = None,
    ) -> None:
        """The audit entry of a change made in this unit of work, by its actor: committed or rolled
        back with the change."""
        entry: dict[str, object] = {
            "occurred_at": utcnow(),
            "actor_id": self.actor.id,
            "actor_login": self.actor.login,
            "entity": entity,
            "entity_id": str(entity_id),
            "action": action,
            "before": before,
            "after": after,
        }
        if self._held is not None:
            self._held.append(entry)
        else:
            self.session.execute(_AUDIT_INSERT, entry)

    def become(self, actor: Actor) -> None:
        """The rest of the unit of work acts as `actor`: a first sign-in, whose user is made in it."""
        self.actor = actor

    # -- the mail import's batches: entries held back and written in one statement before the commit --

    def audit_mark(self) -> int:
        """Where the held entries stand, for `take_back_audit` when a savepoint is rolled back."""
        return len(self._held) if self._held is not None else 0

    def take_back_audit(self, mark: int) -> None:
        if self._held is not None:
            del self._held[mark:]

    def write_held_audit(self) -> None:
        """Write the entries held back so far, in their order (just before the batch commits)."""
        if self._held:
            self.session.execute(_AUDIT_INSERT, self._held)
            self._held = []


def begin_work(session: Session, actor: Actor, *, hold_audit: bool = False) -> Work:
    """The unit of work of a transaction the caller has begun and will commit itself (the mail
    import's batches): takes the write lock first. `hold_audit`: keep the audit entries until
    `write_held_audit`, which the caller runs before it commits."""
    _take_write_lock(session)
    return Work(session, actor, hold_audit=hold_audit)


@contextmanager
def writing(db: Database, actor: Actor) -> Iterator[Work]:
    """One transaction whose first step takes the write lock: the template of every call that changes
    data. The caller has checked the actor's permission; what it changes it reads with `lock=True`
    (SELECT … FOR UPDATE) and audits through `Work.audit`. Committed when the block ends, rolled back
    with every audit entry when it raises."""
    with db.transaction() as session:
        yield begin_work(session, actor)
