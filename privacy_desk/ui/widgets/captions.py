"""A grid of captioned cells at the top of an item's page (a ticket's fields, a case's facts): each
caption said once where its cell is made, the buddy of the widget its mnemonic focuses, and set again
in the current language by `retranslate()`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLayout, QWidget

translate = QCoreApplication.translate
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


class CaptionGrid(QGridLayout):
    """`add(text, field, row, column)` puts a caption showing `text` (an English source text in
    `context`) at `column` and `field` (a widget or a layout) right of it. With `top`, captions and fields
    keep to the top of their row (values of several lines)."""

    def __init__(self, context: str, parent: QWidget, *, top: bool = False) -> None:
        super().__init__()
        self.context = context
        self._parent = parent
        self._top = top
        self._captions: list[tuple[QLabel, str]] = []

    def add(
        self, text: str, field: QWidget | QLayout, row: int, column: int, *, buddy: QWidget | None = None
    ) -> QLabel:
        """The caption; its mnemonic focuses `buddy`, or `field` when that is a widget."""
        caption = QLabel(self._parent)
        caption.setText(translate(self.context, text))
        if self._top:
            caption.setAlignment(TOP_LEFT)
        self.addWidget(caption, row, column)
        alignment = Qt.AlignmentFlag.AlignTop if self._top else Qt.AlignmentFlag(0)
        if isinstance(field, QWidget):
            self.addWidget(field, row, column + 1, alignment)
            buddy = buddy or field
        else:
            self.addLayout(field, row, column + 1, alignment)
        if buddy is not None:
            caption.setBuddy(buddy)
        self._captions.append((caption, text))
        return caption

    def retranslate(self) -> None:
        for caption, text in self._captions:
            caption.setText(translate(self.context, text))


__all__ = ["CaptionGrid"]
