"""File › Settings: this desk's language and database, and the office's deadline policy."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox

from privacy_desk import paths
from privacy_desk.app import build_views
from privacy_desk.config import (
    COMPANY_CLOSURES,
    IDENTITY_DOCUMENTS,
    INTERNAL_DUE_DAYS,
    OFFICE_TIMEZONE,
    REQUEST_FEE_YEN,
    SMTP_FROM_NAME,
    LocalConfig,
)
from privacy_desk.domain.requests import RequestType
from privacy_desk.errors import QT_TRANSLATE_NOOP, StorageError
from privacy_desk.services.container import open_services
from privacy_desk.ui.dialogs.deadline_calculator import DeadlineCalculatorDialog
from privacy_desk.ui.dialogs.settings_dialog import SettingsDialog


@pytest.fixture
def desk_services(services, db_url):
    """`services` signed in "tester", the database's first user and so its administrator; users who come
    later start as desk staff."""
    opened = open_services(db_url, login="desk-person")
    yield opened
    opened.close()


@pytest.fixture
def open_dialog(qtbot, language):
    def open_(services, config: LocalConfig | None = None, **kwargs) -> SettingsDialog:
        # The pages the features register (Requests' fee and documents), as the main window passes them.
        kwargs.setdefault("views", build_views())
        dialog = SettingsDialog(config or LocalConfig.load(), services, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def set_spin(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    spin.interpretText()


def press(qtbot, dialog: SettingsDialog, button: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)


OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel
DISCLOSURE_DAYS = INTERNAL_DUE_DAYS[RequestType.DISCLOSURE]


def test_desk_staff_see_the_office_deadlines_read_only(qtbot, open_dialog, desk_services):
    dialog = open_dialog(desk_services)
    dialog.tabs.setCurrentWidget(dialog.office_tab)
    assert "Only an administrator can change them" in dialog.office_note.text()
    assert "desk-person (Desk staff)" in dialog.office_note.text()
    spin = dialog.due_spins[RequestType.DISCLOSURE]
    assert spin.value() == 14 and spin.isReadOnly()
    assert not dialog.timezone_combo.isEnabled()
    assert not dialog.add_closure_button.isVisible()
    set_spin(qtbot, spin, 3)  # typing into a read-only field does nothing
    press(qtbot, dialog, OK)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.changed_office_settings
    assert desk_services.settings.get(DISCLOSURE_DAYS) == 14


def test_an_administrators_due_days_persist_and_change_the_calculators_answer(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    dialog.tabs.setCurrentWidget(dialog.office_tab)
    assert "shared by every desk" in dialog.office_note.text()
    set_spin(qtbot, dialog.due_spins[RequestType.DISCLOSURE], 7)
    press(qtbot, dialog, OK)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changed_office_settings
    assert dialog.changed_language is None and not dialog.changed_database_url
    assert services.settings.get(DISCLOSURE_DAYS) == 7

    again = open_dialog(services)
    assert again.due_spins[RequestType.DISCLOSURE].value() == 7

    calculator = DeadlineCalculatorDialog(services.deadlines, "en", today=date(2026, 4, 1))
    qtbot.addWidget(calculator)
    assert calculator.due_row.value.text() == "Wednesday, April 8, 2026"


def test_an_invalid_value_saves_nothing_and_keeps_the_input(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    set_spin(qtbot, dialog.due_spins[RequestType.DISCLOSURE], 7)
    dialog.tabs.setCurrentWidget(dialog.local_tab)
    dialog.timezone_combo.setEditText("Mars/Olympus")
    press(qtbot, dialog, OK)
    assert dialog.isVisible()  # still open, with what the user entered
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text() == "Nothing was saved: Unknown time zone: Mars/Olympus"
    assert dialog.tabs.currentWidget() is dialog.office_tab
    assert dialog.due_spins[RequestType.DISCLOSURE].value() == 7
    assert dialog.timezone_combo.currentText() == "Mars/Olympus"
    assert services.settings.get(DISCLOSURE_DAYS) == 14  # one transaction: the good value did not go in
    assert services.settings.get(OFFICE_TIMEZONE) == "Asia/Tokyo"

    dialog.timezone_combo.setEditText("Europe/Berlin")
    press(qtbot, dialog, OK)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.settings.get(OFFICE_TIMEZONE) == "Europe/Berlin"
    assert services.settings.get(DISCLOSURE_DAYS) == 7


@pytest.mark.parametrize("code", ["ja", "en"])
def test_a_desk_name_pasted_on_two_lines_is_refused_in_the_form(qtbot, open_dialog, services, language, code):
    language(code)
    dialog = open_dialog(services)
    page = next(p for p in dialog.pages if hasattr(p, "from_name_edit"))  # Sending Mail
    dialog.tabs.setCurrentWidget(page)
    page.from_name_edit.setText("個人情報\n問い合わせ窓口")  # as a paste from a letter puts it
    press(qtbot, dialog, OK)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    reason = QCoreApplication.translate(
        "Errors", "Write the desk's name on one line, without line breaks or tabs."
    )
    assert reason in dialog.message.text() and "ValueError" not in dialog.message.text()
    assert (code == "en") == reason.isascii()  # the Japanese screen says it in Japanese
    assert page.from_name_edit.text() == "個人情報\n問い合わせ窓口"  # kept, to be corrected
    assert services.settings.get(SMTP_FROM_NAME) == ""


def type_closure(qtbot, dialog: SettingsDialog, text: str) -> None:
    line_edit = dialog.closure_date.line_edit
    line_edit.setFocus()
    if text.isascii():
        qtbot.keyClicks(line_edit, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(line_edit, event)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def closure_days(dialog: SettingsDialog) -> list[date]:
    items = (dialog.closure_list.item(row) for row in range(dialog.closure_list.count()))
    return [item.data(Qt.ItemDataRole.UserRole) for item in items]


def test_closure_days_are_added_with_enter_removed_with_delete_and_saved(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    dialog.tabs.setCurrentWidget(dialog.office_tab)
    type_closure(qtbot, dialog, "R8.8.14")
    type_closure(qtbot, dialog, "2026-08-13")
    type_closure(qtbot, dialog, "令和8年12月28日")
    assert dialog.isVisible()  # Enter added the day; it did not press OK
    assert closure_days(dialog) == [date(2026, 8, 13), date(2026, 8, 14), date(2026, 12, 28)]
    assert dialog.closure_list.item(0).text() == "2026-08-13  (Thu, Aug 13, 2026)"
    dialog.closure_list.setFocus()
    qtbot.keyClick(dialog.closure_list, Qt.Key.Key_Up)  # from the day just added to 2026-08-14
    qtbot.keyClick(dialog.closure_list, Qt.Key.Key_Delete)
    assert closure_days(dialog) == [date(2026, 8, 13), date(2026, 12, 28)]
    press(qtbot, dialog, OK)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.settings.get(COMPANY_CLOSURES) == ["2026-08-13", "2026-12-28"]


def test_a_closure_day_that_is_not_a_date_is_explained_and_not_added(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    dialog.tabs.setCurrentWidget(dialog.office_tab)
    type_closure(qtbot, dialog, "R8.2.30")
    assert closure_days(dialog) == []
    assert dialog.closure_date.error_text() == "There is no such day: R8.2.30"
    assert dialog.closure_date.text() == "R8.2.30"
    assert dialog.isVisible()


def test_without_a_database_the_office_tab_explains_and_local_settings_still_save(qtbot, open_dialog):
    config = LocalConfig.load()
    dialog = open_dialog(None, config)
    assert "No database is open" in dialog.office_note.text()
    assert not dialog.due_group.isEnabled()
    assert not dialog.closure_group.isEnabled()
    assert dialog.url_edit.placeholderText() == str(paths.data_dir() / paths.DB_FILENAME)

    dialog.language_en.setFocus()
    qtbot.keyClick(dialog.language_en, Qt.Key.Key_Space)
    qtbot.keyClicks(dialog.url_edit, "postgresql+psycopg://desk@db.example.jp/privacydesk")
    press(qtbot, dialog, OK)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changed_language == "en"
    assert dialog.changed_database_url
    saved = LocalConfig.load()
    assert saved.language == "en"
    assert saved.database_url == "postgresql+psycopg://desk@db.example.jp/privacydesk"


def test_ok_without_changes_reports_nothing_changed(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    assert dialog.language_ja.isChecked()  # Japanese by default
    press(qtbot, dialog, OK)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changed_language is None
    assert not dialog.changed_database_url
    assert not dialog.changed_office_settings
    assert services.audit.entries(entity="setting") == []


def test_cancel_saves_nothing(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    set_spin(qtbot, dialog.due_spins[RequestType.DISCLOSURE], 9)
    dialog.language_en.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert services.settings.get(DISCLOSURE_DAYS) == 14
    assert LocalConfig.load().language == "ja"


def test_test_connection_succeeds_for_a_reachable_database(qtbot, open_dialog, tmp_path):
    dialog = open_dialog(None)
    (tmp_path / "other.sqlite3").touch()  # a file that does not exist is not made: not "reachable"
    dialog.url_edit.setText(f"sqlite:///{(tmp_path / 'other.sqlite3').as_posix()}")
    with qtbot.waitSignal(dialog.connection_test_did_finish, timeout=10_000) as finished:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert not dialog.test_button.isEnabled()  # while the worker thread tries
    assert finished.args == [True]
    assert dialog.test_result.text() == "Connected successfully."
    assert dialog.test_button.isEnabled()


def test_test_connection_shows_why_it_failed(qtbot, open_dialog):
    dialog = open_dialog(None)
    dialog.url_edit.setText("nosuchdb://server/db")
    with qtbot.waitSignal(dialog.connection_test_did_finish, timeout=10_000) as finished:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert finished.args == [False]
    assert dialog.test_result.text() == (
        "Could not connect: This kind of database is not supported: nosuchdb://server/db"
    )
    qtbot.keyClicks(dialog.url_edit, "x")  # editing the URL clears the old answer
    assert dialog.test_result.text() == ""


def test_the_connection_error_follows_a_language_switch(qtbot, open_dialog, language):
    def unreachable(url: str) -> None:
        message = QT_TRANSLATE_NOOP("Errors", "The database reported an error: {detail}")
        raise StorageError(message, detail="timeout")

    dialog = open_dialog(None, check_connection=unreachable)
    with qtbot.waitSignal(dialog.connection_test_did_finish, timeout=10_000):
        dialog.test_button.click()
    english = dialog.test_result.text()
    assert english == "Could not connect: The database reported an error: timeout"
    language("ja")
    assert "timeout" in dialog.test_result.text()
    assert "データベースでエラーが発生しました" in dialog.test_result.text()


def test_switching_language_retranslates_the_open_dialog(qtbot, open_dialog, services, language):
    dialog = open_dialog(services)
    cancel = dialog.buttons.button(CANCEL)
    assert cancel.text() == "Cancel"
    assert dialog.due_labels[RequestType.DISCLOSURE].text() == "Disclosure:"
    dialog.closure_date.setDate(date(2026, 8, 13))
    assert dialog.closure_date.hint.text() == "Thu, Aug 13, 2026"
    language("ja")
    assert cancel.text() == "キャンセル"
    assert dialog.closure_date.hint.text() == "令和8年8月13日（木）"
    assert dialog.language_ja.text() == "日本語 (&J)"  # each language named in itself, always
    assert dialog.language_en.text() == "&English"
    language("en")
    assert cancel.text() == "Cancel"


def test_keyboard_only_every_field_has_a_labelled_buddy(open_dialog, services):
    dialog = open_dialog(services)
    assert dialog.url_label.buddy() is dialog.url_edit
    assert dialog.timezone_label.buddy() is dialog.timezone_combo
    assert dialog.due_soon_label.buddy() is dialog.due_soon_spin
    assert dialog.closure_date_label.buddy() is dialog.closure_date
    for request_type, label in dialog.due_labels.items():
        assert label.buddy() is dialog.due_spins[request_type]
    assert dialog.buttons.button(OK).isDefault()
    assert all("&" in dialog.tabs.tabText(i) for i in range(dialog.tabs.count()))
    assert dialog.fee_label.buddy() is dialog.fee_spin
    assert dialog.documents_label.buddy() is dialog.documents_list
    assert dialog.new_document_label.buddy() is dialog.new_document_edit


# -- the Requests tab: fee and identity documents ---------------------------------------------------------


def documents(dialog: SettingsDialog) -> list[str]:
    return [dialog.documents_list.item(row).text() for row in range(dialog.documents_list.count())]


def select_document(qtbot, dialog: SettingsDialog, name: str):
    item = dialog.documents_list.findItems(name, Qt.MatchFlag.MatchExactly)[0]
    rect = dialog.documents_list.visualItemRect(item)
    qtbot.mouseClick(dialog.documents_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.documents_list.currentItem() is item
    return item


def add_document(qtbot, dialog: SettingsDialog, name: str) -> None:
    dialog.new_document_edit.setFocus()
    event = QInputMethodEvent()  # Japanese arrives through the input method, not as key presses
    event.setCommitString(name)
    QCoreApplication.sendEvent(dialog.new_document_edit, event)
    qtbot.keyClick(dialog.new_document_edit, Qt.Key.Key_Return)


def rename_document(qtbot, dialog: SettingsDialog, old: str, new: str) -> None:
    select_document(qtbot, dialog, old)
    qtbot.mouseClick(dialog.rename_document_button, Qt.MouseButton.LeftButton)
    editor = dialog.documents_list.focusWidget()
    assert editor is not dialog.documents_list  # the in-place editor is open
    editor.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(new)
    QCoreApplication.sendEvent(editor, event)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits and closes the editor on its next turn of the event loop.
    qtbot.waitUntil(lambda: dialog.documents_list.state() != QAbstractItemView.State.EditingState)


def test_an_administrator_changes_the_fee_and_the_documents_and_the_case_service_uses_them(
    qtbot, open_dialog, services
):
    assert services.cases.fee_yen() == 1000
    dialog = open_dialog(services)
    dialog.tabs.setCurrentWidget(dialog.requests_tab)
    assert "shared by every desk" in dialog.requests_note.text()
    assert dialog.fee_spin.text() == "1,000 yen"
    set_spin(qtbot, dialog.fee_spin, 300)
    assert dialog.fee_spin.text() == "300 yen"

    add_document(qtbot, dialog, "社員証")
    assert dialog.isVisible()  # Enter added the document; it did not press OK
    assert documents(dialog)[-1] == "社員証"
    assert dialog.new_document_edit.text() == ""
    qtbot.mouseClick(dialog.move_up_button, Qt.MouseButton.LeftButton)  # the new one is selected
    assert documents(dialog)[-2:] == ["社員証", "印鑑登録証明書"]
    rename_document(qtbot, dialog, "健康保険証", "健康保険証（資格確認書）")
    assert dialog.isVisible()  # Enter finished the rename; it did not press OK
    select_document(qtbot, dialog, "戸籍謄本")
    qtbot.keyClick(dialog.documents_list, Qt.Key.Key_Delete)
    select_document(qtbot, dialog, "運転免許証")
    assert not dialog.move_up_button.isEnabled()  # already first
    qtbot.mouseClick(dialog.move_down_button, Qt.MouseButton.LeftButton)
    expected = [
        "マイナンバーカード（表面）",
        "運転免許証",
        "パスポート",
        "在留カード",
        "健康保険証（資格確認書）",
        "住民票の写し",
        "委任状",
        "社員証",
        "印鑑登録証明書",
    ]
    assert documents(dialog) == expected
    assert dialog.documents_message.text() == ""

    press(qtbot, dialog, OK)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changed_office_settings
    assert services.cases.fee_yen() == 300
    assert services.cases.identity_documents() == tuple(expected)
    changed = {entry.entity_id for entry in services.audit.entries(entity="setting")}
    assert changed == {REQUEST_FEE_YEN.key, IDENTITY_DOCUMENTS.key}

    again = open_dialog(services)
    assert again.fee_spin.value() == 300
    assert documents(again) == expected


def test_saving_another_setting_keeps_a_large_stored_fee(qtbot, open_dialog, services):
    services.settings.set_many(services.actor, {REQUEST_FEE_YEN: 500_000})
    dialog = open_dialog(services)
    dialog.tabs.setCurrentWidget(dialog.requests_tab)
    assert dialog.fee_spin.value() == 500_000 and dialog.fee_spin.text() == "500,000 yen"
    set_spin(qtbot, dialog.due_spins[RequestType.DISCLOSURE], 7)
    press(qtbot, dialog, OK)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.settings.get(DISCLOSURE_DAYS) == 7
    assert services.settings.get(REQUEST_FEE_YEN) == 500_000
    fee_writes = [e for e in services.audit.entries(entity="setting") if e.entity_id == REQUEST_FEE_YEN.key]
    assert len(fee_writes) == 1  # only the one above: OK did not rewrite it


def test_a_duplicate_or_empty_document_name_is_refused_with_a_message(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    dialog.tabs.setCurrentWidget(dialog.requests_tab)
    before = documents(dialog)
    add_document(qtbot, dialog, "  ﾊﾟｽﾎﾟｰﾄ ")  # half-width katakana: the same document
    assert documents(dialog) == before
    assert dialog.documents_message.text() == "“パスポート” is already in the list."
    assert dialog.new_document_edit.text() == "  ﾊﾟｽﾎﾟｰﾄ "  # kept, to correct it

    rename_document(qtbot, dialog, "委任状", "運転免許証")
    assert documents(dialog) == before  # the rename went back
    assert dialog.documents_message.text() == "“運転免許証” is already in the list."
    rename_document(qtbot, dialog, "委任状", "   ")
    assert documents(dialog) == before
    assert dialog.documents_message.text() == "Enter the name of the document."
    rename_document(qtbot, dialog, "委任状", "委任状（代理人による請求）")
    assert dialog.documents_message.text() == ""

    press(qtbot, dialog, OK)
    assert services.cases.identity_documents()[7] == "委任状（代理人による請求）"
    assert len(services.cases.identity_documents()) == len(before)


def test_the_last_document_cannot_be_removed(qtbot, open_dialog, services):
    services.settings.set(services.actor, IDENTITY_DOCUMENTS, ["運転免許証"])
    dialog = open_dialog(services)
    dialog.tabs.setCurrentWidget(dialog.requests_tab)
    select_document(qtbot, dialog, "運転免許証")
    qtbot.mouseClick(dialog.remove_document_button, Qt.MouseButton.LeftButton)
    assert documents(dialog) == ["運転免許証"]
    assert dialog.documents_message.text().startswith("At least one identity document is needed")


def test_desk_staff_see_the_fee_and_documents_read_only(qtbot, open_dialog, desk_services):
    dialog = open_dialog(desk_services)
    dialog.tabs.setCurrentWidget(dialog.requests_tab)
    assert "Only an administrator can change them" in dialog.requests_note.text()
    assert dialog.fee_spin.isReadOnly()
    assert dialog.documents_list.count() == len(IDENTITY_DOCUMENTS.default)
    assert not dialog.new_document_edit.isVisible()
    assert not any(button.isVisible() for button in dialog.document_edit_buttons)
    item = select_document(qtbot, dialog, "パスポート")
    qtbot.keyClick(dialog.documents_list, Qt.Key.Key_F2)  # no editor opens
    assert dialog.documents_list.focusWidget() is dialog.documents_list
    qtbot.keyClick(dialog.documents_list, Qt.Key.Key_Delete)
    assert documents(dialog)[2] == "パスポート" and item.text() == "パスポート"
    set_spin(qtbot, dialog.fee_spin, 5)
    press(qtbot, dialog, OK)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.changed_office_settings
    assert desk_services.cases.fee_yen() == 1000


def test_the_requests_tab_follows_a_language_switch(qtbot, open_dialog, services, language):
    dialog = open_dialog(services)
    dialog.tabs.setCurrentWidget(dialog.requests_tab)
    add_document(qtbot, dialog, "パスポート")
    language("ja")
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.requests_tab)) == "開示等の請求(&Q)"
    assert dialog.fee_spin.text() == "1,000円"
    assert dialog.documents_message.text() == "「パスポート」は既に一覧にあります。"
    language("en")
    assert dialog.fee_spin.text() == "1,000 yen"
    assert dialog.documents_message.text() == "“パスポート” is already in the list."
