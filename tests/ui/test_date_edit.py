"""The date field: what a user types, sees and picks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QInputMethodEvent

from privacy_desk.ui.widgets.date_edit import DateEdit


@pytest.fixture
def edit(qtbot, language):
    widget = DateEdit()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot, edit: DateEdit, text: str) -> None:
    """Type as a user does: keys for ASCII, an input-method commit for Japanese (QTest cannot send
    non-Latin-1 keys)."""
    edit.line_edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit.line_edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(edit.line_edit, event)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2026-04-01", date(2026, 4, 1)),
        ("R8.4.1", date(2026, 4, 1)),
        ("令和8年4月1日", date(2026, 4, 1)),
        ("Ｒ８．４．１", date(2026, 4, 1)),  # full-width, as a Japanese IME leaves it
        ("H31.4.30", date(2019, 4, 30)),
    ],
)
def test_typed_iso_and_wareki_dates_are_understood(qtbot, edit, typed, expected):
    seen = []
    edit.date_did_change.connect(seen.append)
    type_into(qtbot, edit, typed)
    assert seen[-1] == expected  # earlier ones may be half-typed dates ("H31.4.3")
    assert edit.date() == expected
    assert edit.text() == typed  # what the user typed stays as typed
    assert not edit.has_error()


def test_the_date_is_shown_back_in_the_ui_language(qtbot, edit, language):
    type_into(qtbot, edit, "R8.4.1")
    assert edit.hint.text() == "Wed, Apr 1, 2026"
    language("ja")
    assert edit.hint.text() == "令和8年4月1日（水）"
    assert edit.line_edit.accessibleDescription() == "令和8年4月1日（水）"


def test_garbage_shows_an_inline_error_and_keeps_the_text(qtbot, edit):
    type_into(qtbot, edit, "2026-13-45")
    assert not edit.has_error()  # no scolding while the user is still typing
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Return)
    assert edit.has_error()
    assert edit.message.isVisible()
    assert edit.error_text()
    assert edit.text() == "2026-13-45"
    assert edit.date() is None
    # Not by colour alone: a warning icon in the field, and the words for screen readers.
    assert edit._error_action.isVisible()
    assert edit.line_edit.accessibleDescription() == edit.error_text()


def test_correcting_the_text_clears_the_error(qtbot, edit):
    edit.setText("tomorrow")
    assert edit.has_error()
    type_into(qtbot, edit, "2026-04-02")
    assert not edit.has_error()
    assert not edit.message.isVisible()
    assert edit.date() == date(2026, 4, 2)


def test_leaving_the_field_checks_it(qtbot, edit):
    other = DateEdit()
    qtbot.addWidget(other)
    edit.line_edit.setFocus()
    type_into(qtbot, edit, "R8.2.30")
    edit.validate()  # what focus-out does (offscreen windows do not move focus reliably)
    assert edit.has_error()
    assert edit.text() == "R8.2.30"


def test_empty_means_no_date_and_no_error(qtbot, edit):
    edit.setDate(date(2026, 4, 1))
    with qtbot.waitSignal(edit.date_did_change) as changed:
        edit.line_edit.clear()
    assert changed.args == [None]
    edit.validate()
    assert not edit.has_error()
    assert edit.hint.text() == ""


def test_arrow_keys_step_days_and_page_keys_months(qtbot, edit):
    edit.setDate(date(2026, 1, 31))
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Up)
    assert edit.date() == date(2026, 2, 1)
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Down)
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_PageUp)
    assert edit.date() == date(2026, 2, 28)


def test_the_calendar_popup_picks_a_date(qtbot, edit):
    edit.setDate(date(2026, 4, 1))
    qtbot.mouseClick(edit.calendar_button, Qt.MouseButton.LeftButton)
    popup = edit.calendar_popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2026, 4, 1)
    popup.calendar.setSelectedDate(QDate(2026, 4, 20))
    with qtbot.waitSignal(edit.date_did_change) as changed:
        popup.calendar.activated.emit(popup.calendar.selectedDate())  # Enter or a double-click
    assert changed.args == [date(2026, 4, 20)]
    assert not popup.isVisible()
    assert edit.text() == "2026-04-20"


def test_alt_down_opens_the_calendar_and_esc_closes_it(qtbot, edit):
    qtbot.keyClick(edit.line_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit.calendar_popup
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
