"""What a list view (Inbox, Requests) is made of, once (docs/ARCHITECTURE.md §9, §10): a title, a search
field that waits for a pause in typing, filter combos and check boxes, the count, a notice line, the
table with its empty state, and the item page beside it.

`ListPage` runs the list: a new query when a filter changes, the load states in the count label, the
selection kept across a reload, Ctrl+F and Escape in the search field, the assignee filter filled from
the users, and the echo guard, so a view does not reload for the change notice its own write sent
(`is_echo`). A view subclasses it, names its texts (`TEXTS`, in its own translation context), and builds
its model (with a `context.work.page_loader`) and filters.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import QT_TRANSLATE_NOOP, PrivacyDeskError
from privacy_desk.ui.widgets import InlineMessage, MessageKind, current_language, translated_error
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.filter_combo import FilterCombo
from privacy_desk.ui.widgets.forms import Labelled
from privacy_desk.ui.widgets.list_layout import ListLayout
from privacy_desk.ui.widgets.lists import EscapeKey, ListState, OpenableTable

if TYPE_CHECKING:
    from privacy_desk.ui.views import ViewContext
    from privacy_desk.ui.widgets.bulk import BulkActions, BulkOutcome
    from privacy_desk.ui.widgets.paged_model import PagedTableModel

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 300
ANYONE, UNASSIGNED = "*anyone", "*unassigned"  # not a user id
WAITING = QT_TRANSLATE_NOOP("Lists", "Opening the database…")


@dataclass(frozen=True)
class ListTexts:
    """The English source texts of a list page that are the view's own, in the view's translation
    `context` (mark them with QT_TRANSLATE_NOOP where they are declared). What every list says alike (the
    load states, the assignee filter) is in the "Lists" context."""

    context: str
    title: str
    placeholder: str  # in the search field
    table: str  # the list's name for screen readers ("Tickets")
    unreadable: str = ""  # in the empty list when it could not be read ("The list could not be loaded.")

    def tr(self, text: str, n: int = -1) -> str:
        return translate(self.context, text, None, n)


def title_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


class ItemStack(QStackedWidget):
    """The page of one item beside a list: a greyed, centred hint (`placeholder`, "Choose a … in the
    list") until an item is shown, then `content`. It fills `owner` edge to edge."""

    def __init__(self, owner: QWidget, content: QWidget) -> None:
        super().__init__(owner)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)
        self.addWidget(self.placeholder)
        self.addWidget(content)
        layout = QVBoxLayout(owner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self)

    def show_placeholder(self) -> None:
        self.setCurrentWidget(self.placeholder)

    def show_content(self) -> None:
        self.setCurrentIndex(1)


