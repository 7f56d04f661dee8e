"""Requesters: the people who write, call or ask about their data.

Other features import from here only (docs/ARCHITECTURE.md §2); the modules are this feature's own."""

from __future__ import annotations

from privacy_desk.services.persons.search import find_persons
from privacy_desk.services.persons.service import PersonData, PersonRow, PersonService, person_row

__all__ = ["PersonData", "PersonRow", "PersonService", "find_persons", "person_row"]
