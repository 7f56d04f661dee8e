"""Personal-data breaches (漏えい等, APPI Art. 26; Rules Art. 7–8): what an incident is, how its answers
decide whether it must be reported, and where the report goes.

Pure data and rules. CONTRACT shared by the incidents service, view and reports: names here may gain
members, never lose or rename them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from privacy_desk.domain.breaches import BreachTrigger
from privacy_desk.errors import QT_TRANSLATE_NOOP, Text

PERSONS_THRESHOLD = 1000  # Rule Art. 7(4): "1,000 を超える" — more than 1,000 persons


class Answer(StrEnum):
    """Each question of the assessment; "not yet known" counts as yes for the deadlines."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return _ANSWER_LABELS[self]


_ANSWER_LABELS = {
    Answer.YES: QT_TRANSLATE_NOOP("Answer", "Yes"),
    Answer.NO: QT_TRANSLATE_NOOP("Answer", "No"),
    Answer.UNKNOWN: QT_TRANSLATE_NOOP("Answer", "Not yet known"),
}


class IncidentKind(StrEnum):
    """APPI Art. 26(1): 漏えい, 滅失, 毀損."""

    LEAK = "leak"
    LOSS = "loss"
    DAMAGE = "damage"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    IncidentKind.LEAK: QT_TRANSLATE_NOOP("IncidentKind", "Leak"),
    IncidentKind.LOSS: QT_TRANSLATE_NOOP("IncidentKind", "Loss"),
    IncidentKind.DAMAGE: QT_TRANSLATE_NOOP("IncidentKind", "Damage"),
}


class Question(StrEnum):
    """The questions of the assessment whose answers are recorded with who and when."""

    SENSITIVE = "sensitive"  # Rule Art. 7(1) 要配慮個人情報
    FINANCIAL = "financial"  # Rule Art. 7(2) 財産的被害のおそれ
    MALICIOUS = "malicious"  # Rule Art. 7(3) 不正の目的 (incl. data being acquired, since 2024-04-01)
    OVER_1000 = "over_1000"  # Rule Art. 7(4); answered from the persons count when it is known
    ENCRYPTED = "encrypted"  # exemption: strong encryption with the key safe (Rule Art. 7 parenthesis)
    PSEUDONYMISED = "pseudonymised"  # exemption: 仮名加工情報 (APPI Art. 41(9))
    MY_NUMBER = "my_number"  # 特定個人情報: the My Number Act's rules apply; unknown counts as yes
    EU_SUBJECTS = "eu_subjects"  # GDPR Art. 33: 72 hours


class Destination(StrEnum):
    """Where the report goes (APPI Art. 26(1), Art. 150 delegation, accredited organisations)."""

    PPC = "ppc"
    MINISTRY = "ministry"  # a ministry the PPC has delegated its authority to (事業所管大臣)
    ACCREDITED_ORG = "accredited_org"  # 認定個人情報保護団体
    COMMISSIONING_COMPANY = "commissioning_company"  # Art. 26(1) proviso: a contractor notifies 委託元

    @property
    def label(self) -> str:
        return _DESTINATION_LABELS[self]


_DESTINATION_LABELS = {
    Destination.PPC: QT_TRANSLATE_NOOP("Destination", "Personal Information Protection Commission"),
    Destination.MINISTRY: QT_TRANSLATE_NOOP("Destination", "Delegated ministry"),
    Destination.ACCREDITED_ORG: QT_TRANSLATE_NOOP(
        "Destination", "Accredited personal information protection organization"
    ),
    Destination.COMMISSIONING_COMPANY: QT_TRANSLATE_NOOP("Destination", "Commissioning company"),
}


class IncidentStatus(StrEnum):
    INVESTIGATING = "investigating"
    PRELIMINARY_FILED = "preliminary_filed"
    FINAL_FILED = "final_filed"
    NOT_REPORTABLE = "not_reportable"  # closed as not reportable (the reasons stay on record)
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self not in (IncidentStatus.CLOSED, IncidentStatus.NOT_REPORTABLE)


