"""How a list page's columns and splitter are sized (docs/ARCHITECTURE.md §10): the columns fit what the
rows say with the subject or name taking the rest (where the list is too narrow, in a stated order of
giving way: `ListLayout._fit`), the widths follow the list's width until the user sizes
a column, and the user's layout is saved in the window's settings and restored (or given up when it no
longer fits). Mixed into `ListPage`, which gives `table`, `model`, `splitter` and `DATE_COLUMNS`."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QStyle

from privacy_desk.ui.widgets.lists import ResizeWatch

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from privacy_desk.ui.widgets.lists import OpenableTable
    from privacy_desk.ui.widgets.paged_model import PagedTableModel

MIN_COLUMN = 60


class ListLayout:
    DATE_COLUMNS: ClassVar[tuple[int, ...]]
    STRETCH_SHARE: ClassVar[float] = 0.3  # of the list's width, at least, for the stretching column
    WHOLE_COLUMNS: ClassVar[tuple[int, ...]] = ()  # give way after the other columns (`_fit`)
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
        """Every column as wide as its header and the rows read so far say (`_fit`), the stretching one
        taking the rest. Where the list has no room for that, the cells say less, a level at a time,
        while they can (the model's `compact`: the Inbox's received time goes, then "(overdue)", then the
        short labels; the tooltips stay whole) and the columns fit again; at the last level `_fit`'s
        order of giving way decides."""
        for level in range(self.model.COMPACT_LEVELS + 1):
            self.model.set_compact(level)
            if self._fit():
                return

    def _list_width(self) -> int:
        # the table's own width: on its resize the viewport has not followed yet
        return self.table.width() - self.table.verticalScrollBar().sizeHint().width()

    def _fit(self) -> bool:
        """Size the columns; True when every cell and header is whole and the stretching column, unless
        its content is narrower, is the widest. The order in which the columns
        give way where the width is short: the stretching column (subject, name) keeps STRETCH_SHARE of
        the list (or its content, if less); the reference and the dates never; the WHOLE_COLUMNS after
        the others; the others alike from the widest down (each keeps the lesser of its content and a
        common level, so no column is cut while another has room beyond its content), and never below
        their header."""
        header = self.table.horizontalHeader()
        content, floor = {}, {}
        for column in range(header.count()):
            if header.isSectionHidden(column):
                continue
            heading = self._heading_width(column)
            content[column] = max(MIN_COLUMN, self.table.sizeHintForColumn(column), heading)
            floor[column] = max(MIN_COLUMN, heading)
        stretch = content.pop(self.stretch_column, 0)
        width = self._list_width()
        room = width - min(stretch, int(self.STRETCH_SHARE * width))
        whole = [c for c in content if c == 0 or c in self.DATE_COLUMNS]
        late = [c for c in content if c in self.WHOLE_COLUMNS and c not in whole]
        soft = [c for c in content if c not in whole and c not in late]
        left = room - sum(content[c] for c in whole)
        sizes = {c: content[c] for c in whole}
        soft_floor = sum(floor[c] for c in soft)
        if sum(content[c] for c in late) + soft_floor <= left:  # the later ones keep their content
            sizes.update({c: content[c] for c in late})
            rest = left - sum(content[c] for c in late)
            sizes.update(_level_fill({c: content[c] for c in soft}, floor, rest))
        else:
            sizes.update(_level_fill({c: content[c] for c in (*late, *soft)}, floor, left))
        self._fitting = True
        try:
            for column, size in sizes.items():
                header.resizeSection(column, size)
        finally:
            self._fitting = False
        rest = width - sum(sizes.values())  # what the stretching column gets
        return all(sizes[c] >= content[c] for c in sizes) and rest >= min(
            stretch, max(sizes.values(), default=0)
        )

    def _heading_width(self, column: int) -> int:
        """The header's width, whole: Qt's hint keeps room for the sort arrow in every header (sorted or
        not); a column the list cannot be sorted by never shows one, so it does without."""
        header = self.table.horizontalHeader()
        hint = header.sectionSizeHint(column)
        if self.model.sort_of(column) is not None or not header.isSortIndicatorShown():
            return hint
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        return min(hint, header.fontMetrics().horizontalAdvance(text) + 4 * margin)

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


def _level_fill(wanted: dict[int, int], floor: dict[int, int], room: int) -> dict[int, int]:
    """Each column the lesser of what it wants and a common level (but never below its floor), the
    highest level whose widths fit `room`: the widest give way first, the narrow ones stay whole."""
    if sum(wanted.values()) <= room:
        return dict(wanted)

    def sizes(level: int) -> dict[int, int]:
        return {c: max(floor[c], min(w, level)) for c, w in wanted.items()}

    low, high = 0, max(wanted.values(), default=0)
    while low < high:  # the highest level that fits (the floors alone may not: then level 0)
        middle = (low + high + 1) // 2
        if sum(sizes(middle).values()) <= room:
            low = middle
        else:
            high = middle - 1
    return sizes(low)
