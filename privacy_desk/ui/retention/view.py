"""The Retention view: a month calendar of personal data due for deletion, the list of what the selected
day, week or month holds, the overdue list (always in view), and the holding page beside them.

Keyboard first: in the calendar the arrows move the day, Page Up / Page Down the month and Home goes to
today; Tab reaches the lists, Enter in a list moves into the holding page. Filters by category, system
and owner narrow the marks and the lists alike. Every read is one service call through the operation
helper (the month's marks, the scope's list and the overdue list together); writes come back as
`RetentionChanged` notices, and the view skips its own echo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.retention.calendar import Legend, MonthGrid
from privacy_desk.ui.retention.exports import RetentionExports
from privacy_desk.ui.retention.holding_page import HoldingPage
from privacy_desk.ui.retention.model import (
    DAY,
    MONTH,
    WEEK,
    Column,
    HoldingsModel,
    grid_range,
    holdings_table,
    scope_range,
)
from privacy_desk.ui.widgets import FollowsLanguage, InlineMessage, MessageKind, current_language
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.files import Files
from privacy_desk.ui.widgets.forms import error_text, open_form
from privacy_desk.ui.widgets.lists import OpenableTable
from privacy_desk.ui.work import Staleness

if TYPE_CHECKING:
    from privacy_desk.services.retention.records import CategoryRecord, HoldingFilter, HoldingRow
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate
CONTEXT = "Retention"
SCOPES = (
    (DAY, QT_TRANSLATE_NOOP("Retention", "&Day")),
    (WEEK, QT_TRANSLATE_NOOP("Retention", "Wee&k")),
    (MONTH, QT_TRANSLATE_NOOP("Retention", "&Month")),
)
# The view's letters (Alt+letter) are each used once in the window with the menu bar's (F V L T H), the
# overdue list's O and the holding page's (E A I …, ui/retention/holding_page.py); tests/ui/test_mnemonics.py.
ANY = "*any"  # not a category id, system or owner


class RetentionView(RetentionExports, FollowsLanguage):
    """`dialog` is the form open now (tests reach it here)."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention")
        self._context = context
        self.dialog: QWidget | None = None
        self._reading = Staleness()
        self.categories: list[CategoryRecord] = []
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.actions_row = ButtonRow(CONTEXT, self)
        self.actions_row.add(QT_TRANSLATE_NOOP("Retention", "&New Holding…"), self.new_holding)
        self.actions_row.add(QT_TRANSLATE_NOOP("Retention", "&Register…"), self.open_register)
        self.build_export_button()
        self.actions_row.add(QT_TRANSLATE_NOOP("Retention", "&Purge Old Records…"), self.purge_records)
        self.notice = InlineMessage(self)
        self.files = Files(self, self.notice)
        self._build_filters()

        self.grid = MonthGrid(context.clock, self)
        self.legend = Legend(self)
        self.overdue_label = QLabel(self)
        self.overdue_model = HoldingsModel(current_language, self)
        self.overdue_table = holdings_table(self, self.overdue_model, "overdueHoldings")
        self.overdue_label.setBuddy(self.overdue_table)
        for column in (
            Column.CATEGORY,
            Column.STATUS,
        ):  # all overdue: the list has only room for what and when
            self.overdue_table.setColumnHidden(column, True)
        self.scope_label = QLabel(self)
        self.scope_model = HoldingsModel(current_language, self)
        self.scope_table = holdings_table(self, self.scope_model, "scopeHoldings")
        self.scope_label.setBuddy(self.scope_table)
        self.page = HoldingPage(context, self)
        self._layout()

        self.grid.day_chosen.connect(lambda _day: self.refresh())
        self.grid.month_shown.connect(lambda _y, _m: self.refresh())
        for table in (self.scope_table, self.overdue_table):
            table.selectionModel().currentRowChanged.connect(
                lambda current, _previous, table=table: self._row_chosen(table, current)
            )
            table.open_requested.connect(self.page.focus_first_action)  # Enter
            table.doubleClicked.connect(lambda _index: self.page.focus_first_action())
        self.page.holding_did_change.connect(self._page_changed)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.page)  # Escape in the page: back to the list
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(lambda: self.scope_table.setFocus(Qt.FocusReason.OtherFocusReason))
        hub = context.hub
        hub.services_did_open.connect(lambda _services: self._services_opened())
        hub.services_did_close.connect(self._services_closed)
        hub.retention_did_change.connect(self._retention_changed)
        hub.settings_did_change.connect(self.refresh)
        self.setFocusProxy(self.grid)
        self.retranslate()
        if context.services is not None:
            self._services_opened()

    def _build_filters(self) -> None:
        self.filter_row = QHBoxLayout()
        self.filter_labels: list[tuple[QLabel, str]] = []
        self.category_combo = self._filter(QT_TRANSLATE_NOOP("Retention", "&Category:"))
        self.system_combo = self._filter(QT_TRANSLATE_NOOP("Retention", "&System:"))
        self.owner_combo = self._filter(QT_TRANSLATE_NOOP("Retention", "O&wner:"))
        self.filter_row.addSpacing(12)
        self.scope_group = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        for scope, _text in SCOPES:
            button = QRadioButton(self)
            self.scope_group.addButton(button)
            self.scope_buttons[scope] = button
            self.filter_row.addWidget(button)
        self.scope_buttons[WEEK].setChecked(True)  # before the lists exist: no read yet
        for button in self.scope_buttons.values():
            button.toggled.connect(self._scope_toggled)
        self.filter_row.addStretch(1)

    def _scope_toggled(self, on: bool) -> None:
        if on:  # the button turned off says nothing new
            self.refresh()

    def _filter(self, text: str) -> QComboBox:
        label, combo = QLabel(self), QComboBox(self)
        label.setBuddy(combo)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(8)
        combo.setMaximumWidth(240)
        combo.addItem("", ANY)
        combo.activated.connect(lambda _index: self.refresh())
        self.filter_labels.append((label, text))
        self.filter_row.addWidget(label)
        self.filter_row.addWidget(combo)
        return combo

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addLayout(self.actions_row)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.grid, 3)
        column.addWidget(self.legend)
        column.addSpacing(6)
        column.addWidget(self.overdue_label)
        column.addWidget(self.overdue_table, 2)
        lists = QWidget(self)
        scope_column = QVBoxLayout(lists)
        scope_column.setContentsMargins(0, 0, 0, 0)
        scope_column.addWidget(self.scope_label)
        scope_column.addWidget(self.scope_table, 1)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(lists)
        right.addWidget(self.page)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        right.setChildrenCollapsible(False)
        self.page.setMinimumHeight(250)  # the facts and the buttons whole, whatever the list holds
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        # A wide window widens the calendar about as much as the lists: a week's list is a few rows, and
        # at 1920×1080 it was mostly blank while the calendar kept its small cells (issue #12 §5).
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(340)  # the overdue list names what is overdue beside its reference and date
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)

    # -- the contract ------------------------------------------------------------------------------

    @property
    def services(self):
        return self._context.services

    def scope(self) -> str:
        return next((scope for scope, button in self.scope_buttons.items() if button.isChecked()), WEEK)

    def set_scope(self, scope: str) -> None:
        self.scope_buttons[scope].setChecked(True)

    def current_filter(self) -> HoldingFilter:
        from privacy_desk.services.retention.records import HoldingFilter

        category, system, owner = (
            c.currentData() for c in (self.category_combo, self.system_combo, self.owner_combo)
        )
        return HoldingFilter(
            category_id=category if isinstance(category, int) else None,
            system="" if system == ANY else str(system),
            owner="" if owner == ANY else str(owner),
        )

    def refresh(self) -> None:
        """Read the month's marks, the selected scope's holdings and the overdue list again (F5)."""
        if self.services is None:
            return
        today, day, scope, filters = (
            self._context.clock(),
            self.grid.selected_day(),
            self.scope(),
            self.current_filter(),
        )
        grid_start, grid_end = grid_range(*self.grid.shown_month())
        start, end = scope_range(day, scope)

        def read(services) -> tuple[Any, list[HoldingRow], list[HoldingRow]]:
            retention = services.retention
            counts = retention.day_counts(grid_start, grid_end, filters, as_of=today)
            due = retention.due_between(start, end, filters, as_of=today)
            reviews = retention.reviews_between(start, end, filters, as_of=today)
            seen = {row.id for row in due}
            return (
                counts,
                due + [row for row in reviews if row.id not in seen],
                retention.overdue(today, filters),
            )

        self._context.work.query(read).fresh_for(self._reading, renew=True).success(self._read).failure(
            self._failed
        ).run(self)

    def _read(self, result) -> None:
        counts, listed, overdue = result
        self.grid.set_counts((c.day, c.due, c.overdue, c.review) for c in counts)
        self._keep_selection(self.scope_table, self.scope_model, listed)
        self._keep_selection(self.overdue_table, self.overdue_model, overdue)
        self._retitle_lists()

    def _failed(self, error: BaseException) -> None:
        self.notice.show_error(error_text(error))

    def _keep_selection(self, table: OpenableTable, model: HoldingsModel, rows: list[HoldingRow]) -> None:
        shown = self.page.holding.id if self.page.holding is not None else None
        model.set_rows(rows)
        row = model.row_of(shown) if shown is not None else -1
        if row >= 0:
            table.selectionModel().blockSignals(True)
            table.selectRow(row)
            table.selectionModel().blockSignals(False)
            fresh = model.row_at(row)
            if fresh is not None:
                self.page.show_holding(fresh)

    def open_item(self, item_id: int) -> None:
        """The view contract: show this holding (asked for through the hub, e.g. from Today): its day in
        the calendar, selected in the list, its page beside."""
        today = self._context.clock()

        def shown(row: HoldingRow) -> None:
            self.page.show_holding(row)
            # A held holding is listed on its review day, any other on the day its deletion is due.
            day = row.hold.review_on if row.hold is not None and row.disposal is None else row.delete_from
            if day is not None:
                self.grid.select_day(day)
            self.refresh()

        self._context.work.query(lambda services: services.retention.holding(item_id, as_of=today)).success(
            shown
        ).failure(self._failed).run(self)

    def _row_chosen(self, table: OpenableTable, current) -> None:
        model = table.model()
        assert isinstance(model, HoldingsModel)
        row = model.row_at(current.row()) if current.isValid() else None
        if row is not None:
            other = self.overdue_table if table is self.scope_table else self.scope_table
            other.selectionModel().blockSignals(True)
            other.clearSelection()
            other.selectionModel().blockSignals(False)
            self.page.show_holding(row)

    def holding_ids(self) -> list[int]:
        """The holdings the scope's list shows now, in order (tests and the status line read it)."""
        return [row.id for row in self.scope_model.rows()]

    def overdue_ids(self) -> list[int]:
        return [row.id for row in self.overdue_model.rows()]

    # -- services and notices ----------------------------------------------------------------------

    def _services_opened(self) -> None:
        self.grid.go_today()
        self.load_categories()

    def _services_closed(self) -> None:
        self._reading.renew()
        self.scope_model.set_rows([])
        self.overdue_model.set_rows([])
        self.grid.set_counts([])
        self.notice.clear()

    def load_categories(self) -> None:
        def loaded(categories: list[CategoryRecord]) -> None:
            self.categories = list(categories)
            self._fill_filters()
            self.refresh()

        self._context.work.query(lambda services: services.retention.categories()).success(loaded).failure(
            self._failed
        ).run(self)

    def _fill_filters(self) -> None:
        from privacy_desk.ui.retention.model import category_text

        language = current_language()
        choices = (
            (
                self.category_combo,
                [(category_text(c.name, c.name_en, language), c.id) for c in self.categories],
            ),
            (self.system_combo, [(s, s) for s in sorted({c.systems for c in self.categories if c.systems})]),
            (self.owner_combo, [(o, o) for o in sorted({c.owner for c in self.categories if c.owner})]),
        )
        for combo, items in choices:
            chosen = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _retention_changed(self, ids: list) -> None:
        if self.is_echo() or self.services is None:
            return
        self.load_categories()
        if self.page.holding is not None and (not ids or self.page.holding.id in ids):
            self.page.reload()

    def is_echo(self) -> bool:
        return self._context.hub.is_echo(self)

    def _page_changed(self, _holding_id: int) -> None:
        self.refresh()

    # -- forms -------------------------------------------------------------------------------------

    def new_holding(self) -> None:
        """File › New Holding… and the button: the holding form, then the new holding on its day."""
        if self.services is None:
            return
        from privacy_desk.ui.hub import Changed, RetentionChanged
        from privacy_desk.ui.retention.dialogs import HoldingDialog

        def save(services, data):
            row = services.retention.add_holding(services.actor, data)
            return Changed.of(row, RetentionChanged((row.id,)))

        def opened(categories) -> None:
            dialog = HoldingDialog(self._context.work, self._context.work.bind(save), categories, parent=self)
            open_form(self, dialog, lambda d: self._created(d.result_value))

        self._context.work.query(lambda services: services.retention.categories()).success(opened).failure(
            self._failed
        ).run(self)

    def _created(self, row: HoldingRow) -> None:
        self.notice.show_message(
            translate("Retention", "Holding {ref} added.").format(ref=row.ref), MessageKind.SUCCESS
        )
        self.page.show_holding(row)
        if row.delete_from is not None:
            self.grid.select_day(row.delete_from)
        self.load_categories()  # its category's count; the marks and lists follow

    def open_register(self) -> None:
        """The register of categories and their rules (period, trigger, legal basis)."""
        if self.services is None:
            return
        open_form(self, self.make_register_dialog(), lambda _d: None, after=self.load_categories)

    def make_register_dialog(self) -> QDialog:
        from privacy_desk.ui.retention.register import RegisterDialog

        return RegisterDialog(self._context, self)

    def purge_records(self) -> None:
        """File › Purge Old Records…: the dry run, a manager's confirmation, the run with progress."""
        if self.services is None:
            return
        open_form(self, self.make_purge_dialog(), lambda _d: None, after=self.load_categories)

    def make_purge_dialog(self) -> QDialog:
        from privacy_desk.ui.retention.purge import PurgeDialog

        return PurgeDialog(self._context, self)

    # -- texts -------------------------------------------------------------------------------------

    def _retitle_lists(self) -> None:
        from privacy_desk.ui.retention.model import date_text

        language = current_language()
        start, end = scope_range(self.grid.selected_day(), self.scope())
        when = (
            date_text(start, language)
            if start == end
            else f"{date_text(start, language)} – {date_text(end, language)}"
        )
        count = self.scope_model.rowCount()
        self.scope_label.setText(
            translate(
                "Retention", "Due for deletion or to review, {when}: %n holding(s)", None, count
            ).format(when=when)
        )
        overdue = self.overdue_model.rowCount()
        self.overdue_label.setText(translate("Retention", "&Overdue: %n holding(s)", None, overdue))

    def retranslate(self) -> None:
        self.title.setText(translate("Retention", "Retention"))
        self.actions_row.retranslate()
        self.retranslate_exports()
        for label, text in self.filter_labels:
            label.setText(translate(CONTEXT, text))
        for combo, text in (
            (self.category_combo, QT_TRANSLATE_NOOP("Retention", "All categories")),
            (self.system_combo, QT_TRANSLATE_NOOP("Retention", "All systems")),
            (self.owner_combo, QT_TRANSLATE_NOOP("Retention", "All owners")),
        ):
            combo.setItemText(0, translate(CONTEXT, text))
        for scope, text in SCOPES:
            self.scope_buttons[scope].setText(translate(CONTEXT, text))
        self.scope_model.retranslate()
        self.overdue_model.retranslate()
        if self.categories:
            self._fill_filters()  # the seeded categories' names in the language
        self.grid.setLocale(QLocale())  # month and day names: the translator switch sets the default
        # What a screen reader names the three lists of the view.
        self.grid.setAccessibleName(translate("Retention", "Retention calendar"))
        self.scope_table.setAccessibleName(translate("Retention", "Holdings of the chosen days"))
        self.overdue_table.setAccessibleName(translate("Retention", "Overdue holdings"))
        self._retitle_lists()
