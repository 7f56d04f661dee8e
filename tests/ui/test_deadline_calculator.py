"""The deadline calculator as desk staff use it: type a date, read the answers and their basis."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QDialogButtonBox

from privacy_desk.config import COMPANY_CLOSURES, INTERNAL_DUE_DAYS
from privacy_desk.domain.requests import RequestType
from privacy_desk.ui.dialogs.deadline_calculator import DeadlineCalculatorDialog

TOKYO = ZoneInfo("Asia/Tokyo")


def _settings_are_hashable() -> bool:
    try:
        hash(COMPANY_CLOSURES)
    except TypeError:
        return False
    return True


# config.OfficeSetting is a frozen dataclass whose COMPANY_CLOSURES default is a list, so it cannot be a
# key of set_many's dict until config.py gives it a tuple default (or eq=False): reported to the lead.
needs_hashable_settings = pytest.mark.xfail(
    not _settings_are_hashable(), reason="OfficeSetting(COMPANY_CLOSURES) is unhashable", strict=True
)


@pytest.fixture
def calculator(qtbot, services, language):
    dialog = DeadlineCalculatorDialog(
        services.deadlines,
        "en",
        office_tz=TOKYO,
        today=date(2026, 4, 1),
        now=datetime(2026, 12, 1, 10, 0, tzinfo=TOKYO),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_into(qtbot, line_edit, text: str) -> None:
    line_edit.selectAll()
    qtbot.keyClick(line_edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(line_edit, text)
    else:  # Japanese arrives as an input-method commit
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(line_edit, event)


def tick(qtbot, check_box) -> None:
    check_box.setFocus()
    qtbot.keyClick(check_box, Qt.Key.Key_Space)


def choose_type(qtbot, dialog, request_type: RequestType) -> None:
    dialog.type_combo.setFocus()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(request_type.value))


def test_a_disclosure_received_r8_4_1_is_due_on_15_april(qtbot, calculator):
    type_into(qtbot, calculator.received_edit.line_edit, "R8.4.1")
    assert calculator.received_edit.hint.text() == "Wed, Apr 1, 2026"
    # 2026-04-01 + 14 days is Wednesday 15 April, an open day: no move needed.
    assert calculator.due_row.value.text() == "Wednesday, April 15, 2026"
    assert calculator.due_row.kind.text() == "Office policy"
    # Art. 39: two weeks must have passed, so from arrival + 15.
    assert calculator.lawsuit_row.value.text() == "Thursday, April 16, 2026"
    assert calculator.lawsuit_row.kind.text() == "Statutory"
    assert calculator.fee_row.value.text() == "Yes"


@needs_hashable_settings
def test_the_internal_due_date_moves_back_over_closure_days(qtbot, calculator, services):
    services.settings.set(services.actor, COMPANY_CLOSURES, ["2026-04-15"])
    type_into(qtbot, calculator.received_edit.line_edit, "2026-04-01")
    assert calculator.due_row.value.text() == "Tuesday, April 14, 2026"


def test_purpose_has_no_lawsuit_date_and_correction_no_fee(qtbot, calculator):
    choose_type(qtbot, calculator, RequestType.PURPOSE)
    assert calculator.lawsuit_row.value.text() == "—"
    assert calculator.fee_row.value.text() == "Yes"
    choose_type(qtbot, calculator, RequestType.CORRECTION)
    assert calculator.lawsuit_row.value.text() == "Thursday, April 16, 2026"
    assert calculator.fee_row.value.text() == "No"


def test_gdpr_answers_appear_when_the_box_is_ticked(qtbot, calculator):
    assert not calculator.gdpr_row.value.isVisible()
    tick(qtbot, calculator.gdpr_check)
    assert calculator.gdpr_row.value.isVisible()
    assert calculator.gdpr_row.value.text() == "Friday, May 1, 2026"
    assert calculator.gdpr_extended_row.value.text() == "Wednesday, July 1, 2026"
    assert calculator.gdpr_row.kind.text() == "Statutory"


def test_garbage_shows_the_error_inline_and_keeps_the_text(qtbot, calculator):
    line_edit = calculator.received_edit.line_edit
    type_into(qtbot, line_edit, "next tuesday")
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)
    assert calculator.isVisible()  # Enter in a field does not close the calculator
    assert calculator.received_edit.error_text() == "Not a date: next tuesday"
    assert line_edit.text() == "next tuesday"
    assert calculator.due_row.value.text() == "—"
    assert not calculator.copy_button.isEnabled()


def test_a_breach_learned_of_on_1_december_is_finally_due_after_the_new_year_break(qtbot, calculator):
    calculator.tabs.setCurrentWidget(calculator.breach_tab)
    type_into(qtbot, calculator.aware_date_edit.line_edit, "2026-12-01")
    assert calculator.preliminary_target_row.value.text() == "Friday, December 4, 2026"
    assert calculator.preliminary_due_row.value.text() == "Sunday, December 6, 2026"
    assert calculator.preliminary_due_row.kind.text() == "Guideline"
    # Day 30 is 30 December, inside 29 Dec – 3 Jan: the next open day is Monday 4 January.
    assert calculator.final_due_row.value.text() == "Monday, January 4, 2027"
    assert calculator.final_due_row.kind.text() == "Statutory"
    assert calculator.gdpr_72_row.value.text() == "Dec 4, 2026, 10:00\u202fAM (Asia/Tokyo)"


def test_a_malicious_act_gives_60_days_and_the_time_moves_the_gdpr_deadline(qtbot, calculator):
    calculator.tabs.setCurrentWidget(calculator.breach_tab)
    tick(qtbot, calculator.malicious_check)
    # 2026-12-01 + 59 days is Friday 29 January 2027.
    assert calculator.final_due_row.value.text() == "Friday, January 29, 2027"
    calculator.aware_time_edit.setTime(calculator.aware_time_edit.time().addSecs(5 * 3600))
    assert calculator.gdpr_72_row.value.text() == "Dec 4, 2026, 3:00\u202fPM (Asia/Tokyo)"


def test_copy_puts_the_answers_on_the_clipboard_as_plain_text(qtbot, calculator):
    qtbot.mouseClick(calculator.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Deadlines for a request (Disclosure) received on Apr 1, 2026\n")
    assert "Internal due date\tWednesday, April 15, 2026\tOffice policy\t" in text
    assert "GDPR" not in text  # only the rows on screen
    calculator.tabs.setCurrentWidget(calculator.breach_tab)
    qtbot.mouseClick(calculator.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert "Final report (確報) due\tMonday, January 4, 2027\tStatutory\t" in text


def test_switching_language_retranslates_the_open_calculator(qtbot, calculator, language):
    close = calculator.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Close"
    language("ja")
    assert close.text() == "閉じる"  # from Qt's own catalogue
    assert calculator.language == "ja"
    assert calculator.due_row.value.text() == "2026年4月15日\n令和8年4月15日（水）"
    assert calculator.received_edit.hint.text() == "令和8年4月1日（水）"
    calculator.tabs.setCurrentWidget(calculator.breach_tab)
    assert calculator.final_due_row.value.text() == "2027年1月4日\n令和9年1月4日（月）"
    assert calculator.gdpr_72_row.value.text() == "2026/12/04 10:00 (Asia/Tokyo)"
    language("en")
    assert close.text() == "Close"
    assert calculator.final_due_row.value.text() == "Monday, January 4, 2027"


def test_keyboard_only(qtbot, calculator):
    assert calculator.focusWidget() is calculator.received_edit.line_edit
    assert calculator.type_label.buddy() is calculator.type_combo
    assert calculator.received_label.buddy() is calculator.received_edit
    assert calculator.aware_label.buddy() is calculator.aware_date_edit
    qtbot.keyClick(calculator, Qt.Key.Key_Escape)
    assert not calculator.isVisible()


def test_refresh_answers_again_after_the_office_settings_change(qtbot, calculator, services):
    services.settings.set(services.actor, INTERNAL_DUE_DAYS[RequestType.DISCLOSURE], 10)
    assert calculator.due_row.value.text() == "Wednesday, April 15, 2026"  # not yet told
    calculator.refresh(office_tz=ZoneInfo("Europe/Berlin"))
    assert calculator.due_row.value.text() == "Friday, April 10, 2026"  # 1 April + 10
    assert calculator.aware_zone.text() == "Europe/Berlin"
    # The typed 10:00 is now office time in Berlin; 72 hours later, shown in that zone.
    assert calculator.gdpr_72_row.value.text() == "Dec 4, 2026, 10:00\u202fAM (Europe/Berlin)"
