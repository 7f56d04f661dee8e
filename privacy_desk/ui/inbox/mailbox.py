"""The shared mailbox's settings (IMAP): server, port, security, user, folder, fetch interval, and the
password, which goes only into this computer's keychain through the mail-fetch service.

Administrators change the office's settings; anyone at the desk may store the password for the
configured account on their own computer (without it, their desk does not fetch).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import MessageKind
from privacy_desk.ui.widgets.forms import FormDialog, FormRows, error_text

if TYPE_CHECKING:
    from privacy_desk.services.tickets.mail_fetch import MailFetchService
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate
CONTEXT = "Inbox"
SECURITY_LABELS = {
    "imaps": QT_TRANSLATE_NOOP("Inbox", "IMAPS (TLS, port 993)"),
    "starttls": QT_TRANSLATE_NOOP("Inbox", "STARTTLS (port 143)"),
    "none": QT_TRANSLATE_NOOP("Inbox", "None (unencrypted)"),
}


class MailboxDialog(FormDialog):
    """`result_value` is True once saved."""

    def __init__(self, operations: FormRunner, fetch: MailFetchService, current, actor, parent=None) -> None:
        super().__init__(operations, parent)
        self._fetch = fetch
        self._current = current  # the settings as read before the form opened (MailboxSettings)
        self._actor = actor
        self.admin = actor.can(Permission.EDIT_OFFICE_SETTINGS)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.rows = FormRows("Inbox", self, QFormLayout())
        self.host_edit = self.rows.add(
            QT_TRANSLATE_NOOP("Inbox", "&Mail server (IMAP):"), QLineEdit(current.host, self)
        )
        self.host_edit.setPlaceholderText("imap.example.jp")
        self.port_spin = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "&Port:"), QSpinBox(self))
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(current.port)
        self.security_combo = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "Se&curity:"), QComboBox(self))
        for value in SECURITY_LABELS:
            self.security_combo.addItem("", value)
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(current.security.value)))
        self.security_combo.currentIndexChanged.connect(self._security_changed)
        self.user_edit = self.rows.add(
            QT_TRANSLATE_NOOP("Inbox", "&User name:"), QLineEdit(current.user, self)
        )
        self.folder_edit = self.rows.add(
            QT_TRANSLATE_NOOP("Inbox", "&Folder:"), QLineEdit(current.folder, self)
        )
        self.password_edit = self.rows.add(QT_TRANSLATE_NOOP("Inbox", "Pass&word:"), QLineEdit(self))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.interval_spin = self.rows.add(
            QT_TRANSLATE_NOOP("Inbox", "Fetch &every (minutes, 0 = only on request):"), QSpinBox(self)
        )
        self.interval_spin.setRange(0, 1440)
        self.interval_spin.setValue(current.interval_minutes)
        self.interval_spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        for widget in (
            self.host_edit,
            self.port_spin,
            self.security_combo,
            self.user_edit,
            self.folder_edit,
            self.interval_spin,
        ):
            widget.setEnabled(self.admin)
        self.test_button = QPushButton(self)
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        from privacy_desk.ui.widgets import InlineMessage

        self.test_result = InlineMessage(self)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.rows.form)
        layout.addLayout(test_row)
        layout.addStretch(1)
        self.finish_layout(layout)
        self.resize(560, 440)
        self.retranslate()
        (self.host_edit if self.admin else self.password_edit).setFocus()

    def _security_changed(self) -> None:
        default_ports = {"imaps": 993, "starttls": 143, "none": 143}
        if self.port_spin.value() in (993, 143):
            self.port_spin.setValue(default_ports[self.security_combo.currentData()])

    def _account(self):
        from privacy_desk.intake import imap

        return imap.ImapAccount(
            imap.check_host(self.host_edit.text()),
            imap.check_port(self.port_spin.value()),
            imap.Security(self.security_combo.currentData()),
            imap.check_user(self.user_edit.text()),
            imap.check_folder(self.folder_edit.text()),
        )

    def test_connection(self) -> None:
        """Log in with what the form says (the typed password, else the stored one), without saving."""
        from privacy_desk.errors import PrivacyDeskError

        try:
            account = self._account()
        except PrivacyDeskError as error:
            self.test_result.show_error(error_text(error))
            return
        password = self.password_edit.text() or None
        fetch = self._fetch
        self.test_button.setEnabled(False)
        self.test_result.show_message(translate("Inbox", "Connecting…"), MessageKind.INFO)
        self._operations.run(
            lambda: fetch.check_connection(
                account,
                password if password is not None else fetch.passwords.get(account.user, account.host) or "",
            ),
            self._tested,
            self._test_failed,
            parent=self,
        )

    def _tested(self, count: int) -> None:
        self.test_button.setEnabled(True)
        self.test_result.show_message(
            translate("Inbox", "Connected: %n message(s) in the folder.", None, count), MessageKind.SUCCESS
        )

    def _test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_result.show_error(
            translate("Inbox", "Could not connect: {reason}").format(reason=error_text(error))
        )

    def prepare(self):
        fetch, actor = self._fetch, self._actor
        password = self.password_edit.text()
        if self.admin:
            values = {
                "host": self.host_edit.text(),
                "port": self.port_spin.value(),
                "security": self.security_combo.currentData(),
                "user": self.user_edit.text(),
                "folder": self.folder_edit.text(),
                "interval_minutes": self.interval_spin.value(),
            }

            def configure() -> bool:
                fetch.configure(actor, **values, password=password or None)
                return True

            return configure
        current = self._current
        if not current.complete:
            self.message.show_error(
                translate("Inbox", "An administrator must first enter the mail server and the user name.")
            )
            return None
        if not password:
            self.message.show_error(translate("Inbox", "Enter the password."))
            self.password_edit.setFocus()
            return None

        def store_password() -> bool:
            fetch.passwords.set(current.user, current.host, password)
            return True

        return store_password

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("Inbox", "Mailbox Settings"))
        if self.admin:
            self.note.setText(
                translate(
                    "Inbox",
                    "Mail sent to the desk's address is fetched from this IMAP mailbox. The server "
                    "settings are shared by every desk; the password is kept only in this computer's "
                    "keychain.",
                )
            )
        else:
            self.note.setText(
                translate(
                    "Inbox",
                    "Only an administrator can change the server settings. You can store the password "
                    "in this computer's keychain, so this desk can fetch mail.",
                )
            )
        for row in range(self.security_combo.count()):
            value = self.security_combo.itemData(row)
            self.security_combo.setItemText(row, translate("Inbox", SECURITY_LABELS[value]))
        self.rows.retranslate()
        has_password = False
        try:
            has_password = self._fetch.has_password()
        except Exception:
            has_password = False
        self.password_edit.setPlaceholderText(
            translate("Inbox", "stored in the keychain; type to replace it")
            if has_password
            else translate("Inbox", "not stored on this computer yet")
        )
        self.test_button.setText(translate("Inbox", "&Test Connection"))
        self.ok_button.setText(translate("Inbox", "&Save"))
