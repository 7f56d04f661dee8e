"""The lists' columns and filters fit what they show (issue #10 §7): at 1920×1080 no cell and no header
is cut; at 1120×720 the headers are whole and the cells say less (short labels, the whole text in the
tooltip) rather than end in "…"; every filter combo shows its choice whole; the case page has most of the
Requests view's height; the Inbox's Confirm does not touch the category."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from privacy_desk.domain.tickets import TicketStatus
from privacy_desk.ui.inbox.model import Column as TicketColumn
from privacy_desk.ui.requests.model import Column as CaseColumn
from tests.ui import test_screens
from tests.ui.test_screens import SMALL, shown

# What the screen shows does not depend on the database: these run on SQLite only (the PostgreSQL
# variant of the demo data behind them costs seconds a test and checks nothing more).
pytestmark = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

demo_window = test_screens.demo_window  # the same demo data and window (a fixture)

LARGE = QSize(1920, 1080)
ROLE = Qt.ItemDataRole


def cell_width(view, row: int, column: int) -> int:
    """The room a cell's text needs: its font's width of the text, the delegate's margins and the icon."""
    table = view.table
    index = view.model.index(row, column)
    font = index.data(ROLE.FontRole) or table.font()
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    width = QFontMetrics(font).horizontalAdvance(index.data() or "") + 2 * margin
    if index.data(ROLE.DecorationRole) is not None:
        width += style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, table) + 2 * margin
    return width


def header_width(view, column: int) -> int:
    header = view.table.horizontalHeader()
    text = view.model.headerData(column, Qt.Orientation.Horizontal)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return header.fontMetrics().horizontalAdvance(text) + 2 * margin


def elided(view, columns) -> list[tuple[int, str, int, int]]:
    """(column, the widest text, its width, the column's) wherever a cell is cut."""
    header = view.table.horizontalHeader()
    cut = []
    for column in columns:
        rows = range(view.model.rowCount())
        row = max(rows, key=lambda r: cell_width(view, r, column))
        if cell_width(view, row, column) > header.sectionSize(column):
            text = view.model.index(row, column).data()
            cut.append((column, text, cell_width(view, row, column), header.sectionSize(column)))
    return cut


def others(view) -> list[int]:
    return [c for c in range(view.model.columnCount()) if c != view.stretch_column]


@pytest.mark.parametrize("code", ["ja", "en"])
def test_at_1920_no_cell_and_no_header_is_cut(demo_window, language, code):
    window = demo_window()
    window.resize(LARGE)
    language(code)
    for key in ("inbox", "requests"):
        view = shown(window, key)
        assert view.model.rowCount() > 5 and view.model.compact == 0, key  # all the words
        assert elided(view, others(view)) == [], key
        header = view.table.horizontalHeader()
        assert all(header_width(view, c) <= header.sectionSize(c) for c in range(header.count())), key
        sizes = [header.sectionSize(c) for c in range(header.count())]
        assert sizes[view.stretch_column] == max(sizes) and sum(sizes) <= view.table.viewport().width()
    requests = window.view_widget("requests")  # the Requests list names a person, never just "…"
    assert elided(requests, [CaseColumn.REQUESTER]) == []


@pytest.mark.parametrize("code", ["ja", "en"])
def test_at_1120_the_headers_are_whole_and_the_cells_say_less_rather_than_being_cut(
    demo_window, language, code
):
    window = demo_window()
    language(code)
    for key, sort in (("inbox", "status"), ("requests", "state")):
        view = shown(window, key)
        header = view.table.horizontalHeader()
        for _ in range(2):  # as first shown, then sorted by another column (its arrow shown)
            for column in range(header.count()):
                if column != view.stretch_column:
                    assert header_width(view, column) <= header.sectionSize(column), (key, column)
            assert elided(view, others(view)) == [], key
            sizes = [header.sectionSize(c) for c in range(header.count())]
            assert sizes[view.stretch_column] == max(sizes) and sum(sizes) <= view.table.viewport().width()
            view.table.sortByColumn(view.model.column_of(sort), Qt.SortOrder.AscendingOrder)
        assert view.model.compact == view.model.COMPACT_LEVELS, key  # the short labels


