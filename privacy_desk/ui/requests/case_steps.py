"""The steps of a request case's workflow: what each button and menu entry of CaseActionBar does, and
the worker callables they run (a CaseService write, then the moves the changed case may make).

`CaseSteps` is a part of CaseActionBar (actions.py), which decides which steps a case offers. A step runs
through the operation helper (ui/work.py) and hands the fresh case to the bar; its form opens first when
it needs one (action_dialogs.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import CaseState
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.requests.case_sections import yen_text
from privacy_desk.ui.widgets.forms import error_text, open_form

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from privacy_desk.services.cases.service import CaseDetail, MoveOption
    from privacy_desk.services.container import Services
    from privacy_desk.ui.views import ViewContext
    from privacy_desk.ui.work import Staleness

    _Bar = QWidget  # the steps are typed as the bar they are mixed into
else:
    _Bar = object

translate = QCoreApplication.translate
Write = Callable[..., "CaseDetail"]  # a CaseService write: (actor, case id, *values, version=…)

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


def and_moves(services: Services, detail: CaseDetail) -> tuple[CaseDetail, list]:
    """On the worker, after a write: the changed case and the moves it may make now."""
    return detail, services.cases.moves(detail.row.id)


def with_moves(change: Callable[[Services], CaseDetail]) -> Callable[[Services], tuple[CaseDetail, list]]:
    """A worker callable: `change(services)` (a write), then the moves of the case it returns."""
    return lambda services: and_moves(services, change(services))


def form_saver(
    context: ViewContext, case_id: int, call: Callable[[Services], Write], version: int | None = None
) -> Callable[..., tuple]:
    """`save(*args)` for a form: the write `call(services)` names (a CaseService method), with the form's
    values — `write(actor, case_id, *args, version=version)`, refused when another desk changed the case
    since `version`, the one the form was opened on — then the moves, on the worker, with the services
    open now. No `version`: an addition (a note, a task) that another desk's change cannot make wrong."""
    extra = {} if version is None else {"version": version}
    return context.work.bind(
        lambda services, *args: and_moves(services, call(services)(services.actor, case_id, *args, **extra))
    )


def case_of(context: ViewContext, detail: CaseDetail | None) -> int | None:
    """The id of the case shown, or None when there is none or the database is closed."""
    if context.services is None or detail is None:
        return None
    return detail.row.id


