"""Reportability of a breach, Rule Art. 7 (docs/ARCHITECTURE.md §4): four triggers, actual or
suspected; strong encryption with the key safe and pseudonymised data each exempt all four; "not yet
known" counts as reportable for the deadlines; more than 1,000 persons (1,000 itself is not)."""

from __future__ import annotations

import pytest

from privacy_desk.domain.breaches import BreachTrigger
from privacy_desk.domain.incidents import (
    Answer,
    Assessment,
    PersonsAffected,
    Question,
    assess,
    final_is_malicious,
    over_1000,
)

NO, YES, UNKNOWN = Answer.NO, Answer.YES, Answer.UNKNOWN


def nothing(**answers) -> Assessment:
    """Every trigger answered no, 10 persons, no exemption: not reportable until a test says otherwise."""
    base = dict(
        sensitive=NO,
        financial=NO,
        malicious=NO,
        persons=PersonsAffected(exact=10),
        encrypted=NO,
        pseudonymised=NO,
        my_number=NO,
        eu_subjects=NO,
    )
    return Assessment(**{**base, **answers})


@pytest.mark.parametrize(
    ("persons", "expected"),
    [
        (PersonsAffected(exact=1000), NO),  # 「1,000人を超える」: 1,000 is not over
        (PersonsAffected(exact=1001), YES),
        (PersonsAffected(exact=0), NO),
        (PersonsAffected(low=800, high=1000), NO),  # both ends at or under 1,000
        (PersonsAffected(low=1001, high=5000), YES),  # both ends over
        (PersonsAffected(low=900, high=1500), UNKNOWN),  # the range straddles the line
        (PersonsAffected(low=1001), YES),  # at least 1,001
        (PersonsAffected(low=200), UNKNOWN),  # at least 200: could be more
        (PersonsAffected(high=1000), NO),  # at most 1,000
        (PersonsAffected(), UNKNOWN),  # nothing known
    ],
)
def test_more_than_1000_persons_from_a_count_or_a_range(persons, expected):
    assert over_1000(persons) is expected


def test_1000_persons_alone_is_not_reportable_and_1001_is():
    thousand = assess(nothing(persons=PersonsAffected(exact=1000)))
    assert not thousand.reportable and thousand.triggers == () and thousand.settled
    more = assess(nothing(persons=PersonsAffected(exact=1001)))
    assert more.reportable and more.triggers == (BreachTrigger.OVER_1000,) and more.settled


@pytest.mark.parametrize(
    ("question", "trigger"),
    [
        ("sensitive", BreachTrigger.SENSITIVE),
        ("financial", BreachTrigger.FINANCIAL),
        ("malicious", BreachTrigger.MALICIOUS),
    ],
)
def test_each_trigger_alone_makes_a_breach_reportable(question, trigger):
    result = assess(nothing(**{question: YES}))
    assert result.reportable and result.settled
    assert result.triggers == (trigger,) and result.pending == ()


def test_nothing_applies_no_report_with_its_reason():
    result = assess(nothing())
    assert not result.reportable and result.settled and result.exemption is None
    assert [r.source for r in result.reasons] == [
        "None of the four cases of Rule Art. 7 applies: no report to the authority is required."
    ]
    assert all(r.context == "Reportability" for r in result.reasons)


@pytest.mark.parametrize("question", ["sensitive", "financial", "malicious"])
def test_not_yet_known_counts_as_reportable_but_is_not_settled(question):
    result = assess(nothing(**{question: UNKNOWN}))
    assert result.reportable and not result.settled
    assert result.pending == (BreachTrigger(question),) and result.triggers == ()
    assert any("not yet known" in r.source for r in result.reasons)


def test_an_unknown_number_of_persons_counts_as_over_1000_and_is_listed():
    result = assess(nothing(persons=PersonsAffected()))
    assert result.reportable and not result.settled
    assert result.triggers == (BreachTrigger.OVER_1000,) and result.pending == (BreachTrigger.OVER_1000,)


@pytest.mark.parametrize("exemption", [Question.ENCRYPTED, Question.PSEUDONYMISED])
def test_an_exemption_covers_all_four_triggers(exemption):
    everything = nothing(sensitive=YES, financial=YES, malicious=YES, persons=PersonsAffected(exact=50_000))
    result = assess(Assessment(**{**everything.__dict__, exemption.value: YES}))
    assert not result.reportable and result.settled and result.exemption is exemption
    assert len(result.triggers) == 4  # the facts stay on record; the exemption decides
    assert len(result.reasons) == 1


def test_strong_encryption_exempts_even_while_other_answers_are_unknown():
    result = assess(Assessment(encrypted=YES, my_number=NO))
    assert not result.reportable and result.settled and result.exemption is Question.ENCRYPTED


def test_encryption_not_yet_known_leaves_a_reportable_breach_unsettled():
    result = assess(nothing(sensitive=YES, encrypted=UNKNOWN))
    assert result.reportable and not result.settled
    assert "Whether strong encryption protected the data is not yet known" in result.reasons[-1].source


def test_the_default_assessment_is_reportable_pending_every_answer():
    result = assess(Assessment())
    assert result.reportable and not result.settled
    assert result.pending == tuple(BreachTrigger)
    assert result.my_number  # not yet known whether My Number is involved counts as yes
    assert not result.gdpr


def test_my_number_and_eu_subjects_are_flagged_with_reasons():
    result = assess(nothing(my_number=UNKNOWN, eu_subjects=YES))
    assert result.my_number and result.gdpr
    sources = [r.source for r in result.reasons]
    assert any("My Number" in s for s in sources) and any("72 hours" in s for s in sources)
    assert not assess(nothing()).my_number


def test_the_final_report_has_60_days_when_the_act_is_or_may_be_malicious():
    assert final_is_malicious(nothing(malicious=YES))
    assert final_is_malicious(nothing(malicious=YES, sensitive=YES))  # Rule Art. 7(3) among others
    assert final_is_malicious(nothing(malicious=UNKNOWN))  # reportable only if it was malicious
    assert not final_is_malicious(nothing())


@pytest.mark.parametrize(
    "other",
    [
        {"sensitive": YES},
        {"financial": UNKNOWN},
        {"persons": PersonsAffected(exact=1001)},
        {"persons": PersonsAffected()},  # an unknown count counts as over 1,000
    ],
)
def test_an_unknown_malice_keeps_30_days_while_another_trigger_may_apply(other):
    # If it turns out not malicious, the 30 days were the period all along: 60 would have passed it.
    assert not final_is_malicious(nothing(malicious=UNKNOWN, **other))
