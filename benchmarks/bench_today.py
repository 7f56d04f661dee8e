"""Today at the issue's scale (benchmarks/scale_db.py: 100,000 tickets, most of them overdue, 10,000
cases): the real main window offscreen with its real worker threads, from the moment the database is
open (the services exist) until the agenda's first items are painted, against a bare window with a
table in the same process (show until first paint). Target (issue #10 item 10): usable ≤ 0.5 s.

python benchmarks/bench_today.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_db import ensure

BUDGET_S = 0.5


def main() -> dict[str, float]:
    url = ensure()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow, QTableView

    from privacy_desk.app import build_main_window, create_application
    from privacy_desk.config import LocalConfig
    from privacy_desk.i18n.qt import Translators
    from privacy_desk.ui.today.view import TodayState

    app = create_application()

    def wait(done, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("no answer in time")
            app.processEvents()
            time.sleep(0.0002)

    class PaintWatch(QObject):
        def __init__(self, ready) -> None:
            super().__init__()
            self.ready, self.painted_at = ready, None

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and self.painted_at is None and self.ready():
                self.painted_at = time.perf_counter()
            return False

    bare = QMainWindow()
    bare.setCentralWidget(QTableView())
    bare_watch = PaintWatch(lambda: True)
    bare.installEventFilter(bare_watch)
    started = time.perf_counter()
    bare.show()
    wait(lambda: bare_watch.painted_at is not None)
    bare_s = bare_watch.painted_at - started
    bare.close()

    translators = Translators()
    translators.switch("ja")
    window = build_main_window(url, translators=translators, local_config=LocalConfig.load(), login="bench")
    window.resize(1400, 860)
    window.show()
    today = window.view_widget("today")
    opened: dict[str, float] = {}
    window.context.hub.services_did_open.connect(lambda: opened.setdefault("at", time.perf_counter()))

    def has_items() -> bool:
        return today.state is TodayState.READY and today.model is not None and today.model.item_count() > 0

    watches = []

    def watch_tree() -> bool:
        if today.tree is not None and not watches:
            watches.append(PaintWatch(has_items))
            today.tree.viewport().installEventFilter(watches[0])
        return bool(watches) and watches[0].painted_at is not None

    window.open_database()
    wait(watch_tree)
    today_s = watches[0].painted_at - opened["at"]
    shown = today.model.item_count()
    result = {"today_ready_s": today_s, "bare_table_s": bare_s, "ratio": today_s / bare_s}
    print(
        f"database open → Today's first {shown} items painted: {today_s * 1000:.0f} ms "
        f"(target ≤ {BUDGET_S * 1000:.0f} ms; {today.summary.text()})\n"
        f"bare window with a table, show → painted: {bare_s * 1000:.0f} ms; ratio {result['ratio']:.1f}"
    )
    window.close()
    return result


if __name__ == "__main__":
    main()