_STATUS_LABELS = {
    IncidentStatus.INVESTIGATING: QT_TRANSLATE_NOOP("IncidentStatus", "Investigating"),
    IncidentStatus.PRELIMINARY_FILED: QT_TRANSLATE_NOOP("IncidentStatus", "Preliminary report filed"),
    IncidentStatus.FINAL_FILED: QT_TRANSLATE_NOOP("IncidentStatus", "Final report filed"),
    IncidentStatus.NOT_REPORTABLE: QT_TRANSLATE_NOOP("IncidentStatus", "Closed, not reportable"),
    IncidentStatus.CLOSED: QT_TRANSLATE_NOOP("IncidentStatus", "Closed"),
}


class ReportKind(StrEnum):
    PRELIMINARY = "preliminary"  # 速報, Rule Art. 8(1)
    FINAL = "final"  # 確報, Rule Art. 8(2)

    @property
    def label(self) -> str:
        return _REPORT_LABELS[self]


_REPORT_LABELS = {
    ReportKind.PRELIMINARY: QT_TRANSLATE_NOOP("ReportKind", "Preliminary report"),
    ReportKind.FINAL: QT_TRANSLATE_NOOP("ReportKind", "Final report"),
}


class TimelineKind(StrEnum):
    FACT = "fact"
    ACTION = "action"
    DECISION = "decision"
    CORRECTION = "correction"  # refers to the entry it corrects; the original stays

    @property
    def label(self) -> str:
        return _TIMELINE_LABELS[self]


_TIMELINE_LABELS = {
    TimelineKind.FACT: QT_TRANSLATE_NOOP("TimelineKind", "Fact"),
    TimelineKind.ACTION: QT_TRANSLATE_NOOP("TimelineKind", "Action"),
    TimelineKind.DECISION: QT_TRANSLATE_NOOP("TimelineKind", "Decision"),
    TimelineKind.CORRECTION: QT_TRANSLATE_NOOP("TimelineKind", "Correction"),
}


class NoticeMethod(StrEnum):
    """Rule Art. 10 notice to the persons; a public announcement substitutes when notice is impossible."""

    MAIL = "mail"
    LETTER = "letter"
    PHONE = "phone"
    PUBLIC_ANNOUNCEMENT = "public_announcement"

    @property
    def label(self) -> str:
        return _NOTICE_LABELS[self]


_NOTICE_LABELS = {
    NoticeMethod.MAIL: QT_TRANSLATE_NOOP("NoticeMethod", "E-mail"),
    NoticeMethod.LETTER: QT_TRANSLATE_NOOP("NoticeMethod", "Letter"),
    NoticeMethod.PHONE: QT_TRANSLATE_NOOP("NoticeMethod", "Phone"),
    NoticeMethod.PUBLIC_ANNOUNCEMENT: QT_TRANSLATE_NOOP(
        "NoticeMethod", "Public announcement (notice impossible)"
    ),
}


@dataclass(frozen=True)
class PersonsAffected:
    """The number of persons: exact, a range while unknown (low–high), or not known at all."""

    exact: int | None = None
    low: int | None = None
    high: int | None = None  # None with `low` set: "at least low"


@dataclass(frozen=True)
class Assessment:
    """The answers that decide reportability (Rule Art. 7)."""

    sensitive: Answer = Answer.UNKNOWN
    financial: Answer = Answer.UNKNOWN
    malicious: Answer = Answer.UNKNOWN
    persons: PersonsAffected = PersonsAffected()
    encrypted: Answer = Answer.UNKNOWN
    pseudonymised: Answer = Answer.NO
    my_number: Answer = Answer.UNKNOWN
    eu_subjects: Answer = Answer.NO


