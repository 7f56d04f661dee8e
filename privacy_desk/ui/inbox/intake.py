"""How mail, calls and letters come into the Inbox: the call and letter forms, importing .eml, .msg and
.mbox files (File › Import Mail…, or dropped on the view) with a progress dialog that can be cancelled,
the summary of what came in, and the CSV export of the list.

`MailIntake` is a part of InboxView (it uses the view's context, notice, files and ticket page).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from privacy_desk.errors import PrivacyDeskError
from privacy_desk.ui.widgets import MessageKind, translated_error
from privacy_desk.ui.widgets.forms import error_text

translate = QCoreApplication.translate
MAIL_SUFFIXES = (".eml", ".msg", ".mbox")
DETAILS_SHOWN = 1000  # failures listed in the summary's details


def _reason_text(reason: str) -> str:
    """Why a file or message was not imported, in the user's language where the reason knows how."""
    problem = getattr(reason, "problem", None)
    return translated_error(problem) if isinstance(problem, PrivacyDeskError) else reason


class _ProgressRelay(QObject):
    """Carries progress(done, total) from a worker thread to the GUI thread (queued)."""

    progressed = Signal(int, int)


class MailIntake:
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
        services = self.services
        if services is None:
            return
        log = log_method(services)
        current = self.detail.detail
        ticket_id = current.ticket.id if current is not None and current.merged_into_ref is None else None
        dialog = dialog_class(
            self._context.operations,
            lambda entry, in_thread: log(services.actor, entry, ticket_id if in_thread else None),
            current_ref=current.ticket.ref if ticket_id is not None else None,
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
        services = self.services
        if services is None or self._fetching:
            return
        importer = services.ticket_import
        self._run_with_progress(
            translate("Inbox", "Importing mail…"),
            lambda progress, cancel: importer.import_paths(paths, progress=progress, cancel=cancel),
            self._imported,
        )

    def _run_with_progress(
        self, text: str, work, done: Callable[[Any], None], *, quiet: bool = False
    ) -> None:
        """`work(progress, cancel)` on a worker thread, with a progress dialog whose Cancel is asked
        between messages (what is in stays in)."""
        cancelled = threading.Event()
        relay = _ProgressRelay(self)
        dialog: QProgressDialog | None = None
        if not quiet:
            dialog = QProgressDialog(text, translate("Inbox", "Cancel"), 0, 0, self)
            dialog.setWindowTitle(translate("Inbox", "Inbox"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(cancelled.set)
            relay.progressed.connect(
                lambda done_, total: (dialog.setMaximum(max(total, 1)), dialog.setValue(done_))
            )
            dialog.show()
            self.progress = dialog
        self._fetching = True
        self.fetch_button.setEnabled(False)

        def finish() -> None:
            self._fetching = False
            self.fetch_button.setEnabled(True)
            relay.deleteLater()
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
                if self.progress is dialog:
                    self.progress = None

        def succeeded(result: Any) -> None:
            finish()
            done(result)

        def failed(error: BaseException) -> None:
            finish()
            if quiet:
                self.notice.show_error(
                    translate("Inbox", "Fetching mail failed: {reason}").format(reason=error_text(error))
                )
            else:
                self._failed_intake(error)

        self._context.operations.run(lambda: work(relay.progressed.emit, cancelled.is_set), succeeded, failed)

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
            self._changed(reload_list=True)

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
        services = self.services
        if services is None:
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

        self._context.operations.run(
            lambda: services.tickets.export_csv(path, query.filters, sort=query.sort),
            done,
            self._show_error,
            progress=translate("Inbox", "Exporting…"),
            parent=self,
        )

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
