"""No two widgets a window or dialog shows share a mnemonic (Alt+letter), in Japanese or in English: a
shared letter makes Alt+letter go to one of them, or cycle, instead of doing what its label says (issue
#10). No menu has two items with one letter either.

The dialogs are found as a user finds them, so a view's new forms are covered when they land: every
command of the File, Tools and Help menus, and every button or menu item named "…" (the convention for
one that opens a dialog) on each view and its open item, on every tab, and in the dialogs they open."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabBar,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from privacy_desk.services.demo import fill_demo
from privacy_desk.ui.widgets.forms import FormDialog
from privacy_desk.ui.widgets.list_page import ListPage

# What the screen shows does not depend on the database: these run on SQLite only (the PostgreSQL
# variant of the demo data behind them costs seconds a test and checks nothing more).
pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

# Qt's own dialogs (files, printing, questions): their texts are Qt's, and each is closed at once.
QT_DIALOGS = (QFileDialog, QPrintDialog, QMessageBox, QInputDialog)
# The forms the test must reach, so that it cannot pass by finding none (issue #10's list); the views'
# other forms (Incidents, Retention, …) are checked as they are found.
EXPECTED = {
    "SettingsDialog",
    "NewCaseDialog",
    "CallDialog",
    "LetterDialog",
    "ReplyDialog",
    "UsersDialog",
    "DeadlineCalculatorDialog",
    "SignatureDialog",
    "PersonDialog",
    "NoteDialog",
    "MergeDialog",
    "MailboxDialog",
    "DecisionDialog",
    "CaseDetailsDialog",
}


def mnemonic(text: str) -> str | None:
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def shared_letters(texts: list[str]) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter:
            letters.setdefault(letter, []).append(text)
    return {letter: used for letter, used in letters.items() if len(used) > 1}


def shown_texts(window: QWidget) -> list[str]:
    """The menu bar's titles and every button, label, group box and tab the window shows."""
    texts = (
        [action.text() for action in window.menuBar().actions()] if isinstance(window, QMainWindow) else []
    )
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
    return texts


@pytest.fixture
def demo_window(make_window, services, db_url):
    fill_demo(services, tickets=30)
    return make_window(db_url)


@pytest.mark.parametrize("code", ["ja", "en"])
def test_every_view_and_its_open_item_use_each_letter_once(demo_window, language, code):
    window = demo_window
    language(code)
    clashes = {}
    for spec in window.views:
        window.show_view(spec.key)
        view = window.view_widget(spec.key)
        if isinstance(view, ListPage) and view.model is not None and view.model.rowCount():
            view.table.selectRow(0)  # the item's page with its buttons and tabs
        tabs = [bar for bar in view.findChildren(QTabBar) if bar.isVisibleTo(window)]
        for index in range(max([bar.count() for bar in tabs] or [1])):
            for bar in tabs:
                if index < bar.count():
                    bar.setCurrentIndex(index)
            shared = shared_letters(shown_texts(window))
            if shared:
                clashes[(spec.key, index)] = shared
    assert clashes == {}, "\n".join(f"{k}: {v}" for k, v in clashes.items())


@pytest.mark.parametrize("code", ["ja", "en"])
def test_each_menu_uses_each_letter_once(demo_window, language, code):
    language(code)
    clashes = {}
    for title in demo_window.menuBar().actions():
        menu = title.menu()
        if menu is None:
            continue
        menu.aboutToShow.emit()  # menus that fill themselves when opened
        shared = shared_letters([action.text() for action in menu.actions() if action.isVisible()])
        if shared:
            clashes[title.text()] = shared
    assert clashes == {}, "\n".join(f"{k}: {v}" for k, v in clashes.items())


# -- dialogs -------------------------------------------------------------------------------------------


def tab_clashes(root: QWidget, shown_in: QWidget) -> dict[int, dict[str, list[str]]]:
    """The letters shared in `root` (as `shown_in` shows it), on each tab of its tab bars in turn."""
    clashes = {}
    tabs = [bar for bar in root.findChildren(QTabBar) if bar.isVisibleTo(shown_in)]
    for index in range(max([bar.count() for bar in tabs] or [1])):
        for bar in tabs:
            if index < bar.count() and bar.isTabEnabled(index):
                bar.setCurrentIndex(index)
        if shared := shared_letters(shown_texts(shown_in)):
            clashes[index] = shared
    return clashes


def still(thing, do: Callable[[], None]) -> Callable[[], None]:
    """`do`, unless the widget or action went meanwhile (a page built again after a change)."""
    return lambda: do() if isValid(thing) and getattr(thing, "isEnabled", lambda: True)() else None


def openers(root: QWidget, shown_in: QWidget) -> Iterator[tuple[str, Callable[[], None]]]:
    """Each enabled button named "…" that `root` shows, and each "…" item of its buttons' menus."""
    for button in root.findChildren(QAbstractButton):
        if not (button.isVisibleTo(shown_in) and button.isEnabled()):
            continue
        if button.text().rstrip().endswith("…"):
            yield button.text(), still(button, button.click)
        menu = button.menu() if hasattr(button, "menu") else None
        if menu is not None:
            menu.aboutToShow.emit()  # menus that fill themselves when opened
            for action in menu.actions():
                if action.isVisible() and action.isEnabled() and action.text().rstrip().endswith("…"):
                    yield action.text(), still(action, action.trigger)


