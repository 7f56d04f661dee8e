"""The incident's timeline on its page: facts, actions and decisions as they were recorded, append-only
(the database refuses UPDATE and DELETE). A mistake is put right by a correction, a new entry that
refers to the one it corrects; the original stays, struck through and marked as corrected."""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from privacy_desk.domain.incidents import TimelineKind
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import FollowsLanguage, current_language
from privacy_desk.ui.widgets.buttons import ButtonRow

if TYPE_CHECKING:
    from privacy_desk.services.incidents.records import IncidentDetail, TimelineEntry

translate = QCoreApplication.translate
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class TimelinePanel(FollowsLanguage):
    """`add_requested(kind)` for a new entry, `correct_requested(entry)` for a correction of the entry
    selected. `tree` lists the entries oldest first."""

    add_requested = Signal(object)  # TimelineKind
    correct_requested = Signal(object)  # TimelineEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: IncidentDetail | None = None
        self.zone: tzinfo | None = None
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.buttons = ButtonRow("Incidents", self)
        self.add_fact = self.buttons.add(
            QT_TRANSLATE_NOOP("Incidents", "Add Fact…"), lambda: self.add_requested.emit(TimelineKind.FACT)
        )
        self.add_action = self.buttons.add(
            QT_TRANSLATE_NOOP("Incidents", "Add Action…"),
            lambda: self.add_requested.emit(TimelineKind.ACTION),
        )
        self.add_decision = self.buttons.add(
            QT_TRANSLATE_NOOP("Incidents", "Add Decision…"),
            lambda: self.add_requested.emit(TimelineKind.DECISION),
        )
        self.correct_button = self.buttons.add(
            QT_TRANSLATE_NOOP("Incidents", "Correct…"),
            self._correct,
            tip=QT_TRANSLATE_NOOP(
                "Incidents",
                "Record a correction of the entry selected: the original stays in the timeline, marked.",
            ),
        )
        self.buttons.addStretch(1)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.buttons)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def selected(self) -> TimelineEntry | None:
        item = self.tree.currentItem()
        return item.data(0, ENTRY_ROLE) if item is not None else None

    def _correct(self) -> None:
        if (entry := self.selected()) is not None:
            self.correct_requested.emit(entry)

    def _enable(self) -> None:
        self.correct_button.setEnabled(self._editable and self.selected() is not None)

    _editable = True

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for button in (self.add_fact, self.add_action, self.add_decision):
            button.setEnabled(editable)
        self._enable()

    def show_detail(self, detail: IncidentDetail | None, zone: tzinfo | None) -> None:
        self.detail, self.zone = detail, zone
        self._render()

    def select(self, entry_id: int) -> None:
        for number in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(number)
            if item is not None and item.data(0, ENTRY_ROLE).id == entry_id:
                self.tree.setCurrentItem(item)

    def _render(self) -> None:
        from privacy_desk.i18n.formatting import format_datetime

        current = self.selected()
        self.tree.clear()
        detail = self.detail
        if detail is None:
            self._enable()
            return
        language = current_language()
        zone = self.zone or UTC
        by_id = {entry.id: entry for entry in detail.timeline}
        for entry in detail.timeline:
            text = entry.text
            if entry.corrects_id is not None and (original := by_id.get(entry.corrects_id)) is not None:
                text = translate("Incidents", "Corrects the entry of {date}: {text}").format(
                    date=format_datetime(original.at, language, zone), text=entry.text
                )
            recorded = translate("Incidents", "{who}, {when}").format(
                who=entry.recorded_by, when=format_datetime(entry.recorded_at, language, zone)
            )
            kind = translate("TimelineKind", entry.kind.label)
            if entry.corrected_by_id is not None:
                kind = translate("Incidents", "{kind} (corrected)").format(kind=kind)
            item = QTreeWidgetItem([format_datetime(entry.at, language, zone), kind, recorded, text])
            item.setData(0, ENTRY_ROLE, entry)
            item.setToolTip(3, text)
            if entry.corrected_by_id is not None:  # the original stays, struck through
                font = item.font(3)
                font.setStrikeOut(True)
                for column in range(4):
                    item.setFont(column, font)
                item.setToolTip(
                    3, translate("Incidents", "Corrected by a later entry; kept as it was recorded.")
                )
            self.tree.addTopLevelItem(item)
        for column in (0, 1, 2):  # the text, last, takes the rest
            self.tree.resizeColumnToContents(column)
        if current is not None:
            self.select(current.id)
        self._enable()

    def retranslate(self) -> None:
        self.buttons.retranslate()
        self.tree.setHeaderLabels(
            [
                translate("Incidents", "When"),
                translate("Incidents", "Kind"),
                translate("Incidents", "Recorded"),
                translate("Incidents", "What"),
            ]
        )
        self._render()
