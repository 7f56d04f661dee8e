"""What the Inbox does to the open ticket: its status, category and assignee, the requester, notes,
replies, merging and splitting, its attachments and originals, and converting it to a request case.

`TicketActions` is a part of InboxView (it uses the view's context, notice, files, model and ticket
page). Each action runs its service call through the operation helper (ui/work.py) and returns its
notice for the other views (`told`); `_changed` then refreshes the rows in place and reads the open
ticket again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from privacy_desk.domain.tickets import TicketCategory, TicketStatus
from privacy_desk.ui.hub import Changed, TicketsChanged
from privacy_desk.ui.inbox.host import InboxHost
from privacy_desk.ui.widgets import MessageKind
from privacy_desk.ui.widgets.forms import error_text, open_form

if TYPE_CHECKING:
    from privacy_desk.services.container import Services
    from privacy_desk.services.tickets.service import TicketListRow

translate = QCoreApplication.translate


def told(result: Any, *also: int) -> Changed:
    """A ticket write's result with its notice for the other views: the row it returns (if it returns
    one) and the tickets in `also`; no ids at all means the list as a whole changed."""
    from privacy_desk.services.tickets.service import TicketListRow

    ids = ((result.id,) if isinstance(result, TicketListRow) else ()) + also
    return Changed.of(result, TicketsChanged(ids))


class TicketActions(InboxHost):
    """The actions on the open ticket (mixed into InboxView)."""

    @property
    def _open_ticket(self) -> TicketListRow:
        """The row of the ticket shown: the actions act on it."""
        detail = self.detail.detail
        assert detail is not None, "a ticket action runs while a ticket is shown"
        return detail.ticket

    def _show_error(self, error: BaseException) -> None:
        self.notice.show_error(error_text(error))

    def _changed(
        self,
        rows: list[TicketListRow] | None = None,
        *,
        reload_list: bool = False,
        select: int | None = None,
        also: Sequence[int] = (),
    ) -> None:
        """After a change the service confirmed: rows refreshed in place and the open ticket read again
        (the write's own notice tells the other views)."""
        if rows:
            self.model.update_rows(rows)
        if also:
            self._context.work.query(lambda services: services.tickets.rows(also)).success(
                self.model.update_rows
            ).ignore_failure().run(self)
        if select is not None:
            self._current_id = select
        if reload_list:
            self.model.reload()
        if self._current_id is not None:
            self._load_detail(self._current_id)

    def _run_change(self, change: Callable[[Services], Any]) -> None:
        """A write without a form, `change(services)`; on a refusal the pane shows what is stored."""

        def done(result: Any) -> None:
            from privacy_desk.services.tickets.service import TicketListRow

            self.notice.clear()
            self._changed([result] if isinstance(result, TicketListRow) else [])

        def failed(error: BaseException) -> None:
            self._show_error(error)
            if self._current_id is not None:
                self._load_detail(self._current_id)  # put the pane back to what is stored

        self._context.work.write(lambda services: told(change(services))).success(done).failure(failed).run(
            self
        )

    def _connect_detail(self) -> None:
        pane = self.detail
        pane.status_chosen.connect(self.set_status)
        pane.category_chosen.connect(self.set_category)
        pane.category_confirmed.connect(self.confirm_category)
        pane.assignee_chosen.connect(self.set_assignee)
        pane.person_requested.connect(self.edit_person)
        pane.note_requested.connect(self.add_note)
        pane.reply_requested.connect(self.reply)
        pane.merge_requested.connect(self.merge)
        pane.undo_merge_requested.connect(self.undo_merge)
        pane.split_requested.connect(self.split)
        pane.responded_requested.connect(self.mark_responded)
        pane.open_attachment_requested.connect(self.open_attachment)
        pane.save_attachment_requested.connect(self.save_attachment)
        pane.original_requested.connect(self.show_original)
        pane.headers_requested.connect(self.show_headers)
        pane.back_requested.connect(self.back_to_list)
        pane.convert_requested.connect(self.convert_to_case)
        pane.junk_requested.connect(self.set_junk)
        pane.forwarded_requested.connect(self.read_forwarded)
        pane.open_forwarded_file_requested.connect(
            lambda file: self.files.open_copy(file.filename, file.data)
        )
        pane.case_open_requested.connect(
            lambda case_id: self._context.hub.open_requested.emit("case", case_id)
        )
        pane.incident_requested.connect(self.open_incident)
        pane.incident_open_requested.connect(
            lambda incident_id: self._context.hub.open_requested.emit("incident", incident_id)
        )

    def _ticket(self) -> int | None:
        """The open ticket's id, or None when there is none or the database is closed."""
        if self.services is None or self.detail.detail is None:
            return None
        return self._open_ticket.id

    def _change_ticket(self, change: Callable[[Services, int, int], Any]) -> None:
        """Run `change(services, ticket_id, version)` for the open ticket; `version` is the one shown, so
        a change made over another desk's later one is refused (and the pane shows what is stored)."""
        if (ticket_id := self._ticket()) is not None:
            version = self._open_ticket.version
            self._run_change(lambda services: change(services, ticket_id, version))

    def set_status(self, status: TicketStatus) -> None:
        self._change_ticket(
            lambda services, t, v: services.tickets.set_status(services.actor, t, status, version=v)
        )

    def set_category(self, category: TicketCategory) -> None:
        self._change_ticket(
            lambda services, t, v: services.tickets.set_category(services.actor, t, category, version=v)
        )

    def confirm_category(self) -> None:
        self._change_ticket(
            lambda services, t, v: services.tickets.confirm_category(services.actor, t, version=v)
        )

    def set_assignee(self, user_id: int | None) -> None:
        self._change_ticket(
            lambda services, t, v: services.tickets.set_assignee(services.actor, t, user_id, version=v)
        )

    def mark_responded(self) -> None:
        self._change_ticket(
            lambda services, t, v: services.tickets.mark_responded(services.actor, t, version=v)
        )

    def set_junk(self, junk: bool) -> None:
        """Mark as Junk / Not Junk on the open ticket (the list's bulk action calls the same service
        with many ids: `services.tickets.mark_junk(actor, ids)`, `restore_junk(actor, ids)`)."""
        if (ticket_id := self._ticket()) is None:
            return

        def change(services: Services) -> Changed:
            call = services.tickets.mark_junk if junk else services.tickets.restore_junk
            return Changed.of(call(services.actor, [ticket_id]), TicketsChanged((ticket_id,)))

        def done(rows: list[TicketListRow]) -> None:
            text = (
                translate("Inbox", "{ref} is marked as junk.")
                if junk
                else translate("Inbox", "{ref} is back in the Inbox.")
            )
            self.notice.show_message(text.format(ref=self._open_ticket.ref), MessageKind.SUCCESS)
            self._changed(rows, reload_list=True)

        self._context.work.write(change).success(done).failure(self._show_error).run(self)

    def _open_dialog(self, dialog: Any, on_accept: Callable[[Any], None]) -> None:
        open_form(self, dialog, on_accept)

    def add_note(self) -> None:
        if (ticket_id := self._ticket()) is None:
            return
        from privacy_desk.ui.inbox.dialogs import NoteDialog

        save = self._context.work.bind(
            lambda services, text: told(services.tickets.add_note(services.actor, ticket_id, text), ticket_id)
        )
        dialog = NoteDialog(self._context.work, save, self._open_ticket.ref, self)
        self._open_dialog(dialog, lambda _d: self._changed(also=[ticket_id]))

    def edit_person(self) -> None:
        """The requester form, on the linked person's record as stored now (read first)."""
        if (ticket_id := self._ticket()) is None:
            return
        person_id = self._open_ticket.person_id
        if person_id is None:
            self._person_form(ticket_id, None)
            return
        self._context.work.query(lambda services: services.persons.get(person_id)).success(
            lambda person: self._person_form(ticket_id, person)
        ).failure(self._show_error).run(self)

    def _person_form(self, ticket_id: int, current) -> None:
        from privacy_desk.ui.dialogs.person_dialog import PersonDialog

        row, bind = self._open_ticket, self._context.work.bind
        dialog = PersonDialog(
            self._context.work,
            find=bind(lambda services, text: services.tickets.find_persons(text)),
            create=bind(lambda services, data: services.persons.create(services.actor, data)),
            update=bind(
                lambda services, person_id, data, version: services.persons.update(
                    services.actor, person_id, data, version=version
                )
            ),
            current=current,
            suggestion=(row.from_name, row.from_address),
            parent=self,
        )

        def accepted(d) -> None:
            person = d.result_value
            person_id = person.id if person is not None else None
            self._run_change(
                lambda services: services.tickets.set_person(services.actor, ticket_id, person_id)
            )

        self._open_dialog(dialog, accepted)

    def reply(self) -> None:
        if (ticket_id := self._ticket()) is None:
            return
        from privacy_desk.ui.inbox.reply_form import open_composer

        open_composer(self, ticket_id, self._open_ticket)

    def _deliver_reply(self, name: str, eml: bytes, *, saved: bool) -> None:
        """The logged reply saved where the user says, or opened in the mail program."""
        if saved:
            title, filters = translate("Inbox", "Save Reply"), translate("Inbox", "Mail (*.eml)")
            self.files.save_as(eml, name, title=title, filters=filters)
            return
        path = self.files.temp_copy(name, eml)
        if path is not None and not self.open_path(path):
            self.notice.show_error(
                translate("Inbox", "No mail program opened the reply. It is saved as {path}.").format(
                    path=path
                )
            )
        elif path is not None:
            self.notice.show_message(
                translate("Inbox", "The reply is logged and open in your mail program."), MessageKind.SUCCESS
            )

    def merge(self) -> None:
        if (ticket_id := self._ticket()) is None:
            return
        from privacy_desk.ui.inbox.dialogs import MergeDialog

        merge = self._context.work.bind(
            lambda services, ref: told(
                services.tickets.merge(services.actor, ticket_id, services.tickets.id_of(ref))
            )
        )
        dialog = MergeDialog(self._context.work, merge, self._open_ticket.ref, self)

        def accepted(d) -> None:
            target = d.result_value
            self.notice.show_message(
                translate("Inbox", "Merged into {ref}.").format(ref=target.ref), MessageKind.SUCCESS
            )
            self._changed([target], reload_list=True, select=target.id)

        self._open_dialog(dialog, accepted)

    def undo_merge(self, ref: str) -> None:
        if self.services is None:
            return
        if not self.confirm(
            self,
            translate("Inbox", "Undo Merge"),
            translate("Inbox", "Give {ref} its messages back as a ticket of its own?").format(ref=ref),
        ):
            return

        def done(row) -> None:
            self.notice.show_message(
                translate("Inbox", "{ref} is a ticket of its own again.").format(ref=ref), MessageKind.SUCCESS
            )
            self._changed([row], reload_list=True, select=row.id)

        self._context.work.write(
            lambda services: told(services.tickets.undo_merge(services.actor, services.tickets.id_of(ref)))
        ).success(done).failure(self._show_error).run(self)

    def split(self, message_ids: list[int]) -> None:
        if (ticket_id := self._ticket()) is None or not message_ids:
            return
        chosen = len(message_ids)
        if not self.confirm(
            self,
            translate("Inbox", "Split Off"),
            translate("Inbox", "Move the %n selected message(s) into a new ticket?", None, chosen),
        ):
            return

        def done(row) -> None:
            self.notice.show_message(
                translate("Inbox", "The messages are now in {ref}.").format(ref=row.ref), MessageKind.SUCCESS
            )
            self._changed([row], reload_list=True, also=[ticket_id])

        self._context.work.write(
            lambda services: told(services.tickets.split(services.actor, ticket_id, message_ids), ticket_id)
        ).success(done).failure(self._show_error).run(self)

    def _with_attachment(self, attachment, use: Callable[[Any], None]) -> None:
        self._context.work.query(lambda services: services.tickets.attachment(attachment.id)).success(
            use
        ).failure(self._show_error).run(self)

    def read_forwarded(self, attachment_id: int) -> None:
        """A forwarded message in the mail being read: parsed on the worker, shown inline under it."""
        self._context.work.query(lambda services: services.tickets.forwarded(attachment_id)).success(
            self.detail.show_forwarded  # which drops it when another message is shown by then
        ).failure(self._show_error).run(self)

    def open_attachment(self, attachment) -> None:
        """A temporary copy, opened by the system's program; one that can run only once the user said so."""

        def use(found) -> None:
            if found.data is not None:
                self.files.open_copy(found.attachment.filename, found.data)

        self._with_attachment(attachment, use)

    def save_attachment(self, attachment) -> None:
        def use(found) -> None:
            if found.data is not None:
                self.files.save_as(
                    found.data,
                    found.attachment.filename,
                    title=translate("Inbox", "Save Attachment"),
                    filters=translate("Inbox", "All files (*)"),
                )

        self._with_attachment(attachment, use)

    def show_headers(self, message) -> None:
        from privacy_desk.ui.inbox.dialogs import TextDialog

        text = "\n".join(f"{name}: {value}" for name, value in message.headers)
        dialog = TextDialog(translate("Inbox", "Headers"), text, self)
        self._open_dialog(dialog, lambda _d: None)

    def show_original(self, message) -> None:
        from privacy_desk.ui.inbox.dialogs import TextDialog, decode_original

        def use(raw: bytes | None) -> None:
            if raw is None:
                self.notice.show_error(translate("Inbox", "The original of this message is not stored."))
                return
            dialog = TextDialog(
                translate("Inbox", "Original Message (plain text)"), decode_original(raw), self
            )
            self._open_dialog(dialog, lambda _d: None)

        self._context.work.query(lambda services: services.tickets.original(message.id)).success(use).failure(
            self._show_error
        ).run(self)

    def convert_to_case(self) -> None:
        """Convert to Request Case…: the intake form Requests offers (ViewSpec.forms), filled from the
        ticket; then the Requests view shows the new case."""
        views = self._context.views
        make = views.form("case_from_ticket") if views is not None else None
        if (ticket_id := self._ticket()) is None or make is None:
            return
        dialog = make(self._context, self._open_ticket, self._office_tz, parent=self)

        def accepted(d) -> None:  # the form's write tells the other views of the case and the ticket
            self._changed(also=[ticket_id])
            self._context.hub.open_requested.emit("case", d.result_value.row.id)

        self._open_dialog(dialog, accepted)

    def open_incident(self) -> None:
        """Open Incident…: the new-incident form Incidents offers (ViewSpec.forms), filled from the ticket
        and linked to it; then the Incidents view shows the new incident."""
        views = self._context.views
        make = views.form("incident_from_ticket") if views is not None else None
        if (ticket_id := self._ticket()) is None or make is None:
            return
        dialog = make(self._context, self._open_ticket, self._office_tz, parent=self)

        def accepted(d) -> None:  # the form's write tells the other views of the incident and the ticket
            self._changed(also=[ticket_id])
            self._context.hub.open_requested.emit("incident", d.result_value.id)

        self._open_dialog(dialog, accepted)


def _has_japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)
