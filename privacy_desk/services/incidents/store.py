"""What the incidents' reads and writes share: the policy from the office settings, loading a row, the
assessment and facts of a row, the checks on what a form sends, and the audit snapshot."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from privacy_desk import config
from privacy_desk.config import setting_int, setting_texts
from privacy_desk.domain.breaches import BreachDeadlines, breach_deadlines
from privacy_desk.domain.closures import ClosureCalendar
from privacy_desk.domain.incidents import (
    Answer,
    Assessment,
    Destination,
    IncidentKind,
    PersonsAffected,
    Question,
    final_is_malicious,
)
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Text
from privacy_desk.services.incidents.records import CompanyReporter, IncidentFacts
from privacy_desk.storage.models import Incident

REF_PREFIX = "INC"
SERIES = "incident"  # the counters' series (services/core/counters)
INCIDENT_WORD = Text("Errors", QT_TRANSLATE_NOOP("Errors", "This incident"))
TEXT_MAX = 20_000  # one field of the form: more than any report item needs
TITLE_MAX = 300
# A moment typed a little ahead of the desk's clock (another desk's clock, a minute's typing) is fine.
FUTURE_SLACK_SECONDS = 600


@dataclass(frozen=True)
class IncidentPolicy:
    """The office settings an incident's dates and reports depend on, read once per call."""

    office_tz: ZoneInfo
    calendar: ClosureCalendar
    company: CompanyReporter
    destination: Destination
    destination_name: str
    attachment_max_bytes: int

    def today(self, now: datetime | None = None) -> date:
        return (now or datetime.now(UTC)).astimezone(self.office_tz).date()


def load_policy(values: Mapping[str, object]) -> IncidentPolicy:
    closures = setting_texts(values[config.COMPANY_CLOSURES.key])
    return IncidentPolicy(
        office_tz=ZoneInfo(str(values[config.OFFICE_TIMEZONE.key])),
        calendar=ClosureCalendar(company_closures=frozenset(date.fromisoformat(d) for d in closures)),
        company=CompanyReporter(
            name=str(values[config.COMPANY_NAME.key]),
            address=str(values[config.COMPANY_ADDRESS.key]),
            representative=str(values[config.COMPANY_REPRESENTATIVE.key]),
            contact=str(values[config.COMPANY_CONTACT.key]),
        ),
        destination=Destination(str(values[config.INCIDENT_DESTINATION.key])),
        destination_name=str(values[config.INCIDENT_DESTINATION_NAME.key]),
        attachment_max_bytes=setting_int(values[config.ATTACHMENT_MAX_BYTES.key]),
    )


def format_ref(year: int, number: int) -> str:
    return f"{REF_PREFIX}-{year:04d}-{number:04d}"


def get_incident(session: Session, incident_id: int, *, lock: bool = False) -> Incident:
    """`lock`: for a change (PostgreSQL holds the row until commit; see services/cases/store.get_case)."""
    incident = session.get(Incident, incident_id, with_for_update=lock or None)
    if incident is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No incident with id {id}."), id=incident_id)
    return incident


# -- the assessment ---------------------------------------------------------------------------------

_ANSWER_COLUMNS = {
    Question.SENSITIVE: "sensitive",
    Question.FINANCIAL: "financial",
    Question.MALICIOUS: "malicious",
    Question.ENCRYPTED: "encrypted",
    Question.PSEUDONYMISED: "pseudonymised",
    Question.MY_NUMBER: "my_number",
    Question.EU_SUBJECTS: "eu_subjects",
}


def persons_of(incident: Incident) -> PersonsAffected:
    return PersonsAffected(incident.persons_exact, incident.persons_low, incident.persons_high)


def assessment_of(incident: Incident) -> Assessment:
    answers = {column: Answer(getattr(incident, column)) for column in _ANSWER_COLUMNS.values()}
    return Assessment(persons=persons_of(incident), **answers)


def set_answer_column(incident: Incident, question: Question, answer: Answer) -> None:
    setattr(incident, _ANSWER_COLUMNS[question], answer.value)


def set_persons(incident: Incident, persons: PersonsAffected) -> None:
    incident.persons_exact, incident.persons_low, incident.persons_high = (
        persons.exact,
        persons.low,
        persons.high,
    )


def apply_assessment(incident: Incident, assessment: Assessment) -> None:
    for column in _ANSWER_COLUMNS.values():
        setattr(incident, column, Answer(getattr(assessment, column)).value)
    set_persons(incident, check_persons(assessment.persons))


def check_persons(persons: PersonsAffected) -> PersonsAffected:
    """An exact count, or a range whose ends are not negative and in order; never both."""
    values = [v for v in (persons.exact, persons.low, persons.high) if v is not None]
    if any(isinstance(v, bool) or not isinstance(v, int) or v < 0 for v in values):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The number of persons must be 0 or more."))
    if persons.exact is not None and (persons.low is not None or persons.high is not None):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Give either the exact number of persons or a range."))
    if persons.low is not None and persons.high is not None and persons.low > persons.high:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The range of persons must not end below where it starts.")
        )
    return persons


