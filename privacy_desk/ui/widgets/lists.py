"""What the list views (Inbox, Requests) share: their load states, a table where Enter opens the current
row, and the Escape key of a search field or a list, which the view handles (clear the search, back to
the list)."""

from __future__ import annotations

from enum import Enum
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


class ListState(Enum):
    WAITING = "waiting"  # for the database to open
    LOADING = "loading"
    READY = "ready"
    EMPTY = "empty"
    FAILED = "failed"


class OpenableTable(QTableView):
    """A list of rows read-only, one selected at a time, no grid, rows as high as a line of text;
    Enter opens the current row (`open_requested`)."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().setHighlightSections(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class EscapeKey(QObject):
    """Escape pressed in `widget` is reported (`pressed`) and goes no further: the view says what it
    means there (clear the search, back to the list)."""

    pressed = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and cast(QKeyEvent, event).key() == Qt.Key.Key_Escape:
            self.pressed.emit()
            return True
        return super().eventFilter(watched, event)


class ResizeWatch(QObject):
    """`resized` when `widget` changes size (a list fits its columns to the new width)."""

    resized = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.resized.emit()
        return super().eventFilter(watched, event)
