"""The case page's files: attaching one, and the case report written on a worker and handed to the print
or save function. Temporary copies, Save As… and the system's program are the page's `files` seam
(ui/widgets/files.py).

`CaseFiles` is a part of CasePage (it uses the page's context, notice and `files`).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from privacy_desk.domain.attachments import safe_filename
from privacy_desk.ui.printing import save_pdf_copy
from privacy_desk.ui.widgets.files import read_file

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from privacy_desk.services.cases import CaseDetail
    from privacy_desk.ui.requests.case_attachments import AttachmentsSection
    from privacy_desk.ui.views import ViewContext
    from privacy_desk.ui.widgets import InlineMessage
    from privacy_desk.ui.widgets.files import FileHook, Files
    from privacy_desk.ui.work import Staleness

    class _Page(QWidget):
        """What CaseFiles uses of CasePage (case_page.py), for the type checker."""

        context: ViewContext
        case_id: int | None
        detail: CaseDetail | None
        notice: InlineMessage
        files: Files
        tabs: QTabWidget
        attachments: AttachmentsSection
        _attaching: Staleness
        ask_open_path: FileHook
        print_pdf: Callable[[QWidget, Path, str], bool]
        save_pdf_as: Callable[[QWidget, Path, str], Path | None]

        def _case(self) -> int | None: ...
        def show_error(self, error: BaseException) -> None: ...
        def apply_change(self, result: tuple[CaseDetail, list[Any]]) -> None: ...
        def _late_change(self, result: tuple[CaseDetail, list[Any]]) -> None: ...
        def when_current(
            self, callback: Callable[..., None], late: Callable[..., None] | None = None
        ) -> Callable[..., None]: ...
        def open_dialog(self, dialog: Any, on_accept: Callable[[Any], None]) -> None: ...

else:
    _Page = object

translate = QCoreApplication.translate


class CaseFiles(_Page):
    """Attachments in and out, and the case report (mixed into CasePage, which holds `_attaching`: a
    size check answered after another began is dropped)."""

    def add_attachment(self) -> None:
        """Attach a file: its size is checked against the office's limit before anything is read; the
        file is read on the worker when the form is saved."""
        if (case_id := self._case()) is None:
            return
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

        def check(services) -> None:
            from privacy_desk.config import ATTACHMENT_MAX_BYTES
            from privacy_desk.services.cases.files import refuse_oversize

            refuse_oversize(name, size, int(services.settings.get(ATTACHMENT_MAX_BYTES)))

        def fits(_none: None) -> None:
            if self.case_id == case_id:
                self._attach_form(case_id, path, name)

        def too_large(error: BaseException) -> None:
            if self.case_id == case_id:
                self.show_error(error)

        self.notice.clear()
        self.context.work.query(check).fresh_for(self._attaching, renew=True).success(fits).failure(
            too_large
        ).run(self)

    def _attach_form(self, case_id: int, path: str, name: str) -> None:
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        from privacy_desk.ui.requests.case_dialogs import AttachmentDialog

        def store(services, identity: bool, my_number: bool):  # on the worker
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

        dialog = AttachmentDialog(self.context.work, self.context.work.bind(store), name, self)

        def added(result) -> None:
            self.apply_change(result)
            self.tabs.setCurrentWidget(self.attachments)
            if self.detail is not None and self.detail.attachments:
                self.attachments.select(self.detail.attachments[-1].id)

        shown = self.when_current(added, self._late_change)
        self.open_dialog(dialog, lambda d: shown(d.result_value))

    def _report(self, then: Callable[[Path], None]) -> None:
        case_id, folder = self._case(), self.files.temp_folder()
        if case_id is None or folder is None or self.detail is None:
            return
        from privacy_desk.ui.widgets import current_language

        language = current_language()
        path = folder / safe_filename(f"{self.detail.row.ref}-{language}.pdf")

        def write(services) -> Path:
            services.cases.write_report(case_id, path, language)
            return path

        self.context.work.query(write).busy(translate("CasePage", "Writing the case report…")).success(
            then
        ).failure(self.show_error).run(self)

    def print_report(self) -> None:
        if self.detail is None:
            return
        title = translate("CasePage", "Request case {ref}").format(ref=self.detail.row.ref)

        def print_it(path: Path) -> None:
            self.print_pdf(self, path, title)

        self._report(print_it)

    def save_report(self) -> None:
        if self.detail is None:
            return
        ref = self.detail.row.ref

        def save(path: Path) -> None:
            save_pdf_copy(self.save_pdf_as, self, path, f"{ref}.pdf", self.notice)

        self._report(save)
