"""File › Settings: this desk's language and database, and the office's deadline and request policy.

Two scopes. *This computer* holds the local settings (saved in the user's config file); *Office
deadlines* and *Requests* hold the settings every desk on the database shares (saved together through
the settings service, administrators only, in one audited transaction).
"""

from __future__ import annotations

import contextlib
import os
import unicodedata
import zoneinfo
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_desk import paths
from privacy_desk.config import (
    COMPANY_CLOSURES,
    DUE_SOON_DAYS,
    IDENTITY_DOCUMENTS,
    INTERNAL_DUE_DAYS,
    MAX_FEE_YEN,
    OFFICE_TIMEZONE,
    REQUEST_FEE_YEN,
    LocalConfig,
    OfficeSetting,
    setting_int,
    setting_texts,
)
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, PrivacyDeskError, StaleEdit, StorageError
from privacy_desk.i18n.formatting import format_weekday_date
from privacy_desk.ui.hub import Changed, SettingsChanged
from privacy_desk.ui.widgets import InlineMessage, MessageKind, current_language, translated_error
from privacy_desk.ui.widgets.date_edit import DateEdit
from privacy_desk.ui.work import Work

if TYPE_CHECKING:
    from privacy_desk.services.container import Services

ConnectionCheck = Callable[[str], None]


def check_database_url(url: str) -> None:
    """Connect to `url` once and let go: raises a PrivacyDeskError (translated by the caller) when the
    URL is malformed, its driver is missing or the database cannot be reached."""
    # The services layer's composition root owns the storage engine; ui/ never imports storage itself.
    from privacy_desk.services.container import Database

    database = Database(url)
    try:
        database.check_connection()
    finally:
        database.dispose()


def default_database_path() -> str:
    return str(paths.data_dir() / paths.DB_FILENAME)


