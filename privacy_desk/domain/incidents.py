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
    """Rule Art. 7(4) from the count: an exact number or a range decides it; nothing known is unknown."""
    raise NotImplementedError  # implemented by the incidents engineer


def assess(assessment: Assessment) -> Reportability:
    """Rule Art. 7's four triggers and the two exemptions, each of which covers all four triggers."""
    raise NotImplementedError  # implemented by the incidents engineer
