"""Typed change notices (docs/ARCHITECTURE.md §6.6): after something changes, one hub says what, and only
the views that show it refresh. Signals are named noun_did_verb.

A write run through the operation helper returns `Changed(value, notices…)`; the helper hands the
notices to `ChangeHub.announce` on the GUI thread, naming the widget that ran the write as the origin,
so the view that made the change knows the notice is its own echo (`is_echo`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import FrozenInstanceError
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Frozen:
    """A value its constructor sets once, equal to another of its class with equal fields and hashed by
    them, as a frozen dataclass is. Not a dataclass: the GUI imports this module before its first
    paint, and a frozen dataclass compiles six methods from source text when it is made (12 M
    instructions for the five here, 2 % of the bare window the start-up benchmark compares with)."""

    __slots__: tuple[str, ...] = ()

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Frozen)
        return other._fields() == self._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__qualname__}({fields})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")


class TicketsChanged(_Frozen):
    """Tickets were created or changed; `ids` empty: which ones is not known (an import)."""

    __slots__ = ("ids",)
    ids: tuple[int, ...]

    def __init__(self, ids: tuple[int, ...] = ()) -> None:
        object.__setattr__(self, "ids", ids)


class CasesChanged(_Frozen):
    """Request cases were created or changed."""

    __slots__ = ("ids",)
    ids: tuple[int, ...]

    def __init__(self, ids: tuple[int, ...] = ()) -> None:
        object.__setattr__(self, "ids", ids)


class IncidentsChanged(_Frozen):
    """Incidents (the breach log) were created or changed."""

    __slots__ = ("ids",)
    ids: tuple[int, ...]

    def __init__(self, ids: tuple[int, ...] = ()) -> None:
        object.__setattr__(self, "ids", ids)


class RetentionChanged(_Frozen):
    """Retention holdings (or the register's categories and rules) were created or changed; `ids` are
    holdings, empty when which ones is not known (a purge, a rule that moves every date)."""

    __slots__ = ("ids",)
    ids: tuple[int, ...]

    def __init__(self, ids: tuple[int, ...] = ()) -> None:
        object.__setattr__(self, "ids", ids)


class UsersChanged(_Frozen):
    """Users or roles changed (the signed-in user's own role may be among them)."""

    __slots__ = ()


class SettingsChanged(_Frozen):
    """Office settings were saved."""

    __slots__ = ()


Notice = TicketsChanged | CasesChanged | IncidentsChanged | RetentionChanged | UsersChanged | SettingsChanged


class Changed(_Frozen):
    """What a write's callable returns: its result for the caller and the notices for the hub."""

    __slots__ = ("value", "notices")  # noqa: RUF023 - in the constructor's order, as repr shows them
    value: Any
    notices: tuple[Notice, ...]

    def __init__(self, value: Any, notices: tuple[Notice, ...] = ()) -> None:
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "notices", notices)

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
    #: Incidents were created or changed; their ids.
    incidents_did_change = Signal(list)
    #: Retention holdings, categories or rules were created or changed; the holdings' ids (empty: any).
    retention_did_change = Signal(list)
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
                elif isinstance(notice, IncidentsChanged):
                    self.incidents_did_change.emit(list(notice.ids))
                elif isinstance(notice, RetentionChanged):
                    self.retention_did_change.emit(list(notice.ids))
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
