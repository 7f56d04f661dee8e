"""The workflow buttons of a request case: a compact row of the steps that make sense in the case's state,
and a "More" menu for the rare ones.

Only what the state machine offers (`CaseService.moves`) is shown; a step the service says may not happen
yet is disabled with the reason as its tooltip (and accessible description). Every step (case_steps.py)
runs its service call through the operation helper, shows the case it returns, and emits
`changed(detail)`; a refusal of a step without a form emits `failed(text)` for the page's notice line (a
form shows it inline instead).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QToolButton, QWidget

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import CaseState, Decision
from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, PrivacyDeskError
from privacy_desk.i18n.formatting import format_date
from privacy_desk.ui.requests.case_steps import CaseSteps, and_moves, case_of, form_saver, with_moves
from privacy_desk.ui.widgets import FollowsLanguage, current_language, translated_error
from privacy_desk.ui.widgets.plain_text import safe_tooltip
from privacy_desk.ui.work import Staleness

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import CaseDetail, MoveOption
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate


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
        return None if option.allowed or option.reason is None else translated_error(option.reason)

    def claim(self, target: CaseState) -> str | None:
        """A step offers the move to `target`: it is used, and why it is disabled (None: it is not)."""
        self.used.add(target)
        return self.why(target)


class CaseActionBar(CaseSteps, FollowsLanguage):
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
        # Renewed when the bar turns to another case or to none: a step's result that arrives later is late.
        self._token = Staleness()
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
            self._token.renew()
        self.detail, self.moves = detail, list(moves)
        self._render()

    def clear(self) -> None:
        self._token.renew()
        self.detail, self.moves = None, []
        self._render()

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
        assert self.detail is not None, "the steps are planned for the case shown"
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

    # -- language --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(translate("CaseActions", "Case actions"))
        self.more_button.setText(translate("CaseActions", "&More"))
        self.more_button.setToolTip(translate("CaseActions", "Less frequent steps for this case"))
        self._render()


__all__ = ["CaseActionBar", "Step", "and_moves", "case_of", "form_saver", "with_moves"]
