"""An incident's timeline and the history of its answers are append-only in the database itself
(migration 0011's triggers), on SQLite and PostgreSQL: a raw UPDATE or DELETE is refused, and so is a
change made through the ORM; the service has no way to change an entry, only to add a correction."""

from __future__ import annotations

import pytest
from incident_samples import make_incident
from sqlalchemy import func, select, text

from privacy_desk.domain.incidents import Answer, Question, TimelineKind
from privacy_desk.errors import StorageError
from privacy_desk.services.incidents import IncidentService
from privacy_desk.storage.models import IncidentAnswer, IncidentTimelineEntry


@pytest.fixture
def incident(services):
    detail = make_incident(services)
    services.incidents.set_answer(services.actor, detail.id, Question.SENSITIVE, Answer.YES, "病歴")
    return services.incidents.add_timeline_entry(services.actor, detail.id, TimelineKind.FACT, "検知")


STATEMENTS = [
    "UPDATE incident_timeline SET text = 'changed'",
    "DELETE FROM incident_timeline",
    "UPDATE incident_answers SET answer = 'no'",
    "DELETE FROM incident_answers",
]


@pytest.mark.parametrize("statement", STATEMENTS)
def test_raw_sql_cannot_change_or_delete_an_entry(services, incident, statement):
    with pytest.raises(StorageError, match="append-only"), services.db.transaction() as session:
        session.execute(text(statement))
    after = services.incidents.detail(incident.id)
    assert [e.text for e in after.timeline] == ["検知"]
    assert after.answers == incident.answers


def test_the_orm_cannot_change_or_delete_an_entry_either(services, incident):
    with pytest.raises(StorageError), services.db.transaction() as session:
        session.scalars(select(IncidentTimelineEntry)).one().text = "changed"
    with pytest.raises(StorageError), services.db.transaction() as session:
        session.delete(session.scalars(select(IncidentAnswer)).first())
    with services.db.transaction() as session:
        assert session.scalar(select(func.count()).select_from(IncidentAnswer)) == len(incident.answers)
        assert session.scalar(select(IncidentTimelineEntry.text)) == "検知"


def test_adding_entries_still_works_and_the_service_offers_no_change_of_one(services, incident):
    corrected = services.incidents.add_timeline_entry(
        services.actor, incident.id, TimelineKind.FACT, "検知（訂正）", corrects_id=incident.timeline[0].id
    )
    assert [e.text for e in corrected.timeline] == ["検知", "検知（訂正）"]
    writes = {name for name in dir(IncidentService) if not name.startswith("_")}
    assert not {n for n in writes if "timeline" in n or "answer" in n} - {"add_timeline_entry", "set_answer"}