def persons_label(persons: PersonsAffected) -> str:
    """ "1,240", "1,000–5,000", "1,000–" (at least), "–1,000" (at most), "" when nothing is known."""
    if persons.exact is not None:
        return f"{persons.exact:,}"
    if persons.low is None and persons.high is None:
        return ""
    low = f"{persons.low:,}" if persons.low is not None else ""
    high = f"{persons.high:,}" if persons.high is not None else ""
    return f"{low}–{high}"


def deadlines_of(incident: Incident, policy: IncidentPolicy) -> BreachDeadlines:
    """From the domain's rule; a malicious act yes or not yet known gives the 60-day final period."""
    return breach_deadlines(
        incident.aware_at,
        malicious=final_is_malicious(assessment_of(incident)),
        calendar=policy.calendar,
        office_tz=policy.office_tz,
    )


# -- the facts --------------------------------------------------------------------------------------

_FACT_COLUMNS = tuple(f.name for f in fields(IncidentFacts))
_TEXT_FIELDS = tuple(
    name
    for name in _FACT_COLUMNS
    if name not in {"title", "kind", "suspected", "as_contractor", "destination"} and not name.endswith("_at")
)


def facts_of(incident: Incident) -> IncidentFacts:
    values: dict[str, object] = {name: getattr(incident, name) for name in _FACT_COLUMNS}
    values["kind"] = IncidentKind(incident.kind)
    values["destination"] = Destination(incident.destination)
    return IncidentFacts(**values)  # type: ignore[arg-type]  # each column holds its field's type


def _aware(moment: datetime | None, tz: ZoneInfo) -> datetime | None:
    """A naive moment is office time, as staff type it (domain.breaches.breach_deadlines does the same)."""
    if moment is None:
        return None
    return (moment.replace(tzinfo=tz) if moment.tzinfo is None else moment).astimezone(UTC)


def clean_facts(facts: IncidentFacts, policy: IncidentPolicy, now: datetime) -> IncidentFacts:
    """What the form sent, checked: a title, the moments in order and not in the future, the
    destination that the contractor path and the delegated authorities need named."""
    title = facts.title.strip()
    if not title:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The incident needs a title."))
    if len(title) > TITLE_MAX:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The title may be up to {high} characters."), high=TITLE_MAX
        )
    texts: dict[str, Any] = {name: str(getattr(facts, name) or "").strip() for name in _TEXT_FIELDS}
    if any(len(value) > TEXT_MAX for value in texts.values()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A field may be up to {high} characters."), high=TEXT_MAX
        )
    tz = policy.office_tz
    aware_at = _aware(facts.aware_at, tz)
    occurred_at, discovered_at = _aware(facts.occurred_at, tz), _aware(facts.discovered_at, tz)
    assert aware_at is not None
    if max(m for m in (aware_at, occurred_at, discovered_at) if m is not None).timestamp() > (
        now.timestamp() + FUTURE_SLACK_SECONDS
    ):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The incident's dates may not be in the future."))
    if occurred_at is not None and occurred_at > aware_at:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "It cannot have happened after the company became aware of it.")
        )
    destination = Destination(facts.destination)
    if facts.as_contractor and not texts["commissioning_company"]:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Name the commissioning company we handle the data for.")
        )
    if destination is Destination.COMMISSIONING_COMPANY and not facts.as_contractor:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Only a contractor reports to the commissioning company (APPI Art. 26(1))."
            )
        )
    if destination in (Destination.MINISTRY, Destination.ACCREDITED_ORG) and not texts["destination_name"]:
        texts["destination_name"] = policy.destination_name if destination is policy.destination else ""
        if not texts["destination_name"]:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Name the ministry or organization the report goes to.")
            )
    return replace(
        facts,
        title=title,
        kind=IncidentKind(facts.kind),
        destination=destination,
        aware_at=aware_at,
        occurred_at=occurred_at,
        discovered_at=discovered_at,
        **texts,
    )


def apply_facts(incident: Incident, facts: IncidentFacts) -> None:
    for name in _FACT_COLUMNS:
        value = getattr(facts, name)
        setattr(incident, name, value.value if name in ("kind", "destination") else value)


def require_text(value: str, limit: int) -> str:
    value = (value or "").strip()
    if not value:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Write what happened."))
    if len(value) > limit:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A field may be up to {high} characters."), high=limit)
    return value


def snapshot(incident: Incident) -> dict[str, object]:
    """What the audit trail keeps of an incident before and after a change."""

    def plain(value: object) -> object:
        return value.isoformat() if isinstance(value, date | datetime) else value

    columns = ("ref", "status", *_FACT_COLUMNS, *_ANSWER_COLUMNS.values())
    kept = {name: plain(getattr(incident, name)) for name in columns}
    kept.update(
        persons_exact=incident.persons_exact,
        persons_low=incident.persons_low,
        persons_high=incident.persons_high,
        closed_on=plain(incident.closed_on),
    )
    return kept
