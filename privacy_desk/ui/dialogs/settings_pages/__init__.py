"""The pages of File › Settings (docs/ARCHITECTURE.md §10).

A page is a tab of the settings dialog. The dialog makes its own pages (`local`: this desk's language
and database; `deadlines`: the office's deadline policy) and then those the features register
(`ViewSpec.settings_pages`, e.g. Requests' fee and identity documents), each by `make(parent)`. The
dialog reads the office's values once and shows them on every page (`load`), tells each page whether
the office settings can be seen and changed (`apply_access`), collects what every page wants saved
(`changes`) and saves it in one transaction; a page only knows its own widgets and the office settings
it `owns`.

Every text of a page is in the "SettingsDialog" translation context, as it was when the dialog was one
class: write `QCoreApplication.translate("SettingsDialog", "…")` with literal strings (lupdate).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QWidget

from privacy_desk.config import LocalConfig, OfficeSetting
from privacy_desk.ui.widgets import InlineMessage, MessageKind

CONTEXT = "SettingsDialog"


def stored(values: Mapping[str, object], setting: OfficeSetting) -> object:
    """The office's value of `setting` as read from the database (its default when none is stored)."""
    return values.get(setting.key, setting.default)


def set_spin_editable(spin: QAbstractSpinBox, editable: bool) -> None:
    """A read-only spin box shows no arrows: it must not look as if it could change."""
    spin.setReadOnly(not editable)
    spin.setButtonSymbols(
        QAbstractSpinBox.ButtonSymbols.UpDownArrows if editable else QAbstractSpinBox.ButtonSymbols.NoButtons
    )


def list_edit_triggers(editable: bool) -> QAbstractItemView.EditTrigger:
    return (
        QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        if editable
        else QAbstractItemView.EditTrigger.NoEditTriggers
    )


class SettingsPage(QWidget):
    """One tab of the settings dialog. `owns` are the office settings the page shows and saves (none
    for a page of this desk's own settings); `tab_alias` the dialog attribute that names the page
    (`dialog.office_tab`), and `key` its name among the pages."""

    key = ""
    tab_alias = ""
    owns: tuple[OfficeSetting, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editable = False  # the office settings may be changed (set by apply_access)

    def tab_text(self) -> str:
        """The tab's title in the current language."""
        raise NotImplementedError

    def load(self, values: Mapping[str, object]) -> None:
        """Show the office's values (`{key: value}`, empty while they are not read yet)."""

    def apply_access(self, available: bool, editable: bool) -> None:
        """`available`: the office's values are shown; `editable`: the user may change them."""
        self.editable = editable

    def wanted(self) -> dict[OfficeSetting, object]:
        """The value the page holds for each office setting it owns."""
        return {}

    def changes(self, values: Mapping[str, object]) -> dict[OfficeSetting, object]:
        """The owned office settings whose value on the page differs from `values`, the stored ones."""
        return {
            setting: value for setting, value in self.wanted().items() if stored(values, setting) != value
        }

    def save_local(self, config: LocalConfig) -> str | None:
        """Save what the page holds of this desk's own settings into `config`: None, or why it failed."""
        return None

    def show_office_note(self, text: str, kind: MessageKind) -> None:
        """Say above the page where its office settings come from (or why they cannot be changed)."""

    def set_initial_focus(self) -> None:
        """Put the focus where the user starts on this page."""

    def retranslate(self) -> None:
        """Set every text again in the current language."""


class OfficePage(SettingsPage):
    """A page of office settings: a note above (`note`) and groups that are disabled until the office's
    values are read (`office_widgets`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = InlineMessage(self)
        self.office_widgets: list[QWidget] = []

    def apply_access(self, available: bool, editable: bool) -> None:
        super().apply_access(available, editable)
        for widget in self.office_widgets:
            widget.setEnabled(available)

    def show_office_note(self, text: str, kind: MessageKind) -> None:
        self.note.show_message(text, kind)


SettingsPageMaker = Callable[[QWidget], SettingsPage]
"""What a feature registers: `make(parent)` returns its page (imported when the dialog opens)."""


__all__ = [
    "CONTEXT",
    "OfficePage",
    "SettingsPage",
    "SettingsPageMaker",
    "list_edit_triggers",
    "set_spin_editable",
    "stored",
]
