"""The GUI meets bad files as the command line does: a translated reason, never a hang or a raw error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from privacy_desk.i18n.qt import catalogue
from privacy_desk.ui.session import SessionState

JA = catalogue("ja")


def test_a_damaged_database_file_is_named_as_such_at_start(make_window, tmp_path):
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not a database, just text " * 200)
    window = make_window(f"sqlite:///{path}")
    assert window.session.state is SessionState.FAILED
    reason = window.database_panel.reason.text()
    assert str(path) in reason and "壊れて" in reason
    assert "Unexpected" not in reason and "DatabaseError" not in reason


def test_import_reasons_are_translated_and_many_are_not_all_listed(make_window, tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "broken.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 3000)
    (folder / "empty-messages.mbox").write_bytes(b"From x@example.jp Mon Jan  1 00:00:00 2024\n\n" * 3000)
    window = make_window(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    window.show_view("inbox")
    inbox = window.view_widget("inbox")

    inbox.import_paths([str(folder)])

    box = inbox.summary_box
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Warning
    assert "broken.msg: " + JA("Errors", "the file is damaged or is not an Outlook message") in box.text()
    assert "empty-messages.mbox#1: " + JA("Errors", "empty message") in box.text()
    details = box.detailedText().splitlines()
    assert len(details) == 1001 and details[-1] == JA("Inbox", "… and %n more.", None, 2001)
    box.close()


def test_counting_messages_for_the_progress_bar_does_not_wait_on_a_fifo(tmp_path):
    """The GUI's import counts the messages first; a FIFO there waited for a writer forever."""
    folder = tmp_path / "drop"
    folder.mkdir()
    os.mkfifo(folder / "pipe.eml")
    os.mkfifo(tmp_path / "pipe.mbox")
    script = (
        "import json, sys\n"
        "from privacy_desk.services.container import open_services\n"
        "services = open_services(sys.argv[1], login='tester')\n"
        "summary = services.ticket_import.import_paths(\n"
        "    services.actor, sys.argv[2:], progress=lambda done, total: None\n"
        ")\n"
        "print(json.dumps(summary.as_json()))\n"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            f"sqlite:///{tmp_path / 'desk.sqlite3'}",
            str(folder),
            str(tmp_path / "pipe.mbox"),
        ],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        timeout=60,
    )
    assert done.returncode == 0, done.stderr.decode()
    failed = json.loads(done.stdout)["failed"]
    assert [f["origin"] for f in failed] == [str(folder / "pipe.eml"), str(tmp_path / "pipe.mbox")]
