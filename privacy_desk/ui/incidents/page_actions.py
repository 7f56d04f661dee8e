"""What is done to the incident shown: its facts edited (with the version shown: a StaleEdit reads the
stored incident again behind the form), an answer of the assessment recorded, timeline entries and
corrections, notices, a report marked filed, the incident closed.

`IncidentActions` is a part of IncidentPage (page.py), which gives the names `_Page` lists; every write
runs through the page's `run_change` or a form's `context.work.bind` callable.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from privacy_desk.domain.incidents import Question, ReportKind, over_1000
from privacy_desk.ui.hub import Changed, IncidentsChanged
from privacy_desk.ui.widgets.forms import open_form

if TYPE_CHECKING:
    from privacy_desk.domain.incidents import Answer, PersonsAffected, TimelineKind
    from privacy_desk.services.incidents.records import IncidentDetail, NoticeInput, TimelineEntry
    from privacy_desk.ui.views import ViewContext
    from privacy_desk.ui.widgets.files import Files
    from privacy_desk.ui.widgets.forms import FormDialog
    from privacy_desk.ui.work import Staleness

    class _Page(QWidget):
        context: ViewContext
        detail: IncidentDetail | None
        office_tz: Any
        files: Files
        dialog: QWidget | None
        _showing: Staleness

        @property
        def now(self) -> Callable[[], datetime]: ...
        def run_change(
            self, change: Callable[[Any], IncidentDetail], then: Callable[[], None] | None = None
        ) -> None: ...
        def apply_change(self, detail: IncidentDetail) -> None: ...
        def reload(self) -> None: ...
        def show_error(self, error: BaseException) -> None: ...

else:
    _Page = object

translate = QCoreApplication.translate


class IncidentActions(_Page):
    def _shown(self) -> IncidentDetail | None:
        return self.detail if self.context.services is not None else None

    def _saver(self, write: Callable[..., IncidentDetail]) -> Callable[..., Any]:
        """A form's save for the incident shown: `write(services, incident_id, *args)` in a unit of work,
        its result with the change notice."""
        assert self.detail is not None
        incident_id = self.detail.id

        def save(services, *args: Any) -> Changed:
            return Changed.of(write(services, incident_id, *args), IncidentsChanged((incident_id,)))

        return self.context.work.bind(save)

    def _open_change(self, dialog: FormDialog) -> None:
        """A form whose `result_value` is the changed incident; once the page shows another, the list
        only refreshes."""
        apply = self._showing.guard(self.apply_change, lambda detail: self.reload())
        dialog.stale_refused.connect(self._showing.guard(lambda _error: self.reload()))
        open_form(self, dialog, lambda d: apply(d.result_value))

    def edit_facts(self) -> None:
        if (detail := self._shown()) is None:
            return
        from privacy_desk.ui.incidents.facts_form import EditFactsDialog

        self._open_change(EditFactsDialog(self.context, detail, self.office_tz, self))

    def set_answer(self, question: Question, answer: Answer) -> None:
        if (detail := self._shown()) is None:
            return
        incident_id = detail.id
        self.run_change(
            lambda services: services.incidents.set_answer(services.actor, incident_id, question, answer)
        )

    def change_persons(self) -> None:
        if (detail := self._shown()) is None:
            return
        from privacy_desk.ui.incidents.dialogs import PersonsDialog

        def write(services, incident_id: int, persons: PersonsAffected, note: str) -> IncidentDetail:
            return services.incidents.set_answer(
                services.actor,
                incident_id,
                Question.OVER_1000,
                over_1000(persons),
                note=note,
                persons=persons,
            )

        dialog = PersonsDialog(
            self.context.work, self._saver(write), detail.ref, detail.assessment.persons, self
        )
        self._open_change(dialog)

    def _entry_form(self, kind: TimelineKind, corrects: TimelineEntry | None) -> None:
        if (detail := self._shown()) is None:
            return
        from privacy_desk.ui.incidents.dialogs import TimelineEntryDialog

        def write(services, incident_id: int, kind, text: str, at, corrects_id) -> IncidentDetail:
            return services.incidents.add_timeline_entry(
                services.actor, incident_id, kind, text, at=at, corrects_id=corrects_id
            )

        now = self.now()
        dialog = TimelineEntryDialog(
            self.context.work, self._saver(write), detail.ref, kind, self.office_tz, now, corrects, self
        )
        self._open_change(dialog)

    def add_entry(self, kind: TimelineKind) -> None:
        self._entry_form(kind, None)

    def correct_entry(self, entry: TimelineEntry) -> None:
        self._entry_form(entry.kind, entry)

    def add_notice(self) -> None:
        if (detail := self._shown()) is None:
            return
        from privacy_desk.ui.incidents.dialogs import NoticeDialog

        def write(services, incident_id: int, notice: NoticeInput) -> IncidentDetail:
            return services.incidents.add_notice(services.actor, incident_id, notice)

        persons = detail.assessment.persons
        planned = persons.exact if persons.exact is not None else persons.low or 0
        dialog = NoticeDialog(
            self.context.work, self._saver(write), detail.ref, self.context.clock(), planned, self
        )
        self._open_change(dialog)

    def mark_filed(self) -> None:
        if (detail := self._shown()) is None:
            return
        from privacy_desk.ui.incidents.dialogs import MarkFiledDialog

        def write(services, incident_id: int, kind: ReportKind, filed_on, receipt: str) -> IncidentDetail:
            return services.incidents.mark_filed(services.actor, incident_id, kind, filed_on, receipt)

        kind = ReportKind.FINAL if detail.filed_report(ReportKind.PRELIMINARY) else ReportKind.PRELIMINARY
        dialog = MarkFiledDialog(
            self.context.work, self._saver(write), detail.ref, kind, self.context.clock(), self
        )
        self._open_change(dialog)

    def close_incident(self) -> None:
        """Close: as not reportable when the answers say so (the reasons stay on record)."""
        if (detail := self._shown()) is None:
            return
        not_reportable = not detail.reportability.reportable
        if not_reportable:
            question = translate(
                "Incidents", "Close {ref} as not reportable? The answers and their reasons stay on record."
            )
        else:
            question = translate("Incidents", "Close {ref}? Its timeline and reports stay on record.")
        if not self.files.confirm(
            self, translate("Incidents", "Close Incident"), question.format(ref=detail.ref)
        ):
            return
        incident_id, version = detail.id, detail.version
        self.run_change(
            lambda services: services.incidents.close(
                services.actor, incident_id, version, not_reportable=not_reportable
            )
        )
