"""The main window: a sidebar of the registered views, the views in a stack (each made on first show),
menus, and a status bar naming the database and the signed-in user.

It holds no business logic: the database session, the dialogs and the language switch are small
collaborators; views learn of changes through the hub.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, QSize
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from privacy_desk import paths
from privacy_desk.config import LocalConfig
from privacy_desk.domain.roles import Permission
from privacy_desk.i18n.qt import Translators
from privacy_desk.ui.icons import resource_icon
from privacy_desk.ui.menus import MainMenus
from privacy_desk.ui.session import DatabaseSession, SessionState, describe_database
from privacy_desk.ui.views import (
    FeatureView,
    OpensItems,
    ReportRegistry,
    ViewCommand,
    ViewContext,
    ViewRegistry,
)

if TYPE_CHECKING:
    from privacy_desk.ui.actions import WindowActions
    from privacy_desk.ui.database_panel import DatabasePanel

translate = QCoreApplication.translate

SETTINGS_FILENAME = "window.ini"
DEFAULT_SIZE = QSize(1120, 720)


def set_application_display_name() -> None:
    QApplication.setApplicationDisplayName(translate("MainWindow", "Privacy Desk"))


def _set_plain_text(label: QLabel, text: str, tooltip: str = "") -> None:
    """Names people chose (the user's, the database's) shown as text, never as markup. Qt takes a text
    for markup only when it holds '<' or '&': only then is the plain format set, so that start-up does
    not load Qt's enums before the window paints (see ui/today/view.py)."""
    if "<" in text or "&" in text or "<" in tooltip or "&" in tooltip:
        from privacy_desk.ui.widgets.plain_text import make_plain, safe_tooltip

        make_plain(label)
        tooltip = safe_tooltip(tooltip) or ""
    label.setText(text)
    label.setToolTip(tooltip)


