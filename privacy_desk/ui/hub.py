"""Typed change notices (docs/ARCHITECTURE.md §6.6): after something changes, one hub says what, and only
the views that show it refresh. Signals are named noun_did_verb.

A write run through the operation helper returns `Changed(value, notices…)`; the helper hands the
notices to `ChangeHub.announce` on the GUI thread, naming the widget that ran the write as the origin,
so the view that made the change knows the notice is its own echo (`is_echo`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class TicketsChanged:
    """Tickets were created or changed; `ids` empty: which ones is not known (an import)."""

    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class CasesChanged:
    """Request cases were created or changed."""

    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class UsersChanged:
    """Users or roles changed (the signed-in user's own role may be among them)."""


@dataclass(frozen=True)
class SettingsChanged:
    """Office settings were saved."""


Notice = TicketsChanged | CasesChanged | UsersChanged | SettingsChanged


@dataclass(frozen=True)
class Changed:
    """What a write's callable returns: its result for the caller and the notices for the hub."""

    value: Any
    notices: tuple[Notice, ...] = ()

    @classmethod
    def of(cls, value: Any, *notices: Notice) -> Changed:
        return cls(value, notices)


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

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._origin: QObject | None = None

    def announce(self, notices: Iterable[Notice], origin: QObject | None = None) -> None:
        """Emit each notice's signal; while they are delivered, `origin` (the widget that ran the write)
        is what `is_echo` compares with."""
        outer, self._origin = self._origin, origin
        try:
            for notice in notices:
                if isinstance(notice, TicketsChanged):
                    self.tickets_did_change.emit(list(notice.ids))
                elif isinstance(notice, CasesChanged):
                    self.cases_did_change.emit(list(notice.ids))
                elif isinstance(notice, UsersChanged):
                    self.users_did_change.emit()
                elif isinstance(notice, SettingsChanged):
                    self.settings_did_change.emit()
        finally:
            self._origin = outer

    def is_echo(self, receiver: QObject) -> bool:
        """Whether the notice being delivered comes from `receiver` or a widget inside it (its form)."""
        origin = self._origin
        while origin is not None:
            if origin is receiver:
                return True
            origin = origin.parent()
        return False
