"""Users and roles, for administrators; everyone else sees the list read-only.

Each change (a role picked, a box ticked) goes to `UserService.update` at once, one at a time; a change
the service refuses (for example removing the last administrator) is explained and the table keeps the
value the database has.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.roles import Permission, Role
from privacy_desk.errors import PrivacyDeskError, StaleEdit
from privacy_desk.services.users import UserRow
from privacy_desk.ui.hub import Changed, UsersChanged
from privacy_desk.ui.widgets import InlineMessage, MessageKind, translated_error
from privacy_desk.ui.work import Work

if TYPE_CHECKING:
    from privacy_desk.services.container import Services

LOGIN, DISPLAY_NAME, ROLE, ACTIVE = range(4)


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Role", role.label)


def fill_role_combo(combo: QComboBox) -> None:
    """Put the roles (translated) in `combo`, keeping its current role across a language switch."""
    current = combo.currentData()
    combo.clear()
    for role in Role:
        combo.addItem(role_label(role), role.value)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))


class UsersModel(QAbstractTableModel):
    """The users as the service lists them. Edits go straight to the service; a refused edit leaves the
    row as it was and is reported through `change_was_refused`."""

    change_was_refused = Signal(object, int)  # the PrivacyDeskError, the row
    user_did_change = Signal(int)  # user id

    def __init__(self, services: Services, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._owner = parent  # the dialog: the parent of the model's operations
        self._services = services
        self._work = work
        self._rows: list[UserRow] = []
        self.editable = services.actor.can(Permission.MANAGE_USERS)
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the users again (on the worker); `then()` once they are shown."""

        def show(rows: list[UserRow]) -> None:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            if then is not None:
                then()

        self._work.query(lambda services: services.users.list()).success(show).run(self._owner)

    def user(self, row: int) -> UserRow:
        return self._rows[row]

    def row_of(self, user_id: int) -> int:
        return next((i for i, u in enumerate(self._rows) if u.id == user_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Login"),
            self.tr("Display name"),
            self.tr("Role"),
            self.tr("Active", "column header: the user may sign in"),
        )[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() == ROLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == ACTIVE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable if self.editable else Qt.ItemFlag.NoItemFlags
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        user = self._rows[index.row()]
        column = index.column()
        is_me = user.id == self._services.actor.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LOGIN:
                return user.login
            if column == DISPLAY_NAME:
                return user.display_name
            if column == ROLE:
                return role_label(user.role)
            return None
        if role == Qt.ItemDataRole.EditRole and column == ROLE:
            return user.role.value
        if role == Qt.ItemDataRole.CheckStateRole and column == ACTIVE:
            return Qt.CheckState.Checked if user.active else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column == ACTIVE:
            return self.tr("Active") if user.active else self.tr("Inactive")
        if role == Qt.ItemDataRole.FontRole and is_me:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if is_me:
                return self.tr("This is you.")
            if not user.active:
                return self.tr("Deactivated: this user cannot sign in.")
        if role == Qt.ItemDataRole.ForegroundRole and not user.active and column != ACTIVE:
            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def setData(self, index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not self.editable:
            return False
        user = self._rows[index.row()]
        if index.column() == ROLE and role == Qt.ItemDataRole.EditRole:
            new_role = Role(value)
            if new_role == user.role:
                return False
            return self._update(index, role=new_role)
        if index.column() == ACTIVE and role == Qt.ItemDataRole.CheckStateRole:
            active = Qt.CheckState(value) == Qt.CheckState.Checked
            if active == user.active:
                return False
            return self._update(index, active=active)
        return False

    def _update(self, index: QModelIndex | QPersistentModelIndex, **change) -> bool:
        """Store the change (on the worker). True when it was made, or is still on its way; a refusal
        leaves the row as the database has it and is reported."""
        user = self._rows[index.row()]
        outcome: list[bool] = []

        def shown(fresh: UserRow) -> None:
            row = self.row_of(user.id)
            if row >= 0:
                self._rows[row] = fresh
                self.dataChanged.emit(self.index(row, 0), self.index(row, ACTIVE))
            outcome.append(True)
            self.user_did_change.emit(user.id)

        def refused(error: BaseException) -> None:
            if not isinstance(error, PrivacyDeskError):
                raise error
            row = self.row_of(user.id)
            if isinstance(error, StaleEdit) and isinstance(error.current, UserRow) and row >= 0:
                self._rows[row] = error.current  # another administrator's change: show it
            if row >= 0:  # the row keeps what the database has; an open combo shows it again
                self.dataChanged.emit(self.index(row, 0), self.index(row, ACTIVE))
            outcome.append(False)
            self.change_was_refused.emit(error, row)

        self._work.write(
            lambda services: Changed.of(
                services.users.update(services.actor, user.id, version=user.version, **change), UsersChanged()
            )
        ).success(shown).failure(refused).run(self._owner)
        return outcome[0] if outcome else True

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, ACTIVE)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, ACTIVE))