def test_the_short_labels_keep_the_whole_text_in_the_tooltip_and_for_screen_readers(demo_window, language):
    window = demo_window()
    language("en")
    inbox = shown(window, "inbox")
    assert inbox.model.compact == inbox.model.COMPACT_LEVELS
    waiting = next(n for n, row in enumerate(inbox.model.rows) if row.status is TicketStatus.WAITING)
    status = inbox.model.index(waiting, TicketColumn.STATUS)
    assert status.data() == "Waiting"
    assert status.data(ROLE.ToolTipRole) == status.data(ROLE.AccessibleTextRole) == "Waiting for requester"
    suggested = next(n for n, row in enumerate(inbox.model.rows) if not row.category_confirmed)
    category = inbox.model.index(suggested, TicketColumn.CATEGORY)
    assert "(suggested)" not in category.data() and category.data(ROLE.FontRole).italic()
    assert "(suggested)" in category.data(ROLE.AccessibleTextRole) in category.data(ROLE.ToolTipRole)

    requests = shown(window, "requests")
    rows = requests.model.rows
    paused = next(n for n, row in enumerate(rows) if row.waiting_for is not None and row.state.is_open)
    state = requests.model.index(paused, CaseColumn.STATE)
    assert state.data().endswith("(waiting)")
    assert state.data(ROLE.AccessibleTextRole).endswith("(waiting for requester)")
    long_type = next(n for n, row in enumerate(rows) if row.request_type.name == "PROVISION_RECORD")
    kind = requests.model.index(long_type, CaseColumn.TYPE)
    assert kind.data() == "Provision records"
    assert kind.data(ROLE.ToolTipRole) == "Disclosure of third-party provision records"

    window.resize(LARGE)  # room again: the whole words
    assert requests.model.compact == 0 and shown(window, "inbox").model.compact == 0
    assert kind.data() == "Disclosure of third-party provision records"


def choice_is_whole(combo: QComboBox) -> bool:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()


@pytest.mark.parametrize("code", ["ja", "en"])
@pytest.mark.parametrize("size", [SMALL, LARGE])
def test_every_filter_combo_shows_each_of_its_choices_whole(demo_window, language, qtbot, code, size):
    window = demo_window()
    window.resize(size)
    language(code)
    for key in ("inbox", "requests", "incidents"):
        view = shown(window, key)
        combos = [
            view.filter_row.itemAt(i).widget()
            for i in range(view.filter_row.count())
            if isinstance(view.filter_row.itemAt(i).widget(), QComboBox)
        ]
        assert len(combos) >= 1, key
        for combo in combos:
            for index in range(combo.count()):
                combo.setCurrentIndex(index)
                view.layout().activate()  # the row laid out again for the new choice
                assert choice_is_whole(combo), (key, combo.currentText(), combo.width())
            combo.setCurrentIndex(0)
        assert window.size() == size  # the filters never make the window wider


@pytest.mark.parametrize("size", [SMALL, QSize(1366, 768)])
def test_the_case_page_has_most_of_the_requests_height_and_keeps_the_users_split(demo_window, size):
    window = demo_window()
    window.resize(size)
    requests = shown(window, "requests")
    page, splitter = requests.page, requests.splitter
    assert page.stack.currentIndex() == 1  # the case is shown
    assert page.height() >= splitter.height() * 2 // 3
    assert page.tabs.currentWidget().height() >= requests.table.height()  # more than a few lines to read
    window.resize(SMALL)
    splitter.setSizes([100, splitter.height() - 100 - splitter.handleWidth()])  # as the user drags it
    kept = splitter.sizes()
    window.close()
    again = demo_window()  # at 1120×720 again
    assert shown(again, "requests").splitter.sizes() == kept


def test_confirm_keeps_its_distance_from_the_category(demo_window, language):
    window = demo_window()
    for code in ("ja", "en"):
        language(code)
        inbox = shown(window, "inbox")
        suggested = next(n for n, row in enumerate(inbox.model.rows) if not row.category_confirmed)
        inbox.table.selectRow(suggested)
        detail = inbox.detail
        assert detail.confirm_button.isVisible()
        combo, button = detail.category_combo.geometry(), detail.confirm_button.geometry()
        assert button.left() - combo.right() >= 6, code
