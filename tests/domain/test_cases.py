"""The request-case state machine: every move it refuses, it refuses with a reason staff can act on."""

from __future__ import annotations

import itertools

import pytest

from privacy_desk.domain.cases import (
    OPEN_STATES,
    CaseFacts,
    CaseState,
    Decision,
    DeliveryMethod,
    RefusalGround,
    RequesterKind,
    allowed_transitions,
    check_transition,
    ground_required,
)
from privacy_desk.domain.requests import FEE_ALLOWED_TYPES, RequestType
from privacy_desk.errors import InvalidInput

S = CaseState

# Facts under which every legal move is allowed: the table alone decides.
READY = CaseFacts(
    RequestType.DISCLOSURE,
    identity_verified=True,
    decision=Decision.REFUSAL,
    refusal_ground=RefusalGround.SERIOUS_BUSINESS_HINDRANCE,
    explanation="業務に著しい支障を及ぼすおそれがあるため。",
    decision_approved=True,
)

LEGAL = {
    (S.RECEIVED, S.IDENTITY_CHECK),
    (S.RECEIVED, S.WITHDRAWN),
    (S.IDENTITY_CHECK, S.FEE_PENDING),
    (S.IDENTITY_CHECK, S.IN_PROGRESS),
    (S.IDENTITY_CHECK, S.REJECTED_IDENTITY),
    (S.IDENTITY_CHECK, S.WITHDRAWN),
    (S.FEE_PENDING, S.IN_PROGRESS),
    (S.FEE_PENDING, S.WITHDRAWN),
    (S.IN_PROGRESS, S.DECISION),
    (S.IN_PROGRESS, S.WITHDRAWN),
    (S.DECISION, S.RESPONDED),
    (S.DECISION, S.IN_PROGRESS),
    (S.DECISION, S.WITHDRAWN),
    (S.RESPONDED, S.CLOSED),
}


def reason(state: CaseState, target: CaseState, facts: CaseFacts) -> str:
    with pytest.raises(InvalidInput) as caught:
        check_transition(state, target, facts=facts)
    return caught.value.english()


def test_the_happy_path_runs_through_every_step():
    path = [S.RECEIVED, S.IDENTITY_CHECK, S.FEE_PENDING, S.IN_PROGRESS, S.DECISION, S.RESPONDED, S.CLOSED]
    for state, target in itertools.pairwise(path):
        check_transition(state, target, facts=READY)


@pytest.mark.parametrize(("state", "target"), sorted(LEGAL))
def test_every_legal_move_is_allowed_when_its_facts_hold(state, target):
    check_transition(state, target, facts=READY)
    assert target in allowed_transitions(state, fee_applies=True)


@pytest.mark.parametrize(
    ("state", "target"),
    [(s, t) for s in CaseState for t in CaseState if (s, t) not in LEGAL],
)
def test_every_illegal_move_is_refused_with_a_reason(state, target):
    message = reason(state, target, READY)
    assert message.endswith(".") and len(message) > 20
    assert target not in allowed_transitions(state, fee_applies=True)


def test_the_reason_names_both_states():
    assert reason(S.RECEIVED, S.DECISION, READY) == "A case in state Received cannot move to Decision."


def test_the_reason_translates_the_state_names():
    with pytest.raises(InvalidInput) as caught:
        check_transition(S.CLOSED, S.IN_PROGRESS, facts=READY)
    seen = []

    def translate(context, text):
        seen.append((context, text))
        return text.upper() if context == "CaseState" else text

    assert caught.value.translated(translate) == "A case in state CLOSED cannot move to IN PROGRESS."
    assert ("CaseState", "Closed") in seen


def test_final_states_have_no_way_out():
    for state in (S.CLOSED, S.WITHDRAWN, S.REJECTED_IDENTITY):
        assert state.is_final
        assert allowed_transitions(state, fee_applies=True) == frozenset()


@pytest.mark.parametrize("state", sorted(OPEN_STATES))
def test_withdrawal_is_possible_from_every_open_state(state):
    check_transition(state, S.WITHDRAWN, facts=CaseFacts(RequestType.CORRECTION))


