"""The workflow buttons of a request case: a compact row of the steps that make sense in the case's state,
and a "More" menu for the rare ones.

Only what the state machine offers (`CaseService.moves`) is shown; a step the service says may not happen
yet is disabled with the reason as its tooltip (and accessible description). Every step runs its service
call through the operation helper, shows the case it returns, and emits `changed(detail)`; a refusal of a
step without a form emits `failed(text)` for the page's notice line (a form shows it inline instead).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QToolButton, QWidget

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import CaseState, Decision
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, PrivacyDeskError
from privacy_desk.i18n.formatting import format_date
from privacy_desk.ui.requests.case_sections import yen_text
from privacy_desk.ui.widgets import current_language, translated_error
from privacy_desk.ui.widgets.forms import error_text, open_form
from privacy_desk.ui.widgets.plain_text import safe_tooltip

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import CaseDetail, MoveOption
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate

# (title with {ref}, explanation, field label, OK button, message when the reason is missing)
WITHDRAW_TEXTS = (
    QT_TRANSLATE_NOOP("CaseActions", "Withdraw — {ref}"),
    QT_TRANSLATE_NOOP(
        "CaseActions",
        "The requester withdrew the request. The case ends and cannot be reopened; the reason is kept on "
        "the timeline.",
    ),
    QT_TRANSLATE_NOOP("CaseActions", "&Reason:"),
    QT_TRANSLATE_NOOP("CaseActions", "&Withdraw"),
    QT_TRANSLATE_NOOP("CaseActions", "Give the reason the request was withdrawn."),
)
REJECT_TEXTS = (
    QT_TRANSLATE_NOOP("CaseActions", "Reject (Identity Not Verified) — {ref}"),
    QT_TRANSLATE_NOOP(
        "CaseActions",
        "The requester's identity could not be verified, so the request is not answered. The case ends "
        "and cannot be reopened.",
    ),
    QT_TRANSLATE_NOOP("CaseActions", "&Reason:"),
    QT_TRANSLATE_NOOP("CaseActions", "Re&ject"),
    QT_TRANSLATE_NOOP("CaseActions", "Give the reason the identity could not be verified."),
)
OVERRIDE_TEXTS = (
    QT_TRANSLATE_NOOP("CaseActions", "Override Identity Check — {ref}"),
    QT_TRANSLATE_NOOP(
        "CaseActions",
        "As a manager you let the case proceed without a verified identity. Your name, the time and the "
        "reason are kept on the timeline and in the audit trail.",
    ),
    QT_TRANSLATE_NOOP("CaseActions", "&Reason:"),
    QT_TRANSLATE_NOOP("CaseActions", "&Override"),
    QT_TRANSLATE_NOOP("CaseActions", "Give the reason for proceeding without identity verification."),
)
SEND_BACK_TEXTS = (
    QT_TRANSLATE_NOOP("CaseActions", "Send Back — {ref}"),
    QT_TRANSLATE_NOOP(
        "CaseActions",
        "The draft decision goes back to the desk (the case returns to \u201cIn progress\u201d) and any "
        "approval is cleared. Say what should change.",
    ),
    QT_TRANSLATE_NOOP("CaseActions", "&What should change:"),
    QT_TRANSLATE_NOOP("CaseActions", "&Send Back"),
    QT_TRANSLATE_NOOP("CaseActions", "Say why the decision goes back."),
)
# (title with {ref}, explanation with {detail}, field label, OK button, message when the date is missing)
FEE_PAID_TEXTS = (
    QT_TRANSLATE_NOOP("CaseActions", "Record Fee Paid — {ref}"),
    QT_TRANSLATE_NOOP(
        "CaseActions",
        "{detail} A case waiting for the fee goes on to \u201cIn progress\u201d once it is paid.",
    ),
    QT_TRANSLATE_NOOP("CaseActions", "&Paid on:"),
    QT_TRANSLATE_NOOP("CaseActions", "&Record Payment"),
    QT_TRANSLATE_NOOP("CaseActions", "Enter the day the fee was paid."),
)
END_PAUSE_TEXTS = (
    QT_TRANSLATE_NOOP("CaseActions", "Requester Answered — {ref}"),
    QT_TRANSLATE_NOOP(
        "CaseActions",
        "{detail} The wait ends on the day the requester answered: the internal due date moves back by "
        "the days the desk waited.",
    ),
    QT_TRANSLATE_NOOP("CaseActions", "&Answered on:"),
    QT_TRANSLATE_NOOP("CaseActions", "&End Waiting"),
    QT_TRANSLATE_NOOP("CaseActions", "Enter the day the requester answered."),
)
RESPOND_TEXTS = (
    QT_TRANSLATE_NOOP("CaseActions", "Respond — {ref}"),
    QT_TRANSLATE_NOOP(
        "CaseActions",
        "{detail} Record the day the answer went out to the requester; the case then waits to be closed.",
    ),
    QT_TRANSLATE_NOOP("CaseActions", "&Sent on:"),
    QT_TRANSLATE_NOOP("CaseActions", "&Record Response"),
    QT_TRANSLATE_NOOP("CaseActions", "Enter the day the answer went out."),
)
CLOSE_TEXTS = (
    QT_TRANSLATE_NOOP("CaseActions", "Close — {ref}"),
    QT_TRANSLATE_NOOP(
        "CaseActions", "Close {ref}? A closed case keeps its record but cannot be changed or reopened."
    ),
    QT_TRANSLATE_NOOP("CaseActions", "&Close Case"),
)


@dataclass(frozen=True)
class Step:
    """One button or menu entry. `text` and `tip` are English sources in the CaseActions context
    (`tip` may use {state}); `reason` is the translated text of why it is disabled, None when enabled."""

    key: str
    text: str
    primary: bool
    run: Callable[[], None]
    reason: str | None = None
    tip: str = ""
    tip_args: tuple[tuple[str, str], ...] = ()


def with_moves(services, work: Callable[[], CaseDetail]) -> Callable[[], tuple[CaseDetail, list]]:
    """A task for the worker: a write, then the moves the changed case may make. `services` is the one
    captured when the step started (the database may be closed before the worker runs)."""

    def task() -> tuple[CaseDetail, list]:
        detail = work()
        return detail, services.cases.moves(detail.row.id)

    return task


def form_saver(
    services, case_id: int, call: Callable[..., CaseDetail], version: int | None = None
) -> Callable[..., tuple]:
    """`save(*args)` for a form: `call(actor, case_id, *args, version=version)` (a CaseService write with
    the form's values, refused when another desk changed the case since `version`, the one the form was
    opened on), then the moves, on the worker. No `version`: an addition (a note, a task) that another
    desk's change cannot make wrong."""
    extra = {} if version is None else {"version": version}
    return lambda *args: with_moves(services, lambda: call(services.actor, case_id, *args, **extra))()


