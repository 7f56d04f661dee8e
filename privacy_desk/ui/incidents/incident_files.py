"""The incident page's files: the preliminary and final report (Print…, Save as PDF…, the text for the
PPC's online form on the clipboard), the notice to the persons as PDF and as a mail-merge CSV, and the
evidence in and out. Documents are written on the worker into the page's temporary folder and handed
to the print or save function; files go through the page's `files` seam (ui/widgets/files.py).

`IncidentFiles` is a part of IncidentPage (page.py), which gives the names `_Page` lists.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from privacy_desk.domain.attachments import safe_filename
from privacy_desk.domain.incidents import ReportKind
from privacy_desk.ui.printing import save_pdf_copy
from privacy_desk.ui.widgets import MessageKind

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox, QTabWidget

    from privacy_desk.services.incidents.records import EvidenceRecord, IncidentDetail
    from privacy_desk.ui.incidents.records_panels import EvidencePanel
    from privacy_desk.ui.views import ViewContext
    from privacy_desk.ui.widgets import InlineMessage
    from privacy_desk.ui.widgets.files import Files

    class _Page(QWidget):
        context: ViewContext
        detail: IncidentDetail | None
        notice: InlineMessage
        files: Files
        report_combo: QComboBox
        tabs: QTabWidget
        evidence: EvidencePanel
        language_combo: QComboBox
        print_pdf: Callable[[QWidget, Path, str], bool]
        save_pdf_as: Callable[[QWidget, Path, str], Path | None]

        def run_change(
            self, change: Callable[[Any], IncidentDetail], then: Callable[[], None] | None = None
        ) -> None: ...
        def show_error(self, error: BaseException) -> None: ...

else:
    _Page = object

translate = QCoreApplication.translate


class IncidentFiles(_Page):
    def report_kind(self) -> ReportKind:
        return ReportKind(self.report_combo.currentData())  # Qt gives a StrEnum back as its text

    def report_language(self) -> str:
        return self.language_combo.currentData()

    def _document(
        self, name: str, write: Callable[[Any, Path], object], busy: str, then: Callable[[Path], object]
    ) -> None:
        folder = self.files.temp_folder()
        if self.detail is None or folder is None:
            return
        path = folder / safe_filename(name)

        def run(services) -> Path:
            write(services, path)
            return path

        def written(written_path: Path) -> None:
            then(written_path)

        self.context.work.query(run).busy(busy).success(written).failure(self.show_error).run(self)

    def _report(self, then: Callable[[Path], object]) -> None:
        if (detail := self.detail) is None:
            return
        incident_id, kind, language = detail.id, self.report_kind(), self.report_language()
        self._document(
            f"{detail.ref}-{kind.value}-{language}.pdf",
            lambda services, path: services.incidents.write_report(incident_id, kind, path, language),
            translate("Incidents", "Writing the report…"),
            then,
        )

    def _report_title(self) -> str:
        detail = self.detail
        kind = translate("ReportKind", self.report_kind().label)
        return translate("Incidents", "{report} — {ref}").format(
            report=kind, ref=detail.ref if detail else ""
        )

    def print_report(self) -> None:
        title = self._report_title()
        self._report(lambda path: self.print_pdf(self, path, title))

    def save_report(self) -> None:
        if (detail := self.detail) is None:
            return
        suggested = f"{detail.ref}-{self.report_kind().value}.pdf"
        self._report(lambda path: self._save_copy(path, suggested))

    def _save_copy(self, path: Path, suggested: str) -> None:
        save_pdf_copy(self.save_pdf_as, self, path, suggested, self.notice)

    def copy_report_text(self) -> None:
        """The report's items as plain text for the PPC's online form, on the clipboard."""
        if (detail := self.detail) is None:
            return
        incident_id, kind, language = detail.id, self.report_kind(), self.report_language()

        def copied(text: str) -> None:
            QGuiApplication.clipboard().setText(text)
            self.notice.show_message(
                translate(
                    "Incidents", "The {report}'s text is on the clipboard: paste it into the PPC's form."
                ).format(report=translate("ReportKind", kind.label).lower()),
                MessageKind.SUCCESS,
            )

        self.context.work.query(
            lambda services: services.incidents.report_text(incident_id, kind, language)
        ).success(copied).failure(self.show_error).run(self)

    def save_notice_pdf(self) -> None:
        if (detail := self.detail) is None:
            return
        incident_id, language = detail.id, self.report_language()
        self._document(
            f"{detail.ref}-notice-{language}.pdf",
            lambda services, path: services.incidents.write_notice(incident_id, path, language),
            translate("Incidents", "Writing the notice…"),
            lambda path: self._save_copy(path, f"{detail.ref}-notice.pdf"),
        )

    def save_notice_csv(self) -> None:
        if (detail := self.detail) is None:
            return
        incident_id, language = detail.id, self.report_language()

        def save(path: Path) -> None:
            self.files.save_as(
                path.read_bytes(),
                f"{detail.ref}-notice.csv",
                title=translate("Incidents", "Save Mail-Merge CSV"),
                filters=translate("Incidents", "CSV files (*.csv)"),
            )

        self._document(
            f"{detail.ref}-notice-{language}.csv",
            lambda services, path: services.incidents.write_notice_csv(incident_id, path, language),
            translate("Incidents", "Writing the notice…"),
            save,
        )

    # -- evidence ----------------------------------------------------------------------------------

    def add_evidence(self) -> None:
        if (detail := self.detail) is None:
            return
        path = self.files.ask_open_path(self, translate("Incidents", "Add Evidence"))
        if not path:
            return
        incident_id = detail.id

        def added() -> None:
            if self.detail is not None and self.detail.evidence:
                self.evidence.select(self.detail.evidence[-1].id)
                self.tabs.setCurrentWidget(self.evidence)

        self.run_change(
            lambda services: services.incidents.add_evidence(services.actor, incident_id, Path(path)), added
        )

    def _evidence_data(self, record: EvidenceRecord, use: Callable[[bytes], object]) -> None:
        record_id = record.id

        def read(found: tuple[str, bytes]) -> None:
            use(found[1])

        self.context.work.query(lambda services: services.incidents.evidence_bytes(record_id)).success(
            read
        ).failure(self.show_error).run(self)

    def open_evidence(self, record: EvidenceRecord) -> None:
        self._evidence_data(record, lambda data: self.files.open_copy(record.filename, data, key=record.id))

    def save_evidence(self, record: EvidenceRecord) -> None:
        self._evidence_data(
            record,
            lambda data: self.files.save_as(
                data, record.filename, title=translate("Incidents", "Save Evidence")
            ),
        )
