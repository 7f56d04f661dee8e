"""The CLI's JSON of incidents (docs/ARCHITECTURE.md §5)."""

from __future__ import annotations

from privacy_desk.domain.breaches import BreachTrigger
from privacy_desk.services.incidents.records import IncidentDetail


def incident_json(detail: IncidentDetail) -> dict[str, object]:
    """{ref, title, aware_at, reportable, triggers, persons_affected, preliminary_due, final_due, status}.
    `persons_affected` is the exact number when it is known, else null (a range is not a number);
    `triggers` are the cases of Rule Art. 7 that count: answered yes or not yet known."""
    counted = detail.reportability.triggers + detail.reportability.pending
    return {
        "ref": detail.ref,
        "title": detail.facts.title,
        "aware_at": detail.facts.aware_at.isoformat(),
        "reportable": detail.reportability.reportable,
        "triggers": [t.value for t in BreachTrigger if t in counted],
        "persons_affected": detail.assessment.persons.exact,
        "preliminary_due": detail.deadlines.preliminary_due.isoformat(),
        "final_due": detail.deadlines.final_due.isoformat(),
        "status": detail.status.value,
    }