def case_of(context: ViewContext, detail: CaseDetail | None):
    """(services, case id) of the case shown, or None when there is none or the database is closed."""
    services = context.services
    if services is None or detail is None:
        return None
    return services, detail.row.id


@dataclass
class _Plan:
    """What `CaseActionBar._plan` works from, and the steps it has so far (`used`: the targets a step
    already offers, so the leftover moves are not offered twice)."""

    detail: CaseDetail
    moves: dict[CaseState, MoveOption]
    manager: str | None  # None when the user may approve decisions, else why not
    steps: list[Step] = field(default_factory=list)
    used: set[CaseState] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.open_pause = next((p for p in self.detail.pauses if p.end_on is None), None)
        # a wait for the fee ends when it is paid (Record Fee Paid), not with "Requester Answered"
        self.fee_wait = (
            self.open_pause is not None
            and self.open_pause.reason is PauseReason.FEE
            and self.detail.fee_allowed
            and self.detail.fee_paid_on is None
        )

    def why(self, target: CaseState) -> str | None:
        option = self.moves[target]
        return None if option.allowed else translated_error(option.reason)

    def claim(self, target: CaseState) -> str | None:
        """A step offers the move to `target`: it is used, and why it is disabled (None: it is not)."""
        self.used.add(target)
        return self.why(target)


