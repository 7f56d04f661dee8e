"""Opening a file from outside (a mail's attachment, a case's file) with the system's program — and
asking first when that could run it.

The Inbox and the case page both open files through `open_checked`: a file that is a program, a script,
an installer, a shortcut or a disk image (domain/attachments.py) is handed to the system only after the
user chose "Open Anyway" in a question that names its real type; Cancel is the default. Saving a copy
(Save As…) needs no question: it runs nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from privacy_desk.domain.attachments import HEAD_BYTES, OpenRisk, assess, safe_filename, visible_name
from privacy_desk.errors import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate


def open_with_system(path: str) -> bool:
    """Hand the file to the program the system opens its type with (tests replace this: it may run)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))


_SENTENCES = {
    "content": QT_TRANSLATE_NOOP("OpenFile", "{name} is {kind}, although its name ends in .{extension}."),
    "content, no extension": QT_TRANSLATE_NOOP(
        "OpenFile", "{name} is {kind}, although its name does not say so."
    ),
    "disguised": QT_TRANSLATE_NOOP(
        "OpenFile", "{name} is {kind} (.{extension}), although its name looks like a .{disguise} file."
    ),
    "plain": QT_TRANSLATE_NOOP("OpenFile", "{name} is {kind} (.{extension})."),
}


def risk_text(name: str, risk: OpenRisk) -> str:
    """What the file really is, in one sentence."""
    if risk.by_content:
        key = "content" if risk.extension else "content, no extension"
    else:
        key = "disguised" if risk.disguise else "plain"
    return translate("OpenFile", _SENTENCES[key]).format(
        name=visible_name(name),
        kind=translate("FileRisk", risk.kind.label),
        extension=risk.extension,
        disguise=risk.disguise,
    )


class RiskBox(QMessageBox):
    """The question before a file that can run is opened: its real type, what opening it may do, and
    Cancel as the default (Enter and Escape both keep it closed)."""

    def __init__(self, parent: QWidget | None, name: str, risk: OpenRisk) -> None:
        super().__init__(parent)
        self.setObjectName("riskyFileQuestion")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(translate("OpenFile", "Open a File That Can Run?"))
        self.setText(risk_text(name, risk))
        self.setInformativeText(
            translate(
                "OpenFile",
                "Opening it may run it on this computer with your rights, and a program sent from outside "
                "can read or damage the desk's files. Open it only if you know who sent it and why. "
                "Save As… keeps a copy without running it.",
            )
        )
        self.setTextFormat(Qt.TextFormat.PlainText)  # the name is the sender's: never markup
        self.open_button = self.addButton(
            translate("OpenFile", "&Open Anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("OpenFile", "Cancel"))
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def chose_open(self) -> bool:
        return self.clickedButton() is self.open_button


def open_checked(owner: QWidget, name: str, data: bytes, open_copy: Callable[[], None]) -> None:
    """Open the file `name` with bytes `data` by calling `open_copy()` (which writes the temporary copy
    and hands it to the system): at once when it cannot run, otherwise only after "Open Anyway" in a
    window-modal RiskBox. The box is `owner.dialog` while it is open (tests reach it there). The type is
    judged on the name the copy gets on disk and on the first bytes."""
    risk = assess(safe_filename(name), data[:HEAD_BYTES])
    if risk is None:
        open_copy()
        return
    box = RiskBox(owner, name, risk)
    owner.dialog = box

    def finished(_result: int) -> None:
        if getattr(owner, "dialog", None) is box:
            owner.dialog = None
        chosen = box.chose_open()
        box.deleteLater()
        if chosen:
            open_copy()

    box.finished.connect(finished)
    box.open()
