"""File › Settings: this desk's language and database, and the office's deadline and request policy.

Two scopes. *This computer* holds the local settings (saved in the user's config file); *Office
deadlines* and the pages the features register (*Requests*: its `ViewSpec.settings_pages`) hold the
settings every desk on the database shares (saved together through the settings service,
administrators only, in one audited transaction). The pages are in `ui/dialogs/settings_pages/`
(docs/ARCHITECTURE.md §10); this module assembles them, reads and saves the office's values and says
what happened.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from privacy_desk.config import LocalConfig, OfficeSetting
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import PrivacyDeskError, StaleEdit
from privacy_desk.ui.dialogs.settings_pages import SettingsPage, SettingsPageMaker
from privacy_desk.ui.dialogs.settings_pages.deadlines import DeadlinesPage
from privacy_desk.ui.dialogs.settings_pages.local import ConnectionCheck, LocalPage, check_database_url
from privacy_desk.ui.hub import Changed, SettingsChanged
from privacy_desk.ui.widgets import InlineMessage, MessageKind, translated_error
from privacy_desk.ui.work import Work

if TYPE_CHECKING:
    from privacy_desk.services.container import Services
    from privacy_desk.ui.views import ViewRegistry


class SettingsDialog(QDialog):
    """After `exec()` returns Accepted, read `changed_database_url`, `changed_language` (the new
    language code, or None) and `changed_office_settings` to know what to reload.

    `pages` are the makers of the features' pages (`make(parent)`); by default those of `views`, or of
    the registry the main window set on `work`'s context. A widget of a page is reached as the dialog's
    attribute too (`dialog.fee_spin`), and a page by its alias (`dialog.requests_tab`)."""

    connection_test_did_finish = Signal(bool)

    def __init__(
        self,
        local_config: LocalConfig,
        services: Services | None,
        parent: QWidget | None = None,
        *,
        check_connection: ConnectionCheck = check_database_url,
        work: Work | None = None,
        views: ViewRegistry | None = None,
        pages: Sequence[SettingsPageMaker] | None = None,
    ) -> None:
        super().__init__(parent)
        self._config = local_config
        self._services = services
        # The main window's operation helper; made alone (a test) the dialog reads and saves at once.
        self._work = work or Work.inline(services)
        self._office_read = False  # the office fields take no edit before the stored values are shown
        self.changed_database_url = False
        self.changed_language: str | None = None
        self.changed_office_settings = False
        self._office_values: dict[str, object] = {}
        self._office_error: PrivacyDeskError | None = None
        self._save_error: PrivacyDeskError | str | None = None
        self._saving = False

        if pages is None:
            registry = views if views is not None else self._work.context.views
            pages = registry.settings_pages() if registry is not None else ()
        self.local_page = LocalPage(local_config, check_connection, self)
        self.local_page.connection_test_did_finish.connect(self.connection_test_did_finish)
        self.pages: list[SettingsPage] = [
            self.local_page,
            DeadlinesPage(self),
            *(make(self) for make in pages),
        ]
        self.tabs = QTabWidget(self)
        for page in self.pages:
            self.tabs.addTab(page, "")
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

        self._load_office()
        self.retranslate()
        self.setMinimumSize(820, 580)
        self.local_page.set_initial_focus()

    def __getattr__(self, name: str) -> Any:
        """A page by its alias (`office_tab`), or a widget a page holds (`due_spins`, `fee_spin` …)."""
        for page in self.__dict__.get("pages", ()):
            if page.tab_alias == name:
                return page
            if name in page.__dict__:
                return page.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def work(self) -> Work:
        """The operation helper, for what a page runs itself (Sending Mail's test mail)."""
        return self._work

    def page(self, key: str) -> SettingsPage | None:
        return next((page for page in self.pages if page.key == key), None)

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
        for page in self.pages:
            page.load(values)
        self._apply_office_access()

    def _apply_office_access(self) -> None:
        available, editable = self._office_available(), self.can_edit_office()
        for page in self.pages:
            page.apply_access(available, editable)

    def office_changes(self) -> dict[OfficeSetting, object]:
        """The office settings whose value in the dialog differs from the database's."""
        changes: dict[OfficeSetting, object] = {}
        for page in self.pages:
            changes.update(page.changes(self._office_values))
        return changes

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

    def _office_saved(self, changes: dict[OfficeSetting, object]) -> None:
        self._office_values.update({s.key: v for s, v in changes.items()})
        self.changed_office_settings = True  # the write's notice tells the views
        self._save_local()

    def _office_refused(self, error: BaseException, changes: dict[OfficeSetting, object]) -> None:
        if not isinstance(error, PrivacyDeskError):
            raise error  # not the user's doing: the error box and the log
        if isinstance(error, StaleEdit) and isinstance(error.current, dict):
            self._show_office(error.current)  # another administrator saved meanwhile
        # The first page holding a setting that was to change shows the reason.
        page = next((p for p in self.pages if set(p.owns) & set(changes)), self.pages[0])
        self._fail(error, page)

    def _save_local(self) -> None:
        for page in self.pages:
            problem = page.save_local(self._config)
            if problem is not None:
                self._fail(problem, page)
                return
        self.changed_database_url = self.local_page.changed_database_url
        self.changed_language = self.local_page.changed_language
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
        for page in self.pages:
            self.tabs.setTabText(self.tabs.indexOf(page), page.tab_text())
        self._retranslate_office_note()
        for page in self.pages:
            page.retranslate()
        self._show_save_error()

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
        for page in self.pages:  # every page of office settings says where they come from
            page.show_office_note(text, kind)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["SettingsDialog", "check_database_url"]
