"""Deadline answers for the calculator dialog and `privacy-desk deadline`, from the office's policy."""

from __future__ import annotations

from datetime import date, datetime

from privacy_desk.domain.breaches import BreachDeadlines, breach_deadlines
from privacy_desk.domain.incidents import Answer, Assessment, PersonsAffected, Reportability, assess
from privacy_desk.domain.requests import FEE_ALLOWED_TYPES, RequestDeadlines, RequestType, request_deadlines
from privacy_desk.domain.wareki import format_wareki
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.services.settings import OfficeSettingsService

_TOO_LATE = QT_TRANSLATE_NOOP(
    "Errors", "No deadline can be computed from {date}: it is too far in the future."
)


class DeadlineService:
    def __init__(self, settings: OfficeSettingsService) -> None:
        self._settings = settings

    def request(self, request_type: RequestType, received: date, *, gdpr: bool = False) -> RequestDeadlines:
        calendar, policy = self._settings.calendar(), self._settings.request_policy()
        try:
            return request_deadlines(request_type, received, calendar=calendar, policy=policy, gdpr=gdpr)
        except OverflowError as exc:  # a deadline after 9999-12-31, the last day Python's dates have
            raise InvalidInput(_TOO_LATE, date=received.isoformat()) from exc

    def breach(self, aware_at: datetime, *, malicious: bool) -> BreachDeadlines:
        calendar, office_tz = self._settings.calendar(), self._settings.office_tz()
        try:
            return breach_deadlines(aware_at, malicious=malicious, calendar=calendar, office_tz=office_tz)
        except OverflowError as exc:
            raise InvalidInput(_TOO_LATE, date=aware_at.isoformat()) from exc


def request_json(result: RequestDeadlines, request_type: RequestType) -> dict[str, object]:
    """The CLI contract (docs/ARCHITECTURE.md §5): {due, lawsuit_possible_from, fee_allowed}."""
    lawsuit = result.lawsuit_possible_from
    return {
        "due": result.due.isoformat(),
        "lawsuit_possible_from": lawsuit.isoformat() if lawsuit else None,
        "fee_allowed": request_type in FEE_ALLOWED_TYPES,
    }


def breach_assessment(
    *, malicious: bool, sensitive: bool, financial: bool, encrypted: bool, persons: int | None
) -> Reportability:
    """Rule Art. 7 for `deadline breach` (domain.incidents.assess, as an incident's page): a flag not
    given is "no"; `persons` not given is not yet known, which counts as more than 1,000."""

    def answer(flag: bool) -> Answer:
        return Answer.YES if flag else Answer.NO

    if persons is not None and persons < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The number of persons must be 0 or more."))
    return assess(
        Assessment(
            sensitive=answer(sensitive),
            financial=answer(financial),
            malicious=answer(malicious),
            persons=PersonsAffected(exact=persons),
            encrypted=answer(encrypted),
            pseudonymised=Answer.NO,
            my_number=Answer.NO,
            eu_subjects=Answer.NO,
        )
    )


def breach_json(result: BreachDeadlines, reportability: Reportability | None = None) -> dict[str, object]:
    """The CLI contract (docs/ARCHITECTURE.md §5): preliminary_target, preliminary_due, final_due(_ja),
    gdpr_due, and with the assessment reportable and triggers."""
    assessed: dict[str, object] = {}
    if reportability is not None:
        assessed = {
            "reportable": reportability.reportable,
            "triggers": [trigger.value for trigger in reportability.triggers],
        }
    return {
        "preliminary_target": result.preliminary_target.isoformat(),
        "preliminary_due": result.preliminary_due.isoformat(),
        "final_due": result.final_due.isoformat(),
        "final_due_ja": format_wareki(result.final_due, weekday=True),
        "gdpr_due": result.gdpr_due.isoformat(),
        **assessed,
    }
