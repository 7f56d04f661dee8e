"""The register's second tab: how long the app keeps its own closed records (tickets, request cases,
incidents, junk mail) and what the purge then does — anonymise (the statistics keep the row) or delete.
Rule… edits one; only a manager may change them (the service checks; the form says why it refused)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.hub import Changed, RetentionChanged
from privacy_desk.ui.widgets import InlineMessage
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.forms import EnumCombo, FormDialog, FormRows, error_text, open_form

if TYPE_CHECKING:
    from privacy_desk.services.retention.records import PurgeRuleRecord
    from privacy_desk.ui.views import ViewContext
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate
CONTEXT = "RetentionRegister"
ACTIONS = (
    ("anonymise", QT_TRANSLATE_NOOP("RetentionRegister", "Anonymise (the statistics keep the record)")),
    ("delete", QT_TRANSLATE_NOOP("RetentionRegister", "Delete")),
)
HEADERS = (
    QT_TRANSLATE_NOOP("RetentionRegister", "Records"),
    QT_TRANSLATE_NOOP("RetentionRegister", "Kept after closing"),
    QT_TRANSLATE_NOOP("RetentionRegister", "Then"),
    QT_TRANSLATE_NOOP("RetentionRegister", "Legal basis"),
)


def action_text(action: str) -> str:
    return translate(CONTEXT, dict(ACTIONS).get(action, action))


class PurgeRuleDialog(FormDialog):
    TITLE = (CONTEXT, QT_TRANSLATE_NOOP("RetentionRegister", "Purge Rule — {ref}"))

    def __init__(self, operations: FormRunner, save, rule: PurgeRuleRecord, parent=None) -> None:
        super().__init__(operations, parent, ref=translate("AppRecordKind", rule.kind.label))
        from privacy_desk.ui.retention.register import PeriodRow

        self._save, self._rule = save, rule
        rows = FormRows(CONTEXT, self)
        self.rows = rows
        self.period_row = PeriodRow(self, rule.period)
        self.count_spin, self.unit_combo = self.period_row.count_spin, self.period_row.unit_combo
        period = self.period_row.layout
        rows.add(QT_TRANSLATE_NOOP("RetentionRegister", "Kept after closing:"), period)
        rows.label(period).setBuddy(self.count_spin)
        self.action_combo = rows.add(
            QT_TRANSLATE_NOOP("RetentionRegister", "&Then:"),
            EnumCombo((), self, leading=[(value, CONTEXT, text) for value, text in ACTIONS]),
        )
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(rule.action)))
        self.basis_edit = rows.add(QT_TRANSLATE_NOOP("RetentionRegister", "&Legal basis:"), QLineEdit(self))
        self.basis_edit.setText(rule.legal_basis)
        layout = QVBoxLayout(self)
        layout.addLayout(rows.form)
        layout.addStretch(1)
        self.finish(layout, (560, 220), self.count_spin)

    def prepare(self):
        from privacy_desk.services.retention.records import PurgeRuleRecord

        basis = self.required(
            self.basis_edit, translate("RetentionRegister", "Name the legal basis or the internal rule.")
        )
        if basis is None:
            return None
        period = self.period_row.period()
        action = str(self.action_combo.currentData())
        rule = PurgeRuleRecord(self._rule.kind, period, action, basis, version=self._rule.version)
        return lambda: self._save(rule)

    def retranslate(self) -> None:
        super().retranslate()
        self.rows.retranslate()


class PurgeRulesPanel(QWidget):
    """The rules of the app's own records; `dialog` is the form open now."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QWidget | None = None
        self.rules: list[PurgeRuleRecord] = []
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_rule())
        self.message = InlineMessage(self)
        self.buttons = ButtonRow(CONTEXT, self)
        self.buttons.add(QT_TRANSLATE_NOOP("RetentionRegister", "Purge Rule…"), self.edit_rule)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(self.buttons)
        self.retranslate()

    def load(self) -> None:
        self.context.work.query(lambda services: services.retention.purge_rules()).success(
            self._loaded
        ).failure(lambda error: self.message.show_error(error_text(error))).run(self)

    def _loaded(self, rules: list[PurgeRuleRecord]) -> None:
        from privacy_desk.ui.retention.register import period_text

        chosen = self.table.currentRow()
        self.rules = list(rules)
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            cells = (
                translate("AppRecordKind", rule.kind.label),
                period_text(rule.period),
                action_text(rule.action),
                rule.legal_basis,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if self.rules:
            self.table.selectRow(min(max(chosen, 0), len(self.rules) - 1))

    def edit_rule(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rules):
            return
        rule = self.rules[row]

        def save(services, data):
            return Changed.of(services.retention.set_purge_rule(services.actor, data), RetentionChanged())

        dialog = PurgeRuleDialog(self.context.work, self.context.work.bind(save), rule, self)
        open_form(self, dialog, lambda _d: self.load())

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([translate(CONTEXT, text) for text in HEADERS])
        self.buttons.retranslate()
        if self.rules:
            self._loaded(self.rules)
