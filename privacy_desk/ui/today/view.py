"""The Today page: what is overdue, due or coming up in the next two weeks, one heading per day.

The page asks `AgendaService.agenda_page` on a worker thread (through `Operations`): the counts of what
is overdue and what is coming, and the first items of each (Show more asks for more). It shows a clear
state while it waits: "Opening the database…" before the services exist, the agenda, an empty-state
sentence, or the reason it could not load with a button to try again. It is the page that paints first
at start-up, so the agenda tree (and babel, for its dates) is only loaded once there is an agenda.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from privacy_desk.errors import PrivacyDeskError
from privacy_desk.ui.views import ViewContext
from privacy_desk.ui.widgets import FollowsLanguage
from privacy_desk.ui.work import Staleness

if TYPE_CHECKING:
    from privacy_desk.services.core.agenda import Agenda
    from privacy_desk.ui.today.agenda import AgendaTree
    from privacy_desk.ui.today.model import AgendaModel
    from privacy_desk.ui.widgets import InlineMessage

translate = QCoreApplication.translate

DAYS_AHEAD = 14
FIRST_ITEMS = 100  # per section: what the page lists at first, and how many more Show more adds
CLOCK_CHECK_MS = 60_000  # notice midnight: the page then shows the new day's agenda
# The kind of item an agenda kind opens where the two differ: a retention item is a holding.
ITEM_KINDS = {"retention": "holding"}


class TodayState(Enum):
    WAITING = "waiting"  # the database is not open yet
    LOADING = "loading"
    READY = "ready"
    EMPTY = "empty"
    FAILED = "failed"


def _scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _dim(label: QLabel) -> None:
    palette = label.palette()
    placeholder = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
    palette.setColor(QPalette.ColorRole.WindowText, placeholder)
    label.setPalette(palette)


class TodayView(FollowsLanguage):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today")
        self._context = context
        self._agenda = Staleness()  # renewed by each read: an older answer that arrives late is dropped
        self._error: BaseException | None = None
        self._shown_day: date | None = None
        self._limit = FIRST_ITEMS
        self._counts: tuple[int, int] | None = None  # overdue, coming: from the last agenda shown
        self._more: tuple[int, int] | None = None  # items shown and in all, while some are not shown
        self.state = TodayState.WAITING
        self.tree: AgendaTree | None = None  # made when the first agenda arrives
        self.notice: InlineMessage | None = None  # why an item could not be opened; made when needed

        self.title = QLabel(self)
        self.title.setFont(_scaled_font(self.title, 1.6, bold=True))
        self.date_label = QLabel(self)
        self.date_label.setFont(_scaled_font(self.date_label, 1.05, bold=True))
        self.summary = QLabel(self)
        _dim(self.summary)

        # Centred by stretches, not by alignment flags: this page paints first at start-up, and the
        # first use of PySide6's `Qt` namespace costs ~15 ms (it builds all of Qt's Python enums).
        self.message = QLabel(self)
        self.message.setFont(_scaled_font(self.message, 1.15))
        _dim(self.message)
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.refresh)
        self.message_page = QWidget(self)
        message_layout = QVBoxLayout(self.message_page)
        message_layout.addStretch(1)
        self.illustration = QLabel(self)  # the Today icon, large, above "Nothing due…"
        self.illustration.hide()
        self._message_row = QHBoxLayout()
        for widget in (self.illustration, self.message, self.retry_button):
            row = self._message_row if widget is self.message else QHBoxLayout()
            row.addStretch(1)
            row.addWidget(widget)
            row.addStretch(1)
            message_layout.addLayout(row)
        message_layout.addStretch(2)
        self._message_styled = False
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message_page)
        self.more_button = QPushButton(self)  # the next items of a section that was cut
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        more_row = QHBoxLayout()
        more_row.addWidget(self.more_button)
        more_row.addStretch(1)

        subtitle = QHBoxLayout()
        subtitle.setSpacing(12)
        subtitle.addWidget(self.date_label)
        subtitle.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 12)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addLayout(subtitle)
        layout.addSpacing(10)
        layout.addWidget(self.stack, 1)
        layout.addLayout(more_row)

        hub = context.hub
        hub.services_did_close.connect(self._on_services_closed)
        # The agenda is read again on any change that can move an item: a ticket answered, marked junk
        # or following its case leaves it (or joins it); new settings change the deadlines.
        items_moved = (hub.tickets_did_change, hub.cases_did_change, hub.incidents_did_change)
        for changed in (hub.services_did_open, hub.settings_did_change, *items_moved):
            changed.connect(self.refresh)
        hub.retention_did_change.connect(self.refresh)  # a holding held, disposed of or added
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_CHECK_MS)
        self._clock_timer.timeout.connect(self._check_clock)
        self._clock_timer.start()

        self.retranslate()
        self.refresh()

    @property
    def model(self) -> AgendaModel | None:
        return self.tree.agenda_model if self.tree is not None else None

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask for the agenda again (F5, a change notice, a new day). Rows stay visible meanwhile."""
        self._agenda.renew()
        if self._context.services is None:
            self._set_state(TodayState.WAITING)
            return
        today = self._context.clock()
        if self.state not in (TodayState.READY, TodayState.EMPTY):
            self._set_state(TodayState.LOADING)
        if today != self._shown_day:
            self._limit = FIRST_ITEMS  # a new day starts from the first items again
        limit = self._limit
        self._context.work.query(
            lambda services: services.agenda.agenda_page(today, DAYS_AHEAD, limit)
        ).fresh_for(self._agenda).success(partial(self._loaded, today)).failure(self._failed).run(self)

    def show_more(self) -> None:
        """The next items of each section that was cut (the counts said how many there are)."""
        self._limit += FIRST_ITEMS
        self.refresh()

    def _loaded(self, today: date, agenda: Agenda) -> None:
        if self.tree is None:
            from privacy_desk.ui.today.agenda import AgendaTree

            self.tree = AgendaTree(self)
            self.tree.item_activated.connect(self.open_agenda_item)
            self.stack.addWidget(self.tree)
            self.setFocusProxy(self.tree)
        self._error = None
        self._shown_day = today
        days = agenda.days
        # The office's zone, which the app's clock follows (a breach deadline day ends at its midnight).
        self.tree.agenda_model.zone = getattr(self._context.clock, "zone", None)
        self.tree.agenda_model.set_agenda(today, days)
        self._counts = (agenda.overdue.total, agenda.coming.total)
        shown = len(agenda.overdue.items) + len(agenda.coming.items)
        self._more = None if agenda.complete else (shown, sum(self._counts))
        self._set_state(TodayState.READY if days else TodayState.EMPTY)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, PrivacyDeskError):
            from privacy_desk.ui.errors import log_exception

            log_exception(error)  # not the user's doing: the details belong in the log
        self._error = error
        self._set_state(TodayState.FAILED)

    def open_agenda_item(self, kind: str, ref: str) -> None:
        """Enter or a double-click on an item: the view that opens its kind finds it by reference, and
        the hub asks that view to show it."""
        services, hub, views = self._context.services, self._context.hub, self._context.views
        kind = ITEM_KINDS.get(kind, kind)
        spec = views.opening(kind) if views is not None else None
        if services is None or spec is None or spec.find is None:
            return
        find = spec.find

        def found(item_id: int) -> None:
            if self.notice is not None:
                self.notice.clear()
            hub.open_requested.emit(str(kind), item_id)

        self._context.work.query(lambda services: find(services, ref)).success(found).failure(
            self._open_failed
        ).run(self)

    def _open_failed(self, error: BaseException) -> None:
        """Why the item could not be opened (e.g. merged or deleted meanwhile), above the agenda."""
        from privacy_desk.ui.widgets.forms import error_text

        if self.notice is None:  # made on first use: this page paints first at start-up
            from privacy_desk.ui.widgets import InlineMessage

            self.notice = InlineMessage(self)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)  # made in __init__
            layout.insertWidget(layout.indexOf(self.stack), self.notice)
        self.notice.show_error(error_text(error))

    def _on_services_closed(self) -> None:
        self._agenda.renew()
        if self.notice is not None:
            self.notice.clear()
        self._shown_day = None
        self._counts = self._more = None
        if self.tree is not None:
            self.tree.agenda_model.clear()
        self._set_state(TodayState.WAITING)

    def _check_clock(self) -> None:
        if self._shown_day is not None and self._context.clock() != self._shown_day:
            self.refresh()
        elif self.model is not None:
            self.model.refresh_countdowns()  # a breach report's time left

    # -- presentation ------------------------------------------------------------------------------

    def _set_state(self, state: TodayState) -> None:
        self.state = state
        self._show_state()

    def _show_state(self) -> None:
        state = self.state
        self.retry_button.setVisible(state is TodayState.FAILED)
        self.more_button.setVisible(state is TodayState.READY and self._more is not None)
        self._show_illustration(state is TodayState.EMPTY)
        if state is TodayState.READY and self.tree is not None:
            had_focus = self.message_page.isAncestorOf(self.focusWidget())
            self.stack.setCurrentWidget(self.tree)
            if had_focus:
                self.tree.setFocus()
        else:
            if state is not TodayState.WAITING:
                self._style_message()
            self.message.setText(self._message_text())
            self.stack.setCurrentWidget(self.message_page)
        self._update_date()
        self.summary.setText(self._summary_text())
        if self._more is not None:
            shown, total = self._more
            self.more_button.setText(
                translate("Today", "Show more ({shown} of {total} shown)").format(
                    shown=f"{shown:,}", total=f"{total:,}"
                )
            )

    def _show_illustration(self, visible: bool) -> None:
        if visible and self.illustration.pixmap().isNull():
            from privacy_desk.ui.icons import resource_icon

            self.illustration.setPixmap(resource_icon("today").pixmap(48, 48))
        self.illustration.setVisible(visible)

    def _style_message(self) -> None:
        """Wrapping, centred, selectable: for messages that may be long (after start-up, see __init__)."""
        if self._message_styled:
            return
        from PySide6.QtCore import Qt

        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # a failure's reason may quote a path or name
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message_row.setStretchFactor(self.message, 20)  # wrap within most of the width
        self._message_styled = True

    def _message_text(self) -> str:
        state = self.state
        if state is TodayState.FAILED:
            from privacy_desk.ui.widgets import translated_error

            error = self._error
            reason = translated_error(error) if isinstance(error, PrivacyDeskError) else str(error)
            return translate("Today", "The agenda could not be loaded: {reason}").format(reason=reason)
        if state is TodayState.EMPTY:
            return translate("Today", "Nothing due in the next %n days.", None, DAYS_AHEAD)
        if state is TodayState.LOADING:
            return translate("Today", "Loading…")
        return translate("Today", "Opening the database…")

    def _update_date(self) -> None:
        """The full date beside the title, once there is an agenda (babel formats it: not at start-up)."""
        self.date_label.setVisible(self._shown_day is not None)
        if self._shown_day is None:
            self.date_label.setText("")
            return
        from privacy_desk.ui.today.model import format_day
        from privacy_desk.ui.widgets import current_language

        self.date_label.setText(format_day(self._shown_day, current_language(), with_year=True))

    def _summary_text(self) -> str:
        if self._counts is None or self.state is not TodayState.READY:
            return translate(
                "Today", "Deadlines, overdue work and office closures in the next %n days.", None, DAYS_AHEAD
            )
        overdue, coming = self._counts
        return translate(
            "Today", "Overdue: {overdue}. Due in the next %n days: {coming}.", None, DAYS_AHEAD
        ).format(overdue=f"{overdue:,}", coming=f"{coming:,}")

    def retranslate(self) -> None:
        self.title.setText(translate("Today", "Today"))
        self.retry_button.setText(translate("Today", "Try again"))
        self._show_state()