class CaseActionBar(QWidget):
    changed = Signal(object)  # the fresh CaseDetail after a change the service confirmed
    failed = Signal(str)  # an error text for the page's notice line

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: CaseDetail | None = None
        self.moves: list[MoveOption] = []
        self.dialog: QWidget | None = None
        self.steps: list[Step] = []
        self.buttons: dict[str, QPushButton] = {}
        self.menu_actions: dict[str, QAction] = {}
        # Bumped when the bar turns to another case or to none: a step's result that arrives later is late.
        self._generation = 0
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setEnabled(False)
        self.more_button = QToolButton(self)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu = QMenu(self.more_button)
        self.menu.setToolTipsVisible(True)
        self.more_button.setMenu(self.menu)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(6)
        self._row.addWidget(self.status, 1)
        self._row.addWidget(self.more_button)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.retranslate()  # renders the empty bar (hidden)

    # -- showing ---------------------------------------------------------------------------------------

    def show_case(self, detail: CaseDetail, moves: list[MoveOption]) -> None:
        if self.detail is None or self.detail.row.id != detail.row.id:
            self._generation += 1
        self.detail, self.moves = detail, list(moves)
        self._render()

    def clear(self) -> None:
        self._generation += 1
        self.detail, self.moves = None, []
        self._render()

    def _while_current(self, callback: Callable[..., None], late: Callable[..., None] | None = None):
        """`callback` for a step's result; once the bar shows another case (or none) `late` runs instead
        (or nothing)."""
        generation = self._generation

        def call(*args) -> None:
            if generation == self._generation:
                callback(*args)
            elif late is not None:
                late(*args)

        return call

    def control(self, key: str) -> QPushButton | QAction | None:
        """The button or menu entry of a step, or None when the case does not offer it."""
        return self.buttons.get(key) or self.menu_actions.get(key)

    def _render(self) -> None:
        for button in self.buttons.values():
            self._row.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.buttons = {}
        self.menu.clear()
        self.menu_actions = {}
        self.steps = self._plan() if self.detail is not None else []
        position = 0
        for step in self.steps:
            text = translate("CaseActions", step.text)
            tip = step.reason or translate("CaseActions", step.tip).format(
                **{name: translate(context, value) for name, (context, value) in self._tip_args(step)}
            )
            if step.primary:
                button = QPushButton(text, self)
                button.setAutoDefault(False)
                button.setEnabled(step.reason is None)
                button.setToolTip(safe_tooltip(tip))  # a refusal may name a file or a person
                button.setAccessibleDescription(tip)
                button.clicked.connect(step.run)
                self._row.insertWidget(position, button)
                button.show()  # now, not on the next pass of the event loop
                position += 1
                self.buttons[step.key] = button
            else:
                action = self.menu.addAction(text)
                action.setEnabled(step.reason is None)
                action.setToolTip(safe_tooltip(tip))
                action.setStatusTip(tip)
                action.triggered.connect(step.run)
                self.menu_actions[step.key] = action
        self.more_button.setVisible(bool(self.menu_actions))
        if self.detail is not None and not self.steps:
            self.status.setText(
                translate("CaseActions", "{state}: no further steps.").format(
                    state=translate("CaseState", self.detail.row.state.label)
                )
            )
        else:
            self.status.setText("")
        self.setVisible(self.detail is not None)

    @staticmethod
    def _tip_args(step: Step):
        return [(name, ("CaseState", value)) for name, value in step.tip_args]

    # -- what the case offers --------------------------------------------------------------------------

    def _can_approve(self) -> str | None:
        """None when the signed-in user may approve decisions; otherwise why not (translated)."""
        services = self.context.services
        if services is None:
            return ""
        try:
            services.actor.require(Permission.APPROVE_DECISIONS)
        except PrivacyDeskError as error:
            return translated_error(error)
        return None

    def _plan(self) -> list[Step]:
        """The steps of the case's state, in the order they show: identity, fee, work and decision,
        waiting for the requester, then the ways out (withdraw, any other move the machine offers)."""
        plan = _Plan(self.detail, {m.target: m for m in self.moves}, self._can_approve())
        self._identity_steps(plan)
        self._fee_steps(plan)
        self._decision_steps(plan)
        self._waiting_steps(plan)
        self._other_moves(plan)
        return plan.steps

    def _move_step(self, plan: _Plan, key: str, text: str, target: CaseState, tip: str) -> None:
        reason = plan.claim(target)
        plan.steps.append(
            Step(key, text, True, lambda: self._move(target), reason, tip, (("state", target.label),))
        )

    def _identity_steps(self, plan: _Plan) -> None:
        detail, moves = plan.detail, plan.moves
        state = detail.row.state
        if CaseState.IDENTITY_CHECK in moves:
            self._move_step(
                plan,
                "start_identity_check",
                QT_TRANSLATE_NOOP("CaseActions", "Start Identity Chec&k"),
                CaseState.IDENTITY_CHECK,
                QT_TRANSLATE_NOOP("CaseActions", "Move the case to \u201c{state}\u201d."),
            )
        if state in (CaseState.RECEIVED, CaseState.IDENTITY_CHECK):
            plan.steps.append(
                Step(
                    "verify_identity",
                    QT_TRANSLATE_NOOP("CaseActions", "Verif&y Identity…"),
                    not detail.identity_settled,
                    self.verify_identity,
                    tip=QT_TRANSLATE_NOOP(
                        "CaseActions", "Record who asks and which identity documents were checked."
                    ),
                )
            )
            if not detail.identity_settled:
                plan.steps.append(
                    Step(
                        "override_identity",
                        QT_TRANSLATE_NOOP("CaseActions", "Override Identity Check…"),
                        False,
                        self.override_identity,
                        plan.manager,
                        QT_TRANSLATE_NOOP(
                            "CaseActions", "A manager lets the case proceed unverified, with a reason."
                        ),
                    )
                )
        if CaseState.REJECTED_IDENTITY in moves:
            plan.steps.append(
                Step(
                    "reject_identity",
                    QT_TRANSLATE_NOOP("CaseActions", "Reject (Identity Not Verified)…"),
                    False,
                    self.reject_identity,
                    plan.claim(CaseState.REJECTED_IDENTITY),
                    QT_TRANSLATE_NOOP("CaseActions", "End the case: the identity could not be verified."),
                )
            )

    def _fee_steps(self, plan: _Plan) -> None:
        detail = plan.detail
        state = detail.row.state
        if CaseState.FEE_PENDING in plan.moves and detail.fee_allowed:
            self._move_step(
                plan,
                "request_fee",
                QT_TRANSLATE_NOOP("CaseActions", "Req&uest Fee"),
                CaseState.FEE_PENDING,
                QT_TRANSLATE_NOOP(
                    "CaseActions", "Move the case to \u201c{state}\u201d: the desk waits for the fee."
                ),
            )
        if not (detail.fee_allowed and state.is_open and detail.fee_paid_on is None):
            return
        if state is CaseState.FEE_PENDING or plan.fee_wait or detail.fee_amount is not None:
            plan.steps.append(
                Step(
                    "record_fee_paid",
                    QT_TRANSLATE_NOOP("CaseActions", "&Record Fee Paid…"),
                    state is CaseState.FEE_PENDING or plan.fee_wait,
                    self.record_fee_paid,
                    tip=QT_TRANSLATE_NOOP("CaseActions", "Record the day the fee arrived."),
                )
            )
        plan.steps.append(
            Step(
                "set_fee",
                QT_TRANSLATE_NOOP("CaseActions", "Set Fee…"),
                False,
                self.set_fee,
                tip=QT_TRANSLATE_NOOP("CaseActions", "Change the fee asked for this request."),
            )
        )

    def _decision_steps(self, plan: _Plan) -> None:
        detail, moves = plan.detail, plan.moves
        state = detail.row.state
        if CaseState.IN_PROGRESS in moves and state is not CaseState.DECISION:
            self._move_step(
                plan,
                "start_work",
                QT_TRANSLATE_NOOP("CaseActions", "Start &Work"),
                CaseState.IN_PROGRESS,
                QT_TRANSLATE_NOOP("CaseActions", "Move the case to \u201c{state}\u201d."),
            )
        if state is CaseState.IN_PROGRESS:
            plan.used.add(CaseState.DECISION)
            plan.steps.append(
                Step(
                    "record_decision",
                    QT_TRANSLATE_NOOP("CaseActions", "&Record Decision…"),
                    True,
                    self.record_decision,
                    plan.why(CaseState.DECISION) if CaseState.DECISION in moves else None,
                    QT_TRANSLATE_NOOP(
                        "CaseActions", "Record the decision: granted in full or in part, refused, no data."
                    ),
                )
            )
        if state is CaseState.DECISION and detail.approved_at is None:
            plan.steps.append(
                Step(
                    "approve",
                    QT_TRANSLATE_NOOP("CaseActions", "&Approve Decision"),
                    detail.row.decision is Decision.REFUSAL,
                    self.approve,
                    plan.manager,
                    QT_TRANSLATE_NOOP(
                        "CaseActions", "Approve the decision as recorded (required for a refusal)."
                    ),
                )
            )
        if CaseState.RESPONDED in moves:
            plan.steps.append(
                Step(
                    "respond",
                    QT_TRANSLATE_NOOP("CaseActions", "&Respond…"),
                    True,
                    self.respond,
                    plan.claim(CaseState.RESPONDED),
                    QT_TRANSLATE_NOOP("CaseActions", "Record that the answer went out to the requester."),
                )
            )
        if state is CaseState.DECISION:
            plan.steps.append(
                Step(
                    "record_decision",
                    QT_TRANSLATE_NOOP("CaseActions", "Change Decision…"),
                    False,
                    self.record_decision,
                    tip=QT_TRANSLATE_NOOP(
                        "CaseActions", "Record a different decision (an approval has to be given again)."
                    ),
                )
            )
            if CaseState.IN_PROGRESS in moves:
                plan.used.add(CaseState.IN_PROGRESS)
                plan.steps.append(
                    Step(
                        "send_back",
                        QT_TRANSLATE_NOOP("CaseActions", "Send Back…"),
                        False,
                        self.send_back,
                        plan.manager or plan.why(CaseState.IN_PROGRESS),
                        QT_TRANSLATE_NOOP(
                            "CaseActions", "Return the draft decision to the desk, with what should change."
                        ),
                    )
                )
        if CaseState.CLOSED in moves:
            plan.steps.append(
                Step(
                    "close",
                    QT_TRANSLATE_NOOP("CaseActions", "C&lose Case…"),
                    True,
                    self.close_case,
                    plan.claim(CaseState.CLOSED),
                    QT_TRANSLATE_NOOP("CaseActions", "Close the case: the work is done."),
                )
            )

    def _waiting_steps(self, plan: _Plan) -> None:
        detail = plan.detail
        if not detail.row.state.is_open:
            return
        if plan.fee_wait:
            pass  # Record Fee Paid ends it
        elif plan.open_pause is not None:
            plan.steps.append(
                Step(
                    "end_pause",
                    QT_TRANSLATE_NOOP("CaseActions", "Re&quester Answered…"),
                    True,
                    self.end_pause,
                    tip=QT_TRANSLATE_NOOP(
                        "CaseActions", "The requester answered: the deadline clock runs again."
                    ),
                )
            )
        else:
            plan.steps.append(
                Step(
                    "start_pause",
                    QT_TRANSLATE_NOOP("CaseActions", "Wait for Requester…"),
                    False,
                    self.start_pause,
                    tip=QT_TRANSLATE_NOOP(
                        "CaseActions",
                        "The desk waits for documents, the fee or a clarification: the internal due "
                        "date moves by the days waited.",
                    ),
                )
            )
        if detail.row.gdpr:
            notified = detail.gdpr_extension_notice_on
            plan.steps.append(
                Step(
                    "gdpr_extension",
                    QT_TRANSLATE_NOOP("CaseActions", "Notify GDPR Extension…"),
                    False,
                    self.notify_gdpr_extension,
                    translate("CaseActions", "The requester was told of the extension on {date}.").format(
                        date=format_date(notified, current_language())
                    )
                    if notified is not None
                    else None,
                    QT_TRANSLATE_NOOP(
                        "CaseActions",
                        "Record that the requester was told the answer takes two more months.",
                    ),
                )
            )

    def _other_moves(self, plan: _Plan) -> None:
        if CaseState.WITHDRAWN in plan.moves:
            plan.steps.append(
                Step(
                    "withdraw",
                    QT_TRANSLATE_NOOP("CaseActions", "Withdraw…"),
                    False,
                    self.withdraw,
                    plan.claim(CaseState.WITHDRAWN),
                    QT_TRANSLATE_NOOP("CaseActions", "The requester withdrew the request: the case ends."),
                )
            )
        for target in list(plan.moves):
            if target not in plan.used:
                self._move_step(
                    plan,
                    f"move_{target.value}",
                    QT_TRANSLATE_NOOP("CaseActions", "To \u201c{state}\u201d"),
                    target,
                    QT_TRANSLATE_NOOP("CaseActions", "Move the case to \u201c{state}\u201d."),
                )

    # -- running ---------------------------------------------------------------------------------------

    def _case(self):
        return case_of(self.context, self.detail)

    def _saver(self, call: Callable[..., CaseDetail]) -> Callable[..., tuple[CaseDetail, list]]:
        """`save(*args)` for a form: the service call for this case with the form's values, then moves."""
        services, case_id = self._case()
        return form_saver(services, case_id, call, self.detail.row.version)

    def _applied(self, result: tuple[CaseDetail, list]) -> None:
        detail, moves = result
        self.show_case(detail, moves)
        self.changed.emit(detail)

    def _late(self, result: tuple[CaseDetail, list]) -> None:
        """A step's result for a case the bar no longer shows: not shown, but the change is told (the
        page refreshes the list's row); `self.detail` is not this detail."""
        self.changed.emit(result[0])

    def _failed(self, error: BaseException) -> None:
        self.failed.emit(error_text(error))

    def _run(self, call: Callable[..., CaseDetail], *args) -> None:
        if self._case() is None:
            return
        save = self._saver(call)
        self.context.operations.run(
            lambda: save(*args),
            self._while_current(self._applied, self._late),
            self._while_current(self._failed),
            parent=self,
        )

    def _open(self, dialog) -> None:
        applied = self._while_current(self._applied, self._late)
        if hasattr(dialog, "stale_refused"):  # the page behind shows what another desk stored
            dialog.stale_refused.connect(self._while_current(self._failed))
        open_form(self, dialog, lambda d: applied(d.result_value))

    def _fetch_then_open(self, fetch: Callable[[], Any], make: Callable[[Any], QWidget]) -> None:
        """Read what a form needs (an office setting) first, then open the form with it."""
        if self._case() is None:
            return
        self.context.operations.run(
            fetch,
            self._while_current(lambda value: self._open(make(value))),
            self._while_current(self._failed),
            parent=self,
        )

    def _move(self, target: CaseState) -> None:
        services = self.context.services
        self._run(lambda actor, case_id, **version: services.cases.move(actor, case_id, target, **version))

    def verify_identity(self) -> None:
        if (found := self._case()) is None:
            return
        services, case_id = found
        from privacy_desk.ui.requests.action_dialogs import VerifyIdentityDialog

        version = self.detail.row.version

        def save(documents, note, requester):
            # who asks and the check in one transaction: a refused check stores neither
            return with_moves(
                services,
                lambda: services.cases.verify_identity(
                    services.actor, case_id, documents, note, requester=requester, version=version
                ),
            )()

        detail = self.detail
        self._fetch_then_open(
            services.cases.identity_documents,
            lambda documents: VerifyIdentityDialog(
                self.context.operations, save, detail, documents, self.window()
            ),
        )

    def _reason_dialog(self, call, texts) -> None:
        if self._case() is None:
            return
        from privacy_desk.ui.requests.action_dialogs import ReasonDialog

        self._open(
            ReasonDialog(
                self.context.operations, self._saver(call), self.detail.row.ref, texts, self.window()
            )
        )

    def override_identity(self) -> None:
        if self._case() is not None:
            self._reason_dialog(self.context.services.cases.override_identity, OVERRIDE_TEXTS)

    def reject_identity(self) -> None:
        if self._case() is not None:
            self._reason_dialog(self.context.services.cases.reject_identity, REJECT_TEXTS)

    def withdraw(self) -> None:
        if self._case() is not None:
            self._reason_dialog(self.context.services.cases.withdraw, WITHDRAW_TEXTS)

    def send_back(self) -> None:
        if self._case() is not None:
            self._reason_dialog(self.context.services.cases.send_back, SEND_BACK_TEXTS)

    def set_fee(self) -> None:
        if (found := self._case()) is None:
            return
        services, _case_id = found
        from privacy_desk.ui.requests.action_dialogs import FeeAmountDialog

        save = self._saver(services.cases.set_fee_amount)
        ref, amount = self.detail.row.ref, self.detail.fee_amount
        self._fetch_then_open(
            services.cases.fee_yen,
            lambda default: FeeAmountDialog(
                self.context.operations, save, ref, amount if amount is not None else default, self.window()
            ),
        )

    def _date_dialog(self, save, texts, detail_line: Callable[[], str]) -> None:
        from privacy_desk.ui.requests.action_dialogs import DateDialog

        self._open(
            DateDialog(
                self.context.operations,
                save,
                self.detail.row.ref,
                self.context.clock(),
                texts,
                detail_line,
                self.window(),
            )
        )

    def record_fee_paid(self) -> None:
        if (found := self._case()) is None:
            return
        services, _case_id = found
        amount = self.detail.fee_amount

        def line() -> str:
            if amount is None:
                return translate("CaseActions", "The office's standard fee applies.")
            return translate("CaseActions", "Fee: {amount}.").format(amount=yen_text(amount))

        self._date_dialog(self._saver(services.cases.record_fee_paid), FEE_PAID_TEXTS, line)

    def start_pause(self) -> None:
        if (found := self._case()) is None:
            return
        services, _case_id = found
        from privacy_desk.ui.requests.action_dialogs import PauseDialog

        fee_due = self.detail.fee_allowed and self.detail.fee_paid_on is None
        reasons = [r for r in PauseReason if r is not PauseReason.FEE or fee_due]
        self._open(
            PauseDialog(
                self.context.operations,
                self._saver(services.cases.start_pause),
                self.detail.row.ref,
                self.context.clock(),
                reasons,
                self.window(),
            )
        )

    def end_pause(self) -> None:
        if (found := self._case()) is None:
            return
        services, _case_id = found
        pause = next((p for p in self.detail.pauses if p.end_on is None), None)
        if pause is None:
            return
        from privacy_desk.ui.requests.action_dialogs import pause_line

        end = services.cases.end_pause
        self._date_dialog(
            self._saver(lambda actor, case_id, day, **version: end(actor, case_id, pause.id, day, **version)),
            END_PAUSE_TEXTS,
            lambda: pause_line(pause),
        )

    def notify_gdpr_extension(self) -> None:
        if (found := self._case()) is None:
            return
        services, _case_id = found
        from privacy_desk.ui.requests.action_dialogs import GdprExtensionDialog

        self._open(
            GdprExtensionDialog(
                self.context.operations,
                self._saver(services.cases.notify_gdpr_extension),
                self.detail.row.ref,
                self.context.clock(),
                self.window(),
            )
        )

    def record_decision(self) -> None:
        if (found := self._case()) is None:
            return
        services, _case_id = found
        from privacy_desk.ui.requests.action_dialogs import DecisionDialog

        self._open(
            DecisionDialog(
                self.context.operations,
                self._saver(services.cases.record_decision),
                self.detail,
                self.window(),
            )
        )

    def approve(self) -> None:
        if self._case() is not None:
            self._run(self.context.services.cases.approve_decision)

    def respond(self) -> None:
        if (found := self._case()) is None:
            return
        services, _case_id = found
        decision = self.detail.row.decision

        def line() -> str:
            if decision is None:
                return ""
            return translate("CaseActions", "Decision: {decision}.").format(
                decision=translate("Decision", decision.label)
            )

        self._date_dialog(self._saver(services.cases.respond), RESPOND_TEXTS, line)

    def close_case(self) -> None:
        if (found := self._case()) is None:
            return
        services, _case_id = found
        from privacy_desk.ui.requests.action_dialogs import ConfirmDialog

        save = self._saver(services.cases.close)
        self._open(
            ConfirmDialog(self.context.operations, save, self.detail.row.ref, CLOSE_TEXTS, self.window())
        )

    # -- language --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(translate("CaseActions", "Case actions"))
        self.more_button.setText(translate("CaseActions", "&More"))
        self.more_button.setToolTip(translate("CaseActions", "Less frequent steps for this case"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["CaseActionBar", "Step", "case_of", "with_moves"]
