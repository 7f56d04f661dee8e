"""`privacy-desk selftest`: the whole GUI, offscreen, on a demo database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from privacy_desk.services.demo import fill_demo
from privacy_desk.ui.selftest import run_selftest


def test_the_selftest_passes_on_a_demo_database(services, db_url):
    fill_demo(services)
    # Widgets earlier tests left (closed, not deleted) are not the self-test's, even if its language switch
    # shows one again.
    before = {id(w) for w in QApplication.topLevelWidgets()}
    assert run_selftest(db_url) == []
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
    assert not left, "the self-test cleans up the windows it opened"


def test_the_selftest_reports_a_database_it_cannot_open(qapp, tmp_path: Path):
    failures = run_selftest("nosuchdb://nowhere/privacy")
    assert len(failures) == 1 and failures[0].startswith("database:")
