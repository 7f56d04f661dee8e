"""What the main window shows instead of its views while the database cannot be used: why, where,
and the two ways forward (Settings, for an administrator to correct the address, and Try Again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import QT_TRANSLATE_NOOP, PrivacyDeskError
from privacy_desk.ui.widgets import FollowsLanguage, translated_error
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.plain_text import plain_label

translate = QCoreApplication.translate


class DatabasePanel(FollowsLanguage):
    settings_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databasePanel")
        self._error: BaseException | None = None
        self._location = ""
        self.opening = False

        card = QFrame(self)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(640)
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.icon = QLabel(card)
        self.icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48)
        )
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel(card)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.35)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.reason = plain_label(card, wrap=True, selectable=True)  # the error may quote the server
        self.location = plain_label(card, wrap=True, selectable=True)
        self.hint = QLabel(card)
        self.hint.setWordWrap(True)
        self.buttons = ButtonRow("DatabasePanel", card)
        self.buttons.addStretch(1)
        self.retry_button = self.buttons.add(
            QT_TRANSLATE_NOOP("DatabasePanel", "&Try Again"), self.retry_requested.emit
        )
        self.settings_button = self.buttons.add(
            QT_TRANSLATE_NOOP("DatabasePanel", "Open &Settings…"), self.settings_requested.emit
        )
        self.settings_button.setDefault(True)
        text = QVBoxLayout()
        text.setSpacing(10)
        text.addWidget(self.heading)
        text.addWidget(self.reason)
        text.addWidget(self.location)
        text.addWidget(self.hint)
        text.addSpacing(8)
        text.addLayout(self.buttons)
        inside = QHBoxLayout(card)
        inside.setContentsMargins(24, 22, 24, 20)
        inside.setSpacing(18)
        inside.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        inside.addLayout(text, 1)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setFocusProxy(self.settings_button)
        self.retranslate()

    def show_failure(self, error: BaseException, location: str) -> None:
        self._error, self._location, self.opening = error, location, False
        self.retranslate()

    def show_opening(self, location: str) -> None:
        self._location, self.opening = location, True
        self.retranslate()

    def reason_text(self) -> str:
        error = self._error
        if error is None:
            return ""
        if isinstance(error, PrivacyDeskError):
            return translated_error(error)
        return translate("DatabasePanel", "Unexpected error: {error}").format(
            error=f"{type(error).__name__}: {error}"
        )

    def retranslate(self) -> None:
        if self.opening:
            self.heading.setText(translate("DatabasePanel", "Opening the database…"))
            self.reason.setText("")
        else:
            self.heading.setText(translate("DatabasePanel", "The database could not be opened"))
            self.reason.setText(self.reason_text())
        self.reason.setVisible(bool(self.reason.text()))
        self.location.setText(
            translate("DatabasePanel", "Database: {location}").format(location=self._location)
        )
        self.hint.setText(
            translate(
                "DatabasePanel",
                "If the database server is down, try again later. If the address is wrong, an administrator "
                "can correct it in Settings; Privacy Desk then connects again.",
            )
        )
        self.buttons.retranslate()
        self.settings_button.setEnabled(not self.opening)
        self.retry_button.setEnabled(not self.opening)
