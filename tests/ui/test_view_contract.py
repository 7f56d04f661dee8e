"""The view contract (docs/ARCHITECTURE.md §9): every view keeps it, and a new view joins by its spec
alone — no other view or the main window is edited to open its items."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from privacy_desk.app import build_views
from privacy_desk.ui.views import ViewCommand, ViewSpec


def test_every_view_keeps_the_contract_and_its_commands_and_kinds_resolve(make_window, db_url):
    views = build_views()
    window = make_window(db_url, views=views)
    kinds: list[str] = []
    for spec in views:
        window.show_view(spec.key)
        view = window.view_widget(spec.key)
        assert callable(view.refresh) and callable(view.retranslate), spec.key
        if spec.opens:
            assert callable(view.open_item) and callable(spec.find), spec.key
        kinds += spec.opens
        for command in spec.commands:
            # A command names the view's methods it calls: each must be there (a typo fails here,
            # not silently when a user picks the menu item).
            called = command.run.__code__.co_names
            assert called and all(callable(getattr(view, name, None)) for name in called), command.key
    assert {"case", "incident", "ticket"} <= set(kinds)
    assert len(kinds) == len(set(kinds))  # one view per kind: the hub's requests have one address


class NotesView(QWidget):
    """A sixth view made by following docs/ARCHITECTURE.md §9 alone."""

    def __init__(self, context) -> None:
        super().__init__()
        self.context = context
        self.opened: list[int] = []
        self.label = QLabel(self)
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate()

    def refresh(self) -> None:
        self.label.setText(f"{len(self.opened)} opened")

    def retranslate(self) -> None:
        self.refresh()

    def open_item(self, item_id: int) -> None:
        self.opened.append(item_id)
        self.refresh()

    def tidy(self) -> None:
        self.opened.clear()


def notes_view_spec(shortcut_index: int) -> ViewSpec:
    return ViewSpec(
        "notes",
        "Notes",
        NotesView,
        shortcut_index,
        commands=(ViewCommand("tidy_notes", "Notes", "&Tidy Notes", lambda view: view.tidy()),),
        opens=("note",),
        find=lambda _services, ref: int(ref.removeprefix("N-")),
    )


def test_a_new_view_opens_from_today_through_the_hub(make_window, db_url):
    views = build_views()
    views.register(notes_view_spec(9))  # a free Ctrl+n after the registered views
    window = make_window(db_url, views=views)
    window.show_view("today")
    today = window.view_widget("today")
    today.open_agenda_item("note", "N-7")  # what Enter on a note of the agenda does
    assert window.current_view_key() == "notes"
    notes = window.view_widget("notes")
    assert notes.opened == [7] and notes.label.text() == "1 opened"
    # Its File-menu command is listed and runs on the view.
    action = next(a for key, command, a in window.menus.command_actions if command.key == "tidy_notes")
    action.trigger()
    assert notes.opened == []
