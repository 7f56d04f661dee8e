"""The main window as a user meets it: title, menus, views, language, remembered layout, errors."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
from datetime import date
from pathlib import Path

import pytest
from helpers.language import deliver_language_change
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from privacy_desk import paths
from privacy_desk.config import LocalConfig
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.i18n.qt import catalogue
from privacy_desk.ui.errors import install_exception_hooks, log_path
from privacy_desk.ui.session import SessionState, describe_database
from privacy_desk.ui.today import today_view_spec
from privacy_desk.ui.views import ViewRegistry, ViewSpec

JA = catalogue("ja")
EN = catalogue("en")


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


class Notes(QWidget):
    """A second view for the tests that need more than Today."""

    def __init__(self, _context) -> None:
        super().__init__()
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def two_views() -> ViewRegistry:
    return ViewRegistry(
        [today_view_spec(1), ViewSpec("notes", QT_TRANSLATE_NOOP("Views", "Notes"), Notes, 2)]
    )


def texts(window) -> dict[str, str]:
    menus = window.menus
    return {
        "title": window.windowTitle(),
        "file": menus.file_menu.title(),
        "view": menus.view_menu.title(),
        "tools": menus.tools_menu.title(),
        "settings": menus.settings_action.text(),
        "sidebar": window.sidebar.item(0).text(),
    }


def expected_texts(translate) -> dict[str, str]:
    app = translate("MainWindow", "Privacy Desk")
    today = translate("Views", "Today")
    return {
        "title": translate("MainWindow", "{view} — {app}").format(view=today, app=app),
        "file": translate("MainWindow", "&File"),
        "view": translate("MainWindow", "&View", "menu"),
        "tools": translate("MainWindow", "&Tools"),
        "settings": translate("MainWindow", "&Settings…"),
        "sidebar": today,
    }


def test_the_window_opens_in_japanese_on_today_with_the_database_and_user(make_window, db_url):
    window = make_window(db_url)
    assert window.translators.language == "ja"
    assert texts(window) == expected_texts(JA)
    assert window.current_view_key() == "today"
    assert window.session.state is SessionState.OPEN
    location = window.context.services.database_label
    assert location in window.database_label.text()
    assert window.database_label.toolTip() == db_url  # no password in these URLs; see the next test
    assert "tester" in window.user_label.text()
    assert JA("Role", "Administrator") in window.user_label.text()
    assert [a.text() for a in window.menus.language_group.actions()] == ["日本語 (&J)", "&English"]
    assert window.menus.language_actions["ja"].isChecked()


def test_the_status_bar_never_shows_a_password():
    label, tooltip = describe_database("postgresql+psycopg://desk:s3cret@db.example.jp:5432/privacy")
    assert "s3cret" not in label and "s3cret" not in tooltip
    assert label == "postgresql+psycopg://desk:***@db.example.jp:5432/privacy"
    assert describe_database("sqlite:///C:/Users/desk/privacy.sqlite3")[0] == "C:/Users/desk/privacy.sqlite3"


def test_users_is_only_for_administrators(make_window, url):
    first = make_window(url)  # the first user of a new database is its administrator
    assert first.menus.users_action.isEnabled()
    assert first.menus.calculator_action.isEnabled()
    first.close()
    desk = make_window(url, login="desk2")
    assert not desk.menus.users_action.isEnabled()
    assert desk.menus.calculator_action.isEnabled()


def test_ctrl_9_without_a_ninth_view_changes_nothing(make_window, url, qtbot):
    window = make_window(url)
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "today"
    assert window.stack.currentWidget() is window.view_widget("today")
    assert list(window.menus.view_actions)[:2] == ["today", "inbox"]


def test_ctrl_number_switches_views_and_f5_refreshes_the_current_one(make_window, url, qtbot):
    window = make_window(url, views=two_views())
    assert window.view_widget("notes") is None  # made on first show
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    notes = window.view_widget("notes")
    assert window.current_view_key() == "notes" and window.stack.currentWidget() is notes
    assert window.menus.view_actions["notes"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert notes.refreshed == 1
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "today"
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_view_key() == "notes"


def test_switching_language_retranslates_without_restart_and_is_remembered(make_window, url):
    window = make_window(url)
    today = window.view_widget("today")
    ja_heading = today.model.index(0, 0).data()

    window.menus.language_actions["en"].trigger()
    deliver_language_change()
    assert texts(window) == expected_texts(EN)
    assert texts(window)["file"] == "&File"
    assert today.model.index(0, 0).data() == "Tomorrow — Tuesday, December 29"
    assert today.title.text() == "Today"
    assert LocalConfig.load().language == "en"
    assert EN("Role", "Administrator") in window.user_label.text()

    window.menus.language_actions["ja"].trigger()
    deliver_language_change()
    assert texts(window) == expected_texts(JA)
    assert today.model.index(0, 0).data() == ja_heading
    assert "12月29日（火）" in ja_heading
    assert LocalConfig.load().language == "ja"


def test_geometry_and_last_view_come_back_in_the_next_window(make_window, url, qtbot):
    first = make_window(url, views=two_views())
    first.resize(QSize(720, 530))
    first.show_view("notes")
    first.close()
    assert (paths.config_dir() / "window.ini").is_file()

    second = make_window(url, views=two_views())
    assert second.size() == QSize(720, 530)
    assert second.current_view_key() == "notes"

    # A view that is no longer registered falls back to the first one.
    second.close()
    third = make_window(url)
    assert third.current_view_key() == "today"


def test_an_unhandled_exception_shows_a_box_and_is_logged(qapp, qtbot, monkeypatch):
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    hooks = install_exception_hooks()
    try:
        try:
            raise ZeroDivisionError("the numbers did not add up")
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        assert len(shown) == 1
        box = shown[0]
        assert box.icon() == QMessageBox.Icon.Critical
        assert "ZeroDivisionError: the numbers did not add up" in box.informativeText()
        assert str(log_path()) in box.informativeText()
        assert "Traceback" in box.detailedText()
        log = log_path().read_text(encoding="utf-8")
        assert "ZeroDivisionError: the numbers did not add up" in log and "Traceback" in log

        # One the user can act on: its translated message, no traceback.
        error = InvalidInput(QT_TRANSLATE_NOOP("Errors", "A login name is required."))
        sys.excepthook(type(error), error, None)
        assert shown[1].text() == error.translated(QCoreApplication.translate)
        assert shown[1].detailedText() == ""

        # From another thread: logged there, shown on the GUI thread.
        worker = threading.Thread(target=lambda: 1 / 0, name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 3)
        assert "ZeroDivisionError" in shown[2].informativeText()
    finally:
        hooks.uninstall()
    assert sys.excepthook is not hooks.handle


def test_a_database_that_cannot_be_opened_says_why_and_offers_settings(make_window, url, qtbot):
    config = LocalConfig.load()
    config.database_url = "nosuchdb://server/privacy"
    config.save()
    window = make_window(None)
    assert window.session.state is SessionState.FAILED
    panel = window.database_panel
    assert window.central.currentWidget() is panel and panel.isVisible()
    assert "nosuchdb://server/privacy" in panel.reason.text()
    assert "nosuchdb://server/privacy" in panel.location.text()
    assert panel.settings_button.isVisible() and panel.settings_button.isEnabled()
    assert not window.menus.calculator_action.isEnabled()
    assert window.user_label.text() == ""

    # Try again changes nothing while the address is wrong…
    qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    assert window.session.state is SessionState.FAILED

    # …the administrator corrects it in Settings, and the app connects at once.
    qtbot.mouseClick(panel.settings_button, Qt.MouseButton.LeftButton)
    dialog = window.commands.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.url_edit.setText(url)
    dialog.accept()
    assert window.session.state is SessionState.OPEN
    assert window.central.currentWidget() is window.splitter
    assert window.view_widget("today").state.value in ("ready", "empty")
    assert LocalConfig.load().database_url == url


def test_the_about_box_says_what_is_running_and_where(make_window, url):
    from privacy_desk import __version__

    window = make_window(url)
    about = window.commands.make_about()
    labels = " ".join(label.text() for label in about.findChildren(QLabel))
    assert __version__ in labels
    assert window.context.services.database_label in labels
    assert str(paths.log_dir()) in labels
    assert "PySide6" in labels and "MIT" in labels


STARTUP_PROBE = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QTimer
    from privacy_desk.app import FirstPaint, build_main_window, create_application
    from privacy_desk.config import LocalConfig
    from privacy_desk.i18n.qt import Translators

    app = create_application()
    translators = Translators()
    translators.switch("ja")
    window = build_main_window(None, translators=translators, local_config=LocalConfig.load())
    painted = FirstPaint(window)
    painted.did_paint.connect(app.quit)
    window.show()
    QTimer.singleShot(10_000, app.quit)
    app.exec()
    heavy = ("sqlalchemy", "alembic", "reportlab", "babel", "holidays", "email")
    print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
    """
)


