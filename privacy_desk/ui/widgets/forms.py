"""What every form of the views is made of (docs/ARCHITECTURE.md §10): `FormDialog`, which saves through
the operation helper and stays open as typed when the service says no; `open_form`, which opens one
window-modal and hands its result back; the layout, explanation and combo box the forms share; and
`error_text`, the one wording of a failure in a form or a notice line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import PrivacyDeskError, StaleEdit
from privacy_desk.ui.widgets import InlineMessage, translated_error

if TYPE_CHECKING:
    from privacy_desk.ui.operations import Operations
    from privacy_desk.ui.work import Work

    # What a form runs its save with: a view's `context.work` (its notices reach the hub) or, in tests
    # and lower layers, the operation helper itself.
    FormRunner = Work | Operations

translate = QCoreApplication.translate
FieldT = TypeVar("FieldT", bound=QWidget | QLayout)


def error_text(error: BaseException) -> str:
    """A failure in the user's language. One that is not the project's own is logged (with its
    traceback) and named by its type only: its text may quote the data."""
    if isinstance(error, PrivacyDeskError):
        return translated_error(error)
    from privacy_desk.ui.errors import log_exception

    log_exception(error)
    return translate("Forms", "Something went wrong ({error}). Nothing was saved.").format(
        error=type(error).__name__
    )


def open_form(
    owner: object,
    dialog: QDialog,
    on_accept: Callable[[Any], None],
    *,
    attribute: str = "dialog",
    after: Callable[[], None] | None = None,
) -> None:
    """Open `dialog` (window-modal) for `owner`, which holds it in `owner.<attribute>` while it is open
    (tests reach it there). When it closes it is deleted later; `on_accept(dialog)` runs if it was
    accepted, then `after()` either way."""
    setattr(owner, attribute, dialog)

    def finished(result: int) -> None:
        if getattr(owner, attribute, None) is dialog:
            setattr(owner, attribute, None)
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            on_accept(dialog)
        if after is not None:
            after()

    dialog.finished.connect(finished)
    dialog.open()


def form_layout() -> QFormLayout:
    """A form whose fields take the dialog's width."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def explanation_label(parent: QWidget) -> QLabel:
    """The wrapping paragraph above a form's fields that says what OK will do. Plain text: it may quote a
    reference or a name."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def text_edit(parent: QWidget, height: int | None = None) -> QPlainTextEdit:
    """A multi-line field that Tab leaves (a form is filled from the keyboard)."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    if height is not None:
        edit.setMaximumHeight(height)
    return edit


class FormRows:
    """A form's rows, each said once where its field is made: `add(text, field)` puts `field` (a widget,
    or a layout of several) in the form after a label showing `text`, an English source text in
    `context`; a widget is the label's buddy, so the label's mnemonic focuses it. `retranslate()` sets
    every label again in the current language. Labels are children of `parent`."""

    def __init__(self, context: str, parent: QWidget, form: QFormLayout | None = None) -> None:
        self.context = context
        self.parent = parent
        self.form = form if form is not None else form_layout()
        self._rows: list[tuple[QWidget | QLayout, QLabel, str]] = []

    def add(self, text: str, field: FieldT) -> FieldT:
        label = QLabel(self.parent)
        label.setText(translate(self.context, text))
        row: QWidget | QLayout = field
        if isinstance(row, QWidget):
            label.setBuddy(row)
            self.form.addRow(label, row)
        else:
            self.form.addRow(label, row)
        self._rows.append((field, label, text))
        return field

    def label(self, field: QWidget | QLayout) -> QLabel:
        """The label of `field`'s row."""
        return next(label for row_field, label, _text in self._rows if row_field is field)

    def retranslate(self) -> None:
        for _field, label, text in self._rows:
            label.setText(translate(self.context, text))


class Labelled(Protocol):
    """An enum member of the domain: its `label` is an English source text to translate."""

    @property
    def label(self) -> str: ...