class RoleDelegate(QStyledItemDelegate):
    """A combo of translated roles; a pick is applied at once (no Enter needed)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        fill_role_combo(combo)
        combo.setAccessibleName(QCoreApplication.translate("UsersModel", "Role"))
        combo.activated.connect(lambda _=0, combo=combo: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if editor.count() != len(Role) or editor.itemText(0) != role_label(Role.DESK):
            fill_role_combo(editor)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model, index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        # Refused or not, show what the model holds now.
        self.setEditorData(editor, index)


class AddUserDialog(QDialog):
    """Login, display name and role of a new user; stays open with the input when the service refuses."""

    def __init__(self, services: Services, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._work = work
        self.added: UserRow | None = None
        self._error: PrivacyDeskError | None = None
        self.login_label = QLabel(self)
        self.login_edit = QLineEdit(self)
        self.login_label.setBuddy(self.login_edit)
        self.name_label = QLabel(self)
        self.name_edit = QLineEdit(self)
        self.name_label.setBuddy(self.name_edit)
        self.role_label = QLabel(self)
        self.role_combo = QComboBox(self)
        self.role_label.setBuddy(self.role_combo)
        fill_role_combo(self.role_combo)
        self.role_combo.setCurrentIndex(self.role_combo.findData(Role.DESK.value))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.login_label, self.login_edit)
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.role_label, self.role_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.login_edit.textChanged.connect(self._update_ok)
        self.retranslate()
        self._update_ok()
        self.setMinimumWidth(420)

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.login_edit.text().strip())
        )

    def accept(self) -> None:
        login, name, role = self.login_edit.text(), self.name_edit.text(), Role(self.role_combo.currentData())
        self._work.write(
            lambda services: Changed.of(services.users.add(services.actor, login, name, role), UsersChanged())
        ).success(self._added).failure(self._refused).run(self)

    def _added(self, user: UserRow) -> None:
        self.added = user
        super().accept()

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, PrivacyDeskError):
            raise error
        self._error = error
        self.message.show_error(translated_error(error))
        self.login_edit.setFocus()
        self.login_edit.selectAll()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add User"))
        self.login_label.setText(self.tr("&Login name:"))
        self.login_edit.setPlaceholderText(self.tr("as on the computer, e.g. tanaka"))
        self.name_label.setText(self.tr("&Display name:"))
        self.name_edit.setPlaceholderText(self.tr("e.g. 田中 さくら"))
        self.role_label.setText(self.tr("&Role:"))
        fill_role_combo(self.role_combo)
        self.note.setText(
            self.tr("The login name is the user's sign-in name on the computer; it cannot be changed later.")
        )
        if self._error is not None:
            self.message.show_error(translated_error(self._error))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class UsersDialog(QDialog):
    """After `exec()`, `changed_users` says whether anything changed and `changed_current_user` whether
    the signed-in user's own role or active flag did (the main window then signs in again)."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, work: Work | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        # The main window's operation helper; made alone (a test) the dialog reads and saves at once.
        self._work = work or Work.inline(services)
        self.changed_users = False
        self.changed_current_user = False
        self._refusal: PrivacyDeskError | None = None
        self._added_login: str | None = None
        self.add_dialog: AddUserDialog | None = None

        self.note = InlineMessage(self)
        self.table = QTableView(self)
        self.model = UsersModel(services, self._work, self)
        self.model.change_was_refused.connect(self._on_refused)
        self.model.user_did_change.connect(self._on_user_changed)
        self.model.modelReset.connect(self._open_editors)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ROLE, RoleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(LOGIN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DISPLAY_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(ACTIVE, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        self.table_label = QLabel(self)
        self.table_label.setBuddy(self.table)
        self.message = InlineMessage(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_user)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.setVisible(self.model.editable)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._open_editors()
        self.retranslate()
        self.setMinimumSize(600, 380)
        self.resize(680, 440)
        self._select_first()
        self.model.modelReset.connect(self._select_first)
        self.table.setFocus()

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, LOGIN))

    def _open_editors(self) -> None:
        if not self.model.editable:
            return
        for row in range(self.model.rowCount()):
            self.table.openPersistentEditor(self.model.index(row, ROLE))
        self._fit_role_column()

    def _fit_role_column(self) -> None:
        probe = QComboBox()
        fill_role_combo(probe)
        self.table.setColumnWidth(ROLE, max(probe.sizeHint().width() + 8, 140))
        probe.deleteLater()

    def add_user(self) -> AddUserDialog:
        """Open the Add User dialog (window-modal, without blocking); the table follows when it is done."""
        if self.add_dialog is not None:
            self.add_dialog.deleteLater()
        dialog = AddUserDialog(self._services, self._work, self)
        dialog.accepted.connect(lambda: self._on_user_added(dialog.added))
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _on_user_added(self, user: UserRow | None) -> None:
        if user is None:
            return
        self.changed_users = True
        self._refusal = None
        self._added_login = user.login
        self._show_message()
        self.model.reload(
            then=lambda: self.table.setCurrentIndex(self.model.index(self.model.row_of(user.id), LOGIN))
        )

    def _on_refused(self, error: PrivacyDeskError, row: int) -> None:
        self._refusal = error
        self._added_login = None
        self.table.setCurrentIndex(self.model.index(row, LOGIN))
        self._show_message()

    def _on_user_changed(self, user_id: int) -> None:
        self.changed_users = True
        if user_id == self._services.actor.id:
            self.changed_current_user = True
        self._refusal = None
        self._added_login = None
        self._show_message()

    def _show_message(self) -> None:
        if self._refusal is not None:
            self.message.show_error(
                self.tr("The change was not made: {reason}").format(reason=translated_error(self._refusal))
            )
        elif self._added_login is not None:
            self.message.show_message(
                self.tr("The user {login} was added.").format(login=self._added_login), MessageKind.SUCCESS
            )
        else:
            self.message.clear()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Users and Roles"))
        self.table_label.setText(self.tr("&Users:"))
        self.add_button.setText(self.tr("&Add User…"))
        if self.model.editable:
            keys = self.tr("To change a role from the keyboard, move to it and press F2; Space ticks Active.")
            self.table.setToolTip(keys)
            self.table.setAccessibleDescription(keys)
            self.note.show_message(
                self.tr(
                    "Changes take effect at once. Desk staff work on inquiries and cases, managers also "
                    "approve decisions, administrators manage users and office settings."
                ),
                MessageKind.INFO,
            )
        else:
            self.note.show_message(
                self.tr("Only an administrator can change users and roles."), MessageKind.INFO
            )
        self.model.retranslate()
        if self.model.editable:
            self._fit_role_column()
        self._show_message()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
