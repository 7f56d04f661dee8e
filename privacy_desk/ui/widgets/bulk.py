"""What a list does to many rows at once (docs/ARCHITECTURE.md §10): the rows chosen (Ctrl/Shift+click,
Shift+arrows), a toolbar above the list and the same choices in the list's context menu, each a menu of
values ("Assign to ▸ 田中 さくら") or a plain action ("Mark as Junk").

A `BulkChoice` is said once (its text, the values it offers when opened, what it does with the chosen
rows' ids and the value); `BulkActions` makes the toolbar and the context menu from them. The view's
handler runs one write through the operation helper (`bulk_write`): one unit of work for all the rows
(a row the service refuses is left as it was and the rest go on), saying how many changed and why one did
not, with a progress dialog whose Cancel leaves every row as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton

from privacy_desk.errors import PrivacyDeskError

if TYPE_CHECKING:
    from privacy_desk.ui.widgets.list_page import ListPage
    from privacy_desk.ui.work import Progress

translate = QCoreApplication.translate

Values = Callable[[], Sequence[tuple[str, object]]]  # (shown text, value), read when the menu opens


@dataclass(frozen=True)
class BulkChoice:
    """`text` a source text of `context`; `values` None for a plain action (`run(ids, None)`)."""

    context: str
    text: str
    run: Callable[[list[int], object], None]
    values: Values | None = None


@dataclass
class BulkOutcome:
    """What a bulk write did: the rows it changed and, for a refused row, the first refusal's words."""

    rows: list[Any]
    refused: int = 0
    reason: str = ""
    cancelled: bool = False  # Cancel was pressed: nothing was changed (`rows` is empty)


class _Cancelled(Exception):
    """Raised inside the unit of work when Cancel is pressed, so that it rolls back."""


def bulk_write(
    services: Any, progress: Progress, ids: Sequence[int], change: Callable[[Any, int], Any]
) -> BulkOutcome:
    """`change(services, id)` for each id in turn, all in one unit of work (`Database.one_unit`: each
    call a savepoint): a refusal (a PrivacyDeskError) undoes that row only, is counted and the rest go
    on; Cancel, checked between rows, rolls every row back, as a user who cancels expects."""
    from privacy_desk.ui.widgets import translated_error

    outcome = BulkOutcome([])
    try:
        with services.db.one_unit():
            for done, item_id in enumerate(ids):
                if progress.cancelled():
                    raise _Cancelled
                try:
                    outcome.rows.append(change(services, item_id))
                except PrivacyDeskError as error:
                    outcome.refused += 1
                    outcome.reason = outcome.reason or translated_error(error)
                progress(done + 1, len(ids))
            if progress.cancelled():  # pressed during the last row: still before the commit
                raise _Cancelled
    except _Cancelled:
        return BulkOutcome([], cancelled=True)
    return outcome


class BulkActions:
    """The toolbar (`toolbar`, above the list) and the context menu of `page`'s table, from `choices`."""

    def __init__(self, page: ListPage, choices: Sequence[BulkChoice]) -> None:
        self.page = page
        self.choices = list(choices)
        self.menu: QMenu | None = None  # the context menu open now (tests reach it here)
        self.toolbar = QToolBar(page)
        self.toolbar.setObjectName("bulkToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons: list[QToolButton] = []
        for choice in self.choices:
            button = QToolButton(self.toolbar)
            if choice.values is None:
                button.clicked.connect(lambda _checked=False, c=choice: self._run(c, None))
            else:
                menu = QMenu(button)
                menu.aboutToShow.connect(lambda c=choice, m=menu: self._fill(m, c))
                button.setMenu(menu)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.toolbar.addWidget(button)
            self.buttons.append(button)
        table = page.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.show_menu)
        table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.retranslate()
        self._enable()

    def selected_ids(self) -> list[int]:
        page = self.page
        rows = sorted({index.row() for index in page.table.selectionModel().selectedRows()})
        ids = [page.model.index(row, 0).data(page.ID_ROLE) for row in rows]
        return [item_id for item_id in ids if item_id is not None]

    def make_menu(self) -> QMenu:
        """The context menu: each choice, a submenu of its values where it has them."""
        menu = QMenu(self.page.table)
        for choice in self.choices:
            text = translate(choice.context, choice.text)
            if choice.values is None:
                menu.addAction(text, partial(self._run, choice, None))
            else:
                self._fill(menu.addMenu(text), choice)
        return menu

    def show_menu(self, position: QPoint) -> None:
        if not self.selected_ids():
            return
        self.menu = self.make_menu()
        self.menu.popup(self.page.table.viewport().mapToGlobal(position))

    def _fill(self, menu: QMenu, choice: BulkChoice) -> None:
        menu.clear()
        assert choice.values is not None
        for text, value in choice.values():
            menu.addAction(text, partial(self._run, choice, value))

    def _run(self, choice: BulkChoice, value: object) -> None:
        if ids := self.selected_ids():
            choice.run(ids, value)

    def _enable(self) -> None:
        chosen = bool(self.page.table.selectionModel().selectedRows())
        for button in self.buttons:
            button.setEnabled(chosen)

    def retranslate(self) -> None:
        for button, choice in zip(self.buttons, self.choices, strict=True):
            button.setText(translate(choice.context, choice.text))
        self.toolbar.setWindowTitle(translate("Lists", "Selected rows"))
