"""The main window's menu bar: File, View, Language, Tools, Help. Actions only; the window connects them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from privacy_desk.ui.icons import resource_icon
from privacy_desk.ui.views import ViewCommand, ViewRegistry

translate = QCoreApplication.translate

# Each language is always named in itself, so a user can find their own whatever is showing.
LANGUAGE_NAMES = {"ja": "日本語 (&J)", "en": "&English"}


def _shortcuts(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's key for `standard`, and `fallback` too where the platform has none or another."""
    keys = QKeySequence.keyBindings(standard)
    extra = QKeySequence.fromString(fallback)  # not QKeySequence(str): see main_window on `Qt`
    if all(key != extra for key in keys):
        keys.append(extra)
    return keys


class MainMenus(QObject):
    def __init__(self, window: QMainWindow, views: ViewRegistry) -> None:
        super().__init__(window)
        bar = window.menuBar()
        self.file_menu = QMenu(bar)
        self.settings_action = QAction(window)
        self.settings_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = QAction(window)
        self.quit_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        # Commands the views bring (File › Import mail…), in view order, above Settings.
        self.command_actions: list[tuple[str, ViewCommand, QAction]] = []
        for spec in views:
            for command in spec.commands:
                action = QAction(window)
                if command.shortcut:
                    action.setShortcuts([QKeySequence.fromString(command.shortcut)])
                self.file_menu.addAction(action)
                self.command_actions.append((spec.key, command, action))
        if self.command_actions:
            self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = QMenu(bar)
        self.view_group = QActionGroup(window)
        self.view_group.setExclusive(True)
        self.view_actions: dict[str, QAction] = {}
        for spec in views:
            action = QAction(window)
            action.setCheckable(True)
            action.setData(spec.key)
            action.setShortcuts([QKeySequence.fromString(f"Ctrl+{spec.shortcut_index}")])
            if spec.icon:
                action.setIcon(resource_icon(spec.icon))
            self.view_group.addAction(action)
            self.view_menu.addAction(action)
            self.view_actions[spec.key] = action
        self.view_menu.addSeparator()
        self.refresh_action = QAction(window)
        self.refresh_action.setShortcuts(_shortcuts(QKeySequence.StandardKey.Refresh, "F5"))
        self.view_menu.addAction(self.refresh_action)

        self.language_menu = QMenu(bar)
        self.language_group = QActionGroup(window)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for language, name in LANGUAGE_NAMES.items():
            action = QAction(name, window)
            action.setCheckable(True)
            action.setData(language)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[language] = action

        self.tools_menu = QMenu(bar)
        self.calculator_action = QAction(window)
        self.users_action = QAction(window)
        self.signature_action = QAction(window)  # the lines under one's own mail, as the composer edits
        self.tools_menu.addAction(self.calculator_action)
        self.tools_menu.addAction(self.users_action)
        self.tools_menu.addAction(self.signature_action)

        self.help_menu = QMenu(bar)
        self.about_action = QAction(window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)

        for menu in (self.file_menu, self.view_menu, self.language_menu, self.tools_menu, self.help_menu):
            bar.addMenu(menu)
        self.window_actions = [self.settings_action, self.quit_action, self.refresh_action]
        window.addActions(
            [*self.window_actions, *self.view_actions.values(), *(a for _, _, a in self.command_actions)]
        )
        self._views = views
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.settings_action.setText(translate("MainWindow", "&Settings…"))
        self.quit_action.setText(translate("MainWindow", "&Quit"))
        for _key, command, action in self.command_actions:
            action.setText(command.text())
        self.view_menu.setTitle(translate("MainWindow", "&View", "menu"))
        for spec in self._views:
            self.view_actions[spec.key].setText(spec.title())
        self.refresh_action.setText(translate("MainWindow", "&Refresh"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        self.tools_menu.setTitle(translate("MainWindow", "&Tools"))
        self.calculator_action.setText(translate("MainWindow", "&Deadline Calculator…"))
        self.users_action.setText(translate("MainWindow", "&Users…"))
        self.signature_action.setText(translate("MainWindow", "My &Signature…"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.about_action.setText(translate("MainWindow", "&About Privacy Desk"))

    def set_language(self, language: str) -> None:
        action = self.language_actions.get(language)
        if action is not None:
            action.setChecked(True)
