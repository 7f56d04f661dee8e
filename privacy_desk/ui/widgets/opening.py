"""The question before a file from outside (a mail's attachment, a case's file) that could run is
opened with the system's program.

The Inbox and the case page open files through their `Files` seam (ui/widgets/files.py), whose
`open_checked` hands a file that is a program, a script, an installer, a shortcut or a disk image
(domain/attachments.py) to the system only after the user chose "Open Anyway" in this question, which
names its real type; Cancel is the default. Saving a copy (Save As…) needs no question: it runs nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from privacy_desk.domain.attachments import OpenRisk, visible_name
from privacy_desk.errors import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate


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