class DaysSpinBox(QSpinBox):
    """A whole number of days. The unit is in the column header or the label, not a suffix: a suffix
    would need a plural form per number in every language."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(minimum, maximum)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000") + 48)


class YenSpinBox(QSpinBox):
    """An amount in whole yen, thousands grouped, with the unit as each language writes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, MAX_FEE_YEN)
        self.setSingleStep(100)
        self.setGroupSeparatorShown(True)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.retranslate()

    def retranslate(self) -> None:
        # The locale follows the language too: the group separator is the language's own.
        self.setLocale(QLocale())
        self.setSuffix(QCoreApplication.translate("SettingsDialog", " yen"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(f"0,000,000{self.suffix()}") + 48)


def document_key(name: str) -> str:
    """What makes two document names the same: width, case and surrounding spaces do not count."""
    return unicodedata.normalize("NFKC", name).strip().casefold()


class _ConnectionProbe(QObject):
    """Carries a connection test's outcome from the worker thread to the GUI thread (queued)."""

    finished = Signal(object)  # None on success, else the PrivacyDeskError


class SettingsDialog(QDialog):
    """After `exec()` returns Accepted, read `changed_database_url`, `changed_language` (the new
    language code, or None) and `changed_office_settings` to know what to reload."""

    connection_test_did_finish = Signal(bool)

    def __init__(
        self,
        local_config: LocalConfig,
        services: Services | None,
        parent: QWidget | None = None,
        *,
        check_connection: ConnectionCheck = check_database_url,
        work: Work | None = None,
    ) -> None:
        super().__init__(parent)
        self._config = local_config
        self._services = services
        # The main window's operation helper; made alone (a test) the dialog reads and saves at once.
        self._work = work or Work.inline(services)
        self._office_read = False  # the office fields take no edit before the stored values are shown
        self._check_connection = check_connection
        self.changed_database_url = False
        self.changed_language: str | None = None
        self.changed_office_settings = False
        self._office_values: dict[str, object] = {}
        self._office_error: PrivacyDeskError | None = None
        self._save_error: PrivacyDeskError | str | None = None
        self._documents_error: tuple[str, str] | None = None  # (what went wrong, the name concerned)
        self._documents_updating = False
        self._connection_result: tuple[str, PrivacyDeskError | None] | None = None
        self._probe: _ConnectionProbe | None = None
        self._saving = False

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_local_tab(), "")
        self.tabs.addTab(self._build_office_tab(), "")
        self.tabs.addTab(self._build_requests_tab(), "")
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._load_local()
        self._load_office()
        self.retranslate()
        self.setMinimumSize(820, 580)
        (self.language_ja if self.language_ja.isChecked() else self.language_en).setFocus()

    # -- building ----------------------------------------------------------------------------------

    def _build_local_tab(self) -> QWidget:
        page = QWidget(self)
        self.language_group = QGroupBox(page)
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

        self.database_group = QGroupBox(page)
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

        layout = QVBoxLayout(page)
        layout.addWidget(self.language_group)
        layout.addWidget(self.database_group)
        layout.addStretch(1)
        self.local_tab = page
        return page

    def _build_office_tab(self) -> QWidget:
        page = QWidget(self)
        self.office_note = InlineMessage(page)

        self.due_group = QGroupBox(page)
        self.due_note = QLabel(self.due_group)
        self.due_note.setWordWrap(True)
        self.due_header_type = QLabel(self.due_group)
        self.due_header_days = QLabel(self.due_group)
        for header in (self.due_header_type, self.due_header_days):
            font = header.font()
            font.setBold(True)
            header.setFont(font)
        due_grid = QGridLayout(self.due_group)
        due_grid.addWidget(self.due_note, 0, 0, 1, 2)
        due_grid.addWidget(self.due_header_type, 1, 0)
        due_grid.addWidget(self.due_header_days, 1, 1, Qt.AlignmentFlag.AlignRight)
        due_grid.setColumnStretch(0, 1)
        self.due_spins: dict[RequestType, DaysSpinBox] = {}
        self.due_labels: dict[RequestType, QLabel] = {}
        for row, request_type in enumerate(RequestType, start=2):
            spin = DaysSpinBox(1, 365, self.due_group)
            label = QLabel(self.due_group)
            label.setWordWrap(True)
            label.setBuddy(spin)
            due_grid.addWidget(label, row, 0)
            due_grid.addWidget(spin, row, 1)
            self.due_spins[request_type] = spin
            self.due_labels[request_type] = label

        self.closure_group = QGroupBox(page)
        self.closure_note = QLabel(self.closure_group)
        self.closure_note.setWordWrap(True)
        self.closure_list = QListWidget(self.closure_group)
        self.closure_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.closure_list.installEventFilter(self)
        self.closure_list.itemSelectionChanged.connect(self._update_closure_buttons)
        self.closure_list_label = QLabel(self.closure_group)
        self.closure_list_label.setBuddy(self.closure_list)
        self.closure_date_label = QLabel(self.closure_group)
        self.closure_date = DateEdit(self.closure_group)
        self.closure_date.line_edit.installEventFilter(self)  # Enter adds the day, not OK
        self.closure_date.date_did_change.connect(self._update_closure_buttons)
        self.closure_date_label.setBuddy(self.closure_date)
        self.add_closure_button = QPushButton(self.closure_group)
        self.add_closure_button.setAutoDefault(False)
        self.add_closure_button.clicked.connect(self.add_closure)
        self.remove_closure_button = QPushButton(self.closure_group)
        self.remove_closure_button.setAutoDefault(False)
        self.remove_closure_button.clicked.connect(self.remove_selected_closures)
        add_row = QHBoxLayout()
        add_row.addWidget(self.closure_date, 1)
        add_row.addWidget(self.add_closure_button, 0, Qt.AlignmentFlag.AlignTop)
        closure_layout = QVBoxLayout(self.closure_group)
        closure_layout.addWidget(self.closure_note)
        closure_layout.addWidget(self.closure_list_label)
        closure_layout.addWidget(self.closure_list, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_closure_button)
        closure_layout.addLayout(remove_row)
        closure_layout.addWidget(self.closure_date_label)
        closure_layout.addLayout(add_row)

        self.other_group = QGroupBox(page)
        self.due_soon_label = QLabel(self.other_group)
        self.due_soon_spin = DaysSpinBox(0, 60, self.other_group)
        self.due_soon_label.setBuddy(self.due_soon_spin)
        self.timezone_label = QLabel(self.other_group)
        self.timezone_combo = QComboBox(self.other_group)
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone_combo.setMaxVisibleItems(15)
        completer = QCompleter(self.timezone_combo.model(), self.timezone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone_combo.setCompleter(completer)
        self.timezone_label.setBuddy(self.timezone_combo)
        self.due_soon_label.setWordWrap(True)
        other_grid = QGridLayout(self.other_group)
        other_grid.addWidget(self.due_soon_label, 0, 0)
        other_grid.addWidget(self.due_soon_spin, 0, 1)
        other_grid.addWidget(self.timezone_label, 1, 0)
        other_grid.addWidget(self.timezone_combo, 1, 1)
        other_grid.setColumnStretch(0, 1)

        left = QVBoxLayout()
        left.addWidget(self.due_group)
        left.addWidget(self.other_group)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.closure_group, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(self.office_note)
        layout.addLayout(columns, 1)
        self.office_tab = page
        self.office_widgets: list[QWidget] = [self.due_group, self.closure_group, self.other_group]
        return page

    def _build_requests_tab(self) -> QWidget:
        page = QWidget(self)
        self.requests_note = InlineMessage(page)

        self.fee_group = QGroupBox(page)
        self.fee_note = QLabel(self.fee_group)
        self.fee_note.setWordWrap(True)
        self.fee_label = QLabel(self.fee_group)
        self.fee_spin = YenSpinBox(self.fee_group)
        self.fee_label.setBuddy(self.fee_spin)
        fee_grid = QGridLayout(self.fee_group)
        fee_grid.addWidget(self.fee_note, 0, 0, 1, 3)
        fee_grid.addWidget(self.fee_label, 1, 0)
        fee_grid.addWidget(self.fee_spin, 1, 1)
        fee_grid.setColumnStretch(2, 1)

        self.documents_group = QGroupBox(page)
        self.documents_note = QLabel(self.documents_group)
        self.documents_note.setWordWrap(True)
        self.documents_label = QLabel(self.documents_group)
        self.documents_list = QListWidget(self.documents_group)
        self.documents_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_list.installEventFilter(self)
        self.documents_list.itemSelectionChanged.connect(self._update_document_buttons)
        self.documents_list.itemChanged.connect(self._on_document_renamed)
        self.documents_label.setBuddy(self.documents_list)
        self.documents_message = InlineMessage(self.documents_group)
        self.rename_document_button = QPushButton(self.documents_group)
        self.remove_document_button = QPushButton(self.documents_group)
        self.move_up_button = QPushButton(self.documents_group)
        self.move_down_button = QPushButton(self.documents_group)
        self.new_document_label = QLabel(self.documents_group)
        self.new_document_edit = QLineEdit(self.documents_group)
        self.new_document_edit.setClearButtonEnabled(True)
        self.new_document_edit.installEventFilter(self)  # Enter adds the document, not OK
        self.new_document_edit.textChanged.connect(self._update_document_buttons)
        self.new_document_label.setBuddy(self.new_document_edit)
        self.add_document_button = QPushButton(self.documents_group)
        self.rename_document_button.clicked.connect(self.rename_selected_document)
        self.remove_document_button.clicked.connect(self.remove_selected_document)
        self.move_up_button.clicked.connect(lambda: self.move_selected_document(-1))
        self.move_down_button.clicked.connect(lambda: self.move_selected_document(1))
        self.add_document_button.clicked.connect(self.add_document)
        self.document_edit_buttons = [
            self.rename_document_button,
            self.remove_document_button,
            self.move_up_button,
            self.move_down_button,
            self.add_document_button,
        ]
        for button in self.document_edit_buttons:
            button.setAutoDefault(False)

        side = QVBoxLayout()
        for button in self.document_edit_buttons[:4]:
            side.addWidget(button)
        side.addStretch(1)
        documents_grid = QGridLayout(self.documents_group)
        documents_grid.addWidget(self.documents_note, 0, 0, 1, 2)
        documents_grid.addWidget(self.documents_label, 1, 0, 1, 2)
        documents_grid.addWidget(self.documents_list, 2, 0)
        documents_grid.addLayout(side, 2, 1)
        documents_grid.addWidget(self.documents_message, 3, 0, 1, 2)
        documents_grid.addWidget(self.new_document_label, 4, 0, 1, 2)
        documents_grid.addWidget(self.new_document_edit, 5, 0)
        documents_grid.addWidget(self.add_document_button, 5, 1)
        documents_grid.setColumnStretch(0, 1)
        documents_grid.setRowStretch(2, 1)

        layout = QVBoxLayout(page)
        layout.addWidget(self.requests_note)
        layout.addWidget(self.fee_group)
        layout.addWidget(self.documents_group, 1)
        self.requests_tab = page
        self.office_widgets += [self.fee_group, self.documents_group]
        return page

    # -- local settings ----------------------------------------------------------------------------

    def _load_local(self) -> None:
        self.url_edit.setText(self._config.database_url or "")
        (self.language_ja if self._config.language == "ja" else self.language_en).setChecked(True)

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
        self.test_result.show_message(self.tr("Connecting…"), MessageKind.INFO)
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
            self.test_result.show_message(self.tr("Connected successfully."), MessageKind.SUCCESS)
        else:
            self.test_result.show_error(
                self.tr("Could not connect: {reason}").format(reason=translated_error(error))
            )

    # -- office settings ---------------------------------------------------------------------------

    def can_edit_office(self) -> bool:
        return (
            self._office_available()
            and self._services is not None
            and self._services.actor.can(Permission.EDIT_OFFICE_SETTINGS)
        )

    def _office_available(self) -> bool:
        return self._services is not None and self._office_read and self._office_error is None

    def _load_office(self) -> None:
        """The office's values, read on the worker; until they arrive the office fields are disabled."""
        self._show_office({})
        self._work.query(lambda services: services.settings.values()).success(self._show_office).failure(
            self._office_unreadable
        ).run(self)

    def _office_unreadable(self, error: BaseException) -> None:
        if not isinstance(error, PrivacyDeskError):
            raise error  # not the user's doing: the error box and the log (the office stays disabled)
        self._office_error = error
        self._show_office({}, read=True)
        self._retranslate_office_note()

    def _show_office(self, values: dict[str, object], *, read: bool | None = None) -> None:
        self._office_read = bool(values) if read is None else read
        self._office_values = values
        for request_type, spin in self.due_spins.items():
            setting = INTERNAL_DUE_DAYS[request_type]
            spin.setValue(setting_int(values.get(setting.key, setting.default)))
        self.due_soon_spin.setValue(setting_int(values.get(DUE_SOON_DAYS.key, DUE_SOON_DAYS.default)))
        self.timezone_combo.setCurrentText(str(values.get(OFFICE_TIMEZONE.key, OFFICE_TIMEZONE.default)))
        self.closure_list.clear()
        for text in setting_texts(values.get(COMPANY_CLOSURES.key, COMPANY_CLOSURES.default)):
            self._add_closure_item(date.fromisoformat(text))
        self.fee_spin.setValue(setting_int(values.get(REQUEST_FEE_YEN.key, REQUEST_FEE_YEN.default)))
        self.documents_list.clear()
        for name in setting_texts(values.get(IDENTITY_DOCUMENTS.key, IDENTITY_DOCUMENTS.default)):
            self.documents_list.addItem(self._document_item(str(name)))
        self._apply_office_access()

    def _apply_office_access(self) -> None:
        available = self._office_available()
        editable = self.can_edit_office()
        for widget in self.office_widgets:
            widget.setEnabled(available)
        for spin in [*self.due_spins.values(), self.due_soon_spin, self.fee_spin]:
            spin.setReadOnly(not editable)
            spin.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows
                if editable
                else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
        self.timezone_combo.setEnabled(editable)
        for widget in (self.closure_date, self.closure_date_label, self.add_closure_button):
            widget.setVisible(editable)
        self.remove_closure_button.setVisible(editable)
        self._update_closure_buttons()
        for widget in [*self.document_edit_buttons, self.new_document_label, self.new_document_edit]:
            widget.setVisible(editable)
        self.documents_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self._update_document_buttons()

    def _closure_days(self) -> list[date]:
        return [
            self.closure_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.closure_list.count())
        ]

    def _add_closure_item(self, day: date) -> QListWidgetItem:
        days = self._closure_days()
        if day in days:
            return self.closure_list.item(days.index(day))
        row = sum(1 for existing in days if existing < day)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, day)
        self._label_closure_item(item)
        self.closure_list.insertItem(row, item)
        return item

    def _label_closure_item(self, item: QListWidgetItem) -> None:
        day: date = item.data(Qt.ItemDataRole.UserRole)
        text = self.tr("{iso}  ({date})").format(
            iso=day.isoformat(), date=format_weekday_date(day, current_language())
        )
        item.setText(text)

    def add_closure(self) -> None:
        day = self.closure_date.validate()
        if day is None:
            if not self.closure_date.has_error():
                self.closure_date.setFocus()
            return
        item = self._add_closure_item(day)
        # Only the new day is selected: the default command would add it to the selection, and Delete
        # would then remove earlier days too.
        self.closure_list.setCurrentItem(item, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.closure_list.scrollToItem(item)
        self.closure_date.setDate(None)
        self.closure_date.setFocus()

    def remove_selected_closures(self) -> None:
        rows = sorted((self.closure_list.row(i) for i in self.closure_list.selectedItems()), reverse=True)
        for row in rows:
            self.closure_list.takeItem(row)
        if self.closure_list.count():
            row = min(rows[-1] if rows else 0, self.closure_list.count() - 1)
            self.closure_list.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _update_closure_buttons(self) -> None:
        editable = self.can_edit_office()
        self.remove_closure_button.setEnabled(editable and bool(self.closure_list.selectedItems()))
        self.add_closure_button.setEnabled(editable and self.closure_date.date() is not None)

    def _document_item(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, name)  # the accepted name: a refused rename goes back to it
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def identity_documents(self) -> list[str]:
        return [
            self.documents_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.documents_list.count())
        ]

    def _document_problem(self, name: str, ignore_row: int = -1) -> tuple[str, str] | None:
        if not name:
            return ("empty", "")
        key = document_key(name)
        for row, existing in enumerate(self.identity_documents()):
            if row != ignore_row and document_key(existing) == key:
                return ("duplicate", existing)
        return None

    def _show_documents_error(self, problem: tuple[str, str] | None) -> None:
        self._documents_error = problem
        if problem is None:
            self.documents_message.clear()
            return
        what, name = problem
        if what == "empty":
            text = self.tr("Enter the name of the document.")
        elif what == "duplicate":
            text = self.tr("“{name}” is already in the list.").format(name=name)
        else:
            text = self.tr("At least one identity document is needed: add another before removing this one.")
        self.documents_message.show_error(text)

    def add_document(self) -> None:
        name = self.new_document_edit.text().strip()
        problem = self._document_problem(name)
        self._show_documents_error(problem)
        if problem is not None:
            self.new_document_edit.setFocus()
            self.new_document_edit.selectAll()
            return
        item = self._document_item(name)
        self.documents_list.addItem(item)
        self.documents_list.setCurrentItem(item)
        self.documents_list.scrollToItem(item)
        self.new_document_edit.clear()
        self.new_document_edit.setFocus()

    def rename_selected_document(self) -> None:
        item = self.documents_list.currentItem()
        if item is not None and self.can_edit_office():
            self.documents_list.setFocus()
            self.documents_list.editItem(item)

    def _on_document_renamed(self, item: QListWidgetItem) -> None:
        if self._documents_updating:
            return
        accepted: str = item.data(Qt.ItemDataRole.UserRole)
        name = item.text().strip()
        if name == item.text() and name == accepted:
            return
        problem = None if name == accepted else self._document_problem(name, self.documents_list.row(item))
        self._documents_updating = True
        try:
            if problem is None:
                item.setData(Qt.ItemDataRole.UserRole, name)
                item.setText(name)
            else:
                item.setText(accepted)
        finally:
            self._documents_updating = False
        self._show_documents_error(problem)

    def remove_selected_document(self) -> None:
        row = self.documents_list.currentRow()
        if row < 0 or not self.documents_list.currentItem().isSelected():
            return
        if self.documents_list.count() == 1:
            self._show_documents_error(("last", ""))
            return
        self.documents_list.takeItem(row)
        self._show_documents_error(None)
        self.documents_list.setCurrentRow(min(row, self.documents_list.count() - 1))

    def move_selected_document(self, step: int) -> None:
        row = self.documents_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.documents_list.count():
            return
        item = self.documents_list.takeItem(row)
        self.documents_list.insertItem(target, item)
        self.documents_list.setCurrentItem(item)
        self._update_document_buttons()

    def _update_document_buttons(self) -> None:
        editable = self.can_edit_office()
        row = self.documents_list.currentRow()
        item = self.documents_list.currentItem()
        selected = editable and item is not None and item.isSelected()
        self.rename_document_button.setEnabled(selected)
        self.remove_document_button.setEnabled(selected)
        self.move_up_button.setEnabled(selected and row > 0)
        self.move_down_button.setEnabled(selected and row < self.documents_list.count() - 1)
        self.add_document_button.setEnabled(editable and bool(self.new_document_edit.text().strip()))

    def office_changes(self) -> dict[OfficeSetting, object]:
        """The office settings whose value in the dialog differs from the database's."""
        wanted: list[tuple[OfficeSetting, object]] = [
            *((INTERNAL_DUE_DAYS[t], spin.value()) for t, spin in self.due_spins.items()),
            (DUE_SOON_DAYS, self.due_soon_spin.value()),
            (OFFICE_TIMEZONE, self.timezone_combo.currentText().strip()),
            (COMPANY_CLOSURES, [day.isoformat() for day in self._closure_days()]),
            (REQUEST_FEE_YEN, self.fee_spin.value()),
            (IDENTITY_DOCUMENTS, self.identity_documents()),
        ]
        return {
            setting: value
            for setting, value in wanted
            if self._office_values.get(setting.key, setting.default) != value
        }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.closure_date.line_edit and event.key() in (
                Qt.Key.Key_Return,
                Qt.Key.Key_Enter,
            ):
                self.add_closure()
                return True
            if watched is self.closure_list and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                if self.can_edit_office():
                    self.remove_selected_closures()
                return True
            if watched is self.new_document_edit and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.add_document()
                return True
            if (
                watched is self.documents_list
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and self.documents_list.state() != QAbstractItemView.State.EditingState
            ):
                if self.can_edit_office():
                    self.remove_selected_document()
                return True
        return super().eventFilter(watched, event)

    # -- saving ------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Save the office settings (one transaction, on the worker), then this desk's file; on an error
        say why and stay open with everything the user entered."""
        if self._saving:
            return
        self._save_error = None
        self.message.clear()
        changes = self.office_changes() if self.can_edit_office() else {}
        if not changes:
            self._save_local()
            return
        read = dict(self._office_values)
        self._set_saving(True)
        self._work.write(
            lambda services: Changed.of(
                services.settings.set_many(services.actor, changes, read=read), SettingsChanged()
            )
        ).always(lambda: self._set_saving(False)).success(lambda _saved: self._office_saved(changes)).failure(
            lambda error: self._office_refused(error, changes)
        ).run(self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for button in self.buttons.buttons():
            button.setEnabled(not saving)

    def _office_saved(self, changes: dict) -> None:
        self._office_values.update({s.key: v for s, v in changes.items()})
        self.changed_office_settings = True  # the write's notice tells the views
        self._save_local()

    def _office_refused(self, error: BaseException, changes: dict) -> None:
        if not isinstance(error, PrivacyDeskError):
            raise error  # not the user's doing: the error box and the log
        if isinstance(error, StaleEdit) and isinstance(error.current, dict):
            self._show_office(error.current)  # another administrator saved meanwhile
        only_requests = all(s in (REQUEST_FEE_YEN, IDENTITY_DOCUMENTS) for s in changes)
        self._fail(error, self.requests_tab if only_requests else self.office_tab)

    def _save_local(self) -> None:
        url, language = self.database_url(), self.selected_language()
        url_changed = url != self._config.database_url
        language_changed = language != self._config.language
        if url_changed or language_changed:
            before = (self._config.database_url, self._config.language)
            self._config.database_url, self._config.language = url, language
            try:
                self._config.save()
            except OSError as error:
                self._config.database_url, self._config.language = before
                self._fail(error.strerror or str(error), self.local_tab)
                return
        self.changed_database_url = url_changed
        self.changed_language = language if language_changed else None
        super().accept()

    def _fail(self, error: PrivacyDeskError | str, tab: QWidget) -> None:
        self._save_error = error
        self.tabs.setCurrentWidget(tab)
        self._show_save_error()

    def _show_save_error(self) -> None:
        error = self._save_error
        if error is None:
            self.message.clear()
        elif isinstance(error, PrivacyDeskError):
            self.message.show_error(
                self.tr("Nothing was saved: {reason}").format(reason=translated_error(error))
            )
        else:
            self.message.show_error(
                self.tr("The settings file could not be saved: {reason}").format(reason=error)
            )

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.tabs.setTabText(self.tabs.indexOf(self.local_tab), self.tr("This &computer"))
        self.tabs.setTabText(self.tabs.indexOf(self.office_tab), self.tr("Office &deadlines"))
        self.tabs.setTabText(self.tabs.indexOf(self.requests_tab), self.tr("Re&quests"))

        self.language_group.setTitle(self.tr("Language"))
        self.language_note.setText(self.tr("The new language is used as soon as you press OK."))
        self.database_group.setTitle(self.tr("Database"))
        self.url_label.setText(self.tr("Database &URL:"))
        self.url_note.setText(
            self.tr(
                "Leave empty to use the database file on this computer (shown greyed out above). "
                "For a database shared by the whole office, enter a PostgreSQL URL such as "
                "postgresql+psycopg://user@server/privacydesk. Privacy Desk reconnects when you press OK."
            )
        )
        environment_url = os.environ.get("PRIVACY_DESK_DB")
        if environment_url:
            self.environment_note.show_message(
                self.tr(
                    "The environment variable PRIVACY_DESK_DB is set, so this computer uses {url} "
                    "whatever you enter here."
                ).format(url=environment_url),
                MessageKind.INFO,
            )
        else:
            self.environment_note.clear()
        self.test_button.setText(self.tr("&Test connection"))
        self.test_button.setToolTip(self.tr("Try to connect to the database in the field, without saving."))
        if self._probe is not None:
            self.test_result.show_message(self.tr("Connecting…"), MessageKind.INFO)
        else:
            self._show_connection_result()

        self._retranslate_office_note()
        self.due_group.setTitle(self.tr("Internal due dates"))
        self.due_header_type.setText(self.tr("Request type"))
        self.due_header_days.setText(self.tr("Days after arrival"))
        self.due_note.setText(
            self.tr(
                "The law sets no number of days for answering a request: it says 「遅滞なく」 (without "
                "delay). These are the office's own targets, counted from the day the request arrived "
                "and moved back to the last day the office is open."
            )
        )
        for request_type, label in self.due_labels.items():
            label.setText(
                self.tr("{request_type}:").format(
                    request_type=QCoreApplication.translate("RequestType", request_type.label)
                )
            )
        self.closure_group.setTitle(self.tr("Company closure days"))
        self.closure_note.setText(
            self.tr(
                "Days the office is closed on top of Saturdays, Sundays, national holidays and "
                "29 December – 3 January, which are always closure days."
            )
        )
        self.closure_list_label.setText(self.tr("C&losure days:"))
        self.closure_date_label.setText(self.tr("Add a closure da&y:"))
        self.add_closure_button.setText(self.tr("&Add"))
        self.remove_closure_button.setText(self.tr("&Remove"))
        for row in range(self.closure_list.count()):
            self._label_closure_item(self.closure_list.item(row))
        self.other_group.setTitle(self.tr("Other"))
        self.due_soon_label.setText(self.tr("Days before a deadline that count as due &soon:"))
        self.timezone_label.setText(self.tr("Office &time zone:"))
        self.timezone_combo.setToolTip(
            self.tr("Dates of arrival and awareness are counted in this time zone.")
        )
        self._retranslate_requests()
        self._show_save_error()

    def _retranslate_requests(self) -> None:
        self.fee_group.setTitle(self.tr("Fee"))
        self.fee_note.setText(
            self.tr(
                "Charged for a notification of the purpose of use, a disclosure and a disclosure of "
                "third-party provision records (APPI Art. 38), within what the actual cost justifies. "
                "Enter 0 if the office charges no fee."
            )
        )
        self.fee_label.setText(self.tr("&Fee per request:"))
        self.fee_spin.retranslate()
        self.documents_group.setTitle(self.tr("Identity verification"))
        self.documents_note.setText(
            self.tr(
                "The documents staff can tick when they verify a requester's identity, shown in this "
                "order. Names are written as the office writes them."
            )
        )
        self.documents_label.setText(self.tr("Accepted &identity documents:"))
        self.documents_list.setToolTip(
            self.tr("Double-click a name or press F2 to rename it.") if self.can_edit_office() else ""
        )
        self.rename_document_button.setText(self.tr("&Rename"))
        self.remove_document_button.setText(self.tr("R&emove"))
        self.move_up_button.setText(self.tr("Move &up"))
        self.move_down_button.setText(self.tr("Move do&wn"))
        self.new_document_label.setText(self.tr("&New document:"))
        self.add_document_button.setText(self.tr("&Add"))
        self._show_documents_error(self._documents_error)

    def _retranslate_office_note(self) -> None:
        services = self._services
        if services is None:
            self._show_office_note(
                self.tr(
                    "No database is open. Office settings are stored in the database; connect to it "
                    "to see and change them."
                ),
                MessageKind.INFO,
            )
        elif self._office_error is not None:
            self._show_office_note(
                self.tr("The office settings could not be read: {reason}").format(
                    reason=translated_error(self._office_error)
                ),
                MessageKind.ERROR,
            )
        elif not services.actor.can(Permission.EDIT_OFFICE_SETTINGS):
            self._show_office_note(
                self.tr(
                    "These settings are shared by every desk using this database. Only an administrator "
                    "can change them; you are signed in as {user} ({role})."
                ).format(
                    user=services.actor.display_name,
                    role=QCoreApplication.translate("Role", services.actor.role.label),
                ),
                MessageKind.INFO,
            )
        else:
            self._show_office_note(
                self.tr("These settings are shared by every desk using this database ({database}).").format(
                    database=services.database_label
                ),
                MessageKind.INFO,
            )

    def _show_office_note(self, text: str, kind: MessageKind) -> None:
        for note in (self.office_note, self.requests_note):  # both tabs hold office settings
            note.show_message(text, kind)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["SettingsDialog", "check_database_url"]
