"""The agenda tree: day headings spanning the row, the day's items under them, always expanded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeView, QWidget

from privacy_desk.ui.today.delegate import AgendaDelegate
from privacy_desk.ui.today.model import AgendaModel, Column, Role
from privacy_desk.ui.widgets import current_language

RESIZE_PRECISION = 100


class AgendaTree(QTreeView):
    item_activated = Signal(str, str)  # an item's kind (AgendaKind value) and reference: Enter, double-click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda")
        self.agenda_model = AgendaModel(current_language, self)
        self.setModel(self.agenda_model)
        self.agenda_model.modelReset.connect(self._after_reset)  # after the view's own reset handling
        self.setItemDelegate(AgendaDelegate(self))
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setUniformRowHeights(False)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setIndentation(self.indentation() // 2)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.KIND, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.REFERENCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.DEADLINE, QHeaderView.ResizeMode.ResizeToContents)
        # Fitting a column measures its first 1,000 rows by default, on every show and hide of the page:
        # with thousands of overdue items that made switching views slow. The first rows tell enough.
        header.setResizeContentsPrecision(RESIZE_PRECISION)
        self.setAccessibleName(QCoreApplication.translate("Today", "Agenda"))
        self.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid() and not index.data(Role.IS_HEADING):
            ref = index.siblingAtColumn(Column.REFERENCE).data()
            if ref:
                self.item_activated.emit(index.data(Role.KIND), ref)

    def _after_reset(self) -> None:
        root = QModelIndex()
        for row in range(self.agenda_model.rowCount()):
            self.setFirstColumnSpanned(row, root, True)
        self.expandAll()
        self.fit_first_column()

    def fit_first_column(self) -> None:
        """The What column fits its items; the day headings span the whole row and must not widen it."""
        model = self.agenda_model
        metrics = self.fontMetrics()
        icon = self.iconSize().width()
        if icon <= 0:
            icon = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        widest = metrics.horizontalAdvance(model.headerData(Column.KIND, Qt.Orientation.Horizontal) or "")
        for row in range(model.rowCount()):
            parent = model.index(row, 0)
            for child in range(model.rowCount(parent)):
                text = model.index(child, Column.KIND, parent).data() or ""
                widest = max(widest, metrics.horizontalAdvance(text) + icon + 8)
        self.header().resizeSection(Column.KIND, widest + self.indentation() + 24)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(QCoreApplication.translate("Today", "Agenda"))
            self.agenda_model.retranslate()
            self.fit_first_column()
        super().changeEvent(event)
