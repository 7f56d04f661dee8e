"""Purge Old Records…: the app's own personal data (tickets, request cases, incidents) past their
retention period, deleted or anonymised with the statistics kept (issue #12).

The dialog shows the dry run first — every record that would go and what it would do, and how many
are kept and why (on a hold, linked to an open case or incident), or, when nothing is due, a sentence
saying so in the table's place — then a manager confirms and the run removes exactly what the plan listed
(the service checks each again), with a progress dialog whose Cancel stops between batches; the outcome is
said in the dialog. Only a manager runs it (APPROVE_DECISIONS, domain/roles.py): an administrator sets up
the office but approves no legal decision, and the dialog says so in the roles' own names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.hub import CasesChanged, Changed, IncidentsChanged, RetentionChanged, TicketsChanged
from privacy_desk.ui.retention.model import date_text
from privacy_desk.ui.widgets import InlineMessage, MessageKind, current_language
from privacy_desk.ui.widgets.forms import error_text, explanation_label

if TYPE_CHECKING:
    from privacy_desk.services.core.actor import Actor
    from privacy_desk.services.retention.records import PurgeOutcome, PurgePlan
    from privacy_desk.ui.views import ViewContext
    from privacy_desk.ui.work import Op

translate = QCoreApplication.translate
CONTEXT = "RetentionPurge"
ACTION_TEXTS = {
    "delete": QT_TRANSLATE_NOOP("RetentionPurge", "Delete"),
    "anonymise": QT_TRANSLATE_NOOP("RetentionPurge", "Anonymise"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("RetentionPurge", "Record"),
    QT_TRANSLATE_NOOP("RetentionPurge", "Reference"),
    QT_TRANSLATE_NOOP("RetentionPurge", "Title"),
    QT_TRANSLATE_NOOP("RetentionPurge", "Closed on"),
    QT_TRANSLATE_NOOP("RetentionPurge", "Due from"),
    QT_TRANSLATE_NOOP("RetentionPurge", "Action"),
)


def _purged(services, plan: PurgePlan, progress) -> Changed:
    """On the worker: run the plan; the service asks `progress` after each batch (False: stop)."""

    def report(done: int, total: int) -> bool:
        progress(done, total)
        return not progress.cancelled()

    outcome = services.retention.purge(services.actor, plan, progress=report)
    # Whatever was removed leaves every list that showed it: which ones is not known here.
    return Changed.of(outcome, TicketsChanged(), CasesChanged(), IncidentsChanged(), RetentionChanged())


class PurgeDialog(QDialog):
    """`plan` is the dry run shown; `outcome` the run's result once it finished."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purgeDialog")
        self.context = context
        self.plan: PurgePlan | None = None
        self.outcome: PurgeOutcome | None = None
        self.may_purge = False  # whether the signed-in user may run it (a manager)
        self.actor: Actor | None = None  # who is signed in (named when they may not run it)
        # The run's operation while it runs (its progress dialog: tests press Cancel there).
        self.running: Op | None = None
        self.explanation = explanation_label(self)
        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the title
        # In the table's place when the dry run finds nothing: an empty table reads as "still loading".
        self.nothing_label = explanation_label(self)
        self.nothing_label.setObjectName("nothingToPurge")
        self.nothing_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.nothing_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.nothing_label.setFont(font)
        self.nothing_label.hide()
        self.kept_label = explanation_label(self)
        self.confirm_check = QCheckBox(self)
        self.confirm_check.toggled.connect(self._update_buttons)
        self.message = InlineMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.run_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.run_button.clicked.connect(self.run_purge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.nothing_label, 1)
        layout.addWidget(self.kept_label)
        layout.addWidget(self.confirm_check)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self.retranslate()
        self._update_buttons()
        self.read_plan()

    def read_plan(self) -> None:
        """The dry run as of today (nothing changes)."""
        today = self.context.clock()
        self.message.show_message(
            translate("RetentionPurge", "Reading what would be purged…"), MessageKind.INFO
        )

        def read(services) -> tuple[PurgePlan, Actor]:
            return services.retention.purge_plan(today), services.actor

        self.context.work.query(read).success(self._show_plan).failure(self._failed).run(self)

    def _show_plan(self, result: tuple[PurgePlan, Actor]) -> None:
        from privacy_desk.domain.roles import Permission

        self.plan, self.actor = result
        self.may_purge = self.actor.can(Permission.APPROVE_DECISIONS)
        self.message.clear()
        if not self.may_purge:  # said before the user asks, not as a refusal afterwards
            self.message.show_message(self.refusal_text(), MessageKind.INFO)
        self._fill()
        self._update_buttons()

    def refusal_text(self) -> str:
        """Why this user may not run the purge, in the role names the Users dialog shows: "管理者" and
        "管理職" read alike, so an administrator is told that theirs is not the manager's role."""
        from privacy_desk.domain.roles import Role

        actor = self.actor
        if actor is None:
            return ""
        text = translate(
            "RetentionPurge",
            "Only a user whose role is “{manager}” may run the purge. You are signed in as {user}, "
            "whose role is “{role}”. You can see what the purge would do.",
        ).format(
            manager=translate("Role", Role.MANAGER.label),
            user=actor.display_name,
            role=translate("Role", actor.role.label),
        )
        if actor.role is Role.ADMIN:
            text += " " + translate(
                "RetentionPurge",
                "An administrator sets up the office and its users but does not approve decisions such "
                "as a purge; ask a manager, or have your role changed in Tools › Users.",
            )
        return text

    def _fill(self) -> None:
        plan, language = self.plan, current_language()
        if plan is None:
            return
        empty = not plan.candidates
        self.table.setVisible(not empty)
        self.nothing_label.setVisible(empty)
        self.table.setRowCount(len(plan.candidates))
        for row, candidate in enumerate(plan.candidates):
            cells = (
                translate("AppRecordKind", candidate.kind.label),
                candidate.ref,
                candidate.title,
                date_text(candidate.closed_on, language),
                date_text(candidate.delete_from, language),
                translate(CONTEXT, ACTION_TEXTS.get(candidate.action, candidate.action)),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        kept = translate(
            "RetentionPurge", "Kept: {held} on a hold, {linked} linked to an open case or incident."
        ).format(held=f"{plan.kept_on_hold:,}", linked=f"{plan.kept_linked:,}")
        if empty:
            self.nothing_label.setText(
                translate(
                    "RetentionPurge",
                    "Nothing to purge as of {date}: no ticket, request case or incident is past its "
                    "retention rule.",
                ).format(date=date_text(plan.as_of, language))
            )
            self.kept_label.setText(kept)
            return
        count = len(plan.candidates)
        self.kept_label.setText(
            translate("RetentionPurge", "%n record(s) would be purged.", None, count) + " " + kept
        )

    def _update_buttons(self) -> None:
        ready = (
            self.plan is not None and bool(self.plan.candidates) and self.outcome is None and self.may_purge
        )
        self.confirm_check.setEnabled(ready)
        self.run_button.setEnabled(ready and self.confirm_check.isChecked())

    def run_purge(self) -> None:
        """The real run of the plan shown, with progress and Cancel."""
        plan = self.plan
        if plan is None or not self.run_button.isEnabled():
            return
        self.run_button.setEnabled(False)
        running = self.context.work.write(lambda services, progress: _purged(services, plan, progress))
        self.running = running
        running.progress(translate("RetentionPurge", "Purging old records…")).success(self._finished).failure(
            self._failed
        ).always(self._stopped).run(self)

    def _stopped(self) -> None:
        self.running = None

    def _finished(self, outcome: PurgeOutcome) -> None:
        self.outcome = outcome
        text = translate("RetentionPurge", "Deleted: {deleted}. Anonymised: {anonymised}.").format(
            deleted=f"{outcome.deleted:,}", anonymised=f"{outcome.anonymised:,}"
        )
        if outcome.cancelled:
            text = translate("RetentionPurge", "Cancelled; what was done before is kept.") + " " + text
        self.message.show_message(text, MessageKind.SUCCESS)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.message.show_error(error_text(error))
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(translate("RetentionPurge", "Purge Old Records"))
        self.explanation.setText(
            translate(
                "RetentionPurge",
                "Tickets, request cases and incidents closed longer ago than their retention rule allows "
                "are deleted or anonymised; the monthly statistics are kept and the purge is audited. "
                "Nothing has changed yet: this is what the purge would do today.",
            )
        )
        self.table.setHorizontalHeaderLabels([translate(CONTEXT, text) for text in HEADERS])
        self.confirm_check.setText(translate("RetentionPurge", "&I am a manager and approve this purge"))
        self.run_button.setText(translate("RetentionPurge", "&Purge"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("RetentionPurge", "Close")
        )
        self._fill()
        if self.plan is not None and not self.may_purge:
            self.message.show_message(self.refusal_text(), MessageKind.INFO)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
