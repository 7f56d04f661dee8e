"""How mail, calls and letters come into the Inbox: the call and letter forms, importing .eml, .msg and
.mbox files (File › Import Mail…, or dropped on the view) with a progress dialog that can be cancelled,
the summary of what came in, and the CSV export of the list.

`MailIntake` is a part of InboxView (it uses the view's context, notice, files and ticket page).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from privacy_desk.errors import PrivacyDeskError
from privacy_desk.ui.inbox.host import InboxHost
from privacy_desk.ui.inbox.ticket_actions import told
from privacy_desk.ui.widgets import MessageKind, translated_error
from privacy_desk.ui.widgets.forms import error_text

if TYPE_CHECKING:
    from privacy_desk.ui.work import Op

translate = QCoreApplication.translate
MAIL_SUFFIXES = (".eml", ".msg", ".mbox")
DETAILS_SHOWN = 1000  # failures listed in the summary's details


def _reason_text(reason: str) -> str:
    """Why a file or message was not imported, in the user's language where the reason knows how."""
    problem = getattr(reason, "problem", None)
    return translated_error(problem) if isinstance(problem, PrivacyDeskError) else reason


class MailIntake(InboxHost):
    """Calls, letters, imported mail and the CSV export (mixed into InboxView)."""

    def log_call(self) -> None:
        from privacy_desk.ui.inbox.intake_forms import CallDialog

        self._log_intake(CallDialog, lambda services: services.tickets.log_call)

    def log_letter(self) -> None:
        from privacy_desk.ui.inbox.intake_forms import LetterDialog

        self._log_intake(
            LetterDialog,
            lambda services: services.tickets.log_letter,
            ask_open_paths=self.files.ask_open_paths,
        )

    def _log_intake(self, dialog_class, log_method, **options) -> None:
        """Open a call or letter form; it files into the open ticket's thread when the user asks."""
        if self.services is None:
            return
        current = self.detail.detail
        ticket_id = current.ticket.id if current is not None and current.merged_into_ref is None else None
        save = self._context.work.bind(
            lambda services, entry, in_thread: told(
                log_method(services)(services.actor, entry, ticket_id if in_thread else None)
            )
        )
        dialog = dialog_class(
            self._context.work,
            save,
            current_ref=current.ticket.ref if current is not None and ticket_id is not None else None,
            office_tz=self._office_tz,
            parent=self,
            **options,
        )
        self._open_dialog(dialog, self._logged)

    def _logged(self, dialog) -> None:
        row = dialog.result_value
        self.notice.show_message(
            translate("Inbox", "Logged in {ref}.").format(ref=row.ref), MessageKind.SUCCESS
        )
        self._changed([row], reload_list=True, select=row.id)

    def ask_import_paths(self, parent: QWidget, title: str) -> list[str]:
        return self.files.ask_open_paths(
            parent, title, translate("Inbox", "Mail (*.eml *.msg *.mbox);;All files (*)")
        )

    def import_mail(self) -> None:
        """File › Import Mail…"""
        if self.services is None:
            return
        paths = self.ask_import_paths(self, translate("Inbox", "Import Mail"))
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        if self.services is None or self._fetching:
            return

        def import_all(services, progress):
            summary = services.ticket_import.import_paths(
                services.actor, paths, progress=progress, cancel=progress.cancelled
            )
            return told(summary) if summary.imported else summary

        op = self.with_progress(self._context.work.write(import_all), translate("Inbox", "Importing mail…"))
        op.success(self._imported).failure(self._failed_intake).run(self)

    def with_progress(self, op: Op, text: str, *, shown: bool = True) -> Op:
        """`op` with a progress dialog whose Cancel is asked between messages (what is in stays in);
        Fetch Now waits until it is done."""
        self._fetching = True
        self.fetch_button.setEnabled(False)

        def finish() -> None:
            self._fetching = False
            self.fetch_button.setEnabled(True)

        return op.progress(text, title=translate("Inbox", "Inbox"), shown=shown).always(finish)

    def _failed_intake(self, error: BaseException) -> None:
        from privacy_desk.services.tickets.mail_fetch import MailNotConfigured

        if isinstance(error, MailNotConfigured):
            self.open_mailbox_settings(reason=error_text(error))
            return
        self._show_error(error)

    def _imported(self, summary) -> None:
        imported = summary.imported
        lines = [
            translate("Inbox", "%n message(s) imported.", None, imported),
            translate(
                "Inbox",
                "New tickets: {new}. Added to existing threads: {threaded}. Already there: {duplicates}.",
            ).format(new=summary.new_tickets, threaded=summary.threaded, duplicates=summary.duplicates),
        ]
        if summary.cancelled:
            lines.append(translate("Inbox", "Cancelled: the rest was not imported. Import again to add it."))
        self._summarize(translate("Inbox", "Import Mail"), lines, summary.failed)
        if summary.imported:
            self._changed(reload_list=True)  # the import's notice told the other views

    def _summarize(self, title: str, lines: list[str], failed: list[tuple[str, str]]) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(title)
        box.setIcon(QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if failed:
            broken = len(failed)
            lines.append(translate("Inbox", "%n file(s) or message(s) could not be read:", None, broken))
            lines.extend(f"• {Path(origin).name}: {_reason_text(reason)}" for origin, reason in failed[:10])
            if len(failed) > 10:
                more = broken - 10
                lines.append(translate("Inbox", "… and %n more (see Show Details).", None, more))
            # The first ones only: the box would take minutes to lay out an mbox of 200,000 empty messages.
            details = [f"{origin}: {_reason_text(reason)}" for origin, reason in failed[:DETAILS_SHOWN]]
            if broken > DETAILS_SHOWN:
                rest = broken - DETAILS_SHOWN
                details.append(translate("Inbox", "… and %n more.", None, rest))
            box.setDetailedText("\n".join(details))
        box.setText("\n".join(lines))
        self.summary_box = box
        box.finished.connect(box.deleteLater)
        box.open()

    def export_csv(self) -> None:
        """File › Export Inbox as CSV…: the filtered list, every message, for Excel."""
        if self.services is None:
            return
        path = self.ask_save_path(
            self, translate("Inbox", "Export Inbox as CSV"), "inbox.csv", translate("Inbox", "CSV (*.csv)")
        )
        if not path:
            return
        query = self.current_query()

        def done(count: int) -> None:
            self.notice.show_message(
                translate("Inbox", "%n row(s) exported to {path}.", None, count).format(path=path),
                MessageKind.SUCCESS,
            )

        self._context.work.query(
            lambda services: services.tickets.export_csv(path, query.filters, sort=query.sort)
        ).busy(translate("Inbox", "Exporting…")).success(done).failure(self._show_error).run(self)

    @staticmethod
    def droppable_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        paths = [url.toLocalFile() for url in data.urls() if url.isLocalFile()]
        return [p for p in paths if Path(p).is_dir() or p.lower().endswith(MAIL_SUFFIXES)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self.services is not None and self.droppable_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        paths = self.droppable_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
