"""Settings › This computer: the desk's language and database URL (saved in the user's config file)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk import paths
from privacy_desk.config import LocalConfig
from privacy_desk.errors import QT_TRANSLATE_NOOP, PrivacyDeskError, StorageError
from privacy_desk.ui.dialogs.settings_pages import SettingsPage
from privacy_desk.ui.widgets import InlineMessage, MessageKind, translated_error

ConnectionCheck = Callable[[str], None]


def check_database_url(url: str) -> None:
    """Connect to `url` once and let go: raises a PrivacyDeskError (translated by the caller) when the
    URL is malformed, its driver is missing or the database cannot be reached."""
    # The services layer's composition root owns the storage engine; ui/ never imports storage itself.
    from privacy_desk.services.container import Database

    database = Database(url, create=False)  # a test must not make the file the window would ask about
    try:
        database.check_connection()
    finally:
        database.dispose()


def default_database_path() -> str:
    return str(paths.data_dir() / paths.DB_FILENAME)


class _ConnectionProbe(QObject):
    """Carries a connection test's outcome from the worker thread to the GUI thread (queued)."""

    finished = Signal(object)  # None on success, else the PrivacyDeskError


class LocalPage(SettingsPage):
    """After `save_local`, `changed_database_url` and `changed_language` (the new code, or None) say
    what changed."""

    key = "local"
    tab_alias = "local_tab"
    connection_test_did_finish = Signal(bool)

    def __init__(
        self, config: LocalConfig, check_connection: ConnectionCheck, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._config = config
        self._check_connection = check_connection
        self._connection_result: tuple[str, PrivacyDeskError | None] | None = None
        self._probe: _ConnectionProbe | None = None
        self.changed_database_url = False
        self.changed_language: str | None = None

        self.language_group = QGroupBox(self)
        # Each language is named in itself, so anyone can find their own.
        self.language_ja = QRadioButton("日本語 (&J)", self.language_group)
        self.language_en = QRadioButton("&English", self.language_group)
        self._language_buttons = QButtonGroup(self)
        self._language_buttons.addButton(self.language_ja)
        self._language_buttons.addButton(self.language_en)
        self.language_note = QLabel(self.language_group)
        self.language_note.setWordWrap(True)
        language_layout = QVBoxLayout(self.language_group)
        language_layout.addWidget(self.language_ja)
        language_layout.addWidget(self.language_en)
        language_layout.addWidget(self.language_note)

        self.database_group = QGroupBox(self)
        self.url_label = QLabel(self.database_group)
        self.url_edit = QLineEdit(self.database_group)
        self.url_edit.setPlaceholderText(default_database_path())
        self.url_edit.setClearButtonEnabled(True)
        self.url_edit.textEdited.connect(self._on_url_edited)
        self.url_label.setBuddy(self.url_edit)
        self.url_note = QLabel(self.database_group)
        self.url_note.setWordWrap(True)
        self.url_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.environment_note = InlineMessage(self.database_group)
        self.test_button = QPushButton(self.database_group)
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = InlineMessage(self.database_group)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.test_result, 10)
        test_row.addStretch(1)
        database_layout = QGridLayout(self.database_group)
        database_layout.addWidget(self.url_label, 0, 0)
        database_layout.addWidget(self.url_edit, 0, 1)
        database_layout.addWidget(self.url_note, 1, 1)
        database_layout.addWidget(self.environment_note, 2, 1)
        database_layout.addLayout(test_row, 3, 1)
        database_layout.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.language_group)
        layout.addWidget(self.database_group)
        layout.addStretch(1)

        self.url_edit.setText(config.database_url or "")
        (self.language_ja if config.language == "ja" else self.language_en).setChecked(True)

    def tab_text(self) -> str:
        return QCoreApplication.translate("SettingsDialog", "This &computer")

    def set_initial_focus(self) -> None:
        (self.language_ja if self.language_ja.isChecked() else self.language_en).setFocus()

    def selected_language(self) -> str:
        return "ja" if self.language_ja.isChecked() else "en"

    def database_url(self) -> str | None:
        return self.url_edit.text().strip() or None

    def _on_url_edited(self) -> None:
        self._connection_result = None
        self.test_result.clear()

    def test_connection(self) -> None:
        """Try the URL in the field (or the built-in file) on a worker thread; the GUI stays live."""
        url = self.database_url() or paths.default_db_url()
        probe = _ConnectionProbe(self)  # a child: if the dialog goes first, the late answer is dropped
        probe.finished.connect(lambda error, url=url: self._on_connection_tested(url, error))
        self._probe = probe
        self.test_button.setEnabled(False)
        self.test_result.show_message(
            QCoreApplication.translate("SettingsDialog", "Connecting…"), MessageKind.INFO
        )
        check = self._check_connection

        def work() -> None:
            try:
                check(url)
                outcome: PrivacyDeskError | None = None
            except PrivacyDeskError as error:
                outcome = error
            except Exception as error:  # a driver's own exception type must not kill the thread
                outcome = StorageError(
                    QT_TRANSLATE_NOOP("Errors", "The database reported an error: {detail}"),
                    detail=str(error) or type(error).__name__,
                )
            with contextlib.suppress(RuntimeError):  # the dialog (and the probe with it) is gone
                probe.finished.emit(outcome)

        QThreadPool.globalInstance().start(work)

    def _on_connection_tested(self, url: str, error: PrivacyDeskError | None) -> None:
        self.test_button.setEnabled(True)
        self._probe = None
        self._connection_result = (url, error)
        self._show_connection_result()
        self.connection_test_did_finish.emit(error is None)

    def _show_connection_result(self) -> None:
        if self._connection_result is None:
            self.test_result.clear()
            return
        _url, error = self._connection_result
        if error is None:
            self.test_result.show_message(
                QCoreApplication.translate("SettingsDialog", "Connected successfully."), MessageKind.SUCCESS
            )
        else:
            self.test_result.show_error(
                QCoreApplication.translate("SettingsDialog", "Could not connect: {reason}").format(
                    reason=translated_error(error)
                )
            )

    def save_local(self, config: LocalConfig) -> str | None:
        url, language = self.database_url(), self.selected_language()
        url_changed = url != config.database_url
        language_changed = language != config.language
        if url_changed or language_changed:
            before = (config.database_url, config.language)
            config.database_url, config.language = url, language
            try:
                config.save()
            except OSError as error:
                config.database_url, config.language = before
                return error.strerror or str(error)
        self.changed_database_url = url_changed
        self.changed_language = language if language_changed else None
        return None

    def retranslate(self) -> None:
        self.language_group.setTitle(QCoreApplication.translate("SettingsDialog", "Language"))
        self.language_note.setText(
            QCoreApplication.translate("SettingsDialog", "The new language is used as soon as you press OK.")
        )
        self.database_group.setTitle(QCoreApplication.translate("SettingsDialog", "Database"))
        self.url_label.setText(QCoreApplication.translate("SettingsDialog", "Database &URL:"))
        self.url_note.setText(
            QCoreApplication.translate(
                "SettingsDialog",
                "Leave empty to use the database file on this computer (shown greyed out above). "
                "For a database shared by the whole office, enter a PostgreSQL URL such as "
                "postgresql+psycopg://user@server/privacydesk. Privacy Desk reconnects when you press OK.",
            )
        )
        environment_url = os.environ.get("PRIVACY_DESK_DB")
        if environment_url:
            self.environment_note.show_message(
                QCoreApplication.translate(
                    "SettingsDialog",
                    "The environment variable PRIVACY_DESK_DB is set, so this computer uses {url} "
                    "whatever you enter here.",
                ).format(url=environment_url),
                MessageKind.INFO,
            )
        else:
            self.environment_note.clear()
        self.test_button.setText(QCoreApplication.translate("SettingsDialog", "&Test connection"))
        self.test_button.setToolTip(
            QCoreApplication.translate(
                "SettingsDialog", "Try to connect to the database in the field, without saving."
            )
        )
        if self._probe is not None:
            self.test_result.show_message(
                QCoreApplication.translate("SettingsDialog", "Connecting…"), MessageKind.INFO
            )
        else:
            self._show_connection_result()


__all__ = ["ConnectionCheck", "LocalPage", "check_database_url", "default_database_path"]
