"""No two widgets a window shows share a mnemonic (Alt+letter), in Japanese or in English: a shared
letter makes Alt+letter go to one of them, or cycle, instead of doing what its label says (issue #10)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

from privacy_desk.services.demo import fill_demo
from privacy_desk.ui.widgets.list_page import ListPage


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


def shown_texts(window) -> list[str]:
    """The menu bar's titles and every button, label, group box and tab the window shows."""
    texts = [action.text() for action in window.menuBar().actions()]
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
