"""Settings › Sending Mail: the office's SMTP server and the desk's address and name (office settings,
shared by every desk), this computer's password for it (the keychain only) and "Send Test Mail…",
which tries the settings as typed, before they are saved (docs/ARCHITECTURE.md §11).

Administrators change the office's settings; anyone at the desk may keep the password on their own
computer, and send a test mail. The Inbox registers the page (its ViewSpec's `settings_pages`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.config import (
    SMTP_FROM_ADDRESS,
    SMTP_FROM_NAME,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    OfficeSetting,
    setting_int,
)
from privacy_desk.domain.reply_templates import DESK_NAME
from privacy_desk.mail.smtp import SmtpSecurity, SmtpSettings
from privacy_desk.ui.dialogs.settings_pages import OfficePage, set_spin_editable, stored
from privacy_desk.ui.widgets import InlineMessage, MessageKind, current_language
from privacy_desk.ui.widgets.forms import error_text

translate = QCoreApplication.translate


def sending(services, options: dict):
    """The sending service on these services (on the worker, where its modules load)."""
    from privacy_desk.services.tickets.sending import open_sending

    return open_sending(services, **options)


class SendingPage(OfficePage):
    key = "sending"
    tab_alias = "sending_tab"
    owns = (SMTP_HOST, SMTP_PORT, SMTP_SECURITY, SMTP_USER, SMTP_FROM_ADDRESS, SMTP_FROM_NAME)

    def __init__(self, parent: QWidget | None = None, *, work: Any = None) -> None:
        super().__init__(parent)
        self._work = work if work is not None else getattr(parent, "work", None)
        self._result: tuple[str, MessageKind, str] | None = None  # (text, kind, the server's words)
        self.ask_address: Callable[[], str | None] = self._ask_address  # tests answer for the user
        self._build_server_group()
        self._build_sender_group()
        self._build_password_group()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.server_group)
        layout.addWidget(self.sender_group)
        layout.addWidget(self.password_group)
        layout.addStretch(1)
        self.office_widgets = [self.server_group, self.sender_group, self.password_group]

    def _row(self, form: QFormLayout, field: QWidget) -> QLabel:
        label = QLabel(self)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def _build_server_group(self) -> None:
        self.server_group = QGroupBox(self)
        form = QFormLayout(self.server_group)
        self.smtp_host_edit = QLineEdit(self.server_group)
        self.smtp_host_edit.setPlaceholderText("smtp.example.jp")
        self.smtp_host_label = self._row(form, self.smtp_host_edit)
        self.smtp_security_combo = QComboBox(self.server_group)
        for security in SmtpSecurity:
            self.smtp_security_combo.addItem("", security.value)
        self.smtp_security_combo.activated.connect(self._security_chosen)
        self.smtp_security_label = self._row(form, self.smtp_security_combo)
        self.smtp_port_spin = QSpinBox(self.server_group)
        self.smtp_port_spin.setRange(1, 65535)
        self.smtp_port_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.smtp_port_label = self._row(form, self.smtp_port_spin)
        self.smtp_user_edit = QLineEdit(self.server_group)
        self.smtp_user_label = self._row(form, self.smtp_user_edit)

    def _build_sender_group(self) -> None:
        self.sender_group = QGroupBox(self)
        form = QFormLayout(self.sender_group)
        self.from_address_edit = QLineEdit(self.sender_group)
        self.from_address_edit.setPlaceholderText("info@example.jp")
        self.from_address_label = self._row(form, self.from_address_edit)
        self.from_name_edit = QLineEdit(self.sender_group)
        self.from_name_label = self._row(form, self.from_name_edit)

    def _build_password_group(self) -> None:
        self.password_group = QGroupBox(self)
        grid = QVBoxLayout(self.password_group)
        self.password_note = QLabel(self.password_group)
        self.password_note.setWordWrap(True)
        form = QFormLayout()
        self.smtp_password_edit = QLineEdit(self.password_group)
        self.smtp_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.store_password_button = QPushButton(self.password_group)
        self.store_password_button.setAutoDefault(False)
        self.store_password_button.clicked.connect(self.store_password)
        row = QHBoxLayout()
        row.addWidget(self.smtp_password_edit, 1)
        row.addWidget(self.store_password_button)
        self.smtp_password_label = QLabel(self.password_group)
        self.smtp_password_label.setBuddy(self.smtp_password_edit)
        form.addRow(self.smtp_password_label, row)
        self.test_button = QPushButton(self.password_group)
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.send_test_mail)
        tests = QHBoxLayout()
        tests.addWidget(self.test_button)
        tests.addStretch(1)
        self.test_result = InlineMessage(self.password_group)
        self.test_details_button = QPushButton(self.password_group)
        self.test_details_button.setCheckable(True)
        self.test_details_button.setAutoDefault(False)
        self.test_details = QPlainTextEdit(self.password_group)
        self.test_details.setReadOnly(True)
        self.test_details.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.test_details_button.toggled.connect(self.test_details.setVisible)
        tests.addWidget(self.test_details_button)
        grid.addWidget(self.password_note)
        grid.addLayout(form)
        grid.addLayout(tests)
        grid.addWidget(self.test_result)
        grid.addWidget(self.test_details)
        self._show_result(None)

    # -- values ------------------------------------------------------------------------------------

    def tab_text(self) -> str:
        return translate("SettingsDialog", "Sending &Mail")

    def load(self, values: Mapping[str, object]) -> None:
        self.smtp_host_edit.setText(str(stored(values, SMTP_HOST) or ""))
        self.smtp_port_spin.setValue(setting_int(stored(values, SMTP_PORT)))
        index = self.smtp_security_combo.findData(str(stored(values, SMTP_SECURITY)))
        self.smtp_security_combo.setCurrentIndex(max(0, index))
        self.smtp_user_edit.setText(str(stored(values, SMTP_USER) or ""))
        self.from_address_edit.setText(str(stored(values, SMTP_FROM_ADDRESS) or ""))
        self.from_name_edit.setText(str(stored(values, SMTP_FROM_NAME) or ""))

    def apply_access(self, available: bool, editable: bool) -> None:
        super().apply_access(available, editable)
        for edit in (self.smtp_host_edit, self.smtp_user_edit, self.from_address_edit, self.from_name_edit):
            edit.setReadOnly(not editable)
        self.smtp_security_combo.setEnabled(editable)
        self.test_button.setEnabled(editable)  # the service refuses the test to who may not change these
        set_spin_editable(self.smtp_port_spin, editable)

    def wanted(self) -> dict[OfficeSetting, object]:
        return {
            SMTP_HOST: self.smtp_host_edit.text().strip(),
            SMTP_PORT: self.smtp_port_spin.value(),
            SMTP_SECURITY: self.smtp_security_combo.currentData(),
            SMTP_USER: self.smtp_user_edit.text().strip(),
            SMTP_FROM_ADDRESS: self.from_address_edit.text().strip(),
            SMTP_FROM_NAME: self.from_name_edit.text().strip(),  # a line break is refused, not hidden
        }

    def typed_settings(self) -> SmtpSettings | None:
        """The settings as the page holds them (maybe not saved yet), or None after saying what is
        missing."""
        host, address = self.smtp_host_edit.text().strip(), self.from_address_edit.text().strip()
        if not host or not address:
            self._show_result(
                (
                    translate("SettingsDialog", "Enter the sending server and the desk's address first."),
                    MessageKind.ERROR,
                    "",
                )
            )
            (self.smtp_host_edit if not host else self.from_address_edit).setFocus()
            return None
        return SmtpSettings(
            host,
            self.smtp_port_spin.value(),
            SmtpSecurity(self.smtp_security_combo.currentData()),
            self.smtp_user_edit.text().strip(),
            address,
        )

    def _security_chosen(self, index: int) -> None:
        """The usual port of the security chosen (the user may still type another)."""
        self.smtp_port_spin.setValue(SmtpSecurity(self.smtp_security_combo.itemData(index)).default_port)

    # -- the password and the test mail -------------------------------------------------------------

    def _options(self) -> dict:
        return self._work.context.extra.get("sending_options", {}) if self._work is not None else {}

    def store_password(self) -> None:
        settings = self.typed_settings()
        if settings is None or self._work is None:
            return
        password, options = self.smtp_password_edit.text(), self._options()

        def stored_it(_result: object) -> None:
            self.smtp_password_edit.clear()
            text = (
                translate("SettingsDialog", "The password for {user} is stored in this computer's keychain.")
                if password
                else translate("SettingsDialog", "The password for {user} is removed from this computer.")
            )
            self._show_result((text.format(user=settings.label), MessageKind.SUCCESS, ""))

        self._work.query(
            lambda services: sending(services, options).store_password(settings, password)
        ).success(stored_it).failure(self._failed).run(self)

    def _ask_address(self) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            translate("SettingsDialog", "Send Test Mail"),
            translate("SettingsDialog", "Send a test mail to this address:"),
        )
        return text.strip() if ok and text.strip() else None

    def send_test_mail(self) -> None:
        settings = self.typed_settings()
        if settings is None or self._work is None:
            return
        to = self.ask_address()
        if not to:
            return
        password = self.smtp_password_edit.text() or None  # typed: tried before it is stored
        language, options = current_language(), self._options()
        self._show_result(
            (translate("SettingsDialog", "Sending a test mail to {to}…").format(to=to), MessageKind.INFO, "")
        )
        self.test_button.setEnabled(False)

        def sent(report) -> None:
            text = translate("SettingsDialog", "The test mail was accepted for {to}. Check that it arrives.")
            self._show_result((text.format(to=", ".join(report.accepted)), MessageKind.SUCCESS, ""))

        self._work.query(
            lambda services: sending(services, options).send_test_mail(to, language, settings, password)
        ).always(lambda: self.test_button.setEnabled(True)).success(sent).failure(self._failed).run(self)

    def _failed(self, error: BaseException) -> None:
        self._show_result((error_text(error), MessageKind.ERROR, str(getattr(error, "detail", "") or "")))

    def _show_result(self, result: tuple[str, MessageKind, str] | None) -> None:
        self._result = result
        if result is None:
            self.test_result.clear()
        else:
            self.test_result.show_message(result[0], result[1])
        detail = result[2] if result else ""
        self.test_details.setPlainText(detail)
        self.test_details_button.setVisible(bool(detail))
        self.test_details_button.setChecked(False)
        self.test_details.setVisible(False)

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.server_group.setTitle(translate("SettingsDialog", "Sending server (SMTP)"))
        self.smtp_host_label.setText(translate("SettingsDialog", "Ser&ver:"))
        self.smtp_security_label.setText(translate("SettingsDialog", "Connection s&ecurity:"))
        for index, security in enumerate(SmtpSecurity):
            self.smtp_security_combo.setItemText(index, translate("Settings", security.label))
        self.smtp_port_label.setText(translate("SettingsDialog", "&Port:"))
        self.smtp_user_label.setText(translate("SettingsDialog", "&User name (empty: no login):"))
        self.sender_group.setTitle(translate("SettingsDialog", "Sender"))
        self.from_address_label.setText(translate("SettingsDialog", "The desk's &address:"))
        self.from_name_label.setText(translate("SettingsDialog", "T&he desk's name:"))
        self.from_name_edit.setPlaceholderText(DESK_NAME.get(current_language(), DESK_NAME["en"]))
        self.from_name_edit.setToolTip(
            translate("SettingsDialog", "Empty: the desk's usual name in the language of each reply.")
        )
        self.password_group.setTitle(translate("SettingsDialog", "This computer"))
        self.password_note.setText(
            translate(
                "SettingsDialog",
                "The password is kept only in this computer's keychain, never in the database. "
                "Each desk that sends stores it once.",
            )
        )
        self.smtp_password_label.setText(translate("SettingsDialog", "Pass&word:"))
        self.store_password_button.setText(translate("SettingsDialog", "&Store in Keychain"))
        self.test_button.setText(translate("SettingsDialog", "Send &Test Mail…"))
        self.test_details_button.setText(translate("SettingsDialog", "&Details"))
        self._show_result(self._result)


__all__ = ["SendingPage"]