class Explorer:
    """Opens what a user can open and checks each dialog that appears (`found`: class name → clashes)."""

    def __init__(self, qtbot, depth: int = 2) -> None:
        self.qtbot = qtbot
        self.depth = depth
        self.found: dict[str, dict] = {}
        self._opening = False
        self._guard = QTimer()
        self._guard.timeout.connect(self._close_blocking)

    @contextmanager
    def guarding(self) -> Iterator[None]:
        self._guard.start(0)  # runs inside a dialog's own event loop (exec), where a click would block
        try:
            yield
        finally:
            self._guard.stop()

    def _close_blocking(self) -> None:
        """A dialog run with exec() blocks the click that opened it: checked (ours) and closed here."""
        dialog = QApplication.activeModalWidget()
        if not self._opening or not isinstance(dialog, QDialog) or dialog.property("explored"):
            return
        dialog.setProperty("explored", True)
        if not isinstance(dialog, QT_DIALOGS):
            self.check(dialog)
        dialog.reject()

    def check(self, dialog: QDialog) -> None:
        clashes = tab_clashes(dialog, dialog)
        menus = {}
        for button in dialog.findChildren(QToolButton):
            if button.menu() is not None and button.isVisibleTo(dialog):
                button.menu().aboutToShow.emit()
                shared = shared_letters([a.text() for a in button.menu().actions() if a.isVisible()])
                if shared:
                    menus[button.text()] = shared
        key = type(dialog).__name__
        self.found.setdefault(key, {}).update({**clashes, **menus})

    def open(self, what: str, opener: Callable[[], None], depth: int) -> None:
        before = {w for w in QApplication.topLevelWidgets() if w.isVisible()}
        self._opening = True
        try:
            with self.qtbot.capture_exceptions():  # a view's half-built form is not this test's business
                opener()
        finally:
            self._opening = False
        QApplication.processEvents()
        new = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]
        for dialog in [w for w in new if isinstance(w, QDialog)]:
            if isinstance(dialog, QT_DIALOGS) or dialog.property("explored"):
                dialog.reject()
                continue
            dialog.setProperty("explored", True)
            self.check(dialog)
            if depth > 1 and not isinstance(dialog, FormDialog):  # a form's own "…" may act on what it holds
                for text, inner in list(openers(dialog, dialog)):
                    self.open(f"{what} › {text}", inner, depth - 1)
            dialog.reject()
            dialog.close()
            QApplication.processEvents()

    def view(self, window, key: str) -> None:
        """The view's "…" buttons, then those of its open item on each of its tabs."""
        window.show_view(key)
        view = window.view_widget(key)
        if isinstance(view, ListPage) and view.model is not None and view.model.rowCount():
            view.table.selectRow(0)
        tabs = [bar for bar in view.findChildren(QTabBar) if bar.isVisibleTo(window)]
        done: set[str] = set()
        for index in range(max([bar.count() for bar in tabs] or [1])):
            for bar in tabs:
                if index < bar.count() and bar.isTabEnabled(index):
                    bar.setCurrentIndex(index)
            for text, opener in list(openers(view, window)):
                if text not in done:
                    done.add(text)
                    self.open(f"{key} › {text}", opener, self.depth)


@pytest.mark.parametrize("code", ["ja", "en"])
def test_every_dialog_a_user_can_open_uses_each_letter_once(demo_window, language, qtbot, code):
    window = demo_window
    language(code)
    explorer = Explorer(qtbot)
    with explorer.guarding():
        for title in window.menuBar().actions():  # File, Tools, Help: settings, tools, view commands
            menu = title.menu()
            if menu is None or menu is window.menus.view_menu or menu is window.menus.language_menu:
                continue
            menu.aboutToShow.emit()
            for action in menu.actions():
                wanted = action.isVisible() and action.isEnabled() and not action.isSeparator()
                if wanted and action is not window.menus.quit_action:
                    explorer.open(action.text(), action.trigger, explorer.depth)
        for spec in window.views:
            explorer.view(window, spec.key)
        inbox = window.view_widget("inbox")
        ticket, office_tz = inbox.model.rows[0], window.context.services.settings.office_tz()
        for spec in window.views:  # the forms a view offers the others (ViewSpec.forms), made for a ticket
            for key, make in spec.forms:

                def form(make=make) -> None:
                    make(window.context, ticket, office_tz, parent=window).open()

                explorer.open(key, form, 1)
    print("dialogs checked:", sorted(explorer.found))  # what -s shows: the forms the test reached
    missing = EXPECTED - set(explorer.found)
    assert not missing, f"not reached: {sorted(missing)}"
    clashes = {name: found for name, found in explorer.found.items() if found}
    assert clashes == {}, "\n".join(f"{k}: {v}" for k, v in clashes.items())
