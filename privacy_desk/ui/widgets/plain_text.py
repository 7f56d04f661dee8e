"""Showing text that came from outside — a mail, a file, a requester, another desk's user — as text.

Qt renders a label, a tooltip or a message box as rich text whenever `Qt::mightBeRichText` finds a known
tag in its first line. A subject like `<img src="…">` then makes Qt read the file it names (on Windows a
UNC path reaches another host) each time it is painted. So a label that shows such text is set to plain
text, a tooltip that would be taken for markup is escaped, and message boxes show plain text.
"""

from __future__ import annotations

import html
from typing import overload

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def make_plain(label: QLabel) -> QLabel:
    """`label` shows its text as it is from now on, whatever it holds."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def plain_label(parent: QWidget | None = None, *, wrap: bool = False, selectable: bool = False) -> QLabel:
    """A label that shows its text as it is, whatever it holds."""
    label = make_plain(QLabel(parent))
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


@overload
def safe_tooltip(text: str) -> str: ...
@overload
def safe_tooltip(text: None) -> None: ...
def safe_tooltip(text: str | None) -> str | None:
    """`text` as a tooltip shows it: unchanged when Qt would take it for plain text; otherwise escaped
    and wrapped as rich text that keeps its line breaks and spaces."""
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"


def yes_no_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A question with Yes and No, its text shown as plain text (not shown yet)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return box


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask and wait for the answer (what QMessageBox.question does, with the text as plain text)."""
    return yes_no_box(parent, title, text).exec() == QMessageBox.StandardButton.Yes
