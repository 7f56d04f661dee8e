"""Help › About Privacy Desk: what is running, where its data and logs are (what support asks first)."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk import __version__, paths
from privacy_desk.ui.icons import app_icon
from privacy_desk.ui.widgets.plain_text import plain_label

translate = QCoreApplication.translate


class AboutDialog(QDialog):
    def __init__(self, database_location: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database_location = database_location
        self.log_folder = str(paths.log_dir())

        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name = QLabel(self)
        name_font = QFont(self.name.font())
        name_font.setPointSizeF(name_font.pointSizeF() * 1.6)
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.tagline = QLabel(self)
        self.tagline.setWordWrap(True)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values = {
            "version": __version__,
            "database": database_location,
            "logs": self.log_folder,
            "qt": translate("About", "Qt {qt}, PySide6 {pyside}, Python {python}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version()
            ),
        }
        self.labels: dict[str, QLabel] = {}
        for key, value in self.values.items():
            label, field = QLabel(self), plain_label(self, wrap=True, selectable=True)  # e.g. a folder's name
            field.setText(value)
            field.setMinimumWidth(360)
            self.labels[key] = label
            self.form.addRow(label, field)
        self.licence = QLabel(self)
        self.licence.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self)
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)

        text = QVBoxLayout()
        text.setSpacing(8)
        text.addWidget(self.name)
        text.addWidget(self.tagline)
        text.addSpacing(6)
        text.addLayout(self.form)
        text.addSpacing(6)
        text.addWidget(self.licence)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 14)
        layout.addLayout(body)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.retranslate()

    def details_text(self) -> str:
        """Everything in the box as plain text, for a support e-mail."""
        lines = [f"{self.name.text()} {__version__}"]
        lines += [
            f"{self.labels[key].text()} {value}" for key, value in self.values.items() if key != "version"
        ]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())

    def retranslate(self) -> None:
        self.setWindowTitle(translate("About", "About Privacy Desk"))
        self.name.setText(translate("MainWindow", "Privacy Desk"))
        self.tagline.setText(
            translate(
                "About", "Inquiries, data-subject requests, retention and breach deadlines under the APPI."
            )
        )
        titles = {
            "version": translate("About", "Version:"),
            "database": translate("About", "Database:"),
            "logs": translate("About", "Log folder:"),
            "qt": translate("About", "Built with:"),
        }
        for key, title in titles.items():
            self.labels[key].setText(title)
        self.licence.setText(translate("About", "Free software under the MIT licence."))
        self.copy_button.setText(translate("About", "&Copy Details"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