@dataclass(frozen=True)
class Reportability:
    """The result of `assess`. `reportable` is True when a trigger is yes or not yet known and no
    exemption is yes; `settled` is False while an unknown answer could still change it."""

    reportable: bool
    settled: bool
    triggers: tuple[BreachTrigger, ...]  # answered yes (or counted as yes: over_1000 while unknown)
    pending: tuple[BreachTrigger, ...]  # not yet known, counted as yes for the deadlines
    exemption: Question | None  # ENCRYPTED or PSEUDONYMISED when one applies
    my_number: bool  # 特定個人情報 involved or not yet known: flag it
    gdpr: bool  # EU data subjects: the 72-hour overlay applies
    reasons: tuple[Text, ...]  # plain words, translatable (errors.Text), in the order a reader needs


def over_1000(persons: PersonsAffected) -> Answer:
    """Rule Art. 7(4) from the count: an exact number or a range decides it; nothing known is unknown.
    "Exceeding 1,000" (1,000 を超える): exactly 1,000 is not over, 1,001 is; a range decides only when
    both its ends are on one side."""
    if persons.exact is not None:
        return Answer.YES if persons.exact > PERSONS_THRESHOLD else Answer.NO
    if persons.low is not None and persons.low > PERSONS_THRESHOLD:
        return Answer.YES
    if persons.high is not None and persons.high <= PERSONS_THRESHOLD:
        return Answer.NO
    return Answer.UNKNOWN


_C = "Reportability"
_TRIGGER_YES = {
    BreachTrigger.SENSITIVE: QT_TRANSLATE_NOOP(
        "Reportability", "Sensitive personal information is involved (Rule Art. 7(1))."
    ),
    BreachTrigger.FINANCIAL: QT_TRANSLATE_NOOP(
        "Reportability", "Misuse of the data could cause financial loss (Rule Art. 7(2))."
    ),
    BreachTrigger.MALICIOUS: QT_TRANSLATE_NOOP(
        "Reportability",
        "It was caused or may have been caused by a malicious act, such as unauthorized access, "
        "including data being acquired by the business (Rule Art. 7(3)).",
    ),
    BreachTrigger.OVER_1000: QT_TRANSLATE_NOOP(
        "Reportability", "More than 1,000 persons are affected (Rule Art. 7(4))."
    ),
}
_TRIGGER_UNKNOWN = {
    BreachTrigger.SENSITIVE: QT_TRANSLATE_NOOP(
        "Reportability",
        "Whether sensitive personal information is involved is not yet known: counted as yes for the "
        "deadlines.",
    ),
    BreachTrigger.FINANCIAL: QT_TRANSLATE_NOOP(
        "Reportability",
        "Whether misuse could cause financial loss is not yet known: counted as yes for the deadlines.",
    ),
    BreachTrigger.MALICIOUS: QT_TRANSLATE_NOOP(
        "Reportability",
        "Whether a malicious act is behind it is not yet known: counted as yes for the deadlines "
        "(the final report is then due within 60 days).",
    ),
    BreachTrigger.OVER_1000: QT_TRANSLATE_NOOP(
        "Reportability",
        "The number of persons affected is not yet known to be 1,000 or fewer: counted as more than "
        "1,000 for the deadlines.",
    ),
}
_EXEMPT = {
    Question.ENCRYPTED: QT_TRANSLATE_NOOP(
        "Reportability",
        "The data was protected by strong encryption and the key was not compromised: no report to the "
        "authority is required (Rule Art. 7).",
    ),
    Question.PSEUDONYMISED: QT_TRANSLATE_NOOP(
        "Reportability",
        "The data was pseudonymized information: the duty to report does not apply (APPI Art. 41(9)).",
    ),
}
_NONE = QT_TRANSLATE_NOOP(
    "Reportability", "None of the four cases of Rule Art. 7 applies: no report to the authority is required."
)
_REPORTABLE = QT_TRANSLATE_NOOP(
    "Reportability",
    "A preliminary report is due promptly (about 3 to 5 days) and a final report within 30 days, "
    "60 for a malicious act (Rule Art. 8), and the persons affected must be notified (APPI Art. 26(2)).",
)
_ENCRYPTION_UNKNOWN = QT_TRANSLATE_NOOP(
    "Reportability",
    "Whether strong encryption protected the data is not yet known: if it did, no report is required.",
)
_MY_NUMBER = QT_TRANSLATE_NOOP(
    "Reportability",
    "Individual numbers (My Number) are or may be involved: the My Number Act's reporting rules apply "
    "as well.",
)
_GDPR = QT_TRANSLATE_NOOP(
    "Reportability",
    "EU data subjects are affected: the supervisory authority must be notified within 72 hours "
    "(GDPR Art. 33).",
)