class EnumCombo(QComboBox):
    """The members of an enum, each labelled by its `label` (an English source text in the translation
    context named like the enum's class, or `context`), after optional leading items for choices that
    are no member ("All statuses"): `(value, context, source text)`. The labels follow the language by
    themselves, so the form or view around it need not relabel them."""

    def __init__(
        self,
        members: Iterable[Labelled],
        parent: QWidget | None = None,
        *,
        leading: Sequence[tuple[object, str, str]] = (),
        context: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._sources: list[tuple[str, str]] = []
        for value, item_context, text in leading:
            self.addItem("", value)
            self._sources.append((item_context, text))
        for member in members:
            self.addItem("", member)
            self._sources.append((context or type(member).__name__, member.label))
        self.relabel()

    def relabel(self) -> None:
        for index, (context, text) in enumerate(self._sources):
            self.setItemText(index, translate(context, text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.relabel()
        super().changeEvent(event)


class FormDialog(QDialog):
    """OK runs `work()` (built by `prepare()`, usually a `context.work.bind` callable) through the
    operation helper; success accepts with `result_value` (a `Changed` result's notices go to the hub),
    a refusal shows why and keeps the form as typed.

    While the work runs the form cannot be dismissed (Cancel is disabled; Escape and the window's close
    button are ignored): the service may already have stored the change, and its result is applied when
    it arrives.

    `stale_refused` tells the page behind that another desk changed the record since the form opened
    (StaleEdit): the page shows what is stored while the form keeps what the user typed."""

    stale_refused = Signal(object)  # the StaleEdit
    # The window's title: (translation context, English source text); {ref} is the item's reference.
    TITLE: ClassVar[tuple[str, str] | None] = None

    def __init__(self, operations: FormRunner, parent: QWidget | None = None, *, ref: str = "") -> None:
        super().__init__(parent)
        self._operations = operations  # a view's `context.work`, so a write's notices reach the hub
        self._ref = ref  # the reference of the ticket or case the form is about (its title names it)
        self.result_value: Any = None
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.busy = False
        self._button_texts: list[tuple[QPushButton, str, str]] = []  # (button, context, source text)

    def finish_layout(self, layout: QVBoxLayout) -> None:
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def finish(self, layout: QVBoxLayout, size: tuple[int, int], focus: QWidget) -> None:
        """The last step of a form's __init__: the message and buttons under `layout`, the form's size,
        its texts, and the cursor in `focus`."""
        self.finish_layout(layout)
        self.resize(*size)
        self.retranslate()
        focus.setFocus()

    def missing(self, field: QWidget, text: str) -> None:
        """Say above the buttons what `field` lacks (`text`, translated) and put the cursor there."""
        self.message.show_error(text)
        field.setFocus()

    def required(self, edit: QLineEdit, missing: str) -> str | None:
        """`edit`'s text without the spaces around it, or None after saying `missing` (translated)."""
        text = edit.text().strip()
        if not text:
            self.missing(edit, missing)
            return None
        return text

    def prepare(self) -> Callable[[], Any] | None:
        """The work to run, or None after showing what is missing."""
        raise NotImplementedError

    def submit(self) -> None:
        if self.busy:
            return
        self.message.clear()
        try:
            work = self.prepare()
        except PrivacyDeskError as error:
            self.message.show_error(translated_error(error))
            return
        if work is None:
            return
        self._set_busy(True)
        self._operations.run(work, self._done, self.refused, parent=self)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.ok_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def reject(self) -> None:
        if self.busy:  # Escape, Cancel or the close button while saving: wait for the result
            return
        super().reject()

    def _done(self, value: Any) -> None:
        self._set_busy(False)
        self.result_value = value
        self.accept()

    def refused(self, error: BaseException) -> None:
        """The service said no (or a read the form made failed): why, above the buttons."""
        self._set_busy(False)
        self.message.show_error(error_text(error))
        if isinstance(error, StaleEdit):
            self.stale_refused.emit(error)

    def retranslate(self) -> None:
        self._built = True  # the subclass calls this last in __init__: from now on, follow the language
        if self.TITLE is not None:
            self.setWindowTitle(translate(*self.TITLE).format(ref=self._ref))
        self.ok_button.setText(translate("Forms", "OK"))
        self.cancel_button.setText(translate("Forms", "Cancel"))
        for button, context, text in self._button_texts:
            button.setText(translate(context, text))

    def name_ok(self, context: str, text: str) -> None:
        """OK says what it does (`text`, a source text in `context`) in every language."""
        self._button_texts.append((self.ok_button, context, text))

    def action_button(self, context: str, text: str, clicked: Callable[[], object]) -> QPushButton:
        """A further button beside OK and Cancel, showing `text` (a source text in `context`)."""
        button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda _checked=False: clicked())
        self._button_texts.append((button, context, text))
        return button

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_built", False):
            self.retranslate()
        super().changeEvent(event)


class NoteDialog(FormDialog):
    """One internal note, required. A subclass words its `TITLE` and the `EXPLANATION` above the note."""

    EXPLANATION: ClassVar[tuple[str, str]]  # (context, source text)

    def __init__(self, operations: FormRunner, save: Callable[[str], Any], ref: str, parent=None) -> None:
        super().__init__(operations, parent, ref=ref)
        self._save = save
        self.explanation = explanation_label(self)
        self.text_edit = text_edit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.text_edit, 1)
        self.finish(layout, (520, 320), self.text_edit)

    def prepare(self):
        text = self.text_edit.toPlainText()
        if not text.strip():
            self.missing(self.text_edit, translate("Forms", "Write the note first."))
            return None
        return lambda: self._save(text)

    def retranslate(self) -> None:
        super().retranslate()
        self.explanation.setText(translate(*self.EXPLANATION))


__all__ = [
    "EnumCombo",
    "FormDialog",
    "FormRows",
    "NoteDialog",
    "error_text",
    "explanation_label",
    "form_layout",
    "open_form",
    "text_edit",
]
