"""How a list page's columns and splitter are sized (docs/ARCHITECTURE.md §10): the columns fit what the
rows say with the subject or name taking the rest, the widths follow the list's width until the user sizes
a column, and the user's layout is saved in the window's settings and restored (or given up when it no
longer fits). Mixed into `ListPage`, which gives `table`, `model`, `splitter` and `DATE_COLUMNS`."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView

from privacy_desk.ui.widgets.lists import ResizeWatch

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from privacy_desk.ui.widgets.lists import OpenableTable
    from privacy_desk.ui.widgets.paged_model import PagedTableModel

MIN_COLUMN = 60


class ListLayout:
    DATE_COLUMNS: ClassVar[tuple[int, ...]]
    STRETCH_SHARE: ClassVar[float] = 0.3  # of the list's width, at least, for the stretching column
    WHOLE_COLUMNS: ClassVar[tuple[int, ...]] = ()  # up to twice their ListColumn width where there is room
    table: OpenableTable
    model: PagedTableModel
    splitter: QSplitter
    _fitting = False
    user_sized = False  # the user sized a column, or a saved layout was restored
    _restored_default: QByteArray | None = None  # until a restored layout was checked against the width
    stretch_column = 0

    if TYPE_CHECKING:  # given by the QWidget it is mixed into

        def objectName(self) -> str: ...  # noqa: N802 - Qt's name

    def size_columns(self, stretch: int) -> QHeaderView:
        """Columns the user can resize, each as wide at first as its `ListColumn` says; column `stretch`
        (the subject, the name) takes the width the others leave. Once rows arrive the others fit their
        content (`fit_columns`) until the user sizes one or a saved layout is restored."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(MIN_COLUMN)
        header.setStretchLastSection(False)
        self.stretch_column = stretch
        for column, spec in enumerate(self.model.COLUMNS):
            if spec.width is not None:
                header.resizeSection(column, spec.width)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._section_resized)
        ResizeWatch(self.table).resized.connect(self._table_resized)
        return header

    def fit_columns(self) -> None:
        """Each column but the stretching one as wide as its header and the rows read so far say, up to
        its `ListColumn` width (twice in WHOLE_COLUMNS; a longer text is elided, its tooltip whole). When
        they would leave the stretching column less than STRETCH_SHARE of the list, the reference and the
        dates keep their width and the others shrink alike (never below MIN_COLUMN); then the cells say
        less, a level at a time, while they can (the model's `compact`: the Inbox's received time goes,
        then "(overdue)"; the dates stay whole) and the columns fit again."""
        for level in range(self.model.COMPACT_LEVELS + 1):
            self.model.set_compact(level)
            self._fit()
            if not self._stretch_squeezed():
                return

    def _stretch_squeezed(self) -> bool:
        header = self.table.horizontalHeader()
        width = self.table.width() - self.table.verticalScrollBar().sizeHint().width()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self.stretch_column and not header.isSectionHidden(column)
        )
        return width - others < self.STRETCH_SHARE * width

    def _fit(self) -> None:
        header = self.table.horizontalHeader()
        wanted = {}
        for column, spec in enumerate(self.model.COLUMNS):
            if column == self.stretch_column or header.isSectionHidden(column):
                continue
            content = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            whole = column == 0 or column in self.DATE_COLUMNS  # the reference and dates whole
            grows = 2 if column in self.WHOLE_COLUMNS else 1  # a longer text is elided
            cap = content if whole else grows * (spec.width or content)
            wanted[column] = max(MIN_COLUMN, min(content, cap))
        # the table's own width: on its resize the viewport has not followed yet
        width = self.table.width() - self.table.verticalScrollBar().sizeHint().width()
        room = int(width * (1 - self.STRETCH_SHARE))
        fixed = {c: w for c, w in wanted.items() if c == 0 or c in self.DATE_COLUMNS}
        soft = {c: w for c, w in wanted.items() if c not in fixed}
        left = room - sum(fixed.values())
        scale = min(1.0, max(left, 0) / sum(soft.values())) if soft else 1.0
        self._fitting = True
        try:
            for column, width in {**fixed, **soft}.items():
                header.resizeSection(
                    column, width if column in fixed else max(MIN_COLUMN, int(width * scale))
                )
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != self.stretch_column and self.table.isVisible():
            self.user_sized = True  # the user's widths stay (and are saved)

    def _table_resized(self) -> None:
        if self._restored_default is not None and self.table.isVisible():
            self._check_restored()
        if not self.user_sized and self.model.rows:
            self.fit_columns()

    def save_layout(self, settings: QSettings) -> None:
        """The splitter's sizes and the columns' widths, order and sort, under the view's name."""
        key = self.objectName()
        settings.setValue(f"{key}/splitter", self.splitter.saveState())
        settings.setValue(f"{key}/columns", self.table.horizontalHeader().saveState())
        settings.setValue(f"{key}/user_sized", self.user_sized)

    def restore_layout(self, settings: QSettings) -> None:
        """What `save_layout` kept; a saved state that no longer fits (other columns, or columns wider
        than the list can show) gives way to the default layout."""
        key = self.objectName()
        splitter, columns = settings.value(f"{key}/splitter"), settings.value(f"{key}/columns")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        header = self.table.horizontalHeader()
        if not isinstance(columns, QByteArray) or settings.value(f"{key}/user_sized") not in (True, "true"):
            return
        default = header.saveState()
        if not header.restoreState(columns) or header.count() != len(self.model.COLUMNS):
            header.restoreState(default)
            return
        header.setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)
        self.user_sized = True
        self._restored_default = default  # until the list is first laid out and the widths checked

    def _check_restored(self) -> None:
        """Saved on a wider screen: the default layout fits this one (checked once the list has its
        width, which it has not when the view is made)."""
        default, self._restored_default = self._restored_default, None
        header = self.table.horizontalHeader()
        shown = [header.sectionSize(c) for c in range(header.count()) if c != self.stretch_column]
        if default is not None and sum(shown) > self.table.width() - MIN_COLUMN:
            header.restoreState(default)
            header.setSectionResizeMode(self.stretch_column, QHeaderView.ResizeMode.Stretch)
            self.user_sized = False