_TRIGGER_QUESTIONS = (
    (BreachTrigger.SENSITIVE, "sensitive"),
    (BreachTrigger.FINANCIAL, "financial"),
    (BreachTrigger.MALICIOUS, "malicious"),
)


def assess(assessment: Assessment) -> Reportability:
    """Rule Art. 7's four triggers and the two exemptions, each of which covers all four triggers.

    A trigger not yet known counts as yes for the deadlines (`pending`): a report filed late because
    the facts came in late is still late. The persons count while unknown is listed in `triggers`
    too, as the CLI contract has it (docs/ARCHITECTURE.md §5: `--persons` absent counts as over 1,000)."""
    answers = {trigger: getattr(assessment, name) for trigger, name in _TRIGGER_QUESTIONS}
    answers[BreachTrigger.OVER_1000] = over_1000(assessment.persons)
    yes = tuple(t for t in BreachTrigger if answers[t] is Answer.YES)
    pending = tuple(t for t in BreachTrigger if answers[t] is Answer.UNKNOWN)
    triggers = tuple(t for t in BreachTrigger if t in yes or (t in pending and t is BreachTrigger.OVER_1000))
    exemption = _exemption(assessment)
    reportable = exemption is None and bool(yes or pending)
    undecided_exemption = Answer.UNKNOWN in (assessment.encrypted, assessment.pseudonymised)
    settled = exemption is not None or not reportable or (bool(yes) and not undecided_exemption)
    my_number = assessment.my_number is not Answer.NO
    gdpr = assessment.eu_subjects is Answer.YES
    reasons: list[Text] = []
    if exemption is not None:
        reasons.append(Text(_C, _EXEMPT[exemption]))
    else:
        reasons += [Text(_C, _TRIGGER_YES[t]) for t in yes]
        reasons += [Text(_C, _TRIGGER_UNKNOWN[t]) for t in pending]
        if reportable:
            reasons.append(Text(_C, _REPORTABLE))
            if assessment.encrypted is Answer.UNKNOWN:
                reasons.append(Text(_C, _ENCRYPTION_UNKNOWN))
        else:
            reasons.append(Text(_C, _NONE))
    if my_number:
        reasons.append(Text(_C, _MY_NUMBER))
    if gdpr:
        reasons.append(Text(_C, _GDPR))
    return Reportability(
        reportable=reportable,
        settled=settled,
        triggers=triggers,
        pending=pending,
        exemption=exemption,
        my_number=my_number,
        gdpr=gdpr,
        reasons=tuple(reasons),
    )


def _exemption(assessment: Assessment) -> Question | None:
    if assessment.pseudonymised is Answer.YES:
        return Question.PSEUDONYMISED
    if assessment.encrypted is Answer.YES:
        return Question.ENCRYPTED
    return None


def final_is_malicious(assessment: Assessment) -> bool:
    """Whether the 60-day final period of Rule Art. 8(2) applies: for a malicious act (Rule Art. 7(3)),
    or while that is not yet known and nothing else makes the incident reportable. While another trigger
    is yes or not yet known, an unknown malicious act keeps the 30 days: if it turns out not malicious,
    the 30 days were the period all along, and 60 would have passed it."""
    if assessment.malicious is Answer.YES:
        return True
    if assessment.malicious is Answer.NO:
        return False
    others = (assessment.sensitive, assessment.financial, over_1000(assessment.persons))
    return all(answer is Answer.NO for answer in others)
