"""What the Inbox does to the open ticket: its status, category and assignee, the requester, notes,
replies, merging and splitting, its attachments and originals, and converting it to a request case.

`TicketActions` is a part of InboxView (it uses the view's context, notice, files, model and ticket
page). Each action runs its service call through the operation helper; `_changed` then refreshes the
rows in place, reads the open ticket again and tells the other views.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from privacy_desk.domain.tickets import TicketCategory, TicketStatus
from privacy_desk.errors import PrivacyDeskError
from privacy_desk.ui.widgets import MessageKind
from privacy_desk.ui.widgets.forms import error_text, open_form

if TYPE_CHECKING:
    from privacy_desk.services.tickets.service import TicketListRow

translate = QCoreApplication.translate


class TicketActions:
    """The actions on the open ticket (mixed into InboxView)."""

    def _show_error(self, error: BaseException) -> None:
        self.notice.show_error(error_text(error))

    def _changed(
        self,
        rows: list[TicketListRow] | None = None,
        *,
        reload_list: bool = False,
        select: int | None = None,
        also: list[int] = (),
    ) -> None:
        """After a change the service confirmed: rows refreshed in place, the open ticket read again,
        and the other views told."""
        if rows:
            self.model.update_rows(rows)
        services = self.services
        if also and services is not None:
            self._context.operations.run(
                lambda: services.tickets.rows(also), self.model.update_rows, lambda _error: None
            )
        if select is not None:
            self._current_id = select
        if reload_list:
            self.model.reload()
        if self._current_id is not None:
            self._load_detail(self._current_id)
        ids = [row.id for row in rows or []] + list(also)
        self.tell(self._context.hub.tickets_did_change, ids)

    def _run_change(
        self,
        work: Callable[[], Any],
        *,
        reload_list: bool = False,
        after: Callable[[Any], None] | None = None,
    ) -> None:
        def done(result: Any) -> None:
            from privacy_desk.services.tickets.service import TicketListRow

            rows = [result] if isinstance(result, TicketListRow) else []
            self.notice.clear()
            self._changed(rows, reload_list=reload_list)
            if after is not None:
                after(result)

        def failed(error: BaseException) -> None:
            self._show_error(error)
            if self._current_id is not None:
                self._load_detail(self._current_id)  # put the pane back to what is stored

        self._context.operations.run(work, done, failed, parent=self)

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
        pane.case_open_requested.connect(
            lambda case_id: self._context.hub.open_requested.emit("case", case_id)
        )

    def _ticket(self) -> tuple[Any, int] | None:
        services = self.services
        if services is None or self.detail.detail is None:
            return None
        return services, self.detail.detail.ticket.id

    def _change_ticket(self, change: Callable[[Any, int, int], Any]) -> None:
        """Run `change(services, ticket_id, version)` for the open ticket; `version` is the one shown, so
        a change made over another desk's later one is refused (and the pane shows what is stored)."""
        if (found := self._ticket()) is not None:
            services, ticket_id = found
            version = self.detail.detail.ticket.version
            self._run_change(lambda: change(services, ticket_id, version))

    def set_status(self, status: TicketStatus) -> None:
        self._change_ticket(lambda s, t, v: s.tickets.set_status(s.actor, t, status, version=v))

    def set_category(self, category: TicketCategory) -> None:
        self._change_ticket(lambda s, t, v: s.tickets.set_category(s.actor, t, category, version=v))

    def confirm_category(self) -> None:
        self._change_ticket(lambda s, t, v: s.tickets.confirm_category(s.actor, t, version=v))

    def set_assignee(self, user_id: int | None) -> None:
        self._change_ticket(lambda s, t, v: s.tickets.set_assignee(s.actor, t, user_id, version=v))

    def mark_responded(self) -> None:
        self._change_ticket(lambda s, t, v: s.tickets.mark_responded(s.actor, t, version=v))

    def _open_dialog(self, dialog, on_accept: Callable[[Any], None]) -> None:
        open_form(self, dialog, on_accept)

    def add_note(self) -> None:
        if (found := self._ticket()) is None:
            return
        services, ticket_id = found
        from privacy_desk.ui.inbox.dialogs import NoteDialog

        dialog = NoteDialog(
            self._context.operations,
            lambda text: services.tickets.add_note(services.actor, ticket_id, text),
            self.detail.detail.ticket.ref,
            self,
        )
        self._open_dialog(dialog, lambda _d: self._changed(also=[ticket_id]))

    def edit_person(self) -> None:
        if (found := self._ticket()) is None:
            return
        services, ticket_id = found
        row = self.detail.detail.ticket
        from privacy_desk.ui.dialogs.person_dialog import PersonDialog

        current = None
        if row.person_id is not None:
            try:
                current = services.persons.get(row.person_id)
            except PrivacyDeskError as error:
                self._show_error(error)
                return
        actor = services.actor
        dialog = PersonDialog(
            self._context.operations,
            find=services.tickets.find_persons,
            create=lambda data: services.persons.create(actor, data),
            update=lambda person_id, data, version: services.persons.update(
                actor, person_id, data, version=version
            ),
            current=current,
            suggestion=(row.from_name, row.from_address),
            parent=self,
        )

        def accepted(d) -> None:
            person = d.result_value
            person_id = person.id if person is not None else None
            self._run_change(lambda: services.tickets.set_person(actor, ticket_id, person_id))

        self._open_dialog(dialog, accepted)

    def reply(self) -> None:
        if (found := self._ticket()) is None:
            return
        services, ticket_id = found
        row = self.detail.detail.ticket
        from privacy_desk.ui.inbox.dialogs import ReplyDialog

        language = "ja" if _has_japanese(row.subject + row.from_name + (row.person_name or "")) else "en"
        dialog = ReplyDialog(
            self._context.operations,
            templates=services.tickets.reply_templates(),
            draft=lambda template, lang: services.tickets.draft_reply(ticket_id, template, lang),
            log=lambda draft: services.tickets.log_reply(services.actor, draft),
            language=language,
            ref=row.ref,
            parent=self,
        )

        def accepted(d) -> None:
            logged = d.result_value
            self._changed(also=[ticket_id])
            name = f"{row.ref}-reply.eml"
            if d.action == ReplyDialog.SAVE:
                self.files.save_as(
                    logged.eml,
                    name,
                    title=translate("Inbox", "Save Reply"),
                    filters=translate("Inbox", "Mail (*.eml)"),
                )
            else:
                path = self.files.temp_copy(name, logged.eml)
                if path is not None and not self.open_path(path):
                    self.notice.show_error(
                        translate("Inbox", "No mail program opened the reply. It is saved as {path}.").format(
                            path=path
                        )
                    )
                elif path is not None:
                    self.notice.show_message(
                        translate("Inbox", "The reply is logged and open in your mail program."),
                        MessageKind.SUCCESS,
                    )

        self._open_dialog(dialog, accepted)

    def merge(self) -> None:
        if (found := self._ticket()) is None:
            return
        services, ticket_id = found
        from privacy_desk.ui.inbox.dialogs import MergeDialog

        actor = services.actor
        dialog = MergeDialog(
            self._context.operations,
            lambda ref: services.tickets.merge(actor, ticket_id, services.tickets.id_of(ref)),
            self.detail.detail.ticket.ref,
            self,
        )

        def accepted(d) -> None:
            target = d.result_value
            self.notice.show_message(
                translate("Inbox", "Merged into {ref}.").format(ref=target.ref), MessageKind.SUCCESS
            )
            self._changed([target], reload_list=True, select=target.id)

        self._open_dialog(dialog, accepted)

    def undo_merge(self, ref: str) -> None:
        services = self.services
        if services is None:
            return
        if not self.confirm(
            self,
            translate("Inbox", "Undo Merge"),
            translate("Inbox", "Give {ref} its messages back as a ticket of its own?").format(ref=ref),
        ):
            return
        actor = services.actor

        def done(row) -> None:
            self.notice.show_message(
                translate("Inbox", "{ref} is a ticket of its own again.").format(ref=ref), MessageKind.SUCCESS
            )
            self._changed([row], reload_list=True, select=row.id)

        self._context.operations.run(
            lambda: services.tickets.undo_merge(actor, services.tickets.id_of(ref)),
            done,
            self._show_error,
            parent=self,
        )

    def split(self, message_ids: list[int]) -> None:
        if (found := self._ticket()) is None or not message_ids:
            return
        services, ticket_id = found
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

        self._context.operations.run(
            lambda: services.tickets.split(services.actor, ticket_id, message_ids),
            done,
            self._show_error,
            parent=self,
        )

    def _with_attachment(self, attachment, use: Callable[[Any], None]) -> None:
        services = self.services
        if services is not None:
            self._context.operations.run(
                lambda: services.tickets.attachment(attachment.id), use, self._show_error
            )

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
        services = self.services
        if services is None:
            return
        from privacy_desk.ui.inbox.dialogs import TextDialog, decode_original

        def use(raw: bytes | None) -> None:
            if raw is None:
                self.notice.show_error(translate("Inbox", "The original of this message is not stored."))
                return
            dialog = TextDialog(
                translate("Inbox", "Original Message (plain text)"), decode_original(raw), self
            )
            self._open_dialog(dialog, lambda _d: None)

        self._context.operations.run(lambda: services.tickets.original(message.id), use, self._show_error)

    def convert_to_case(self) -> None:
        """Convert to Request Case…: the intake form Requests offers (ViewSpec.forms), filled from the
        ticket; then the Requests view shows the new case."""
        views = self._context.views
        make = views.form("case_from_ticket") if views is not None else None
        if (found := self._ticket()) is None or make is None:
            return
        _services, ticket_id = found
        dialog = make(self._context, self.detail.detail.ticket, self._office_tz, parent=self)

        def accepted(d) -> None:
            case_id = d.result_value.row.id
            self._changed(also=[ticket_id])
            self._context.hub.cases_did_change.emit([case_id])
            self._context.hub.open_requested.emit("case", case_id)

        self._open_dialog(dialog, accepted)


def _has_japanese(text: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in text)
