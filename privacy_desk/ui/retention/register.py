"""The register of data categories (what the privacy policy's purposes of use collect, which systems hold
it, who owns it) and each category's retention rule: a period, the event it runs from, and its legal
basis. Add Category…, Edit Category… and Rule… are small forms; every read and write goes through the
operation helper, and a change tells the other views (`RetentionChanged`: a rule moves every date of
its holdings)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.retention import MAX_COUNT, Period, PeriodUnit, TriggerEvent
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.hub import Changed, RetentionChanged
from privacy_desk.ui.retention.model import category_text
from privacy_desk.ui.widgets import InlineMessage, current_language
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.forms import EnumCombo, FormDialog, FormRows, error_text, open_form
from privacy_desk.ui.widgets.plain_text import safe_tooltip

if TYPE_CHECKING:
    from privacy_desk.services.retention.records import CategoryRecord
    from privacy_desk.ui.views import ViewContext
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate
CONTEXT = "RetentionRegister"
UNIT_TEXTS = {
    PeriodUnit.DAYS: QT_TRANSLATE_NOOP("RetentionRegister", "%n day(s)"),
    PeriodUnit.WEEKS: QT_TRANSLATE_NOOP("RetentionRegister", "%n week(s)"),
    PeriodUnit.MONTHS: QT_TRANSLATE_NOOP("RetentionRegister", "%n month(s)"),
    PeriodUnit.YEARS: QT_TRANSLATE_NOOP("RetentionRegister", "%n year(s)"),
}
UNIT_NAMES = {
    PeriodUnit.DAYS: QT_TRANSLATE_NOOP("RetentionRegister", "days"),
    PeriodUnit.WEEKS: QT_TRANSLATE_NOOP("RetentionRegister", "weeks"),
    PeriodUnit.MONTHS: QT_TRANSLATE_NOOP("RetentionRegister", "months"),
    PeriodUnit.YEARS: QT_TRANSLATE_NOOP("RetentionRegister", "years"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("RetentionRegister", "Category"),
    QT_TRANSLATE_NOOP("RetentionRegister", "Systems"),
    QT_TRANSLATE_NOOP("RetentionRegister", "Owner"),
    QT_TRANSLATE_NOOP("RetentionRegister", "Retention period"),
    QT_TRANSLATE_NOOP("RetentionRegister", "Counted from"),
    QT_TRANSLATE_NOOP("RetentionRegister", "Legal basis"),
    QT_TRANSLATE_NOOP("RetentionRegister", "Holdings"),
)


def period_text(period: Period) -> str:
    return translate(CONTEXT, UNIT_TEXTS[period.unit], None, period.count)


def _changed(value: Any) -> Changed:
    return Changed.of(value, RetentionChanged())  # which holdings move is not known here: all are read


class CategoryDialog(FormDialog):
    def __init__(
        self, operations: FormRunner, save, category: CategoryRecord | None = None, parent=None
    ) -> None:
        super().__init__(operations, parent, ref=category.name if category else "")
        self._save, self._editing = save, category is not None
        rows = FormRows(CONTEXT, self)
        self.rows = rows
        self.name_edit = rows.add(QT_TRANSLATE_NOOP("RetentionRegister", "&Name:"), QLineEdit(self))
        self.purpose_edit = rows.add(
            QT_TRANSLATE_NOOP("RetentionRegister", "&Purpose of use:"), QLineEdit(self)
        )
        self.systems_edit = rows.add(
            QT_TRANSLATE_NOOP("RetentionRegister", "&Systems or places:"), QLineEdit(self)
        )
        self.owner_edit = rows.add(QT_TRANSLATE_NOOP("RetentionRegister", "&Owner:"), QLineEdit(self))
        if category is not None:
            for edit, text in (
                (self.name_edit, category.name),
                (self.purpose_edit, category.purpose),
                (self.systems_edit, category.systems),
                (self.owner_edit, category.owner),
            ):
                edit.setText(text)
        layout = QVBoxLayout(self)
        layout.addLayout(rows.form)
        layout.addStretch(1)
        self.finish(layout, (520, 260), self.name_edit)

    def prepare(self):
        from privacy_desk.services.retention.records import CategoryInput

        name = self.required(self.name_edit, translate("RetentionRegister", "Name the category."))
        if name is None:
            return None
        data = CategoryInput(
            name,
            self.purpose_edit.text().strip(),
            self.systems_edit.text().strip(),
            self.owner_edit.text().strip(),
        )
        return lambda: self._save(data)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()
        title = (
            translate("RetentionRegister", "Edit Category {ref}")
            if self._editing
            else translate("RetentionRegister", "New Category")
        )
        self.setWindowTitle(title.format(ref=self._ref))


class PeriodRow:
    """A retention period's count and unit on one form row. The count's bound follows the unit (the
    domain's MAX_COUNT), so the form cannot hold a period `Period` refuses."""

    def __init__(self, parent: QWidget, period: Period | None) -> None:
        self.count_spin = QSpinBox(parent)
        self.count_spin.setMinimum(1)
        self.unit_combo = EnumCombo((), parent, leading=[(u, CONTEXT, UNIT_NAMES[u]) for u in PeriodUnit])
        self.unit_combo.currentIndexChanged.connect(self._bound)
        self.layout = QHBoxLayout()
        self.layout.addWidget(self.count_spin)
        self.layout.addWidget(self.unit_combo, 1)
        shown = period or Period(1, PeriodUnit.YEARS)
        self.unit_combo.setCurrentIndex(list(PeriodUnit).index(shown.unit))
        self._bound()
        self.count_spin.setValue(shown.count)

    def _bound(self, *_args: object) -> None:
        self.count_spin.setMaximum(MAX_COUNT[PeriodUnit(self.unit_combo.currentData())])

    def period(self) -> Period:
        return Period(self.count_spin.value(), PeriodUnit(self.unit_combo.currentData()))


class RuleDialog(FormDialog):
    """A category's rule: the period (a count and a unit), the event it runs from, the legal basis."""

    TITLE = (CONTEXT, QT_TRANSLATE_NOOP("RetentionRegister", "Retention Rule — {ref}"))

    def __init__(self, operations: FormRunner, save, category: CategoryRecord, parent=None) -> None:
        super().__init__(operations, parent, ref=category.name)
        self._save, self._category = save, category
        rows = FormRows(CONTEXT, self)
        self.rows = rows
        rule = category.rule
        self.period_row = PeriodRow(self, rule.period if rule else None)
        self.count_spin, self.unit_combo = self.period_row.count_spin, self.period_row.unit_combo
        period = self.period_row.layout
        rows.add(QT_TRANSLATE_NOOP("RetentionRegister", "Period:"), period)
        self.rows.label(period).setBuddy(self.count_spin)
        self.trigger_combo = rows.add(
            QT_TRANSLATE_NOOP("RetentionRegister", "&Counted from:"), EnumCombo(TriggerEvent, self)
        )
        self.basis_edit = rows.add(QT_TRANSLATE_NOOP("RetentionRegister", "&Legal basis:"), QLineEdit(self))
        if rule is not None:
            self.trigger_combo.setCurrentIndex(list(TriggerEvent).index(rule.trigger))
            self.basis_edit.setText(rule.legal_basis)
        layout = QVBoxLayout(self)
        layout.addLayout(rows.form)
        layout.addStretch(1)
        self.finish(layout, (520, 230), self.count_spin)

    def prepare(self):
        from privacy_desk.services.retention.records import RuleInput

        basis = self.required(
            self.basis_edit, translate("RetentionRegister", "Name the legal basis or the internal rule.")
        )
        if basis is None:
            return None
        period = self.period_row.period()
        trigger, read = TriggerEvent(self.trigger_combo.currentData()), self._category.rule
        data = RuleInput(self._category.id, period, trigger, basis, read.version if read else None)
        return lambda: self._save(data)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()


class RegisterDialog(QDialog):
    """The categories with their rules; `dialog` is the form open inside it now."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionRegister")
        self.context = context
        self.dialog: QWidget | None = None
        self.categories: list[CategoryRecord] = []
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 1, len(HEADERS) - 2):  # name, systems and legal basis share the room, wrapped
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(lambda _index: self.set_rule())
        self.message = InlineMessage(self)
        self.buttons = ButtonRow(CONTEXT, self)
        self.buttons.add(QT_TRANSLATE_NOOP("RetentionRegister", "Add Category…"), self.add_category)
        self.buttons.add(QT_TRANSLATE_NOOP("RetentionRegister", "Edit Category…"), self.edit_category)
        self.buttons.add(QT_TRANSLATE_NOOP("RetentionRegister", "Rule…"), self.set_rule)
        self.buttons.addStretch(1)
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)
        categories = QWidget(self)
        page = QVBoxLayout(categories)
        page.addWidget(self.table, 1)
        page.addWidget(self.message)
        page.addLayout(self.buttons)
        from privacy_desk.ui.retention.purge_rules import PurgeRulesPanel

        self.purge_rules = PurgeRulesPanel(context, self)  # the app's own records (issue #12, 6)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(categories, "")
        self.tabs.addTab(self.purge_rules, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.close_box)
        self.resize(980, 540)
        self.retranslate()
        self.load()
        self.purge_rules.load()

    def load(self) -> None:
        self.context.work.query(lambda services: services.retention.categories()).success(
            self._loaded
        ).failure(lambda error: self.message.show_error(error_text(error))).run(self)

    def _loaded(self, categories: list[CategoryRecord]) -> None:
        chosen = self.current()
        self.categories = list(categories)
        self.table.setRowCount(len(self.categories))
        for row, category in enumerate(self.categories):
            rule = category.rule
            cells = (
                category_text(category.name, category.name_en, current_language()),
                category.systems,
                category.owner,
                period_text(rule.period) if rule else translate("RetentionRegister", "No rule"),
                translate("TriggerEvent", rule.trigger.label) if rule else "",
                rule.legal_basis if rule else "",
                f"{category.holdings:,}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(safe_tooltip(text if column != 0 else category.purpose))
                if column == len(cells) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        ids = [c.id for c in self.categories]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        elif ids:
            self.table.selectRow(0)

    def current(self) -> CategoryRecord | None:
        row = self.table.currentRow()
        return self.categories[row] if 0 <= row < len(self.categories) else None

    def _form(self, dialog: FormDialog) -> None:
        open_form(self, dialog, lambda _d: self.load())

    def add_category(self) -> None:
        def save(services, data):
            return _changed(services.retention.add_category(services.actor, data))

        self._form(CategoryDialog(self.context.work, self.context.work.bind(save), parent=self))

    def edit_category(self) -> None:
        if (category := self.current()) is None:
            return

        def save(services, data):
            return _changed(
                services.retention.update_category(services.actor, category.id, category.version, data)
            )

        self._form(CategoryDialog(self.context.work, self.context.work.bind(save), category, self))

    def set_rule(self) -> None:
        if (category := self.current()) is None:
            return

        def save(services, data):
            return _changed(services.retention.set_rule(services.actor, data))

        self._form(RuleDialog(self.context.work, self.context.work.bind(save), category, self))

    def retranslate(self) -> None:
        self.setWindowTitle(translate("RetentionRegister", "Retention Register"))
        self.tabs.setTabText(0, translate("RetentionRegister", "Data categories"))
        self.tabs.setTabText(1, translate("RetentionRegister", "The app's own records"))
        self.purge_rules.retranslate()
        self.table.setHorizontalHeaderLabels([translate(CONTEXT, text) for text in HEADERS])
        self.buttons.retranslate()
        if self.categories:
            self._loaded(self.categories)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
