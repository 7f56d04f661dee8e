"""The case page's Tasks tab: the case's tasks with due dates and who does them; ticking one marks it
done, unticking reopens it, "Add Task…" adds one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.ui.requests.case_sections import DASH, day_text, moment_text
from privacy_desk.ui.widgets import error_color

if TYPE_CHECKING:
    from privacy_desk.services.cases import CaseDetail
    from privacy_desk.ui.requests.case_page import CasePage

translate = QCoreApplication.translate


class TasksSection(QWidget):
    """The case's tasks, open ones first; ticking one marks it done (and unticking reopens it)."""

    TITLE, DUE, ASSIGNEE, DONE = range(4)

    def __init__(self, page: CasePage) -> None:
        super().__init__(page)
        self._page = page
        self._detail: CaseDetail | None = None
        self._tz = None
        self._filling = False
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(page.add_task)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnCount(4)
        header = self.tree.header()
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (self.DUE, self.ASSIGNEE, self.DONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemChanged.connect(self._item_changed)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)

    def show_detail(self, detail: CaseDetail | None, tz) -> None:
        self._detail, self._tz = detail, tz
        self._render()

    def _render(self) -> None:
        self._filling = True
        try:
            self.tree.clear()
            detail = self._detail
            if detail is None:
                return
            today = self._page.today()
            self.add_button.setEnabled(detail.row.state.is_open)
            self.add_button.setToolTip(
                ""
                if detail.row.state.is_open
                else translate("CasePage", "Tasks cannot be added to a case that is no longer open.")
            )
            for task in detail.tasks:
                item = QTreeWidgetItem(
                    [
                        task.title,
                        day_text(task.due_on) if task.due_on else "",
                        task.assignee_name or "",
                        translate("CasePage", "{name}, {when}").format(
                            name=task.done_by_name or DASH, when=moment_text(task.done_at, self._tz)
                        )
                        if task.done
                        else "",
                    ]
                )
                item.setData(self.TITLE, Qt.ItemDataRole.UserRole, task.id)
                # The tick shows on a closed case too, but only an open case's tasks can be ticked.
                if detail.row.state.is_open:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                else:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    self.TITLE, Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked
                )
                if not task.done and task.due_on is not None and task.due_on < today:
                    item.setForeground(self.DUE, QBrush(error_color(self.palette())))
                    item.setToolTip(self.DUE, translate("CasePage", "Overdue"))
                if task.done:
                    font = item.font(self.TITLE)
                    font.setStrikeOut(True)
                    item.setFont(self.TITLE, font)
                self.tree.addTopLevelItem(item)
        finally:
            self._filling = False

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != self.TITLE:
            return
        task_id = item.data(self.TITLE, Qt.ItemDataRole.UserRole)
        self._page.set_task_done(task_id, item.checkState(self.TITLE) == Qt.CheckState.Checked)

    def retranslate(self) -> None:
        self.add_button.setText(translate("CasePage", "Add Ta&sk…"))
        self.tree.setHeaderLabels(
            [
                translate("CasePage", "Task"),
                translate("CasePage", "Due"),
                translate("CasePage", "Assigned to"),
                translate("CasePage", "Done"),
            ]
        )
        self.tree.setAccessibleName(translate("CasePage", "Tasks"))
        self._render()
