"""The main window and a database that is not what it seems: a mistyped path (asked about, nothing made
on No), a file this desk may only read (a banner, writes refused in the user's language), and a driver's
error (translated, its own text under Details and in the log)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from privacy_desk.config import LocalConfig
from privacy_desk.i18n.qt import catalogue
from privacy_desk.ui.errors import error_box, log_path
from privacy_desk.ui.hub import Changed, UsersChanged
from privacy_desk.ui.session import SessionState

JA = catalogue("ja")
READ_ONLY_JA = "読み取り専用で開かれているため、何も変更されませんでした"


@pytest.fixture
def boxes(monkeypatch) -> list[QMessageBox]:
    """The error boxes shown (show_exception's exec() would wait for a click)."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def answer(window, button_text: str) -> None:
    box = window.missing_question
    assert box is not None and box.isVisible()
    [button] = [b for b in box.buttons() if b.text() == JA("MainWindow", button_text)]
    button.click()


def test_a_mistyped_path_is_asked_about_and_nothing_is_made_on_no(make_window, tmp_path):
    folder = tmp_path / "shared" / "privacy-dsek"  # the typo
    path = folder / "desk.sqlite3"
    window = make_window(f"sqlite:///{path}", create_missing=False)

    box = window.missing_question
    assert box is not None and box.isVisible()
    assert str(path) in box.text() and "データベースがありません" in box.text()
    assert box.defaultButton().text() == JA("MainWindow", "&Do Not Create")
    answer(window, "&Do Not Create")

    assert not folder.exists() and not folder.parent.exists()  # no file, no folder
    assert window.session.state is SessionState.FAILED and window.context.services is None
    panel = window.database_panel
    assert window.central.currentWidget() is panel
    assert str(path) in panel.reason.text() and "作成しませんでした" in panel.reason.text()
    assert "--create" not in panel.reason.text()  # the GUI's wording, not the command line's

    # Try Again asks again; this time the administrator means it.
    panel.retry_button.click()
    answer(window, "&Create Database")
    assert window.session.state is SessionState.OPEN
    assert path.is_file() and window.central.currentWidget() is window.splitter


def test_a_path_chosen_in_settings_that_does_not_exist_is_asked_about(make_window, tmp_path):
    window = make_window(None, create_missing=False)  # the app's own default database: no question
    assert window.session.state is SessionState.OPEN and window.missing_question is None
    wanted = tmp_path / "elsewhere" / "office.sqlite3"

    window.commands.open_settings()
    dialog = window.commands.settings_dialog
    dialog.url_edit.setText(f"sqlite:///{wanted}")
    dialog.accept()

    assert LocalConfig.load().database_url == f"sqlite:///{wanted}"
    answer(window, "&Do Not Create")
    assert not wanted.parent.exists()
    window.open_database()
    answer(window, "&Create Database")
    assert wanted.is_file() and window.session.state is SessionState.OPEN


@pytest.fixture
def read_only_url(tmp_path: Path) -> str:
    """A database made by a desk that may write it, then marked read-only (as a file a user may only
    read is: under root, whom permissions do not stop, the missing write bits still say so)."""
    from privacy_desk.services.container import open_services

    path = tmp_path / "office.sqlite3"
    url = f"sqlite:///{path}"
    open_services(url, login="tester").close()
    path.chmod(0o444)
    return url


def test_a_read_only_database_shows_the_banner_and_refuses_writes_in_japanese(
    make_window, read_only_url, boxes
):
    window = make_window(read_only_url)
    assert window.session.state is SessionState.OPEN and window.context.services.db.read_only
    banner = window.read_only_banner
    assert banner is not None and banner.isVisible() and banner.text().startswith("読み取り専用")
    assert not window.menus.users_action.isEnabled()  # the administrator's users tool changes things
    assert window.database_label.text().endswith("（読み取り専用）")

    ran = []

    def change(services):
        ran.append(services)
        return Changed.of(None, UsersChanged())

    window.context.work.write(change).run(window)

    assert ran == []  # refused before it started
    assert len(boxes) == 1 and READ_ONLY_JA in boxes[0].text()

    # A form's OK (bound when the form opens) is refused the same way, before it runs.
    save = window.context.work.bind(lambda services: ran.append(services))
    with pytest.raises(Exception, match="reading only") as refused:
        save()
    assert READ_ONLY_JA in refused.value.translated(JA) and ran == []


def test_a_writable_database_has_no_banner(make_window, tmp_path):
    window = make_window(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    assert window.read_only_banner is None or not window.read_only_banner.isVisible()
    assert window.menus.users_action.isEnabled()


def test_a_driver_error_reaches_a_japanese_screen_in_japanese_with_its_details(
    make_window, read_only_url, boxes
):
    window = make_window(read_only_url)
    services = window.context.services
    services.db.read_only = False  # as if the file had looked writable: SQLite itself refuses now
    actor = services.actor

    window.context.work.write(
        lambda services: Changed.of(services.users.add(actor, "sato", "佐藤", actor.role), UsersChanged())
    ).run(window)

    [box] = boxes
    assert READ_ONLY_JA in box.text()  # the user's language, not the driver's English
    assert "attempt to write a readonly database" in box.detailedText()  # the technical detail
    assert "attempt to write a readonly database" in log_path().read_text(encoding="utf-8")
    assert services.db.read_only  # what SQLite said is remembered: the next write is refused first


def test_a_system_error_is_said_in_japanese_with_the_system_text_under_details(ui_translators):
    error = PermissionError(errno.EACCES, os.strerror(errno.EACCES), "/srv/share/report.pdf")
    box = error_box(error)
    assert box.text() == "Privacy Desk は /srv/share/report.pdf を使用できません。アクセス権がありません。"
    assert "[Errno 13]" in box.detailedText() and "/srv/share/report.pdf" in box.detailedText()
    full = error_box(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/tmp/x.csv"))
    assert "ディスクがいっぱい" in full.text()
