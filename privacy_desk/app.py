"""The GUI's composition root (docs/ARCHITECTURE.md §6.2): builds the application, translators, hub, operation
helper, view registry and main window once, and passes them through constructors.

Start-up order is part of the design: only QtCore/QtGui/QtWidgets and light modules are imported before
the first paint. The database is opened after the window has painted, on a worker thread
(`open_services` imports SQLAlchemy and may upgrade the schema); the Today page says "Opening the
database…" meanwhile. SQLAlchemy, Alembic, babel, reportlab and `holidays` load only after that.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Callable
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from privacy_desk import __version__, paths
from privacy_desk.config import LocalConfig
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.i18n.qt import Translators
from privacy_desk.ui.errors import configure_logging, install_exception_hooks
from privacy_desk.ui.hub import ChangeHub
from privacy_desk.ui.icons import app_icon
from privacy_desk.ui.inbox import inbox_view_spec
from privacy_desk.ui.incidents import incidents_view_spec
from privacy_desk.ui.main_window import MainWindow, set_application_display_name
from privacy_desk.ui.operations import Operations
from privacy_desk.ui.requests import requests_view_spec
from privacy_desk.ui.retention import retention_view_spec
from privacy_desk.ui.today import today_view_spec
from privacy_desk.ui.views import ReportRegistry, ReportSpec, ViewContext, ViewRegistry

WINDOWS_APP_ID = "PrivacyDesk.PrivacyDesk"
EXIT_WAIT_MS = 15_000


def build_views() -> ViewRegistry:
    """Every view the sidebar lists, in order; later issues add Inbox, Requests, Retention, Incidents."""
    return ViewRegistry(
        [
            today_view_spec(shortcut_index=1),
            inbox_view_spec(shortcut_index=2),
            requests_view_spec(shortcut_index=3),
            incidents_view_spec(shortcut_index=4),
            retention_view_spec(shortcut_index=5),
        ]
    )


def build_reports() -> ReportRegistry:
    """Every report the self-test renders; later issues register theirs here."""
    return ReportRegistry(
        [
            ReportSpec("case", QT_TRANSLATE_NOOP("Views", "Case report"), _render_sample_case_report),
            ReportSpec(
                "disposal_certificate",
                QT_TRANSLATE_NOOP("Views", "Certificate of disposal"),
                _render_sample_disposal_certificate,
            ),
        ]
    )


def _render_sample_case_report(services, language: str, folder):
    from privacy_desk.services.cases.report import render_sample  # reportlab loads only when asked

    return render_sample(services.cases, language, folder)


def _render_sample_disposal_certificate(services, language: str, folder):
    from privacy_desk.services.retention.certificate import render_sample  # reportlab loads only when asked

    return render_sample(services.retention, language, folder, as_of=services.retention.today())


class OfficeClock:
    """Today's date in the office time zone (an office setting), the machine's until the database is open.
    Dates on the Today page are office dates (docs/ARCHITECTURE.md §4)."""

    def __init__(self) -> None:
        self.zone: tzinfo | None = None

    def __call__(self) -> date:
        return datetime.now(self.zone).date() if self.zone is not None else date.today()

    def follow(self, context: ViewContext) -> None:
        """Keep `zone` in step with the office settings; connect before any view so it updates first."""

        def update(*_args: object) -> None:
            services = context.services
            self.zone = services.settings.office_tz() if services is not None else None

        context.hub.services_did_open.connect(update)
        context.hub.settings_did_change.connect(update)
        context.hub.services_did_close.connect(update)


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(paths.APP_AUTHOR)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    if sys.platform == "win32":  # the taskbar shows our icon, not python.exe's
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(WINDOWS_APP_ID)
    return app


def build_main_window(
    db_url: str | None,
    *,
    translators: Translators,
    local_config: LocalConfig,
    operations: Operations | None = None,
    clock: Callable[[], date] | None = None,
    views: ViewRegistry | None = None,
    reports: ReportRegistry | None = None,
    login: str | None = None,
    create_missing: bool = False,
    first_run: bool = True,
) -> MainWindow:
    """The window with everything it needs; the caller shows it and then calls `open_database()`.
    `create_missing`: a SQLite file the user named that does not exist is made without asking;
    `first_run=False`: no first-run page on an empty database (tests that fill it as they go)."""
    hub = ChangeHub()
    context = ViewContext(hub, operations or Operations(hub))
    if clock is None:
        office_clock = OfficeClock()
        office_clock.follow(context)
        clock = office_clock
    context.clock = clock
    window = MainWindow(
        context,
        views if views is not None else build_views(),
        local_config=local_config,
        translators=translators,
        db_url=db_url,
        reports=reports if reports is not None else build_reports(),
        login=login,
        create_missing=create_missing,
        first_run=first_run,
    )
    hub.setParent(window)
    return window


class FirstPaint(QObject):
    """Emits `did_paint` once, after the watched widget's first paint event."""

    did_paint = Signal()

    def __init__(self, watched: QObject) -> None:
        super().__init__(watched)
        self._done = False
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.did_paint.emit)  # after this paint has finished
        return False


def run_gui(db_url: str | None, *, startup_probe: bool = False, create: bool = False) -> int:
    """Start the GUI; the exit status of the event loop. With `startup_probe`, quit (status 0, no output)
    as soon as the main window has painted: `privacy-desk selftest --startup` times exactly that.
    `create` (--create): make the SQLite file named that does not exist without asking. Exit status 1,
    with the reason on stderr, when Qt's window system plugin could not load (Qt would abort)."""
    problem = _platform_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    app = create_application()
    hooks = install_exception_hooks(app)
    local_config = LocalConfig.load()
    translators = Translators()
    translators.switch(local_config.language)
    set_application_display_name()
    window = build_main_window(
        db_url, translators=translators, local_config=local_config, create_missing=create
    )
    first_paint = FirstPaint(window)
    # What exists at the first paint (modules, classes, the window) lives as long as the app: moved out
    # of the collector's generations, it is not walked again by every full collection, nor at exit.
    first_paint.did_paint.connect(gc.freeze)
    if startup_probe:
        first_paint.did_paint.connect(app.quit)
    else:
        first_paint.did_paint.connect(lambda: _after_first_paint(window))
    window.show()
    try:
        return app.exec()
    finally:
        # A query or a connection attempt still running must not outlive the interpreter; but a server
        # that never answers must not keep a closed app alive either.
        window.context.operations.wait_for_done(EXIT_WAIT_MS)
        hooks.uninstall()


def _platform_problem() -> str | None:
    """What stops Qt's xcb plugin from loading, said in the user's language; None when nothing does
    (or another platform is in use). Checked before QApplication: Qt aborts the process on it."""
    if QApplication.instance() is not None:
        return None
    from privacy_desk import platform_probe

    if not platform_probe.uses_xcb():
        return None
    problem = platform_probe.probe()
    if problem is None:
        return None
    from privacy_desk.i18n.qt import catalogue

    return platform_probe.report(problem, catalogue(LocalConfig.load().language))


def _after_first_paint(window: MainWindow) -> None:
    with contextlib.suppress(OSError):  # an unwritable log folder is reported when there is something to log
        configure_logging()
    window.open_database()


__all__ = ["build_main_window", "build_reports", "build_views", "create_application", "run_gui"]
