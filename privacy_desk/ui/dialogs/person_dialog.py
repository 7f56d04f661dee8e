"""The requester's person record: found (tolerant of 髙/高, 﨑/崎, kana readings) and linked, edited, or
made new. The Inbox links a ticket's requester with it and the Requests intake form chooses a case's
requester with it (a subclass worded for that), so it lives beside the other shared dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from privacy_desk.ui.widgets.forms import FormDialog

if TYPE_CHECKING:
    from privacy_desk.services.persons.service import PersonRow
    from privacy_desk.ui.widgets.forms import FormRunner

translate = QCoreApplication.translate


class PersonDialog(FormDialog):
    """Find the requester's person record (tolerant of 髙/高, 﨑/崎, kana readings) and link it, or
    edit the linked one, or make a new one. `result_value` is the PersonRow to link (None: unlink)."""

    def __init__(
        self,
        operations: FormRunner,
        *,
        find: Callable[[str], list[PersonRow]],
        create: Callable[[Any], PersonRow],
        update: Callable[[int, Any, int], PersonRow],  # (person id, data, the version the form showed)
        current: PersonRow | None,
        suggestion: tuple[str, str] = ("", ""),
        parent=None,
    ) -> None:
        super().__init__(operations, parent)
        self._find = find
        self._create = create
        self._update = update
        self.current = current
        self.search_label = QLabel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_edit)
        self.search_button = QPushButton(self)
        self.search_button.setAutoDefault(False)
        self.search_button.clicked.connect(self.search)
        self.search_edit.returnPressed.connect(self.search)
        self.results = QListWidget(self)
        self.results.currentItemChanged.connect(self._choose)
        self.results_note = QLabel(self)
        self.new_button = QPushButton(self)
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_person)
        self.unlink_button = QPushButton(self)
        self.unlink_button.setAutoDefault(False)
        self.unlink_button.clicked.connect(self.unlink)
        self.unlink_button.setVisible(current is not None)

        self.form_title = QLabel(self)
        font = self.form_title.font()
        font.setBold(True)
        self.form_title.setFont(font)
        self.fields: dict[str, QLineEdit] = {}
        self.field_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for key in ("name", "name_kana", "email", "phone", "address"):
            edit = QLineEdit(self)
            label = QLabel(self)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.fields[key] = edit
            self.field_labels[key] = label
        self.chosen: PersonRow | None = current
        self.is_new = False

        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.search_button)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.new_button)
        buttons_row.addWidget(self.unlink_button)
        buttons_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_label)
        layout.addLayout(search_row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.results_note)
        layout.addLayout(buttons_row)
        layout.addWidget(self.form_title)
        layout.addLayout(form)
        self.finish_layout(layout)
        self.resize(560, 560)
        name, address = suggestion
        if current is not None:
            self._fill(current)
            self.search_edit.setText(current.name)
        else:
            self.search_edit.setText(name or address)
            self._fill(None)
            self.fields["name"].setText(name)
            self.fields["email"].setText(address)
        self.retranslate()
        if self.search_edit.text():
            self.search()
        self.search_edit.setFocus()

    def _fill(self, person: PersonRow | None) -> None:
        for key, edit in self.fields.items():
            edit.setText(getattr(person, key) if person is not None else "")

    def search(self) -> None:
        text = self.search_edit.text().strip()
        self.results.clear()
        if not text:
            self.results_note.setText("")
            return
        self._operations.run(lambda: self._find(text), self._found, self.refused, parent=self)

    def _found(self, people: list[PersonRow]) -> None:
        found = len(people)
        self.results.clear()
        for person in people:
            details = " · ".join(v for v in (person.name_kana, person.email, person.phone) if v)
            item = QListWidgetItem(f"{person.name}　{details}" if details else person.name)
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.results.addItem(item)
        self.results_note.setText(
            translate("PersonDialog", "%n person(s) found.", None, found)
            if people
            else translate("PersonDialog", "Nobody found. Make a new person record below.")
        )

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.is_new = False
        self._fill(self.chosen)
        self._retranslate_form()

    def new_person(self) -> None:
        self.results.setCurrentRow(-1)
        self.chosen = None
        self.is_new = True
        name = self.search_edit.text().strip()
        self._fill(None)
        self.fields["name"].setText(name)
        self._retranslate_form()
        self.fields["name"].setFocus()

    def unlink(self) -> None:
        if self.busy:
            return
        self.chosen = None
        self.result_value = None
        self.unlinked = True
        self.accept()

    def person_data(self):
        from privacy_desk.services.persons.service import PersonData

        return PersonData(**{key: edit.text() for key, edit in self.fields.items()})

    def prepare(self):
        data = self.person_data()
        chosen = self.chosen
        if chosen is None and not self.is_new and not data.name.strip():
            self.message.show_error(
                translate("PersonDialog", "Choose a person from the list or make a new one.")
            )
            return None
        if chosen is None:
            return lambda: self._create(data)
        if any(getattr(chosen, key) != value for key, value in data.__dict__.items()):
            return lambda: self._update(chosen.id, data, chosen.version)
        return lambda: chosen

    def _retranslate_form(self) -> None:
        if self.chosen is not None:
            self.form_title.setText(translate("PersonDialog", "Person record (changes are saved with OK)"))
        else:
            self.form_title.setText(translate("PersonDialog", "New person record"))

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(translate("PersonDialog", "Requester"))
        self.search_label.setText(
            translate("PersonDialog", "&Find a person by name, reading, e-mail or phone:")
        )
        self.search_edit.setPlaceholderText(
            translate("PersonDialog", "e.g. 高橋, たかはし, hanako@example.jp")
        )
        self.search_button.setText(translate("PersonDialog", "&Search"))
        self.new_button.setText(translate("PersonDialog", "Ne&w person"))
        self.unlink_button.setText(translate("PersonDialog", "&Unlink"))
        labels = {
            "name": translate("PersonDialog", "&Name:"),
            "name_kana": translate("PersonDialog", "&Reading (kana):"),
            "email": translate("PersonDialog", "&E-mail:"),
            "phone": translate("PersonDialog", "&Phone:"),
            "address": translate("PersonDialog", "&Address:"),
        }
        for key, label in self.field_labels.items():
            label.setText(labels[key])
        self.ok_button.setText(translate("PersonDialog", "Link to this ticket"))
        self._retranslate_form()
