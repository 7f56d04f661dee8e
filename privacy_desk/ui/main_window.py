"""The main window: a sidebar of the registered views, the views in a stack (each made on first show),
menus, and a status bar naming the database and the signed-in user.

It holds no business logic: the database session, the dialogs, the first-run page (ui/first_run.py) and
the language switch are small collaborators; views learn of changes through the hub. It asks before a
database file the user named and that does not exist is made, and shows a banner over a database open
for reading only (writes are then refused by the operation helper, ui/work.py).
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
    QVBoxLayout,
    QWidget,
)

from privacy_desk import paths
from privacy_desk.config import LocalConfig
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import DatabaseMissing
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
    from PySide6.QtWidgets import QMessageBox

    from privacy_desk.ui.actions import WindowActions
    from privacy_desk.ui.database_panel import DatabasePanel
    from privacy_desk.ui.first_run import FirstRun

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
        create_missing: bool = False,
        first_run: bool = True,
    ) -> None:
        """`create_missing`: make a SQLite file the user named that does not exist without asking
        (--create; the tests' fresh files). The app's own default database is always made.
        `first_run`: offer the first-run page on an empty database."""
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
            context,
            lambda: local_config.resolved_database_url(db_url),
            login=login,
            names_database=lambda: not create_missing and local_config.names_database(db_url),
            parent=self,
        )
        self.missing_question: QMessageBox | None = None  # open while asking whether to create
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
        self._first_run: FirstRun | None = None
        self._panel_shown = False  # the database panel is what the window shows
        self._offers_first_run = first_run
        self.read_only_banner: QLabel | None = None  # made when a database opens read-only
        self.central = QStackedWidget(self)
        self.central.addWidget(self.splitter)
        holder = QWidget(self)
        self._holder_layout = QVBoxLayout(holder)
        self._holder_layout.setContentsMargins(0, 0, 0, 0)
        self._holder_layout.setSpacing(0)
        self._holder_layout.addWidget(self.central, 1)
        self.setCentralWidget(holder)

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

    @property
    def first_run(self) -> FirstRun:
        if self._first_run is None:
            from privacy_desk.ui.first_run import FirstRun

            self._first_run = FirstRun(self)
        return self._first_run

    def _connect(self) -> None:
        menus, hub = self.menus, self.context.hub
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)
        menus.view_group.triggered.connect(lambda action: self._view_chosen(action.data()))
        menus.refresh_action.triggered.connect(self.refresh_current_view)
        menus.quit_action.triggered.connect(self.close)
        menus.settings_action.triggered.connect(lambda: self.commands.open_settings())
        menus.calculator_action.triggered.connect(lambda: self.commands.open_calculator())
        menus.users_action.triggered.connect(lambda: self.commands.open_users())
        menus.signature_action.triggered.connect(lambda: self.commands.open_signature())
        menus.about_action.triggered.connect(lambda: self.commands.open_about())
        for key, command, action in menus.command_actions:
            action.triggered.connect(lambda _checked=False, k=key, c=command: self.run_view_command(k, c))
        menus.language_group.triggered.connect(lambda action: self.commands.switch_language(action.data()))
        self.session.state_did_change.connect(self._update_session_widgets)
        hub.services_did_open.connect(lambda _services: self._update_session_widgets())
        if self._offers_first_run:
            hub.services_did_open.connect(lambda _services: self.first_run.check())
        self.session.did_fail.connect(self._open_failed)
        hub.users_did_change.connect(self._update_session_widgets)
        hub.open_requested.connect(self.open_item)

    def open_database(self, *, create: bool = False) -> None:
        """Open (or reopen) the database on a worker thread; the window stays responsive meanwhile.
        `create`: the user agreed to make the named SQLite file that does not exist."""
        self.session.open(create=create)

    def _open_failed(self, error: BaseException) -> None:
        if isinstance(error, DatabaseMissing):
            self.ask_to_create(error.path)

    def ask_to_create(self, path: str) -> None:
        """A named database file that does not exist: a mistyped path must not become an empty database
        that reads as "all our cases are gone". No (the default) leaves nothing made; the panel behind
        says where to correct the path."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        if self.missing_question is not None:
            return
        box = self.missing_question = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("MainWindow", "Privacy Desk"))
        box.setText(translate("MainWindow", "There is no database at {path}.").format(path=path))
        box.setInformativeText(
            translate(
                "MainWindow",
                "Create a new, empty database there? If the path is mistyped, choose Do Not Create and "
                "correct it in Settings: no file or folder is made.",
            )
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the path is the user's text, never markup
        create = box.addButton(translate("MainWindow", "&Create Database"), QMessageBox.ButtonRole.AcceptRole)
        refuse = box.addButton(translate("MainWindow", "&Do Not Create"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(refuse)
        box.setEscapeButton(refuse)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(_result: int) -> None:
            self.missing_question = None
            box.deleteLater()
            if box.clickedButton() is create:
                self.open_database(create=True)

        box.finished.connect(answered)
        box.open()

    # -- views -------------------------------------------------------------------------------------

    def current_view_key(self) -> str | None:
        row, keys = self.sidebar.currentRow(), self.views.keys()
        return keys[row] if 0 <= row < len(keys) else None

    def view_widget(self, key: str) -> QWidget | None:
        return self._view_widgets.get(key)

    def _view_chosen(self, key: str) -> None:
        """The View menu or Ctrl+n: the first-run page steps aside for the view."""
        if self._first_run is not None:
            self._first_run.hide_for_now()
        self.show_view(key)

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
            if hasattr(widget, "restore_layout"):  # a list's splitter and column widths (ListPage)
                widget.restore_layout(self.settings)
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
        if services is not None and services.db.read_only:
            location = translate("MainWindow", "{location} (read-only)").format(location=location)
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
        read_only = services is not None and services.db.read_only
        self.menus.calculator_action.setEnabled(services is not None)
        self.menus.users_action.setEnabled(  # the users tool changes users: nothing to do read-only
            services is not None and services.actor.can(Permission.MANAGE_USERS) and not read_only
        )
        self.menus.signature_action.setEnabled(  # one's own lines: a signed-in user on a writable database
            services is not None and services.actor.id is not None and not read_only
        )
        self._show_read_only_banner(read_only)
        failed = session.state is SessionState.FAILED
        opening_again = (
            session.state is SessionState.OPENING and self.central.currentWidget() is self.database_panel
        )
        if failed:
            assert session.error is not None, "a failed session keeps its error"
            self.database_panel.show_failure(session.error, label)
        elif opening_again:
            self.database_panel.show_opening(label)
        self._panel_shown = failed or opening_again
        self.update_central()
        for action in self.menus.view_actions.values():
            action.setEnabled(not (failed or opening_again))
        self.menus.refresh_action.setEnabled(not (failed or opening_again))
        for _key, _command, action in self.menus.command_actions:
            action.setEnabled(services is not None)

    def update_central(self) -> None:
        """The database panel while the database cannot be used, the first-run page on an empty one,
        the views otherwise."""
        if self._panel_shown:
            self.central.setCurrentWidget(self.database_panel)
        elif self._first_run is not None and self._first_run.showing:
            page = self._first_run.make_page()
            if self.central.indexOf(page) < 0:
                self.central.addWidget(page)
            self.central.setCurrentWidget(page)
        else:
            self.central.setCurrentWidget(self.splitter)

    def _show_read_only_banner(self, shown: bool) -> None:
        """A strip above everything while the database may only be read, saying why nothing can be
        changed (the commands that write are refused before they run)."""
        if not shown and self.read_only_banner is None:
            return
        if self.read_only_banner is None:
            self.read_only_banner = banner = QLabel(self)
            banner.setObjectName("readOnlyBanner")
            banner.setWordWrap(True)
            banner.setContentsMargins(12, 8, 12, 8)
            # A fixed pale amber with dark text (contrast well above 4.5:1) whatever the palette; the
            # line below separates it from the views.
            banner.setStyleSheet(
                "#readOnlyBanner { background: #fff4ce; color: #3b2f00; border-bottom: 1px solid #d9b84a; }"
            )
            self._holder_layout.insertWidget(0, banner)
        self.read_only_banner.setText(
            translate(
                "MainWindow",
                "Read-only: this desk may not change the database, so editing is turned off. Ask an "
                "administrator for write access to the database file and its folder, then reopen it.",
            )
        )
        self.read_only_banner.setVisible(shown)

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
        for widget in self._view_widgets.values():
            if hasattr(widget, "save_layout"):
                widget.save_layout(settings)
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
