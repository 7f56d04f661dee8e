"""The Inbox: tickets and their messages — import, intake, work, replies, export, mail fetch.

Other features import from here only (docs/ARCHITECTURE.md §2); the modules are this feature's own."""

from __future__ import annotations

from privacy_desk.services.tickets.agenda import TicketAgenda
from privacy_desk.services.tickets.import_results import ImportOutcome
from privacy_desk.services.tickets.importing import TicketImportService
from privacy_desk.services.tickets.intake import CallLog, LetterLog
from privacy_desk.services.tickets.persons import person_for_address
from privacy_desk.services.tickets.service import TicketFilter, TicketService
from privacy_desk.services.tickets.store import get_ticket, live_ticket, snapshot

__all__ = [
    "CallLog",
    "ImportOutcome",
    "LetterLog",
    "TicketAgenda",
    "TicketFilter",
    "TicketImportService",
    "TicketService",
    "get_ticket",
    "live_ticket",
    "person_for_address",
    "snapshot",
]
