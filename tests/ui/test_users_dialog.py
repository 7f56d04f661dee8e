"""Users and roles: administrators change them one at a time; refusals are explained and undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

from privacy_desk.domain.roles import Role
from privacy_desk.services.container import open_services
from privacy_desk.ui.dialogs.users_dialog import ACTIVE, LOGIN, ROLE, UsersDialog

LAST_ADMIN = "The change was not made: At least one active administrator must remain."


@pytest.fixture
def services(services):
    """The shared fixture's "tester" (the first user, so the only administrator) and two colleagues."""
    services.users.add(services.actor, "tanaka", "田中 さくら", Role.DESK)
    services.users.add(services.actor, "suzuki", "鈴木 一郎", Role.MANAGER)
    return services


@pytest.fixture
def open_dialog(qtbot, language):
    def open_(services) -> UsersDialog:
        dialog = UsersDialog(services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def row_of(dialog: UsersDialog, login: str) -> int:
    model = dialog.model
    return next(r for r in range(model.rowCount()) if model.index(r, LOGIN).data() == login)


def role_combo(dialog: UsersDialog, login: str) -> QComboBox:
    combo = dialog.table.indexWidget(dialog.model.index(row_of(dialog, login), ROLE))
    assert isinstance(combo, QComboBox)
    return combo


def shown(dialog: UsersDialog, login: str, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.index(row_of(dialog, login), column).data(role)


def stored(services, login: str):
    return next(u for u in services.users.list() if u.login == login)


def test_administrators_see_every_user_with_a_role_combo(open_dialog, services):
    dialog = open_dialog(services)
    assert [dialog.model.index(r, LOGIN).data() for r in range(dialog.model.rowCount())] == [
        "suzuki",
        "tanaka",
        "tester",
    ]
    assert shown(dialog, "suzuki", ROLE) == "Manager"
    assert role_combo(dialog, "suzuki").currentText() == "Manager"
    assert [role_combo(dialog, "tanaka").itemText(i) for i in range(3)] == [
        "Desk staff",
        "Manager",
        "Administrator",
    ]
    assert dialog.add_button.isVisible()


def test_picking_a_role_applies_it_at_once(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    combo = role_combo(dialog, "tanaka")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Desk staff → Manager
    assert stored(services, "tanaka").role == Role.MANAGER
    assert shown(dialog, "tanaka", ROLE) == "Manager"
    assert dialog.changed_users and not dialog.changed_current_user
    assert not dialog.message.isVisible()


def test_removing_the_last_administrator_is_refused_and_the_table_reverts(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    combo = role_combo(dialog, "tester")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # Administrator → Manager
    assert dialog.message.text() == LAST_ADMIN
    assert dialog.message.isVisible()
    assert stored(services, "tester").role == Role.ADMIN
    assert shown(dialog, "tester", ROLE) == "Administrator"
    assert role_combo(dialog, "tester").currentText() == "Administrator"
    assert not dialog.changed_users


def test_deactivating_the_last_administrator_is_refused_too(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    active = dialog.model.index(row_of(dialog, "tester"), ACTIVE)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(active)
    qtbot.keyClick(dialog.table.viewport(), Qt.Key.Key_Space)
    assert dialog.message.text() == LAST_ADMIN
    assert active.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert stored(services, "tester").active


def test_deactivating_someone_else_works_and_a_later_refusal_message_clears(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    combo = role_combo(dialog, "tester")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert dialog.message.isVisible()
    active = dialog.model.index(row_of(dialog, "suzuki"), ACTIVE)
    dialog.table.setCurrentIndex(active)
    qtbot.keyClick(dialog.table.viewport(), Qt.Key.Key_Space)
    assert not stored(services, "suzuki").active
    assert active.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not dialog.message.isVisible()


def test_promoting_a_second_administrator_lets_the_first_step_down(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    suzuki = role_combo(dialog, "suzuki")
    suzuki.setFocus()
    qtbot.keyClick(suzuki, Qt.Key.Key_Down)  # Manager → Administrator
    tester = role_combo(dialog, "tester")
    tester.setFocus()
    qtbot.keyClick(tester, Qt.Key.Key_Up)
    assert stored(services, "tester").role == Role.MANAGER
    assert dialog.changed_current_user  # the main window signs in again


def test_add_user(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    add = dialog.add_dialog
    assert add is not None and add.isVisible()
    ok = add.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a login name first
    qtbot.keyClicks(add.login_edit, "sato")
    add.name_edit.setText("佐藤 健")
    add.role_combo.setCurrentIndex(add.role_combo.findData(Role.MANAGER.value))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not add.isVisible()
    assert stored(services, "sato").role == Role.MANAGER
    assert shown(dialog, "sato", ROLE) == "Manager"
    assert dialog.table.currentIndex().row() == row_of(dialog, "sato")
    assert dialog.message.text() == "The user sato was added."
    assert dialog.changed_users


def test_adding_an_existing_login_is_refused_and_the_input_kept(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    dialog.add_button.click()
    add = dialog.add_dialog
    qtbot.keyClicks(add.login_edit, "tanaka")
    qtbot.keyClick(add.login_edit, Qt.Key.Key_Return)  # Enter means OK
    assert add.isVisible()
    assert add.message.text() == "The user tanaka already exists."
    assert add.login_edit.text() == "tanaka"
    qtbot.keyClick(add, Qt.Key.Key_Escape)
    assert not add.isVisible()
    assert len(services.users.list()) == 3


def test_other_roles_see_the_list_read_only(qtbot, open_dialog, services, db_url):
    desk = open_services(db_url, login="tanaka")
    try:
        dialog = open_dialog(desk)
        assert dialog.note.text() == "Only an administrator can change users and roles."
        assert not dialog.add_button.isVisible()
        assert dialog.table.indexWidget(dialog.model.index(0, ROLE)) is None
        active = dialog.model.index(row_of(dialog, "suzuki"), ACTIVE)
        assert not active.flags() & Qt.ItemFlag.ItemIsUserCheckable
        dialog.table.setCurrentIndex(active)
        qtbot.keyClick(dialog.table.viewport(), Qt.Key.Key_Space)
        assert stored(services, "suzuki").active
    finally:
        desk.close()


def test_switching_language_retranslates_roles_and_buttons(qtbot, open_dialog, services, language):
    dialog = open_dialog(services)
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    language("ja")
    assert close.text() == "閉じる"
    assert shown(dialog, "tester", ROLE) == "管理者"
    assert role_combo(dialog, "tester").currentText() == "管理者"
    assert role_combo(dialog, "tanaka").currentText() == "窓口担当者"
    language("en")
    assert role_combo(dialog, "tester").currentText() == "Administrator"
    assert dialog.model.headerData(ROLE, Qt.Orientation.Horizontal) == "Role"
    assert close.text() == "Close"


def test_f2_on_a_role_cell_puts_the_keyboard_in_its_combo(qtbot, open_dialog, services):
    dialog = open_dialog(services)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(row_of(dialog, "tanaka"), ROLE))
    qtbot.keyClick(dialog.table, Qt.Key.Key_F2)
    combo = role_combo(dialog, "tanaka")
    assert dialog.focusWidget() is combo  # (offscreen windows are never active, so not hasFocus())
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert stored(services, "tanaka").role == Role.MANAGER
