"""Builds the services once for the GUI or the CLI: the composition root's Qt-free half."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from privacy_desk import paths
from privacy_desk.errors import StorageError
from privacy_desk.services.cases import CaseAgenda, CaseService
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.agenda import AgendaService
from privacy_desk.services.core.audit import AuditService
from privacy_desk.services.deadlines import DeadlineService
from privacy_desk.services.incidents import IncidentAgenda, IncidentService
from privacy_desk.services.persons import PersonService
from privacy_desk.services.retention import RetentionAgenda, RetentionService
from privacy_desk.services.settings import ClosureDays, OfficeSettingsService
from privacy_desk.services.tickets import TicketAgenda, TicketImportService, TicketService
from privacy_desk.services.users import UserService, os_login
from privacy_desk.storage import migrate
from privacy_desk.storage.engine import Database, describe_url, is_damaged, storage_error

# Database too: the GUI checks a database URL through it (ui/ does not import storage).
__all__ = ["Database", "Services", "open_services"]


@dataclass
class Services:
    db: Database
    actor: Actor
    users: UserService
    settings: OfficeSettingsService
    persons: PersonService
    audit: AuditService
    deadlines: DeadlineService
    agenda: AgendaService
    tickets: TicketService
    ticket_import: TicketImportService
    cases: CaseService
    incidents: IncidentService
    retention: RetentionService
    upgrade: migrate.UpgradeResult

    @property
    def database_label(self) -> str:
        return describe_url(self.db.url)

    def close(self) -> None:
        self.db.dispose()


def open_services(url: str, *, login: str | None = None, create: bool = True) -> Services:
    """Open the database, upgrade its schema (backing a SQLite file up first) and sign the user in. The
    app's folders and files are made the user's only first, wherever an earlier version left them open.
    `create=False`: a SQLite file that does not exist raises DatabaseMissing, and nothing is made."""
    paths.repair_private_modes()
    db = Database(url, create=create)
    try:
        try:
            db.check_connection()
            result = migrate.upgrade(db.engine, backup_dir=paths.backup_dir())
            users = UserService(db)
            actor = users.sign_in(login or os_login())
        except DBAPIError as exc:  # the version check and the upgrade read outside `Database.transaction`
            raise storage_error(exc, url) from exc
        except StorageError as error:
            cause = error.__cause__
            if isinstance(cause, DBAPIError) and is_damaged(cause):  # named by its path: the user's file
                raise storage_error(cause, url) from cause
            raise
    except BaseException:
        db.dispose()
        raise
    settings = OfficeSettingsService(db)
    return Services(
        db=db,
        actor=actor,
        users=users,
        settings=settings,
        persons=PersonService(db),
        audit=AuditService(db),
        deadlines=DeadlineService(settings),
        agenda=AgendaService(
            [
                ClosureDays(settings),
                TicketAgenda(db),
                CaseAgenda(db, settings),
                IncidentAgenda(db, settings),
                RetentionAgenda(db),
            ]
        ),
        tickets=TicketService(db, settings),
        ticket_import=TicketImportService(db, settings),
        cases=CaseService(db, settings),
        incidents=IncidentService(db, settings),
        retention=RetentionService(db, settings),
        upgrade=result,
    )
