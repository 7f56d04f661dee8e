"""The GUI half of `privacy-desk selftest`: the real main window, offscreen, on a database the caller
has filled with demo data. Every registered view is opened, the language goes ja → en → ja, every dialog
opens and closes, and every registered report is rendered in both languages.

Problems come back as readable lines (empty list = all good); nothing waits for a user: exceptions
that would have shown a message box are recorded instead.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from privacy_desk.ui.main_window import MainWindow

OPEN_TIMEOUT_S = 120.0  # a first start may upgrade the schema
STEP_TIMEOUT_S = 30.0
LANGUAGES = ("ja", "en")


class _Recorder:
    def __init__(self) -> None:
        self.failures: list[str] = []

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        try:
            yield
        except Exception as exc:
            self.failures.append(f"{name}: {type(exc).__name__}: {exc}")

    def fail(self, text: str) -> None:
        self.failures.append(text)

    def unhandled(self, exc: BaseException, parent: QWidget | None = None) -> None:  # as show_exception
        lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
        self.failures.append(f"unhandled {type(exc).__name__}: {exc}\n{''.join(lines).rstrip()}")


def _wait(app: QApplication, done: Callable[[], bool], timeout_s: float = STEP_TIMEOUT_S) -> bool:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    return True


def run_selftest(db_url: str) -> list[str]:
    """Failures as lines of text; an empty list means the whole GUI worked."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import privacy_desk.ui.errors as ui_errors
    from privacy_desk.app import build_main_window, create_application
    from privacy_desk.config import LocalConfig
    from privacy_desk.i18n.qt import Translators
    from privacy_desk.ui.main_window import set_application_display_name

    recorder = _Recorder()
    app = create_application()
    previous_hook, previous_show = sys.excepthook, ui_errors.show_exception
    sys.excepthook = lambda _type, exc, _tb: recorder.unhandled(exc)
    ui_errors.show_exception = recorder.unhandled  # an error box would wait for a click forever
    window: MainWindow | None = None
    translators = Translators()
    try:
        translators.switch("ja")
        set_application_display_name()
        with recorder.step("main window"):
            window = build_main_window(db_url, translators=translators, local_config=LocalConfig.load())
            window.show()
            window.open_database()
            if not _wait(
                app,
                lambda: window.context.services is not None or window.session.error is not None,
                OPEN_TIMEOUT_S,
            ):
                recorder.fail(f"database: not open after {OPEN_TIMEOUT_S:.0f} s")
            elif window.session.error is not None:
                recorder.fail(f"database: {window.session.error}")
        if window is not None and window.context.services is not None:
            _check_views(app, window, recorder)
            _check_languages(app, window, recorder)
            _check_dialogs(app, window, recorder)
            _check_reports(window, recorder)
    finally:
        if window is not None:
            window.close()
            window.deleteLater()
            app.processEvents()
        translators.uninstall()  # a caller in the same process (a test) keeps its own language
        sys.excepthook = previous_hook
        ui_errors.show_exception = previous_show
    return recorder.failures


def _check_views(app: QApplication, window: MainWindow, recorder: _Recorder) -> None:
    for spec in window.views:
        with recorder.step(f"view {spec.key}"):
            window.show_view(spec.key)
            app.processEvents()
            widget = window.view_widget(spec.key)
            if widget is None or window.stack.currentWidget() is not widget:
                recorder.fail(f"view {spec.key}: not shown")
                continue

            # A view with a loading state must settle: ready, empty, or a failure to report.
            def settled(w: QWidget = widget) -> bool:
                return getattr(getattr(w, "state", None), "value", "") != "loading"

            if not _wait(app, settled):
                recorder.fail(f"view {spec.key}: still loading after {STEP_TIMEOUT_S:.0f} s")
            state = getattr(getattr(widget, "state", None), "value", None)
            if state in ("failed", "waiting"):
                recorder.fail(f"view {spec.key}: {state}")
            widget.grab()  # paint it once: delegates and formatting run


def _check_languages(app: QApplication, window: MainWindow, recorder: _Recorder) -> None:
    with recorder.step("language switch"):
        seen: dict[str, tuple[str, str]] = {}
        for language in ("ja", "en", "ja"):
            window.commands.apply_language(language)
            app.processEvents()
            texts = (window.windowTitle(), window.menus.file_menu.title())
            if language in seen and seen[language] != texts:
                recorder.fail(f"language {language}: {texts} differs from the first time {seen[language]}")
            seen.setdefault(language, texts)
            for view in window.views:
                widget = window.view_widget(view.key)
                if widget is not None:
                    widget.grab()
        ja, en = seen["ja"], seen["en"]
        if ja[0] == en[0]:
            recorder.fail(f"language: the window title stays {ja[0]!r} in Japanese and English")
        if ja[1] == en[1]:
            recorder.fail(f"language: the File menu stays {ja[1]!r} in Japanese and English")


def _check_dialogs(app: QApplication, window: MainWindow, recorder: _Recorder) -> None:
    actions = window.commands
    makers: dict[str, Callable[[], QWidget]] = {
        "settings dialog": actions.make_settings_dialog,
        "deadline calculator": actions.make_calculator,
        "users dialog": actions.make_users_dialog,
        "about box": actions.make_about,
    }
    if "requests" in window.views:
        makers["new request case dialog"] = lambda: _requests_view(window).make_new_case_dialog()
    if "retention" in window.views:  # the register and the purge's dry run (issue #12)
        makers["retention register"] = lambda: _view(window, "retention").make_register_dialog()
        makers["purge dialog"] = lambda: _view(window, "retention").make_purge_dialog()
    for name, make in makers.items():
        with recorder.step(name):
            dialog = make()
            dialog.show()
            app.processEvents()
            dialog.grab()
            dialog.close()
            dialog.deleteLater()
            app.processEvents()


def _view(window: MainWindow, key: str):
    window.show_view(key)
    return window.view_widget(key)


def _requests_view(window: MainWindow):
    window.show_view("requests")
    return window.view_widget("requests")


def _check_reports(window: MainWindow, recorder: _Recorder) -> None:
    services = window.context.services
    assert services is not None
    with tempfile.TemporaryDirectory(prefix="privacy-desk-reports-") as folder:
        for spec in window.reports:
            for language in LANGUAGES:
                with recorder.step(f"report {spec.key} ({language})"):
                    target = Path(folder) / language
                    target.mkdir(exist_ok=True)
                    path = spec.render(services, language, target)
                    if not path.is_file() or path.stat().st_size == 0:
                        recorder.fail(f"report {spec.key} ({language}): nothing written to {path}")
        _check_incident_reports(services, Path(folder), recorder)


def _check_incident_reports(services, folder: Path, recorder: _Recorder) -> None:
    """The breach reports (preliminary and final), their text for the PPC's form, the notice and its
    mail-merge CSV, in both languages (issue #11)."""
    from privacy_desk.services.incidents.report import render_samples

    for language in LANGUAGES:
        with recorder.step(f"incident reports ({language})"):
            for path in render_samples(services.incidents, language, folder / f"incidents-{language}"):
                if not path.is_file() or path.stat().st_size == 0:
                    recorder.fail(f"incident reports ({language}): nothing written to {path}")
