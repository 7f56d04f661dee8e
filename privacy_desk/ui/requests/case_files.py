"""The case page's files: attaching one, a temporary copy to open, saving bytes where the user chose,
and the case report written on a worker and handed to the print or save function.

`CaseFiles` is a part of CasePage (it uses the page's context, notice and replaceable functions).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTemporaryDir
from PySide6.QtWidgets import QFileDialog, QWidget

from privacy_desk.domain.attachments import safe_filename
from privacy_desk.ui.widgets import MessageKind
from privacy_desk.ui.widgets.opening import open_with_system
from privacy_desk.ui.widgets.plain_text import ask_yes_no

__all__ = [
    "CaseFiles",
    "ask_yes_no",
    "choose_file_to_open",
    "choose_save_path",
    "open_with_system",
    "read_file",
]

translate = QCoreApplication.translate


def choose_file_to_open(parent: QWidget, title: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", translate("CasePage", "All files (*)"))
    return path or None


def choose_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def read_file(path: str) -> bytes:
    """The file's bytes; InvalidInput with the reason when it cannot be read."""
    from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput

    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Could not read {path}: {reason}"),
            path=path,
            reason=error.strerror or str(error),
        ) from error


class CaseFiles:
    """Attachments in and out, and the case report (mixed into CasePage)."""

    _temp: QTemporaryDir | None = None
    _temp_copies: list[tuple[int | None, Path]] | None = None  # (case id, path) of each copy opened
    _attach_generation = 0  # of add_attachment: a size check answered after another began is dropped

    def add_attachment(self) -> None:
        """Attach a file: its size is checked against the office's limit before anything is read; the
        file is read on the worker when the form is saved."""
        if (found := self._case()) is None:
            return
        services, case_id = found
        path = self.ask_open_path(self, translate("CasePage", "Attach File"))
        if not path:
            return
        try:
            size = Path(path).stat().st_size
        except OSError as error:
            self.notice.show_error(
                translate("CasePage", "Could not read {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return
        name = Path(path).name

        def check() -> None:
            from privacy_desk.config import ATTACHMENT_MAX_BYTES
            from privacy_desk.services.cases_work import refuse_oversize

            refuse_oversize(name, size, int(services.settings.get(ATTACHMENT_MAX_BYTES)))

        self._attach_generation += 1
        generation = self._attach_generation

        def fits(_none: None) -> None:
            if generation == self._attach_generation and self.case_id == case_id:
                self._attach_form(services, case_id, path, name)

        def too_large(error: BaseException) -> None:
            if generation == self._attach_generation and self.case_id == case_id:
                self.show_error(error)

        self.notice.clear()
        self.context.operations.run(check, fits, too_large, parent=self)

    def _attach_form(self, services, case_id: int, path: str, name: str) -> None:
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        from privacy_desk.ui.requests.case_dialogs import AttachmentDialog

        def store(identity: bool, my_number: bool):  # on the worker
            detail = services.cases.add_attachment(
                services.actor,
                case_id,
                name,
                content_type,
                read_file(path),
                identity_document=identity,
                shows_my_number=my_number,
            )
            return detail, services.cases.moves(case_id)

        dialog = AttachmentDialog(self.context.operations, store, name, self)

        def added(result) -> None:
            self.apply_change(result)
            self.tabs.setCurrentWidget(self.attachments)
            if self.detail is not None and self.detail.attachments:
                self.attachments.select(self.detail.attachments[-1].id)

        shown = self.when_current(added, self._late_change)
        self.open_dialog(dialog, lambda d: shown(d.result_value))

    def temp_folder(self) -> Path | None:
        if self._temp is None:
            self._temp = QTemporaryDir()
        if not self._temp.isValid():
            self.notice.show_error(translate("CasePage", "No temporary folder could be made for the file."))
            return None
        return Path(self._temp.path())

    def temp_file(self, name: str, data: bytes, *, case_id: int | None = None) -> str | None:
        """A temporary copy of a case's file to open; it is deleted once the page shows another case or
        none (`discard_temp_copies`), or at the latest when the app quits."""
        folder = self.temp_folder()
        if folder is None:
            return None
        target = folder / safe_filename(name)
        number = 1
        while target.exists():
            number += 1
            target = folder / f"{Path(safe_filename(name)).stem}~{number}{target.suffix}"
        if not self.write_file(target, data, quiet=True):
            return None
        if self._temp_copies is None:
            self._temp_copies = []
        self._temp_copies.append((case_id, target))
        return str(target)

    def discard_temp_copies(self, *, keep: int | None = None) -> None:
        """Delete the temporary copies of every case but `keep` (an opened file may show an individual
        number not masked yet). A copy a program still holds open (Windows) is tried again next time."""
        left = []
        for case_id, path in self._temp_copies or []:
            if case_id == keep and keep is not None:
                left.append((case_id, path))
                continue
            try:
                path.unlink(missing_ok=True)
            except OSError:
                left.append((case_id, path))
        self._temp_copies = left

    def write_file(self, path: Path, data: bytes, *, quiet: bool = False) -> bool:
        try:
            path.write_bytes(data)
        except OSError as error:
            self.notice.show_error(
                translate("CasePage", "Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return False
        if not quiet:
            self.notice.show_message(
                translate("CasePage", "Saved as {path}.").format(path=path), MessageKind.SUCCESS
            )
        return True

    def _report(self, then: Callable[[Path], None]) -> None:
        found, folder = self._case(), self.temp_folder()
        if found is None or folder is None:
            return
        services, case_id = found
        from privacy_desk.ui.widgets import current_language

        language = current_language()
        path = folder / safe_filename(f"{self.detail.row.ref}-{language}.pdf")

        def task() -> Path:
            services.cases.write_report(case_id, path, language)
            return path

        self.context.operations.run(
            task,
            then,
            self.show_error,
            progress=translate("CasePage", "Writing the case report…"),
            parent=self,
        )

    def print_report(self) -> None:
        if self.detail is None:
            return
        title = translate("CasePage", "Request case {ref}").format(ref=self.detail.row.ref)
        self._report(lambda path: self.print_pdf(self, path, title))

    def save_report(self) -> None:
        if self.detail is None:
            return
        ref = self.detail.row.ref

        def save(path: Path) -> None:
            try:
                saved = self.save_pdf_as(self, path, f"{ref}.pdf")
            except OSError as error:
                self.notice.show_error(
                    translate("CasePage", "Could not save the PDF: {reason}").format(
                        reason=error.strerror or error
                    )
                )
                return
            if saved is not None:
                self.notice.show_message(
                    translate("CasePage", "Saved as {path}.").format(path=saved), MessageKind.SUCCESS
                )

        self._report(save)
