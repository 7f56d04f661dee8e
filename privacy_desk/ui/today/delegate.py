"""Paints the Today page's day headings as bands (tinted red when overdue) and gives rows air."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from privacy_desk.ui.today.model import Role

HEADING_TOP_GAP = 10  # space above every heading but the first
HEADING_PADDING = 6
ITEM_PADDING = 4
CELL_PADDING = 14  # horizontal air, so bold text in a fitted column is never clipped


def _band_colour(palette: QPalette, overdue: bool) -> QColor:
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    if overdue:
        return QColor("#4a2624") if dark else QColor("#fbe9e7")
    return base.lighter(135) if dark else QColor("#edf3fa")


class AgendaDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        if index.data(Role.IS_HEADING):
            gap = HEADING_TOP_GAP if index.row() > 0 else 0
            return QSize(size.width(), size.height() + 2 * HEADING_PADDING + gap)
        return QSize(size.width() + CELL_PADDING, size.height() + 2 * ITEM_PADDING)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if not index.data(Role.IS_HEADING):
            super().paint(painter, option, index)
            return
        gap = HEADING_TOP_GAP if index.row() > 0 else 0
        band = QRect(option.rect.adjusted(0, gap, 0, 0))
        painter.save()
        painter.fillRect(band, _band_colour(option.palette, bool(index.data(Role.OVERDUE))))
        painter.restore()
        inner = QStyleOptionViewItem(option)
        inner.rect = band.adjusted(6, 0, 0, 0)
        inner.state &= ~QStyle.StateFlag.State_Selected  # a heading is a label, not a choice
        inner.showDecorationSelected = False
        super().paint(painter, inner, index)
