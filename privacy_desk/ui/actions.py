"""What the main window's menu commands do: dialogs, tools and the language switch.

Dialog modules are imported inside the commands, so none of them is on the start-up path. Dialogs open
window-modal with `open()` (not a nested `exec()` loop); their results are applied on `finished`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from privacy_desk.ui.hub import Changed, UsersChanged
from privacy_desk.ui.main_window import set_application_display_name
from privacy_desk.ui.session import SessionState, describe_database
from privacy_desk.ui.widgets import current_language

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from privacy_desk.ui.about import AboutDialog
    from privacy_desk.ui.dialogs.deadline_calculator import DeadlineCalculatorDialog
    from privacy_desk.ui.dialogs.settings_dialog import SettingsDialog
    from privacy_desk.ui.dialogs.signature_dialog import SignatureDialog
    from privacy_desk.ui.dialogs.users_dialog import UsersDialog
    from privacy_desk.ui.main_window import MainWindow

translate = QCoreApplication.translate
STATUS_MESSAGE_MS = 8000


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings_dialog: SettingsDialog | None = None
        self.users_dialog: UsersDialog | None = None
        self.calculator: DeadlineCalculatorDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.signature_dialog: SignatureDialog | None = None
        window.context.hub.services_did_close.connect(self.close_tools)
        window.context.hub.settings_did_change.connect(self._refresh_calculator)

    # -- settings ----------------------------------------------------------------------------------

    def make_settings_dialog(self) -> SettingsDialog:
        from privacy_desk.ui.dialogs.settings_dialog import SettingsDialog

        context = self.window.context
        return SettingsDialog(self.window.local_config, context.services, self.window, work=context.work)

    def open_settings(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        dialog = self.settings_dialog = self.make_settings_dialog()
        dialog.finished.connect(lambda result: self._settings_finished(dialog, result))
        dialog.open()

    def _settings_finished(self, dialog: SettingsDialog, result: int) -> None:
        self.settings_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        if dialog.changed_language:
            self.apply_language(dialog.changed_language)
        if dialog.changed_database_url or self.window.session.state is SessionState.FAILED:
            self.window.open_database()  # a corrected address, or the administrator's second try
        # Saved office settings: the dialog's write told the views (SettingsChanged).

    # -- language ----------------------------------------------------------------------------------

    def switch_language(self, language: str) -> None:
        """The Language menu: switch now, and remember it for the next start."""
        if language == self.window.translators.language:
            return
        config = self.window.local_config
        config.language = language
        try:
            config.save()
        except OSError as error:
            self.window.statusBar().showMessage(
                translate("MainWindow", "The language could not be saved for next time: {reason}").format(
                    reason=error.strerror or error
                ),
                STATUS_MESSAGE_MS,
            )
        self.apply_language(language)

    def apply_language(self, language: str) -> None:
        """Install the translators; Qt then sends LanguageChange to every widget, which retranslates."""
        self.window.translators.switch(language)
        set_application_display_name()
        self.window.menus.set_language(language)
        self.window.context.hub.language_did_change.emit(language)

    # -- tools -------------------------------------------------------------------------------------

    def make_calculator(self, office_tz=None) -> DeadlineCalculatorDialog:
        """The calculator in `office_tz` (None: the default zone, as the self-test shows it)."""
        from privacy_desk.ui.dialogs.deadline_calculator import DeadlineCalculatorDialog

        context = self.window.context
        assert context.services is not None
        return DeadlineCalculatorDialog(
            context.services.deadlines,
            current_language(),
            self.window,
            office_tz=office_tz,
            work=context.work,
        )

    def open_calculator(self) -> None:
        """A modeless tool window: open it beside a case and keep working (the office's time zone is
        read first)."""
        if self.calculator is not None:
            self._show_calculator()
            return
        self.window.context.work.query(lambda services: services.settings.office_tz()).success(
            self._calculator_ready
        ).run(self.window)

    def _calculator_ready(self, office_tz) -> None:
        if self.calculator is None:
            self.calculator = self.make_calculator(office_tz)
            self.calculator.finished.connect(self._calculator_closed)
        self._show_calculator()

    def _show_calculator(self) -> None:
        calculator = self.calculator
        assert calculator is not None, "made before it is shown"
        calculator.show()
        calculator.raise_()
        calculator.activateWindow()

    def _refresh_calculator(self) -> None:
        """New closure days, due days or time zone: an open calculator answers again."""
        if self.calculator is None:
            return

        def answer_again(office_tz: ZoneInfo) -> None:
            if self.calculator is not None:  # it may have closed meanwhile
                self.calculator.refresh(office_tz=office_tz)

        self.window.context.work.query(lambda services: services.settings.office_tz()).success(
            answer_again
        ).run(self.window)

    def _calculator_closed(self) -> None:
        if self.calculator is not None:
            self.calculator.deleteLater()
            self.calculator = None

    def make_users_dialog(self) -> UsersDialog:
        from privacy_desk.ui.dialogs.users_dialog import UsersDialog

        services = self.window.context.services
        assert services is not None
        return UsersDialog(services, self.window, work=self.window.context.work)

    def open_users(self) -> None:
        if self.window.context.services is None or self.users_dialog is not None:
            return
        dialog = self.users_dialog = self.make_users_dialog()
        dialog.finished.connect(lambda _result: self._users_finished(dialog))
        dialog.open()

    def _users_finished(self, dialog: UsersDialog) -> None:
        """The dialog's writes told the views (UsersChanged). When the signed-in user's own role or
        active flag changed, sign in again: the views hear of it once the new role is in place."""
        self.users_dialog = None
        dialog.deleteLater()
        services = self.window.context.services
        if services is None or not dialog.changed_current_user:
            return
        login = services.actor.login

        def signed_in(actor) -> None:
            services.actor = actor  # the same person, with the role an administrator just gave them

        self.window.context.work.write(
            lambda services: Changed.of(services.users.sign_in(login), UsersChanged())
        ).success(signed_in).run(self.window)

    def make_signature_dialog(self) -> SignatureDialog:
        """Tools › My Signature…: the composer's form, its default in the language the window shows."""
        from privacy_desk.ui.dialogs.signature_dialog import SignatureDialog

        work, language = self.window.context.work, current_language()
        services = work.context.services
        assert services is not None, "the menu entry is off while the database is closed"

        def load(services=services):  # on the worker, as the form runs it
            from privacy_desk.services.tickets.sending import open_sending

            return open_sending(services).signatures(language)

        save = work.bind(lambda services, text: services.users.set_signature(services.actor, text))
        return SignatureDialog(work, load=load, save=save, parent=self.window)

    def open_signature(self) -> None:
        if self.window.context.services is None or self.signature_dialog is not None:
            return
        dialog = self.signature_dialog = self.make_signature_dialog()
        dialog.finished.connect(lambda _result: self._signature_finished(dialog))
        dialog.open()

    def _signature_finished(self, dialog: SignatureDialog) -> None:
        self.signature_dialog = None
        dialog.deleteLater()

    def make_about(self) -> AboutDialog:
        from privacy_desk.ui.about import AboutDialog

        services = self.window.context.services
        location = services.database_label if services else describe_database(self.window.session.url)[0]
        return AboutDialog(location, self.window)

    def open_about(self) -> None:
        if self.about_dialog is None:
            self.about_dialog = self.make_about()
            self.about_dialog.finished.connect(self._about_closed)
        self.about_dialog.open()

    def _about_closed(self) -> None:
        if self.about_dialog is not None:
            self.about_dialog.deleteLater()
            self.about_dialog = None

    def close_tools(self) -> None:
        """The tools hold the services: close them when the services go."""
        for dialog in (self.calculator, self.users_dialog, self.signature_dialog):
            if isinstance(dialog, QWidget):
                dialog.close()