def window_settings() -> QSettings:
    """Window geometry and state: an INI file in the config folder (PRIVACY_DESK_HOME in tests), next to
    config.json, on every platform: one place to look, and no registry entries left behind."""
    return QSettings(str(paths.config_dir() / SETTINGS_FILENAME), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: ViewContext,
        views: ViewRegistry,
        *,
        local_config: LocalConfig,
        translators: Translators,
        db_url: str | None = None,
        reports: ReportRegistry | None = None,
        settings: QSettings | None = None,
        login: str | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.context = context
        self.views = views
        context.views = views
        self.reports = reports or ReportRegistry()
        self.local_config = local_config
        self.translators = translators
        self.settings = settings or window_settings()
        self.session = DatabaseSession(
            context, lambda: local_config.resolved_database_url(db_url), login=login, parent=self
        )
        self._view_widgets: dict[str, QWidget] = {}

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(24, 24))
        self.sidebar.setSpacing(2)
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setMinimumWidth(150)
        for spec in views:
            item = QListWidgetItem(resource_icon(spec.icon) if spec.icon else QIcon(), "")
            item.setSizeHint(QSize(0, 36))
            self.sidebar.addItem(item)
        self.stack = QStackedWidget(self)
        # parent= by keyword: a positional widget makes PySide6 test the (Qt.Orientation, parent) overload,
        # and the first touch of the `Qt` namespace builds all its enums (~15 ms before the first paint).
        self.splitter = QSplitter(parent=self)  # horizontal
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, DEFAULT_SIZE.width() - 180])
        self._database_panel: DatabasePanel | None = None  # made when first needed
        self._commands: WindowActions | None = None
        self.central = QStackedWidget(self)
        self.central.addWidget(self.splitter)
        self.setCentralWidget(self.central)

        self.database_label = QLabel(self)
        self.user_label = QLabel(self)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)

        self.menus = MainMenus(self, views)
        self._connect()
        self.menus.set_language(translators.language or local_config.language)
        self.retranslate()
        self._restore()

    # -- wiring ------------------------------------------------------------------------------------

    @property
    def commands(self) -> WindowActions:
        """The menu commands, made on first use (they import the dialogs, so not at start-up)."""
        if self._commands is None:
            from privacy_desk.ui.actions import WindowActions

            self._commands = WindowActions(self)
        return self._commands

    @property
    def database_panel(self) -> DatabasePanel:
        if self._database_panel is None:
            from privacy_desk.ui.database_panel import DatabasePanel

            self._database_panel = panel = DatabasePanel(self)
            panel.settings_requested.connect(lambda: self.commands.open_settings())
            panel.retry_requested.connect(self.open_database)
            self.central.addWidget(panel)
        return self._database_panel

    def _connect(self) -> None:
        menus, hub = self.menus, self.context.hub
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        menus.view_group.triggered.connect(lambda action: self.show_view(action.data()))
        menus.refresh_action.triggered.connect(self.refresh_current_view)
        menus.quit_action.triggered.connect(self.close)
        menus.settings_action.triggered.connect(lambda: self.commands.open_settings())
        menus.calculator_action.triggered.connect(lambda: self.commands.open_calculator())
        menus.users_action.triggered.connect(lambda: self.commands.open_users())
        menus.about_action.triggered.connect(lambda: self.commands.open_about())
        for key, command, action in menus.command_actions:
            action.triggered.connect(lambda _checked=False, k=key, c=command: self.run_view_command(k, c))
        menus.language_group.triggered.connect(lambda action: self.commands.switch_language(action.data()))
        self.session.state_did_change.connect(self._update_session_widgets)
        hub.services_did_open.connect(lambda _services: self._update_session_widgets())
        hub.users_did_change.connect(self._update_session_widgets)
        hub.open_requested.connect(self.open_item)

    def open_database(self) -> None:
        """Open (or reopen) the database on a worker thread; the window stays responsive meanwhile."""
        self.session.open()

    # -- views -------------------------------------------------------------------------------------

    def current_view_key(self) -> str | None:
        row, keys = self.sidebar.currentRow(), self.views.keys()
        return keys[row] if 0 <= row < len(keys) else None

    def view_widget(self, key: str) -> QWidget | None:
        return self._view_widgets.get(key)

    def show_view(self, key: str) -> None:
        keys = self.views.keys()
        if key in keys and self.sidebar.currentRow() != keys.index(key):
            self.sidebar.setCurrentRow(keys.index(key))

    def _on_sidebar_row(self, row: int) -> None:
        keys = self.views.keys()
        if not 0 <= row < len(keys):
            return
        key = keys[row]
        widget = self._view_widgets.get(key)
        if widget is None:
            spec = self.views.get(key)
            assert spec is not None
            widget = spec.factory(self.context)
            self._view_widgets[key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        self.menus.view_actions[key].setChecked(True)
        self._update_title()

    def run_view_command(self, key: str, command: ViewCommand) -> None:
        """A File-menu command of a view: show the view (made now if need be), then run it on the view."""
        self.show_view(key)
        command.run(self._view_widgets[key])

    def open_item(self, kind: str, item_id: int) -> None:
        """Show the view that opens `kind` (made now if need be) with the item open."""
        spec = self.views.opening(kind)
        if spec is None:
            raise ValueError(f"no view opens {kind!r} items")
        self.show_view(spec.key)
        # The view whose spec lists `kind` in `opens` keeps the OpensItems contract (test_view_contract).
        cast(OpensItems, self._view_widgets[spec.key]).open_item(item_id)

    def refresh_current_view(self) -> None:
        widget = self.stack.currentWidget()
        if widget is not None:  # every widget of the stack is a view
            cast(FeatureView, widget).refresh()

    # -- state -------------------------------------------------------------------------------------

    def _update_session_widgets(self) -> None:
        session, services = self.session, self.context.services
        label, tooltip = describe_database(session.url)
        if services is not None:
            label = services.database_label
        location = translate("MainWindow", "Database: {location}").format(location=label)
        _set_plain_text(self.database_label, location, tooltip)
        if services is not None:
            actor = services.actor
            role = translate("Role", actor.role.label)
            signed_in = translate("MainWindow", "Signed in as {user} ({role})").format(
                user=actor.display_name, role=role
            )
            _set_plain_text(self.user_label, signed_in)
        else:
            self.user_label.setText("")
        self.menus.calculator_action.setEnabled(services is not None)
        self.menus.users_action.setEnabled(
            services is not None and services.actor.can(Permission.MANAGE_USERS)
        )
        failed = session.state is SessionState.FAILED
        opening_again = (
            session.state is SessionState.OPENING and self.central.currentWidget() is self.database_panel
        )
        if failed:
            assert session.error is not None, "a failed session keeps its error"
            self.database_panel.show_failure(session.error, label)
        elif opening_again:
            self.database_panel.show_opening(label)
        self.central.setCurrentWidget(self.database_panel if failed or opening_again else self.splitter)
        for action in self.menus.view_actions.values():
            action.setEnabled(not (failed or opening_again))
        self.menus.refresh_action.setEnabled(not (failed or opening_again))
        for _key, _command, action in self.menus.command_actions:
            action.setEnabled(services is not None)

    def _update_title(self) -> None:
        app_name = translate("MainWindow", "Privacy Desk")
        spec = self.views.get(self.current_view_key() or "")
        if spec is None:
            self.setWindowTitle(app_name)
        else:
            self.setWindowTitle(
                translate("MainWindow", "{view} — {app}").format(view=spec.title(), app=app_name)
            )

    def retranslate(self) -> None:
        self.menus.retranslate()
        for row, spec in enumerate(self.views):
            item = self.sidebar.item(row)
            item.setText(spec.title())
            item.setToolTip(
                translate("MainWindow", "{view} ({shortcut})").format(
                    view=spec.title(), shortcut=f"Ctrl+{spec.shortcut_index}"
                )
            )
        self.sidebar.setAccessibleName(translate("MainWindow", "Views"))
        self._update_title()
        self._update_session_widgets()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- saved window state ------------------------------------------------------------------------

    def _restore(self) -> None:
        settings = self.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            pass
        else:
            self.resize(DEFAULT_SIZE)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        last = settings.value("window/view")
        keys = self.views.keys()
        if keys:
            self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)

    def save_state(self) -> None:
        settings = self.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        if self.current_view_key():
            settings.setValue("window/view", self.current_view_key())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.save_state()
        if self._commands is not None:
            self._commands.close_tools()
        self.session.close()
        super().closeEvent(event)
        self.context.operations.wait_for_done(10_000)  # no worker may outlive the window's services
