"""Request cases (開示等の請求): states, the transitions between them, and what each transition needs.

Pure data and rules: the service asks `check_transition` before it writes a state change, the GUI asks
`allowed_transitions` to offer only the moves that exist. Who may do what (a manager's override or
approval) is checked by the service with `Permission.APPROVE_DECISIONS`; here a `CaseFacts` only says
whether such an override or approval has been recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from privacy_desk.domain.requests import FEE_ALLOWED_TYPES, RequestType
from privacy_desk.domain.tickets import TicketStatus
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, Text


class CaseState(StrEnum):
    RECEIVED = "received"
    IDENTITY_CHECK = "identity_check"
    FEE_PENDING = "fee_pending"
    IN_PROGRESS = "in_progress"
    DECISION = "decision"
    RESPONDED = "responded"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"
    REJECTED_IDENTITY = "rejected_identity"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]

    @property
    def is_open(self) -> bool:
        """Still being worked: the deadline clock matters and the requester may withdraw."""
        return self in OPEN_STATES

    @property
    def is_final(self) -> bool:
        return not _TRANSITIONS[self]


_STATE_LABELS = {
    CaseState.RECEIVED: QT_TRANSLATE_NOOP("CaseState", "Received"),
    CaseState.IDENTITY_CHECK: QT_TRANSLATE_NOOP("CaseState", "Identity check"),
    CaseState.FEE_PENDING: QT_TRANSLATE_NOOP("CaseState", "Fee pending"),
    CaseState.IN_PROGRESS: QT_TRANSLATE_NOOP("CaseState", "In progress"),
    CaseState.DECISION: QT_TRANSLATE_NOOP("CaseState", "Decision"),
    CaseState.RESPONDED: QT_TRANSLATE_NOOP("CaseState", "Responded"),
    CaseState.CLOSED: QT_TRANSLATE_NOOP("CaseState", "Closed"),
    CaseState.WITHDRAWN: QT_TRANSLATE_NOOP("CaseState", "Withdrawn"),
    CaseState.REJECTED_IDENTITY: QT_TRANSLATE_NOOP("CaseState", "Rejected (identity not verified)"),
}

# Open: the answer has not gone out yet. A responded case waits only to be closed; withdrawing it
# would rewrite history, so "withdrawn from any open state" stops at the response.
OPEN_STATES = frozenset(
    {
        CaseState.RECEIVED,
        CaseState.IDENTITY_CHECK,
        CaseState.FEE_PENDING,
        CaseState.IN_PROGRESS,
        CaseState.DECISION,
    }
)

# States a case reaches only once identity is verified (or a manager has overridden the check).
PAST_IDENTITY = frozenset(
    {
        CaseState.FEE_PENDING,
        CaseState.IN_PROGRESS,
        CaseState.DECISION,
        CaseState.RESPONDED,
        CaseState.CLOSED,
    }
)

_TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    CaseState.RECEIVED: frozenset({CaseState.IDENTITY_CHECK, CaseState.WITHDRAWN}),
    CaseState.IDENTITY_CHECK: frozenset(
        {
            CaseState.FEE_PENDING,
            CaseState.IN_PROGRESS,
            CaseState.REJECTED_IDENTITY,
            CaseState.WITHDRAWN,
        }
    ),
    CaseState.FEE_PENDING: frozenset({CaseState.IN_PROGRESS, CaseState.WITHDRAWN}),
    CaseState.IN_PROGRESS: frozenset({CaseState.DECISION, CaseState.WITHDRAWN}),
    # Back to work when the approver sends a draft decision back.
    CaseState.DECISION: frozenset({CaseState.RESPONDED, CaseState.IN_PROGRESS, CaseState.WITHDRAWN}),
    CaseState.RESPONDED: frozenset({CaseState.CLOSED}),
    CaseState.CLOSED: frozenset(),
    CaseState.WITHDRAWN: frozenset(),
    CaseState.REJECTED_IDENTITY: frozenset(),
}
TRANSITIONS = _TRANSITIONS


class Decision(StrEnum):
    FULL = "full"
    PARTIAL = "partial"
    REFUSAL = "refusal"
    NO_DATA = "no_data"

    @property
    def label(self) -> str:
        return _DECISION_LABELS[self]

    @property
    def needs_ground(self) -> bool:
        """A partial answer or a refusal records its ground and the explanation given (Art. 33(2), 36)."""
        return self in (Decision.PARTIAL, Decision.REFUSAL)


_DECISION_LABELS = {
    Decision.FULL: QT_TRANSLATE_NOOP("Decision", "Granted in full"),
    Decision.PARTIAL: QT_TRANSLATE_NOOP("Decision", "Granted in part"),
    Decision.REFUSAL: QT_TRANSLATE_NOOP("Decision", "Refused"),
    Decision.NO_DATA: QT_TRANSLATE_NOOP("Decision", "No data held"),
}


class RefusalGround(StrEnum):
    """The three grounds of APPI Art. 33(2) items 1–3 (applied to provision records by Art. 33(5))."""

    HARM_TO_PERSON_OR_THIRD_PARTY = "harm_to_person_or_third_party"
    SERIOUS_BUSINESS_HINDRANCE = "serious_business_hindrance"
    VIOLATION_OF_OTHER_LAW = "violation_of_other_law"

    @property
    def label(self) -> str:
        return _GROUND_LABELS[self]


_GROUND_LABELS = {
    RefusalGround.HARM_TO_PERSON_OR_THIRD_PARTY: QT_TRANSLATE_NOOP(
        "RefusalGround",
        "Likely to harm the life, body, property or other rights or interests of the person or a third party",
    ),
    RefusalGround.SERIOUS_BUSINESS_HINDRANCE: QT_TRANSLATE_NOOP(
        "RefusalGround", "Likely to seriously hinder the proper conduct of the company's business"
    ),
    RefusalGround.VIOLATION_OF_OTHER_LAW: QT_TRANSLATE_NOOP("RefusalGround", "Would violate another law"),
}


class RequesterKind(StrEnum):
    PERSON = "person"
    LEGAL_REPRESENTATIVE = "legal_representative"
    APPOINTED_AGENT = "appointed_agent"

    @property
    def label(self) -> str:
        return _REQUESTER_LABELS[self]

    @property
    def is_agent(self) -> bool:
        return self is not RequesterKind.PERSON


_REQUESTER_LABELS = {
    RequesterKind.PERSON: QT_TRANSLATE_NOOP("RequesterKind", "The person"),
    RequesterKind.LEGAL_REPRESENTATIVE: QT_TRANSLATE_NOOP(
        "RequesterKind", "Legal representative (of a minor or adult ward)"
    ),
    RequesterKind.APPOINTED_AGENT: QT_TRANSLATE_NOOP("RequesterKind", "Appointed agent (power of attorney)"),
}


class DeliveryMethod(StrEnum):
    """How disclosure is given, as the person may ask under Art. 33(1)."""

    ELECTRONIC = "electronic"
    PAPER = "paper"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _DELIVERY_LABELS[self]


_DELIVERY_LABELS = {
    DeliveryMethod.ELECTRONIC: QT_TRANSLATE_NOOP("DeliveryMethod", "Electronic record"),
    DeliveryMethod.PAPER: QT_TRANSLATE_NOOP("DeliveryMethod", "Paper document"),
    DeliveryMethod.OTHER: QT_TRANSLATE_NOOP("DeliveryMethod", "Other method set by the company"),
}

# Art. 33(2) lists the grounds for refusing *disclosure*; Art. 33(5) applies them to provision records.
# A correction, stop-use or purpose request is refused on its own article's terms (e.g. the data is
# accurate), so there only the Art. 36 explanation is required.
GROUND_REQUIRED_TYPES = frozenset({RequestType.DISCLOSURE, RequestType.PROVISION_RECORD})


def ground_required(request_type: RequestType, decision: Decision | None) -> bool:
    return decision is not None and decision.needs_ground and request_type in GROUND_REQUIRED_TYPES


@dataclass(frozen=True)
class CaseFacts:
    """What the case holds that a transition depends on; the service fills it from the stored case."""

    request_type: RequestType
    identity_verified: bool = False
    identity_override_reason: str = ""  # recorded by a manager (the service checks the permission)
    decision: Decision | None = None
    refusal_ground: RefusalGround | None = None
    explanation: str = ""  # what the requester is told about the reasons (Art. 36)
    decision_approved: bool = False  # a manager approved the decision (required for a refusal)

    @property
    def fee_applies(self) -> bool:
        return self.request_type in FEE_ALLOWED_TYPES

    @property
    def identity_settled(self) -> bool:
        return self.identity_verified or bool(self.identity_override_reason.strip())


def allowed_transitions(state: CaseState, *, fee_applies: bool) -> frozenset[CaseState]:
    """The moves the state machine has from `state`; the fee step only where a fee may be charged.

    Other conditions (identity, decision) are checked by `check_transition`; the GUI may show those
    moves disabled with the reason it gives."""
    targets = _TRANSITIONS[state]
    return targets if fee_applies else targets - {CaseState.FEE_PENDING}


def check_transition(state: CaseState, target: CaseState, *, facts: CaseFacts) -> None:
    """Raise InvalidInput with the reason when the case may not move from `state` to `target`."""
    if target is CaseState.FEE_PENDING and not facts.fee_applies:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A fee may be charged only for a notification of the purpose of use, a disclosure or a "
                "disclosure of third-party provision records (APPI Art. 38).",
            )
        )
    if target not in _TRANSITIONS[state]:
        if target is CaseState.REJECTED_IDENTITY:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "A case can be rejected for identity only during the identity check."
                )
            )
        if target is CaseState.WITHDRAWN:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A case in state {state} can no longer be withdrawn."),
                state=Text("CaseState", state.label),
            )
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A case in state {state} cannot move to {target}."),
            state=Text("CaseState", state.label),
            target=Text("CaseState", target.label),
        )
    if target in PAST_IDENTITY and not facts.identity_settled:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The requester's identity is not verified: verify it, or a manager overrides the check "
                "with a reason.",
            )
        )
    if target is CaseState.RESPONDED:
        check_decision_complete(facts)


def check_decision_complete(facts: CaseFacts) -> None:
    """A response goes out only with a decision, its ground and explanation, and approval of a refusal."""
    decision = facts.decision
    if decision is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Record the decision before responding."))
    if ground_required(facts.request_type, decision) and facts.refusal_ground is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A refusal or partial disclosure needs one of the three grounds of APPI Art. 33(2).",
            )
        )
    if decision.needs_ground and not facts.explanation.strip():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A refusal or partial answer needs the explanation of its reasons given to the requester "
                "(APPI Art. 36).",
            )
        )
    if decision is Decision.REFUSAL and not facts.decision_approved:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A refusal needs a manager's approval before responding.")
        )


# -- the source ticket follows its case -------------------------------------------------------------


class TicketFollow(StrEnum):
    """What a converted ticket does when its case is answered or ends (an office setting)."""

    RESOLVE = "resolve"  # answered: resolved; closed, withdrawn or rejected: closed
    CLOSE = "close"  # answered or ended: closed
    RESPONSE_ONLY = "response_only"  # only the first response is recorded; staff move the ticket

    @property
    def label(self) -> str:
        return _FOLLOW_LABELS[self]


_FOLLOW_LABELS = {
    TicketFollow.RESOLVE: QT_TRANSLATE_NOOP(
        "TicketFollow", "Resolved when the case is answered, closed when it ends"
    ),
    TicketFollow.CLOSE: QT_TRANSLATE_NOOP("TicketFollow", "Closed when the case is answered or ends"),
    TicketFollow.RESPONSE_ONLY: QT_TRANSLATE_NOOP(
        "TicketFollow", "Only its first response recorded; staff set its status"
    ),
}

# The case states that end the request: the ticket's inquiry is over with them.
_ENDED = frozenset({CaseState.CLOSED, CaseState.WITHDRAWN, CaseState.REJECTED_IDENTITY})


@dataclass(frozen=True)
class TicketStep:
    """What the source ticket does when its case reaches a state: `first_response` (the answer went
    out, so the first-response clock stops) and the status it moves to (None: it keeps its own)."""

    first_response: bool
    status: TicketStatus | None


def ticket_step(state: CaseState, follow: TicketFollow) -> TicketStep | None:
    """The source ticket's step when its case moves to `state`; None when the ticket is not touched."""
    if state is CaseState.RESPONDED:
        status = {TicketFollow.RESOLVE: TicketStatus.RESOLVED, TicketFollow.CLOSE: TicketStatus.CLOSED}.get(
            follow
        )
        return TicketStep(first_response=True, status=status)
    if state in _ENDED and follow is not TicketFollow.RESPONSE_ONLY:
        return TicketStep(first_response=False, status=TicketStatus.CLOSED)
    return None
