"""One holding beside the calendar: its facts and status, and what may be done to it — Edit…, Place
Hold…, Release Hold…, Dispose… — and, once disposed of, its certificate of disposal printed or saved in
the language chosen. A disposed holding refuses edits: the page offers only the certificate then.

Every write runs through the operation helper and returns the notices for the other views; the page
emits `holding_did_change(id)` so the view reads its lists and marks again (the page speaks for it)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from privacy_desk.domain.attachments import safe_filename
from privacy_desk.domain.roles import Role
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.i18n.formatting import DASH
from privacy_desk.ui.hub import Changed, RetentionChanged
from privacy_desk.ui.printing import print_pdf, save_pdf_as, save_pdf_copy
from privacy_desk.ui.retention.model import category_text, date_text
from privacy_desk.ui.widgets import FollowsLanguage, InlineMessage, MessageKind, current_language
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.captions import CaptionGrid
from privacy_desk.ui.widgets.files import Files
from privacy_desk.ui.widgets.forms import error_text, open_form
from privacy_desk.ui.widgets.plain_text import plain_label

if TYPE_CHECKING:
    from privacy_desk.services.retention.records import HoldingRow
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate
CONTEXT = "RetentionPage"
LANGUAGES = (("ja", "日本語"), ("en", "English"))  # each in its own language, as a language menu is


def _changed(row: HoldingRow) -> Changed:
    return Changed.of(row, RetentionChanged((row.id,)))


class HoldingPage(FollowsLanguage):
    """Tests may replace `print_pdf` and `save_pdf_as`; `dialog` is the form open now."""

    holding_did_change = Signal(int)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdingPage")
        self.context = context
        self.holding: HoldingRow | None = None
        self.dialog: QWidget | None = None
        self.print_pdf: Callable[[QWidget, Path, str], bool] = print_pdf
        self.save_pdf_as: Callable[[QWidget, Path, str], Path | None] = save_pdf_as

        self.title = plain_label(self, wrap=True, selectable=True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.status_label = plain_label(self, wrap=True)
        self.notice = InlineMessage(self)
        self.files = Files(self, self.notice)
        self.values: dict[str, QLabel] = {}
        facts = CaptionGrid(CONTEXT, self, top=True)
        self.facts = facts
        fields = (
            ("category", QT_TRANSLATE_NOOP("RetentionPage", "Category:")),
            ("systems", QT_TRANSLATE_NOOP("RetentionPage", "Systems:")),
            ("owner", QT_TRANSLATE_NOOP("RetentionPage", "Owner:")),
            ("location", QT_TRANSLATE_NOOP("RetentionPage", "Location:")),
            ("quantity", QT_TRANSLATE_NOOP("RetentionPage", "Quantity:")),
            ("trigger", QT_TRANSLATE_NOOP("RetentionPage", "Trigger date:")),
            ("expires", QT_TRANSLATE_NOOP("RetentionPage", "Kept until:")),
            ("delete", QT_TRANSLATE_NOOP("RetentionPage", "Delete from:")),
            ("hold", QT_TRANSLATE_NOOP("RetentionPage", "Hold:")),
            ("disposal", QT_TRANSLATE_NOOP("RetentionPage", "Disposal:")),
        )
        for index, (key, text) in enumerate(fields):
            value = plain_label(self, wrap=True, selectable=True)
            self.values[key] = value
            facts.add(text, value, index // 2, (index % 2) * 2)
        facts.setColumnStretch(1, 1)
        facts.setColumnStretch(3, 1)

        # Letters beside the view's (ui/retention/view.py): Place and Release Hold share A, as only one of
        # them is shown; the certificate's E, A and I are free once Edit…, the holds and Dispose… are gone.
        self.buttons = ButtonRow(CONTEXT, self)
        self.edit_button = self.buttons.add(QT_TRANSLATE_NOOP("RetentionPage", "&Edit…"), self.edit)
        self.hold_button = self.buttons.add(
            QT_TRANSLATE_NOOP("RetentionPage", "Pl&ace Hold…"), self.place_hold
        )
        self.release_button = self.buttons.add(
            QT_TRANSLATE_NOOP("RetentionPage", "Rele&ase Hold…"), self.release_hold
        )
        self.dispose_button = self.buttons.add(QT_TRANSLATE_NOOP("RetentionPage", "D&ispose…"), self.dispose)
        self.buttons.addStretch(1)
        self.certificate = ButtonRow(CONTEXT, self)
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        for code, name in LANGUAGES:
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        self.certificate.addWidget(self.language_label)
        self.certificate.addWidget(self.language_combo)
        self.print_button = self.certificate.add(
            QT_TRANSLATE_NOOP("RetentionPage", "Print C&ertificate…"), self.print_certificate
        )
        self.save_button = self.certificate.add(
            QT_TRANSLATE_NOOP("RetentionPage", "Save Certificate &as PDF…"), self.save_certificate
        )
        self.certificate.addStretch(1)

        self.placeholder = plain_label(self, wrap=True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.title)
        layout.addWidget(self.status_label)
        layout.addWidget(self.notice)
        layout.addLayout(facts)
        layout.addLayout(self.buttons)
        row = QHBoxLayout()
        row.addLayout(self.certificate)
        layout.addLayout(row)
        layout.addStretch(1)
        self.context.hub.services_did_close.connect(self.clear)
        self.retranslate()
        self.clear()

    # -- what is shown -----------------------------------------------------------------------------

    def clear(self) -> None:
        self.holding = None
        self.notice.clear()
        self._show()

    def show_holding(self, row: HoldingRow) -> None:
        if self.holding is None or self.holding.id != row.id:
            self.notice.clear()
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current_language())))
        self.holding = row
        self._show()

    def reload(self) -> None:
        if (holding := self.holding) is None:
            return
        today, holding_id = self.context.clock(), holding.id

        def shown(row: HoldingRow) -> None:
            if self.holding is not None and self.holding.id == row.id:
                self.show_holding(row)

        self.context.work.query(lambda services: services.retention.holding(holding_id, as_of=today)).success(
            shown
        ).failure(self.show_error).run(self)

    def show_error(self, error: BaseException) -> None:
        self.notice.show_error(error_text(error))

    def _show(self) -> None:
        row = self.holding
        shown = row is not None
        self.placeholder.setVisible(not shown)
        for widget in (self.title, self.status_label, *self.values.values()):
            widget.setVisible(shown)
        for caption in self.findChildren(QLabel):
            if caption.buddy() in self.values.values():
                caption.setVisible(shown)
        disposed = row is not None and row.disposal is not None
        held = row is not None and row.hold is not None
        self.edit_button.setVisible(shown and not disposed)
        self.hold_button.setVisible(shown and not disposed and not held)
        self.release_button.setVisible(shown and held and not disposed)
        self.dispose_button.setVisible(shown and not disposed)
        certificate: tuple[QWidget, ...] = (
            self.language_label,
            self.language_combo,
            self.print_button,
            self.save_button,
        )
        for part in certificate:
            part.setVisible(disposed)
        if row is None:
            return
        language = current_language()
        self.title.setText(f"{row.ref}  {row.name}")
        status = translate("HoldingStatus", row.status.label)
        if disposed:
            status = translate(
                "RetentionPage", "{status} — kept on record; it can no longer be changed."
            ).format(status=status)
        self.status_label.setText(status)
        values = {
            "category": category_text(row.category, row.category_en, language),
            "systems": row.systems,
            "owner": row.owner,
            "location": row.location,
            "quantity": row.quantity,
            "trigger": date_text(row.trigger_on, language),
            "expires": date_text(row.expires_on, language),
            "delete": date_text(row.delete_from, language)
            if row.delete_from is not None
            else translate("RetentionPage", "No rule for its category yet"),
            "hold": self._hold_text(row, language),
            "disposal": self._disposal_text(row, language),
        }
        for key, text in values.items():
            self.values[key].setText(text or DASH)

    @staticmethod
    def _hold_text(row: HoldingRow, language: str) -> str:
        hold = row.hold
        if hold is None:
            return DASH
        return translate("RetentionPage", "{reason}, review on {date} ({who}): {note}").format(
            reason=translate("HoldReason", hold.reason.label),
            date=date_text(hold.review_on, language),
            who=hold.decided_by,
            note=hold.note,
        )

    @staticmethod
    def _disposal_text(row: HoldingRow, language: str) -> str:
        disposal = row.disposal
        if disposal is None:
            return DASH
        text = translate(
            "RetentionPage", "{method} on {date} by {by}, approved by {approver}; certificate {number}"
        ).format(
            method=translate("DisposalMethod", disposal.method.label),
            date=date_text(disposal.disposed_on, language),
            by=disposal.disposed_by,
            approver=disposal.approved_by,
            number=disposal.certificate_no,
        )
        if disposal.evidence:  # the files filed with it, named with the start of their SHA-256
            files = ", ".join(f"{e.filename} ({e.sha256[:12]}…)" for e in disposal.evidence)
            text += "\n" + translate("RetentionPage", "Evidence: {files}").format(files=files)
        return text

    # -- changes -----------------------------------------------------------------------------------

    def _open(self, dialog, done_text: str) -> None:
        def accepted(form) -> None:
            row: HoldingRow = form.result_value
            self.notice.show_message(translate(CONTEXT, done_text).format(ref=row.ref), MessageKind.SUCCESS)
            self.show_holding(row)
            self.holding_did_change.emit(row.id)

        dialog.stale_refused.connect(
            lambda _error: self.reload()
        )  # another desk changed it: show what is stored
        open_form(self, dialog, accepted)

    def focus_first_action(self) -> None:
        """Enter in a list: the first thing that can be done to the holding takes the keyboard."""
        buttons = (
            self.edit_button,
            self.hold_button,
            self.release_button,
            self.dispose_button,
            self.print_button,
        )
        button = next((b for b in buttons if b.isVisibleTo(self) and b.isEnabled()), None)
        if button is not None:
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit(self) -> None:
        if (row := self.holding) is None or row.disposal is not None:
            return
        from privacy_desk.ui.retention.dialogs import HoldingDialog

        def save(services, data):
            return _changed(services.retention.update_holding(services.actor, row.id, row.version, data))

        def opened(categories) -> None:
            dialog = HoldingDialog(self.context.work, self.context.work.bind(save), categories, row, self)
            self._open(dialog, QT_TRANSLATE_NOOP("RetentionPage", "{ref} saved."))

        self.context.work.query(lambda services: services.retention.categories()).success(opened).failure(
            self.show_error
        ).run(self)

    def place_hold(self) -> None:
        if (row := self.holding) is None:
            return
        from privacy_desk.ui.retention.dialogs import HoldDialog

        today = self.context.clock()

        def save(services, reason, note, review_on):
            retention = services.retention
            retention.place_hold(services.actor, row.id, row.version, reason, note, review_on)
            return _changed(retention.holding(row.id, as_of=today))

        dialog = HoldDialog(self.context.work, self.context.work.bind(save), row.ref, today, self)
        self._open(dialog, QT_TRANSLATE_NOOP("RetentionPage", "{ref} is on hold."))

    def release_hold(self) -> None:
        if (row := self.holding) is None:
            return
        from privacy_desk.ui.retention.dialogs import ReleaseHoldDialog

        today = self.context.clock()

        def save(services, note):
            services.retention.release_hold(services.actor, row.id, row.version, note)
            return _changed(services.retention.holding(row.id, as_of=today))

        dialog = ReleaseHoldDialog(self.context.work, self.context.work.bind(save), row.ref, self)
        self._open(dialog, QT_TRANSLATE_NOOP("RetentionPage", "The hold on {ref} was released."))

    def dispose(self) -> None:
        if (row := self.holding) is None or row.disposal is not None:
            return
        from privacy_desk.ui.retention.dialogs import DisposeDialog

        today = self.context.clock()

        def save(services, method, disposed_on, approver, note, evidence):
            retention = services.retention
            retention.dispose(
                services.actor, row.id, row.version, method, disposed_on, approver, note, evidence
            )
            return _changed(retention.holding(row.id, as_of=today))

        def opened(users) -> None:
            managers = [user for user in users if user.active and user.role is Role.MANAGER]
            dialog = DisposeDialog(
                self.context.work, self.context.work.bind(save), row.ref, managers, self.context.clock(), self
            )
            self._open(
                dialog,
                QT_TRANSLATE_NOOP("RetentionPage", "{ref} was disposed of. Its certificate can be printed."),
            )

        self.context.work.query(lambda services: services.users.list()).success(opened).failure(
            self.show_error
        ).run(self)

    # -- the certificate ---------------------------------------------------------------------------

    def certificate_language(self) -> str:
        return str(self.language_combo.currentData() or current_language())

    def _certificate(self, then: Callable[[Path], None]) -> None:
        row, folder = self.holding, self.files.temp_folder()
        if row is None or row.disposal is None or folder is None:
            return
        language = self.certificate_language()
        path = folder / safe_filename(f"{row.disposal.certificate_no}-{language}.pdf")
        holding_id = row.id

        def write(services) -> Path:
            services.retention.write_certificate(holding_id, path, language)
            return path

        self.context.work.query(write).busy(translate("RetentionPage", "Writing the certificate…")).success(
            then
        ).failure(self.show_error).run(self)

    def print_certificate(self) -> None:
        if (row := self.holding) is None or row.disposal is None:
            return
        title = translate("RetentionPage", "Certificate of disposal {number}").format(
            number=row.disposal.certificate_no
        )

        def print_it(path: Path) -> None:
            self.print_pdf(self, path, title)

        self._certificate(print_it)

    def save_certificate(self) -> None:
        if (row := self.holding) is None or row.disposal is None:
            return
        name = f"{row.disposal.certificate_no}.pdf"

        def save(path: Path) -> None:
            save_pdf_copy(self.save_pdf_as, self, path, name, self.notice)

        self._certificate(save)

    def retranslate(self) -> None:
        self.facts.retranslate()
        self.buttons.retranslate()
        self.certificate.retranslate()
        self.language_label.setText(translate("RetentionPage", "Certificate &in:"))
        self.placeholder.setText(
            translate(
                "RetentionPage",
                "Choose a holding in the lists to see its facts, place a hold or dispose of it.",
            )
        )
        self._show()
