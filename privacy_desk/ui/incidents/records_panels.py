"""Two tabs of the incident page: the notices to the persons affected (Rule Art. 10: method, when, how
many, reached and unreachable; the notice text as PDF and a mail-merge CSV) and the evidence files, each
kept with its SHA-256 so a copy handed over later can be checked against it."""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import FollowsLanguage, current_language
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.files import human_size

if TYPE_CHECKING:
    from privacy_desk.services.incidents.records import EvidenceRecord, IncidentDetail

translate = QCoreApplication.translate
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1


def _tree(parent: QWidget, columns: int) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setColumnCount(columns)
    tree.setAllColumnsShowFocus(True)
    return tree


class NoticesPanel(FollowsLanguage):
    """`record_requested`, `pdf_requested`, `csv_requested`: the page does the work."""

    record_requested = Signal()
    pdf_requested = Signal()
    csv_requested = Signal()

    HEADERS = (
        QT_TRANSLATE_NOOP("Incidents", "Method"),
        QT_TRANSLATE_NOOP("Incidents", "Sent on"),
        QT_TRANSLATE_NOOP("Incidents", "For"),
        QT_TRANSLATE_NOOP("Incidents", "Reached"),
        QT_TRANSLATE_NOOP("Incidents", "Unreachable"),
        QT_TRANSLATE_NOOP("Incidents", "Note"),
        QT_TRANSLATE_NOOP("Incidents", "Recorded by"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: IncidentDetail | None = None
        self.tree = _tree(self, len(self.HEADERS))
        self.buttons = ButtonRow("Incidents", self)
        self.record_button = self.buttons.add(
            QT_TRANSLATE_NOOP("Incidents", "Record Notice…"), self.record_requested.emit
        )
        self.pdf_button = self.buttons.add(
            QT_TRANSLATE_NOOP("Incidents", "Notice Text (PDF)…"),
            self.pdf_requested.emit,
            tip=QT_TRANSLATE_NOOP(
                "Incidents",
                "The notice to the persons with the Rule's items (summary, data items, cause, secondary "
                "damage, other), in the report language.",
            ),
        )
        self.csv_button = self.buttons.add(
            QT_TRANSLATE_NOOP("Incidents", "Mail-Merge CSV…"),
            self.csv_requested.emit,
            tip=QT_TRANSLATE_NOOP("Incidents", "The notice's texts as columns, for a mail merge."),
        )
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.buttons)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def set_editable(self, editable: bool) -> None:
        self.record_button.setEnabled(editable)

    def show_detail(self, detail: IncidentDetail | None, _zone: tzinfo | None) -> None:
        self.detail = detail
        self._render()

    def _render(self) -> None:
        from privacy_desk.i18n.formatting import format_date, format_number

        self.tree.clear()
        if self.detail is None:
            return
        language = current_language()
        for notice in self.detail.notices:
            item = QTreeWidgetItem(
                [
                    translate("NoticeMethod", notice.method.label),
                    format_date(notice.sent_on, language),
                    format_number(notice.planned, language),
                    format_number(notice.reached, language),
                    format_number(notice.unreachable, language),
                    notice.note,
                    notice.recorded_by,
                ]
            )
            for column in (2, 3, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        for column in range(len(self.HEADERS)):
            self.tree.resizeColumnToContents(column)

    def retranslate(self) -> None:
        self.buttons.retranslate()
        self.tree.setHeaderLabels([translate("Incidents", text) for text in self.HEADERS])
        self._render()


class EvidencePanel(FollowsLanguage):
    """`add_requested`, `open_requested(record)`, `save_requested(record)`."""

    add_requested = Signal()
    open_requested = Signal(object)
    save_requested = Signal(object)

    HEADERS = (
        QT_TRANSLATE_NOOP("Incidents", "File"),
        QT_TRANSLATE_NOOP("Incidents", "Size"),
        QT_TRANSLATE_NOOP("Incidents", "SHA-256"),
        QT_TRANSLATE_NOOP("Incidents", "Added"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: IncidentDetail | None = None
        self.zone: tzinfo | None = None
        self.tree = _tree(self, len(self.HEADERS))
        self.buttons = ButtonRow("Incidents", self)
        self.add_button = self.buttons.add(
            QT_TRANSLATE_NOOP("Incidents", "Add Evidence…"),
            self.add_requested.emit,
            tip=QT_TRANSLATE_NOOP("Incidents", "Keep a file with the incident; its SHA-256 is recorded."),
        )
        self.open_button = self.buttons.add(QT_TRANSLATE_NOOP("Incidents", "Open"), self._open)
        self.save_button = self.buttons.add(QT_TRANSLATE_NOOP("Incidents", "Save As…"), self._save)
        self.buttons.addStretch(1)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.tree.itemActivated.connect(lambda *_: self._open())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.buttons)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def selected(self) -> EvidenceRecord | None:
        item = self.tree.currentItem()
        return item.data(0, RECORD_ROLE) if item is not None else None

    def _open(self) -> None:
        if (record := self.selected()) is not None:
            self.open_requested.emit(record)

    def _save(self) -> None:
        if (record := self.selected()) is not None:
            self.save_requested.emit(record)

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def set_editable(self, editable: bool) -> None:
        self.add_button.setEnabled(editable)

    def show_detail(self, detail: IncidentDetail | None, zone: tzinfo | None) -> None:
        self.detail, self.zone = detail, zone
        self._render()

    def select(self, record_id: int) -> None:
        for number in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(number)
            if item is not None and item.data(0, RECORD_ROLE).id == record_id:
                self.tree.setCurrentItem(item)

    def _render(self) -> None:
        from privacy_desk.i18n.formatting import format_datetime

        self.tree.clear()
        if self.detail is not None:
            language = current_language()
            for record in self.detail.evidence:
                added = translate("Incidents", "{who}, {when}").format(
                    who=record.added_by, when=format_datetime(record.added_at, language, self.zone or UTC)
                )
                item = QTreeWidgetItem([record.filename, human_size(record.size), record.sha256, added])
                item.setData(0, RECORD_ROLE, record)
                item.setToolTip(2, record.sha256)
                self.tree.addTopLevelItem(item)
            for column in range(len(self.HEADERS)):
                self.tree.resizeColumnToContents(column)
        self._enable()

    def retranslate(self) -> None:
        self.buttons.retranslate()
        self.tree.setHeaderLabels([translate("Incidents", text) for text in self.HEADERS])
        self._render()