@pytest.mark.parametrize("state", [S.RESPONDED, S.CLOSED, S.REJECTED_IDENTITY])
def test_a_case_that_is_answered_or_ended_cannot_be_withdrawn(state):
    assert "can no longer be withdrawn" in reason(state, S.WITHDRAWN, READY)


@pytest.mark.parametrize("state", [s for s in CaseState if s is not S.IDENTITY_CHECK])
def test_rejection_for_identity_only_during_the_identity_check(state):
    assert "only during the identity check" in reason(state, S.REJECTED_IDENTITY, READY)


# --- identity --------------------------------------------------------------------------------------


@pytest.mark.parametrize("target", [S.FEE_PENDING, S.IN_PROGRESS])
def test_nothing_past_the_identity_check_until_identity_is_verified(target):
    unverified = CaseFacts(RequestType.DISCLOSURE)
    assert "identity is not verified" in reason(S.IDENTITY_CHECK, target, unverified)
    check_transition(
        S.IDENTITY_CHECK, target, facts=CaseFacts(RequestType.DISCLOSURE, identity_verified=True)
    )


def test_a_manager_override_with_a_reason_passes_the_identity_check():
    override = CaseFacts(RequestType.DISCLOSURE, identity_override_reason="法定代理人の戸籍謄本で確認済み")
    check_transition(S.IDENTITY_CHECK, S.IN_PROGRESS, facts=override)


def test_an_override_without_a_reason_is_no_override():
    blank = CaseFacts(RequestType.DISCLOSURE, identity_override_reason="   ")
    assert "identity is not verified" in reason(S.IDENTITY_CHECK, S.IN_PROGRESS, blank)


def test_later_steps_also_refuse_an_unverified_case():
    # e.g. data imported in a later state: the rule holds whatever the source state.
    unverified = CaseFacts(RequestType.DISCLOSURE, decision=Decision.FULL)
    assert "identity is not verified" in reason(S.IN_PROGRESS, S.DECISION, unverified)
    assert "identity is not verified" in reason(S.DECISION, S.RESPONDED, unverified)


def test_rejection_and_withdrawal_need_no_verified_identity():
    check_transition(S.IDENTITY_CHECK, S.REJECTED_IDENTITY, facts=CaseFacts(RequestType.DISCLOSURE))
    check_transition(S.IDENTITY_CHECK, S.WITHDRAWN, facts=CaseFacts(RequestType.DISCLOSURE))


# --- fee -------------------------------------------------------------------------------------------


def test_fee_types_are_the_three_of_article_38():
    assert frozenset(FEE_ALLOWED_TYPES) == {
        RequestType.PURPOSE,
        RequestType.DISCLOSURE,
        RequestType.PROVISION_RECORD,
    }


@pytest.mark.parametrize("request_type", list(RequestType))
def test_the_fee_step_exists_only_for_fee_types(request_type):
    facts = CaseFacts(request_type, identity_verified=True)
    offered = allowed_transitions(S.IDENTITY_CHECK, fee_applies=facts.fee_applies)
    if request_type in FEE_ALLOWED_TYPES:
        assert S.FEE_PENDING in offered
        check_transition(S.IDENTITY_CHECK, S.FEE_PENDING, facts=facts)
    else:
        assert S.FEE_PENDING not in offered
        assert "Art. 38" in reason(S.IDENTITY_CHECK, S.FEE_PENDING, facts)
    assert S.IN_PROGRESS in offered  # the fee step is never compulsory


# --- decision --------------------------------------------------------------------------------------


def decided(**changes) -> CaseFacts:
    base = {"request_type": RequestType.DISCLOSURE, "identity_verified": True}
    return CaseFacts(**(base | changes))


def test_responding_needs_a_decision():
    assert reason(S.DECISION, S.RESPONDED, decided()) == "Record the decision before responding."


