"""What the Inbox's parts (ticket_actions.py, intake.py, mailbox_schedule.py) use of the view they are
mixed into, for the type checker. At run time `InboxHost` is `object`: InboxView (view.py) holds it all,
and each part is a plain class before ListPage in InboxView's bases."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

    from privacy_desk.services.tickets.service import TicketListRow
    from privacy_desk.ui.inbox.model import TicketTableModel
    from privacy_desk.ui.inbox.ticket_page import TicketDetailPane
    from privacy_desk.ui.widgets.files import FileHook, Files
    from privacy_desk.ui.widgets.list_page import ListPage
    from privacy_desk.ui.widgets.paged_model import PageQuery
    from privacy_desk.ui.work import Op

    class InboxHost(ListPage):
        # view.py
        model: TicketTableModel
        detail: TicketDetailPane
        files: Files
        ask_save_path: FileHook
        open_path: FileHook
        confirm: FileHook
        fetch_button: QPushButton
        _fetch_timer: QTimer
        _fetching: bool
        _office_tz: ZoneInfo | None
        summary_box: QMessageBox | None

        def _load_detail(self, ticket_id: int, *, mark_read: bool = False) -> None: ...
        def current_query(self) -> PageQuery: ...

        # ticket_actions.py
        def _show_error(self, error: BaseException) -> None: ...
        def _changed(
            self,
            rows: list[TicketListRow] | None = None,
            *,
            reload_list: bool = False,
            select: int | None = None,
            also: Sequence[int] = (),
        ) -> None: ...
        def _open_dialog(self, dialog: Any, on_accept: Callable[[Any], None]) -> None: ...

        # intake.py
        def ask_import_paths(self, parent: QWidget, title: str) -> list[str]: ...
        def with_progress(self, op: Op, text: str, *, shown: bool = True) -> Op: ...
        def _failed_intake(self, error: BaseException) -> None: ...
        def _summarize(self, title: str, lines: list[str], failed: list[tuple[str, str]]) -> None: ...

        # mailbox_schedule.py
        def open_mailbox_settings(self, reason: str | None = None) -> None: ...

else:
    InboxHost = object