class ListPage(ListLayout, QWidget):
    """`dialog` is the form open now (tests reach it there); `state` the list's load state."""

    TEXTS: ClassVar[ListTexts]
    ID_ROLE: ClassVar[int]  # the model role that holds a row's item id
    DATE_COLUMNS: ClassVar[tuple[int, ...]] = ()  # dates kept whole, as wide as the language writes them
    model: PagedTableModel

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.state = ListState.WAITING
        self.dialog: QWidget | None = None
        self._current_id: int | None = None
        self._columns_fitted = False
        self._bulk_actions: BulkActions | None = None
        self._list_failed = False
        self.title = title_label(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.notice = InlineMessage(self)
        self.table = OpenableTable(self)
        self.title_row = ButtonRow(self.TEXTS.context, self)  # the title, then the view's own buttons
        self.title_row.addWidget(self.title)
        self._filter_texts: list[tuple[Callable[[str], None], str]] = []  # (setter, source text)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search_edit, 2)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filters)
        EscapeKey(self.search_edit).pressed.connect(self._search_escape)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.focus_search)

    # -- building ----------------------------------------------------------------------------------

    def filter_combo(
        self, members: Iterable[Labelled], leading: Sequence[tuple[object, str, str]] = (), *, name: str = ""
    ) -> QComboBox:
        """A filter of enum members after `leading` choices (value, context, source text), called `name`
        (a source text of the view's context) for screen readers: a new query when the user picks one.
        It is as wide as its choice (`FilterCombo`)."""
        combo = FilterCombo(members, self, leading=leading)
        if name:
            self._filter_texts.append((combo.setAccessibleName, name))
        combo.activated.connect(lambda _index: self.apply_filters())
        self.filter_row.addWidget(combo)
        return combo

    def assignee_filter(self) -> QComboBox:
        """Anyone, Unassigned, then the active users once they are read (`users_loaded`)."""
        self.assignee_combo = self.filter_combo(
            (),
            (
                (ANYONE, "Lists", QT_TRANSLATE_NOOP("Lists", "Anyone")),
                (UNASSIGNED, "Lists", QT_TRANSLATE_NOOP("Lists", "Unassigned")),
            ),
        )
        return self.assignee_combo

    def filter_check(self, text: str, *, tip: str = "") -> QCheckBox:
        """A check box showing `text` (with `tip`), source texts of the view's context."""
        check = QCheckBox(self)
        self._filter_texts.append((check.setText, text))
        if tip:
            self._filter_texts.append((check.setToolTip, tip))
        check.toggled.connect(lambda _on: self.apply_filters())
        self.filter_row.addWidget(check)
        return check

    def set_model(
        self, model_class: type[PagedTableModel], pages: Callable[[Any], Callable[..., Any]]
    ) -> None:
        """The list's model: `model_class` reading its pages with `pages(services)` (a service's `page`,
        which takes the filters, offset, limit, sort and order)."""
        loader = self._context.work.page_loader(
            lambda services, query, offset, limit: pages(services)(
                query.filters,
                offset=offset,
                limit=limit,
                sort=query.sort,
                descending=query.descending,
                **query.seek(),  # a keyset page: after the last row shown (paged_model.PageQuery)
            )
        )
        model = model_class(loader, self._context.operations, current_language, self)
        self.model = model
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        model.query_did_finish.connect(self._query_finished)
        model.page_did_load.connect(self._show_count)
        model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.open_requested.connect(self.open_current)
        self.table.doubleClicked.connect(lambda _index: self.open_current())

    def empty_state(self) -> QLabel:
        """A message in the list itself when it has no rows (`empty_text`)."""
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("emptyMessage")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        self.empty_label.hide()
        QVBoxLayout(self.table.viewport()).addWidget(self.empty_label)
        return self.empty_label

    def finish_layout(self, page: QWidget, shares: tuple[int, int], heights: tuple[int, int]) -> None:
        """Title row, filter row (the count at its end), notice, then the list above the item's `page`
        in a splitter (`splitter`): they share the height it gains by `shares`, `heights` at first."""
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(page)
        for index, share in enumerate(shares):
            self.splitter.setStretchFactor(index, share)
        self.splitter.setSizes(list(heights))
        self.filter_row.addStretch(1)
        self.filter_row.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(6)
        layout.addLayout(self.title_row)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)

    def add_toolbar(self, actions: BulkActions) -> None:
        """The actions on the rows chosen (ui/widgets/bulk.py): their toolbar between the filters and the
        list, relabelled with the page."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.splitter), actions.toolbar)
        self._bulk_actions = actions

    def start(self) -> None:
        """The last step of a subclass's __init__: follow the hub, set the texts, read if open."""
        hub = self._context.hub
        hub.services_did_open.connect(self._services_opened)
        hub.services_did_close.connect(self._services_closed)
        self.retranslate()
        if self._context.services is not None:
            self._services_opened(self._context.services)

    # -- services ----------------------------------------------------------------------------------

    @property
    def services(self):
        return self._context.services

    def _services_opened(self, _services) -> None:
        self._fill_assignee_filter([])
        self._load_users()
        self.apply_filters()

    def _services_closed(self) -> None:
        self.model.clear()
        self._current_id = None
        self._set_state(ListState.WAITING)

    def _load_users(self) -> None:
        # A failure is let go: the list still works, only the assignee choices are missing.
        self._context.work.query(
            lambda services: [(u.id, u.display_name) for u in services.users.list() if u.active]
        ).success(self.users_loaded).ignore_failure().run(self)

    def users_loaded(self, users: list[tuple[int, str]]) -> None:
        self._fill_assignee_filter(users)

    def _fill_assignee_filter(self, users: list[tuple[int, str]]) -> None:
        combo = self.assignee_combo
        current = combo.currentData()
        while combo.count() > 2:
            combo.removeItem(2)
        for user_id, name in users:
            combo.addItem(name, user_id)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    # -- the list ----------------------------------------------------------------------------------

    def current_query(self) -> Any:
        raise NotImplementedError

    def reload_item(self) -> None:
        """Read the item shown beside the list again (F5, a change notice)."""

    def show_bulk_outcome(self, outcome: BulkOutcome, context: str, changed: str, refused: str) -> None:
        """After a bulk write (ui/widgets/bulk.py): the changed rows updated, the row the user was on kept
        in view and its page read again if it changed, and what happened said above the list. `changed`
        and `refused` are the view's source texts in `context` for the two counts ("%n ticket(s)
        changed.", "%n … not changed: {reason}")."""
        self.model.update_rows(outcome.rows)
        current = self.table.currentIndex()
        if current.isValid():
            self.table.scrollTo(current)
        if self._current_id in {row.id for row in outcome.rows}:
            self.reload_item()
        if outcome.cancelled:
            nothing = QCoreApplication.translate("Lists", "Cancelled: none of the selected rows was changed.")
            self.notice.show_message(nothing, MessageKind.INFO)
            return
        said = QCoreApplication.translate(context, changed, None, len(outcome.rows))
        if outcome.refused:
            why = QCoreApplication.translate(context, refused, None, outcome.refused).format(
                reason=outcome.reason
            )
            self.notice.show_message(f"{said} {why}", MessageKind.ERROR)
        else:
            self.notice.show_message(said, MessageKind.SUCCESS)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        if self.services is None:
            self._set_state(ListState.WAITING)
            return
        if self.state not in (ListState.READY, ListState.EMPTY):
            self._set_state(ListState.LOADING)
        self.model.set_query(self.current_query())

    def refresh(self) -> None:
        """F5 and change notices: the same query again, and the item shown read again."""
        if self.services is None:
            return
        self.apply_filters()
        self.reload_item()

    def _query_finished(self, ok: bool) -> None:
        if not ok:
            error = self.model.error
            if error is not None and not isinstance(error, PrivacyDeskError):
                from privacy_desk.ui.errors import log_exception

                log_exception(error)
            self._list_failed = True  # the notice above the list says why until a query succeeds
            self._set_state(ListState.FAILED)
            return
        if self._list_failed:  # the failure said above the list is over
            self._list_failed = False
            self.notice.clear()
        self._set_state(ListState.READY if self.model.rows else ListState.EMPTY)
        if self.model.rows and not self._columns_fitted:
            self._fit_date_columns()
        self.list_shown()

    def list_shown(self) -> None:
        """After each query's first page arrived."""

    def _fit_date_columns(self) -> None:
        """Columns fit what the rows say, dates as wide as the language writes them (Nov 29, 2026, 7:12 AM
        vs 2026/11/29 7:12), unless the user sized them."""
        self._columns_fitted = True
        if not self.user_sized:
            self.fit_columns()

    def _restore_selection(self) -> None:
        if self._current_id is None:
            return
        row = self.model.row_of(self._current_id)
        if row >= 0:
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.setCurrentIndex(self.model.index(row, 0))
            selection.blockSignals(False)
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))  # a new or changed row is shown, not only chosen

    def _current_row_changed(self, current, _previous) -> None:
        raise NotImplementedError

    def open_current(self) -> None:
        raise NotImplementedError

    def select_row_of(self, item_id: int) -> int:
        """Select `item_id`'s row and scroll to it; its number, or -1 when the list does not hold it."""
        row = self.model.row_of(item_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row

    # -- load states -------------------------------------------------------------------------------

    def _set_state(self, state: ListState) -> None:
        self.state = state
        self._show_count()

    def _show_count(self) -> None:
        state = self.state
        if state is ListState.WAITING:
            self.count_label.setText(translate("Lists", WAITING))
        elif state is ListState.LOADING:
            self.count_label.setText(translate("Lists", "Loading…"))
        elif state is ListState.FAILED:
            self.count_label.setText("")
            failed = translate("Lists", "The list could not be loaded: {reason}")
            self.notice.show_error(failed.format(reason=self._failure_reason()))
        else:
            self.count_label.setText(self.count_text())
        self.count_label.setToolTip(
            self.count_tooltip() if state in (ListState.READY, ListState.EMPTY) else ""
        )
        self.show_empty(state)

    def _failure_reason(self) -> str:
        error = self.model.error
        if isinstance(error, PrivacyDeskError):
            return translated_error(error)
        # logged once, when it happened (error_text would log it again on every language switch)
        return translate("Lists", "unexpected error ({error})").format(error=type(error).__name__)

    def count_text(self) -> str:
        raise NotImplementedError

    def count_tooltip(self) -> str:
        return ""

    def empty_text(self) -> str:
        raise NotImplementedError

    def show_empty(self, state: ListState) -> None:
        """The empty state's message in the list (`empty_state`), or while the database opens."""
        texts = self.TEXTS
        if state is ListState.EMPTY:
            self.empty_label.setText(self.empty_text())
        elif state is ListState.WAITING:
            self.empty_label.setText(translate("Lists", WAITING))
        elif state is ListState.FAILED and not self.model.rows:
            self.empty_label.setText(texts.tr(texts.unreadable))
        self.empty_label.setVisible(
            state in (ListState.EMPTY, ListState.WAITING)
            or (state is ListState.FAILED and not self.model.rows)
        )

    # -- keyboard ----------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _search_escape(self) -> None:
        if self.search_edit.text():
            self.search_edit.clear()
            self.apply_filters()
        self.table.setFocus()

    def back_to_list(self) -> None:
        self.table.setFocus()

    # -- change notices ----------------------------------------------------------------------------

    def is_echo(self) -> bool:
        """Whether the notice being delivered comes from this view's own write (or its form's)."""
        return self._context.hub.is_echo(self)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        texts = self.TEXTS
        self.title.setText(texts.tr(texts.title))
        self.title_row.retranslate()
        for setter, text in self._filter_texts:
            setter(texts.tr(text))
        self.table.setAccessibleName(texts.tr(texts.table))
        self.search_edit.setPlaceholderText(texts.tr(texts.placeholder))
        self.search_edit.setAccessibleName(translate("Lists", "Search"))
        self.assignee_combo.setAccessibleName(translate("Lists", "Assignee"))
        self.model.retranslate()
        if self._bulk_actions is not None:
            self._bulk_actions.retranslate()
        if self._columns_fitted:
            self._fit_date_columns()
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
