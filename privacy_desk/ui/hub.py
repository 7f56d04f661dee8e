"""Typed change notices (docs/ARCHITECTURE.md §6.6): after something changes, one hub says what, and only the
views that show it refresh. Signals are named noun_did_verb; later issues add their own
(`tickets_did_change(list)` …)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeHub(QObject):
    """Built once by the composition root and handed to every view and dialog that needs it."""

    #: Office settings (deadline policy, closure days, time zone) were saved.
    settings_did_change = Signal()
    #: The database is open; the argument is the `Services` built on it.
    services_did_open = Signal(object)
    #: The services were closed (the database URL changed); views drop what they show.
    services_did_close = Signal()
    #: The UI language switched at run time; the argument is "ja" or "en".
    language_did_change = Signal(str)
    #: Users or roles changed (the signed-in user's own role may be among them).
    users_did_change = Signal()
    #: Tickets were created or changed (mail imported or fetched, a ticket worked); their ids.
    tickets_did_change = Signal(list)
    #: Request cases were created or changed; their ids.
    cases_did_change = Signal(list)
    #: Somebody asked to see an item: its kind ("ticket", "case" …) and id. The main window shows the
    #: view whose spec opens that kind and calls its `open_item(id)`.
    open_requested = Signal(str, int)