def run_python(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"PRIVACY_DESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    import os

    env = {**os.environ, **env}
    env.pop("PRIVACY_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_nothing_heavy_is_imported_before_the_window_has_painted(isolated_home):
    result = run_python(STARTUP_PROBE, isolated_home)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert {"sqlalchemy", "alembic", "reportlab", "babel"}.isdisjoint(loaded)


def test_the_startup_probe_exits_quietly_once_painted(isolated_home):
    result = run_python(
        "from privacy_desk.app import run_gui; raise SystemExit(run_gui(None, startup_probe=True))",
        isolated_home,
    )
    assert (result.returncode, result.stdout) == (0, "")


def test_today_is_the_date_in_the_office_time_zone():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from privacy_desk.app import OfficeClock

    clock = OfficeClock()
    assert clock() == date.today()
    clock.zone = ZoneInfo("Pacific/Kiritimati")
    assert clock() == datetime.now(ZoneInfo("Pacific/Kiritimati")).date()


# -- the operation helper ---------------------------------------------------------------------------


def test_operations_run_off_the_gui_thread_and_answer_on_it(qapp, qtbot):
    from privacy_desk.ui.operations import Operations

    operations = Operations()
    gui_thread = threading.current_thread()
    seen: dict[str, object] = {}

    def task() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def succeeded(result: int) -> None:
        seen["result"], seen["callback"] = result, threading.current_thread()

    with qtbot.waitSignal(operations.did_become_idle, timeout=10_000):
        operations.run(task, succeeded, lambda exc: seen.setdefault("error", exc))
        assert operations.busy
    assert seen["result"] == 42
    assert seen["worker"] is not gui_thread and seen["callback"] is gui_thread
    assert not operations.busy

    failures: list[BaseException] = []
    with qtbot.waitSignal(operations.did_become_idle, timeout=10_000):
        operations.run(lambda: 1 / 0, lambda _r: None, failures.append)
    assert isinstance(failures[0], ZeroDivisionError) and failures[0].__traceback__ is not None


def test_a_slow_operation_shows_a_progress_dialog_and_closes_it(qapp, qtbot):
    from PySide6.QtWidgets import QProgressDialog

    from privacy_desk.ui.operations import Operations

    release = threading.Event()
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    operations = Operations(progress_delay_ms=0)
    done: list[str] = []
    operations.run(lambda: release.wait(10) and "done", done.append, progress="Working…", parent=parent)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)))
    dialog = parent.findChildren(QProgressDialog)[0]
    assert dialog.labelText() == "Working…"
    release.set()
    qtbot.waitUntil(lambda: done == ["done"])
    qtbot.waitUntil(lambda: not any(d.isVisible() for d in parent.findChildren(QProgressDialog)))


def test_synchronous_operations_run_inline_and_failures_default_to_the_error_box(monkeypatch):
    import privacy_desk.ui.errors as ui_errors
    from privacy_desk.ui.operations import Operations

    operations = Operations(synchronous=True)
    results: list[int] = []
    operations.run(lambda: 7, results.append)
    assert results == [7]
    shown: list[BaseException] = []
    monkeypatch.setattr(ui_errors, "show_exception", lambda exc, parent=None: shown.append(exc))
    operations.run(lambda: 1 / 0, results.append)
    assert isinstance(shown[0], ZeroDivisionError)