class CaseSteps(_Bar):
    """What the steps do (mixed into CaseActionBar, which holds `context`, `detail`, `moves`, the
    staleness token `_token` of the case shown, and the signals)."""

    context: ViewContext
    detail: CaseDetail | None
    moves: list[MoveOption]
    _token: Staleness
    changed: SignalInstance
    failed: SignalInstance

    if TYPE_CHECKING:

        def show_case(self, detail: CaseDetail, moves: list[MoveOption]) -> None: ...

    @property
    def _detail(self) -> CaseDetail:
        """The case shown: a step acts on it."""
        assert self.detail is not None, "a step runs while a case is shown"
        return self.detail

    def _case(self) -> int | None:
        return case_of(self.context, self.detail)

    def _saver(self, call: Callable[[Services], Write]) -> Callable[..., tuple[CaseDetail, list]]:
        """`save(*args)` for a form: the write `call` names, for this case with the form's values, then
        the moves."""
        return form_saver(self.context, self._detail.row.id, call, self._detail.row.version)

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

    def _run(self, call: Callable[[Services], Write], *args) -> None:
        """A step without a form: the write `call` names, for this case, then the moves."""
        if (case_id := self._case()) is None:
            return
        version = self._detail.row.version
        self.context.work.write(
            lambda services: and_moves(
                services, call(services)(services.actor, case_id, *args, version=version)
            )
        ).fresh_for(self._token).success(self._applied).late(self._late).failure(self._failed).run(self)

    def _open(self, dialog) -> None:
        applied = self._token.guard(self._applied, self._late)
        if hasattr(dialog, "stale_refused"):  # the page behind shows what another desk stored
            dialog.stale_refused.connect(self._token.guard(self._failed))
        open_form(self, dialog, lambda d: applied(d.result_value))

    def _fetch_then_open(self, fetch: Callable[[Services], Any], make: Callable[[Any], QWidget]) -> None:
        """Read what a form needs (an office setting) first, then open the form with it."""
        if self._case() is None:
            return
        self.context.work.query(fetch).fresh_for(self._token).success(
            lambda value: self._open(make(value))
        ).failure(self._failed).run(self)

    def _move(self, target: CaseState) -> None:
        self._run(lambda services: services.cases.move, target)

    def verify_identity(self) -> None:
        if (case_id := self._case()) is None:
            return
        from privacy_desk.ui.requests.action_dialogs import VerifyIdentityDialog

        version = self._detail.row.version
        # who asks and the check in one transaction: a refused check stores neither
        save = self.context.work.bind(
            lambda services, documents, note, requester: and_moves(
                services,
                services.cases.verify_identity(
                    services.actor, case_id, documents, note, requester=requester, version=version
                ),
            )
        )
        detail = self._detail
        self._fetch_then_open(
            lambda services: services.cases.identity_documents(),
            lambda documents: VerifyIdentityDialog(self.context.work, save, detail, documents, self.window()),
        )

    def _reason_dialog(self, call, texts) -> None:
        if self._case() is None:
            return
        from privacy_desk.ui.requests.action_dialogs import ReasonDialog

        self._open(
            ReasonDialog(self.context.work, self._saver(call), self._detail.row.ref, texts, self.window())
        )

    def override_identity(self) -> None:
        if self._case() is not None:
            self._reason_dialog(lambda services: services.cases.override_identity, OVERRIDE_TEXTS)

    def reject_identity(self) -> None:
        if self._case() is not None:
            self._reason_dialog(lambda services: services.cases.reject_identity, REJECT_TEXTS)

    def withdraw(self) -> None:
        if self._case() is not None:
            self._reason_dialog(lambda services: services.cases.withdraw, WITHDRAW_TEXTS)

    def send_back(self) -> None:
        if self._case() is not None:
            self._reason_dialog(lambda services: services.cases.send_back, SEND_BACK_TEXTS)

    def set_fee(self) -> None:
        if self._case() is None:
            return
        from privacy_desk.ui.requests.action_dialogs import FeeAmountDialog

        save = self._saver(lambda services: services.cases.set_fee_amount)
        ref, amount = self._detail.row.ref, self._detail.fee_amount
        self._fetch_then_open(
            lambda services: services.cases.fee_yen(),
            lambda default: FeeAmountDialog(
                self.context.work, save, ref, amount if amount is not None else default, self.window()
            ),
        )

    def _date_dialog(self, save, texts, detail_line: Callable[[], str]) -> None:
        from privacy_desk.ui.requests.action_dialogs import DateDialog

        self._open(
            DateDialog(
                self.context.work,
                save,
                self._detail.row.ref,
                self.context.clock(),
                texts,
                detail_line,
                self.window(),
            )
        )

    def record_fee_paid(self) -> None:
        if self._case() is None:
            return
        amount = self._detail.fee_amount

        def line() -> str:
            if amount is None:
                return translate("CaseActions", "The office's standard fee applies.")
            return translate("CaseActions", "Fee: {amount}.").format(amount=yen_text(amount))

        self._date_dialog(self._saver(lambda services: services.cases.record_fee_paid), FEE_PAID_TEXTS, line)

    def start_pause(self) -> None:
        if self._case() is None:
            return
        from privacy_desk.ui.requests.action_dialogs import PauseDialog

        fee_due = self._detail.fee_allowed and self._detail.fee_paid_on is None
        reasons = [r for r in PauseReason if r is not PauseReason.FEE or fee_due]
        self._open(
            PauseDialog(
                self.context.work,
                self._saver(lambda services: services.cases.start_pause),
                self._detail.row.ref,
                self.context.clock(),
                reasons,
                self.window(),
            )
        )

    def end_pause(self) -> None:
        if self._case() is None:
            return
        pause = next((p for p in self._detail.pauses if p.end_on is None), None)
        if pause is None:
            return
        from privacy_desk.ui.requests.action_dialogs import pause_line

        self._date_dialog(
            self._saver(
                lambda services: (
                    lambda actor, case_id, day, **version: services.cases.end_pause(
                        actor, case_id, pause.id, day, **version
                    )
                )
            ),
            END_PAUSE_TEXTS,
            lambda: pause_line(pause),
        )

    def notify_gdpr_extension(self) -> None:
        if self._case() is None:
            return
        from privacy_desk.ui.requests.action_dialogs import GdprExtensionDialog

        self._open(
            GdprExtensionDialog(
                self.context.work,
                self._saver(lambda services: services.cases.notify_gdpr_extension),
                self._detail.row.ref,
                self.context.clock(),
                self.window(),
            )
        )

    def record_decision(self) -> None:
        if self._case() is None:
            return
        from privacy_desk.ui.requests.action_dialogs import DecisionDialog

        self._open(
            DecisionDialog(
                self.context.work,
                self._saver(lambda services: services.cases.record_decision),
                self._detail,
                self.window(),
            )
        )

    def approve(self) -> None:
        if self._case() is not None:
            self._run(lambda services: services.cases.approve_decision)

    def respond(self) -> None:
        if self._case() is None:
            return
        decision = self._detail.row.decision

        def line() -> str:
            if decision is None:
                return ""
            return translate("CaseActions", "Decision: {decision}.").format(
                decision=translate("Decision", decision.label)
            )

        self._date_dialog(self._saver(lambda services: services.cases.respond), RESPOND_TEXTS, line)

    def close_case(self) -> None:
        if self._case() is None:
            return
        from privacy_desk.ui.requests.action_dialogs import ConfirmDialog

        save = self._saver(lambda services: services.cases.close)
        self._open(ConfirmDialog(self.context.work, save, self._detail.row.ref, CLOSE_TEXTS, self.window()))
