"""The deadline calculator's table of answers: one row per deadline, with what it is, the date, whether
it is statutory, a guideline or the office's policy, and its basis (the statute or setting)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QLabel, QWidget


@dataclass
class ResultRow:
    """One line of answers: what it is, the answer, its kind (statutory / guideline / policy), the basis."""

    what: QLabel
    value: QLabel
    kind: QLabel
    basis: QLabel

    def widgets(self) -> tuple[QLabel, QLabel, QLabel, QLabel]:
        return self.what, self.value, self.kind, self.basis

    def set_visible(self, visible: bool) -> None:
        for widget in self.widgets():
            widget.setVisible(visible)

    def plain_text(self) -> str:
        value = self.value.text().replace("\n", " / ")
        return "\t".join((self.what.text(), value, self.kind.text(), self.basis.text()))


class ResultsTable(QGroupBox):
    def __init__(self, parent: QWidget, count: int) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(3, 1)
        self.grid.setColumnMinimumWidth(0, 190)
        self.grid.setColumnMinimumWidth(1, 210)
        self.headers = [QLabel(self) for _ in range(4)]
        for column, header in enumerate(self.headers):
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.grid.addWidget(header, 0, column)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.grid.addWidget(line, 1, 0, 1, 4)
        self.rows: list[ResultRow] = []
        for index in range(count):
            row = ResultRow(QLabel(self), QLabel(self), QLabel(self), QLabel(self))
            value_font = QFont(row.value.font())
            if value_font.pointSizeF() > 0:  # a pixel-sized font has no point size to scale
                value_font.setPointSizeF(value_font.pointSizeF() * 1.1)
            value_font.setBold(True)
            row.value.setFont(value_font)
            for column, label in enumerate(row.widgets()):
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                label.setWordWrap(column in (0, 3))
                self.grid.addWidget(label, index + 2, column)
            self.rows.append(row)
        self.grid.setRowStretch(count + 2, 1)

    def set_headers(self, what: str, value: str, kind: str, basis: str) -> None:
        for header, text in zip(self.headers, (what, value, kind, basis), strict=True):
            header.setText(text)
