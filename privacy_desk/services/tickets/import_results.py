"""What a mail import reports: the outcome of each message and the summary of a run (counts, failures
by reason) as the CLI's JSON and the GUI show it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# Failures listed one by one in the JSON summary (all are counted, by reason).
FAILED_LISTED = 100


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
    new_ticket_ids: list[int] = field(default_factory=list)  # tickets created, in the order of their mail
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
            self.new_ticket_ids.append(result.ticket_id)
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