def test_a_full_answer_or_no_data_needs_no_ground():
    check_transition(S.DECISION, S.RESPONDED, facts=decided(decision=Decision.FULL))
    check_transition(S.DECISION, S.RESPONDED, facts=decided(decision=Decision.NO_DATA))


def test_a_refusal_is_blocked_until_ground_explanation_and_approval_exist():
    facts = decided(decision=Decision.REFUSAL)
    assert "Art. 33(2)" in reason(S.DECISION, S.RESPONDED, facts)
    facts = decided(decision=Decision.REFUSAL, refusal_ground=RefusalGround.VIOLATION_OF_OTHER_LAW)
    assert "Art. 36" in reason(S.DECISION, S.RESPONDED, facts)
    facts = decided(
        decision=Decision.REFUSAL,
        refusal_ground=RefusalGround.VIOLATION_OF_OTHER_LAW,
        explanation="   ",
    )
    assert "Art. 36" in reason(S.DECISION, S.RESPONDED, facts)
    facts = decided(
        decision=Decision.REFUSAL,
        refusal_ground=RefusalGround.VIOLATION_OF_OTHER_LAW,
        explanation="他の法令により開示が禁じられているため。",
    )
    assert "manager's approval" in reason(S.DECISION, S.RESPONDED, facts)
    check_transition(S.DECISION, S.RESPONDED, facts=decided(**vars(facts) | {"decision_approved": True}))


def test_a_partial_answer_needs_ground_and_explanation_but_no_approval():
    facts = decided(decision=Decision.PARTIAL)
    assert "Art. 33(2)" in reason(S.DECISION, S.RESPONDED, facts)
    facts = decided(decision=Decision.PARTIAL, refusal_ground=RefusalGround.HARM_TO_PERSON_OR_THIRD_PARTY)
    assert "Art. 36" in reason(S.DECISION, S.RESPONDED, facts)
    check_transition(
        S.DECISION,
        S.RESPONDED,
        facts=decided(
            decision=Decision.PARTIAL,
            refusal_ground=RefusalGround.HARM_TO_PERSON_OR_THIRD_PARTY,
            explanation="第三者の情報を含む部分を除いて開示します。",
        ),
    )


def test_provision_records_follow_the_disclosure_grounds():
    facts = decided(request_type=RequestType.PROVISION_RECORD, decision=Decision.REFUSAL, explanation="x")
    assert "Art. 33(2)" in reason(S.DECISION, S.RESPONDED, facts)


@pytest.mark.parametrize(
    "request_type",
    [RequestType.PURPOSE, RequestType.CORRECTION, RequestType.STOP_USE, RequestType.STOP_PROVISION],
)
def test_other_requests_are_refused_on_their_own_terms_with_an_explanation(request_type):
    assert not ground_required(request_type, Decision.REFUSAL)
    facts = decided(request_type=request_type, decision=Decision.REFUSAL, decision_approved=True)
    assert "Art. 36" in reason(S.DECISION, S.RESPONDED, facts)
    accurate = decided(
        request_type=request_type,
        decision=Decision.REFUSAL,
        explanation="保有している内容が事実であることを確認したため。",
        decision_approved=True,
    )
    check_transition(S.DECISION, S.RESPONDED, facts=accurate)


def test_a_refused_case_may_go_back_to_work_without_a_complete_decision():
    check_transition(S.DECISION, S.IN_PROGRESS, facts=decided(decision=Decision.REFUSAL))


# --- labels ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("enum", [CaseState, Decision, RefusalGround, RequesterKind, DeliveryMethod])
def test_every_value_has_an_english_label(enum):
    labels = [member.label for member in enum]
    assert all(labels) and len(set(labels)) == len(labels)


def test_values_are_the_stored_strings():
    assert [s.value for s in CaseState] == [
        "received",
        "identity_check",
        "fee_pending",
        "in_progress",
        "decision",
        "responded",
        "closed",
        "withdrawn",
        "rejected_identity",
    ]
    assert RequesterKind("appointed_agent").is_agent and not RequesterKind.PERSON.is_agent
