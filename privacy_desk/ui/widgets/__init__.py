"""Small widgets shared by the views and dialogs, and the helpers they use to follow the UI language."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from privacy_desk.errors import PrivacyDeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

# The Today page imports this module before the first paint (FollowsLanguage), so Qt, QStyle and
# QSizePolicy are imported where they are used: PySide6 makes all of a class's enum types when the class
# is first imported (the Qt namespace has 93 of them), which start-up need not pay for.


def current_language() -> str:
    """The UI language, as the app's translator switch set it (`Translators.switch` sets the default
    QLocale before Qt sends LanguageChange): "ja" or "en"."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


def translated_error(error: PrivacyDeskError) -> str:
    """An error's message in the user's language."""
    return error.translated(QCoreApplication.translate)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def error_color(palette: QPalette) -> QColor:
    """A red that stays readable (contrast ≥ 4.5:1) on the palette's window colour."""
    return QColor("#ff8a80") if _is_dark(palette) else QColor("#b3261e")


def due_soon_color(palette: QPalette) -> QColor:
    """An amber that stays readable on the palette's window colour (a deadline due soon)."""
    return QColor("#ffcc80") if _is_dark(palette) else QColor("#8a4b00")


def success_color(palette: QPalette) -> QColor:
    return QColor("#81c995") if _is_dark(palette) else QColor("#1e6b35")


class FollowsLanguage(QWidget):
    """A widget that sets its texts again (`retranslate`) when the UI language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MessageKind(Enum):
    HINT = "hint"
    INFO = "info"
    SUCCESS = "success"
    ERROR = "error"


def _icon(kind: MessageKind) -> QStyle.StandardPixmap | None:
    """The icon beside a message of this kind (a hint has none)."""
    from PySide6.QtWidgets import QStyle

    return {
        MessageKind.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
        MessageKind.SUCCESS: QStyle.StandardPixmap.SP_DialogApplyButton,
        MessageKind.ERROR: QStyle.StandardPixmap.SP_MessageBoxWarning,
    }.get(kind)


class InlineMessage(QWidget):
    """A one-line (wrapping) message under a field or above a dialog's buttons.

    Errors carry a warning icon as well as red text, so they are not told by colour alone; the text is
    also the widget's accessible description, which screen readers announce with the field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QSizePolicy

        super().__init__(parent)
        self.kind = MessageKind.HINT
        self.icon = QLabel(self)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.clear()

    def text(self) -> str:
        return self.label.text()

    def clear(self) -> None:
        self.show_message("", MessageKind.HINT)

    def show_message(self, text: str, kind: MessageKind = MessageKind.INFO) -> None:
        self.kind = kind
        self.label.setText(text)
        self.setAccessibleDescription(text)
        pixmap = _icon(kind)
        if pixmap is None or not text:
            self.icon.clear()
            self.icon.hide()
        else:
            from PySide6.QtWidgets import QStyle

            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
            self.icon.setPixmap(self.style().standardIcon(pixmap, None, self).pixmap(size, size))
            self.icon.show()
        self._apply_colour()
        self.setVisible(bool(text))

    def show_error(self, text: str) -> None:
        self.show_message(text, MessageKind.ERROR)

    def _apply_colour(self) -> None:
        palette = self.label.palette()
        parent = self.parentWidget()
        parent_palette = parent.palette() if parent is not None else self.palette()
        if self.kind is MessageKind.ERROR:
            colour = error_color(parent_palette)
        elif self.kind is MessageKind.SUCCESS:
            colour = success_color(parent_palette)
        elif self.kind is MessageKind.HINT:
            colour = parent_palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        else:
            colour = parent_palette.color(QPalette.ColorRole.WindowText)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.label.setPalette(palette)
