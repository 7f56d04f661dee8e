"""One request case, as the Requests view shows it beside its list: who asks for what, the deadlines, the
workflow buttons (CaseActionBar), and tabs for the overview, the timeline, the tasks and the attachments.

The page reads the case and the moves it may make in one operation and keeps that CaseDetail; a
language switch redraws everything from it without a query. Every change goes through `run_change`,
which shows the fresh case and emits `case_did_change(id)` so the list refreshes its row. The file,
print and confirmation functions are attributes, so tests replace them and no real dialog opens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.ui.printing import print_pdf, save_pdf_as
from privacy_desk.ui.requests.actions import CaseActionBar, case_of, form_saver, with_moves
from privacy_desk.ui.requests.case_attachments import AttachmentsSection
from privacy_desk.ui.requests.case_files import CaseFiles
from privacy_desk.ui.requests.case_header import CaseHeader
from privacy_desk.ui.requests.case_sections import OverviewSection, TimelineSection
from privacy_desk.ui.requests.case_tasks import TasksSection
from privacy_desk.ui.widgets import FollowsLanguage, InlineMessage
from privacy_desk.ui.widgets.files import FileHook, Files
from privacy_desk.ui.widgets.forms import error_text, open_form
from privacy_desk.ui.widgets.list_page import ItemStack
from privacy_desk.ui.work import Staleness

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import CaseDetail, MoveOption
    from privacy_desk.services.container import Services
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate


class CasePage(CaseFiles, FollowsLanguage):
    """Tests may replace `files` or one of its functions (`ask_open_path`, `ask_save_path`, `open_path`,
    `confirm`), and `print_pdf` and `save_pdf_as`; `action_bar=` puts another widget in the
    CaseActionBar's place."""

    case_did_change = Signal(int)
    ask_open_path, ask_save_path, open_path, confirm = FileHook(), FileHook(), FileHook(), FileHook()

    def __init__(self, context: ViewContext, parent: QWidget | None = None, *, action_bar=None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id: int | None = None
        self.detail: CaseDetail | None = None
        self.moves: list[MoveOption] = []
        self.users: list[tuple[int, str]] | None = None
        self.office_tz = None
        self.dialog: QWidget | None = None
        self._reading = Staleness()  # of load(): a read that another load or a shown change overtook is late
        # Renewed when the page turns to another case or to none: a change's result arriving after that is
        # late (`when_current`).
        self._showing = Staleness()
        self._attaching = (
            Staleness()
        )  # of add_attachment: a size check answered after another began is dropped
        self.print_pdf: Callable[[QWidget, Path, str], bool] = print_pdf
        self.save_pdf_as: Callable[[QWidget, Path, str], Path | None] = save_pdf_as

        content = QWidget(self)
        self.header = CaseHeader(self, content)
        self.notice = InlineMessage(content)
        self.files = Files(self, self.notice)
        if action_bar is None:
            action_bar = CaseActionBar(context, content)
        self.action_bar = action_bar
        self.action_bar.setParent(content)
        if hasattr(action_bar, "changed"):
            action_bar.changed.connect(self._action_changed)
        if hasattr(action_bar, "failed"):
            action_bar.failed.connect(self._action_failed)
        self.tabs = QTabWidget(content)
        self.overview = OverviewSection(self)
        self.timeline = TimelineSection(self)
        self.tasks = TasksSection(self)
        self.attachments = AttachmentsSection(self)
        for section in (self.overview, self.timeline, self.tasks, self.attachments):
            self.tabs.addTab(section, "")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.notice)
        column.addWidget(self.action_bar)
        column.addWidget(self.tabs, 1)
        self.stack = ItemStack(self, content)
        self.placeholder = self.stack.placeholder

        hub = context.hub
        hub.services_did_close.connect(self._services_closed)
        hub.users_did_change.connect(self._users_changed)
        hub.settings_did_change.connect(self.reload)
        self.retranslate()
        self.clear()

    # -- reading -----------------------------------------------------------------------------------

    @property
    def services(self):
        return self.context.services

    def today(self):
        return self.context.clock()

    def load(self, case_id: int, *, error: str = "") -> None:
        """Read the case and its moves (and the users and office time zone when not known yet); `error`
        stays in the notice line once the stored case is shown (why a change was refused)."""
        services = self.services
        if services is None:
            return
        if case_id != self.case_id:
            self._showing.renew()
        self.case_id = case_id
        need_users = self.users is None

        def task(services):
            detail = services.cases.get(case_id)
            moves = services.cases.moves(case_id)
            users = (
                [(u.id, u.display_name) for u in services.users.list() if u.active] if need_users else None
            )
            return detail, moves, users, services.settings.office_tz()

        def loaded(result) -> None:
            detail, moves, users, tz = result
            if users is not None:
                self.users = users
            self.office_tz = tz
            self.show_case(detail, moves)
            if error:
                self.notice.show_error(error)
            else:
                self.notice.clear()

        def overtaken(result) -> None:
            # Another case was chosen meanwhile, or a change showed a newer read of this one: keep only
            # the users and the time zone (the same database), which the page still needs.
            _detail, _moves, users, tz = result
            if self.services is services:
                self.users = users if users is not None else self.users
                self.office_tz = tz
                self._render()

        self.context.work.query(task).fresh_for(self._reading, renew=True).success(loaded).late(
            overtaken
        ).failure(self.show_error).run(self)

    def _action_failed(self, text: str) -> None:
        """A step was refused (perhaps the case changed elsewhere): show the stored case and why. While
        another case is being read the bar still holds the one the user left: its refusal is dropped."""
        shown = getattr(self.action_bar, "detail", None)
        if shown is not None and shown.row.id != self.case_id:
            return
        if self.case_id is not None:
            self.load(self.case_id, error=text)
        else:
            self.notice.show_error(text)

    def reload(self) -> None:
        if self.case_id is not None:
            self.load(self.case_id)

    def _services_closed(self) -> None:
        self.users = None  # another database has other users
        self.clear()

    def _users_changed(self) -> None:
        self.users = None
        self.reload()

    def show_case(self, detail: CaseDetail, moves: list[MoveOption]) -> None:
        if detail.row.id != self.case_id:
            self._showing.renew()
        self._reading.renew()  # what is shown now is newer than a read still under way
        self.detail, self.moves = detail, moves
        self.case_id = detail.row.id
        self.stack.show_content()
        if getattr(self.action_bar, "detail", None) is not detail:
            self.action_bar.show_case(detail, moves)
        self._render()

    def clear(self) -> None:
        self._reading.renew()
        self._showing.renew()
        self.case_id = None
        self.detail = None
        self.moves = []
        self.notice.clear()
        if hasattr(self.action_bar, "clear"):
            self.action_bar.clear()
        for section in (self.timeline, self.tasks, self.attachments):
            section.show_detail(None, self.office_tz)
        self.stack.show_placeholder()

    def _render(self) -> None:
        detail = self.detail
        if detail is None:
            return
        tz = self.office_tz
        self.header.show_detail(detail, self.users or [])
        self.overview.show_detail(detail, tz)
        self.timeline.show_detail(detail, tz)
        self.tasks.show_detail(detail, tz)
        self.attachments.show_detail(detail, tz)
        self._tab_titles()

    def _tab_titles(self) -> None:
        detail = self.detail
        events = len(detail.events) if detail else 0
        open_tasks = sum(not t.done for t in detail.tasks) if detail else 0
        files = len(detail.attachments) if detail else 0
        self.tabs.setTabText(0, translate("CasePage", "Overview"))
        self.tabs.setTabText(1, translate("CasePage", "Timeline ({count})").format(count=events))
        self.tabs.setTabText(
            2,
            translate("CasePage", "Tasks ({count} open)").format(count=open_tasks)
            if open_tasks
            else translate("CasePage", "Tasks"),
        )
        self.tabs.setTabText(3, translate("CasePage", "Attachments ({count})").format(count=files))
        unmasked = bool(detail and detail.my_number_unmasked)
        self.tabs.setTabIcon(
            3, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if unmasked else QIcon()
        )
        self.tabs.setTabToolTip(
            3,
            translate("CasePage", "A file shows an individual number that is not masked yet")
            if unmasked
            else "",
        )

    # -- changing ----------------------------------------------------------------------------------

    def when_current(
        self, callback: Callable[..., None], late: Callable[..., None] | None = None
    ) -> Callable[..., None]:
        """`callback` for the result of work started now for the case shown; once the page shows another
        case (or none, e.g. the database closed) `late` runs instead, or nothing."""
        return self._showing.guard(callback, late)

    def run_change(self, change: Callable[[Services], CaseDetail]) -> None:
        """Run a write, `change(services)`; show the case it returns and tell the list. On a refusal,
        show why and put the page back to what is stored (a tick or toggle the user made is undone). A
        result that arrives after the user turned to another case only refreshes the list."""
        case_id = self.case_id

        def failed(error: BaseException) -> None:
            self.show_error(error)
            if case_id is not None:
                self.load(case_id, error=self.notice.text())

        self.context.work.write(with_moves(change)).fresh_for(self._showing).success(self.apply_change).late(
            self._late_change
        ).failure(failed).run(self)

    def apply_change(self, result: tuple[CaseDetail, list]) -> None:
        detail, moves = result
        self.notice.clear()
        self.show_case(detail, moves)
        self.case_did_change.emit(detail.row.id)

    def _late_change(self, result: tuple[CaseDetail, list]) -> None:
        """A change of a case the page turned away from: the list refreshes its row; when the page is back
        on that case, it reads it again (the read may predate the change)."""
        detail = result[0]
        if detail.row.id == self.case_id:
            self.reload()
        self.case_did_change.emit(detail.row.id)

    def _action_changed(self, detail: CaseDetail) -> None:
        """The bar made a change: show the fresh case and moves it holds when it is still this page's
        case (the bar does not take a late result: then the page only tells the list, or rereads)."""
        bar = self.action_bar
        if detail.row.id == self.case_id and getattr(bar, "detail", None) is detail:
            self.notice.clear()
            self.show_case(detail, bar.moves)
            self.case_did_change.emit(detail.row.id)
        else:
            self._late_change((detail, []))

    def show_error(self, error: BaseException) -> None:
        self.notice.show_error(error_text(error))

    def open_dialog(self, dialog, on_accept: Callable[[Any], None]) -> None:
        open_form(self, dialog, on_accept)

    def _case(self) -> int | None:
        return case_of(self.context, self.detail)

    def _shown(self) -> CaseDetail | None:
        """The case shown while the database is open (the one `_case` gives the id of)."""
        return self.detail if self._case() is not None else None

    def _open_change(self, dialog) -> None:
        """A form whose `result_value` is the changed case and its moves."""
        apply = self.when_current(self.apply_change, self._late_change)
        if hasattr(dialog, "stale_refused"):
            dialog.stale_refused.connect(self.when_current(lambda _error: self.reload()))
        self.open_dialog(dialog, lambda d: apply(d.result_value))

    def set_assignee(self, user_id: int | None) -> None:
        if (detail := self._shown()) is not None:
            case_id, version = detail.row.id, detail.row.version
            self.run_change(
                lambda services: services.cases.set_assignee(
                    services.actor, case_id, user_id, version=version
                )
            )

    def change_received_on(self) -> None:
        if (detail := self._shown()) is None:
            return
        case_id = detail.row.id
        from privacy_desk.ui.requests.case_dialogs import ReceivedOnDialog

        dialog = ReceivedOnDialog(
            self.context.work,
            form_saver(
                self.context,
                case_id,
                lambda services: services.cases.set_received_on,
                detail.row.version,
            ),
            detail.row.ref,
            detail.row.received_on,
            self,
        )
        self._open_change(dialog)

    def edit_details(self) -> None:
        if (detail := self._shown()) is None:
            return
        case_id = detail.row.id
        from privacy_desk.ui.requests.case_dialogs import CaseDetailsDialog

        dialog = CaseDetailsDialog(
            self.context.work,
            form_saver(
                self.context, case_id, lambda services: services.cases.update_details, detail.row.version
            ),
            detail,
            self,
        )
        self._open_change(dialog)

    def add_note(self) -> None:
        if (detail := self._shown()) is None:
            return
        case_id = detail.row.id
        from privacy_desk.ui.requests.case_dialogs import CaseNoteDialog

        dialog = CaseNoteDialog(
            self.context.work,
            form_saver(self.context, case_id, lambda services: services.cases.add_note),
            detail.row.ref,
            self,
        )
        self._open_change(dialog)

    def add_task(self) -> None:
        if (detail := self._shown()) is None:
            return
        case_id = detail.row.id
        from privacy_desk.ui.requests.case_dialogs import TaskDialog

        dialog = TaskDialog(
            self.context.work,
            form_saver(self.context, case_id, lambda services: services.cases.add_task),
            self.users or [],
            detail.row.assignee_id,
            detail.row.ref,
            self,
        )
        self._open_change(dialog)

    def set_task_done(self, task_id: int, done: bool) -> None:
        if self._case() is not None:
            self.run_change(lambda services: services.cases.set_task_done(services.actor, task_id, done))

    # -- language ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.placeholder.setText(translate("CasePage", "Choose a request case in the list to see it here."))
        self.header.retranslate()
        for section in (self.overview, self.timeline, self.tasks, self.attachments):
            section.retranslate()
        if self.detail is None:
            self._tab_titles()
        else:
            self._render()
