"""Requesters: the people who write, call or ask about their data."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select

from privacy_desk.domain.roles import Permission
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.versions import PERSON_WORD, check_version
from privacy_desk.services.core.writing import writing
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import Person


@dataclass(frozen=True)
class PersonData:
    name: str
    name_kana: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class PersonRow(PersonData):
    id: int = 0
    version: int = 1  # what `update` sends back so that a stale edit is refused (services.core.versions)


def _data(person: Person) -> PersonData:
    return PersonData(person.name, person.name_kana, person.email, person.phone, person.address)


def person_row(person: Person) -> PersonRow:
    return PersonRow(**asdict(_data(person)), id=person.id, version=person.version)


def _clean(data: PersonData) -> PersonData:
    cleaned = PersonData(**{k: v.strip() for k, v in asdict(data).items()})
    if not cleaned.name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A name is required."))
    if cleaned.email and "@" not in cleaned.email:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Not an e-mail address: {email}"), email=cleaned.email)
    return cleaned


class PersonService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, actor: Actor, data: PersonData) -> PersonRow:
        actor.require(Permission.WORK_CASES)
        data = _clean(data)
        with writing(self._db, actor) as work:
            person = Person(**asdict(data))
            work.session.add(person)
            work.session.flush()
            work.audit("person", person.id, "create", after=asdict(data))
            return person_row(person)

    def update(
        self, actor: Actor, person_id: int, data: PersonData, *, version: int | None = None
    ) -> PersonRow:
        """`version`: the one the desk's form showed; a save over another desk's later edit is refused."""
        actor.require(Permission.WORK_CASES)
        data = _clean(data)
        with writing(self._db, actor) as work:
            session = work.session
            person = session.get(Person, person_id, with_for_update=True)
            if person is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No person with id {id}."), id=person_id)
            check_version(
                session,
                actor,
                person,
                version,
                what=PERSON_WORD,
                office_tz=work.office_tz(),
                current=lambda: person_row(person),
            )
            before = asdict(_data(person))
            for key, value in asdict(data).items():
                setattr(person, key, value)
            work.audit("person", person.id, "update", before=before, after=asdict(data))
            session.flush()
            return person_row(person)

    def get(self, person_id: int) -> PersonRow:
        with self._db.transaction() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(QT_TRANSLATE_NOOP("Errors", "No person with id {id}."), id=person_id)
            return person_row(person)

    def list(self) -> list[PersonRow]:
        with self._db.transaction() as session:
            return [person_row(p) for p in session.scalars(select(Person).order_by(Person.id))]
