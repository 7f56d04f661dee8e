"""A row of push buttons on a page (the ticket's actions, a case's file buttons), each said once where it is
made: its text and tooltip, what it does, and its place in the row.

The buttons of a page are no dialog's default: Enter in a field beside them does not press one
(`setAutoDefault(False)`). Their texts are English source texts in the page's translation context, set
again by `retranslate()` when the language changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

translate = QCoreApplication.translate


class ButtonRow(QBoxLayout):
    """The buttons side by side, or one above the other (`vertical`)."""

    def __init__(self, context: str, parent: QWidget, *, vertical: bool = False) -> None:
        direction = QBoxLayout.Direction.TopToBottom if vertical else QBoxLayout.Direction.LeftToRight
        super().__init__(direction)
        self.context = context
        self._parent = parent
        self._texts: list[tuple[QPushButton, str, str | None]] = []

    def add(
        self, text: str, clicked: Callable[[], object] | None = None, *, tip: str | None = None
    ) -> QPushButton:
        """A button showing `text` (with `tip` as its tooltip) that calls `clicked` when pressed (or is
        connected by the page later)."""
        button = QPushButton(self._parent)
        button.setAutoDefault(False)
        if clicked is not None:
            button.clicked.connect(lambda _checked=False: clicked())
        self.addWidget(button)
        self._texts.append((button, text, tip))
        self._label(button, text, tip)
        return button

    def _label(self, button: QPushButton, text: str, tip: str | None) -> None:
        button.setText(translate(self.context, text))
        if tip is not None:
            button.setToolTip(translate(self.context, tip))

    def retranslate(self) -> None:
        for button, text, tip in self._texts:
            self._label(button, text, tip)


__all__ = ["ButtonRow"]
