"""The unit of work of a write (docs/ARCHITECTURE.md §6.4): the only writer of audit entries, the office
settings read once inside it, and the change and its audit entry committed or rolled back together."""

from __future__ import annotations

import ast
import re
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.factories import add_desk_users, make_case, make_person, make_ticket, today
from sqlalchemy import event, func, select
from ticket_mail import KEN, mail

from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Role
from privacy_desk.domain.tickets import TicketStatus
from privacy_desk.services.cases import CaseDetails, NewCase
from privacy_desk.services.core.writing import writing
from privacy_desk.services.persons import PersonData
from privacy_desk.services.tickets import CallLog
from privacy_desk.services.tickets import service as tickets_service
from privacy_desk.storage.models import AuditEntry, Person, Ticket

PACKAGE = Path(__file__).resolve().parents[2] / "privacy_desk"
CORE = PACKAGE / "services" / "core"
STORAGE = PACKAGE / "storage"  # where the table is defined and migrated


# -- only core writes audit entries ---------------------------------------------------------------


def audit_writes(source: str) -> list[str]:
    """What in `source` (a module outside services/core) could write audit entries: the model or its
    table by name, or a private name of services/core (its low-level insert)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and node.id == "AuditEntry":
            found.append(f"line {node.lineno}: AuditEntry")
        elif isinstance(node, ast.Constant) and node.value == "audit_entries":
            found.append(f"line {node.lineno}: the audit_entries table")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "privacy_desk.services.core"
        ):
            found.extend(
                f"line {node.lineno}: {node.module}.{alias.name}"
                for alias in node.names
                if alias.name.startswith("_") or alias.name == "AuditEntry"
            )
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("privacy_desk.storage"):
            found.extend(
                f"line {node.lineno}: {node.module}.AuditEntry" for a in node.names if a.name == "AuditEntry"
            )
    return found


def test_no_module_outside_services_core_writes_audit_entries():
    outside = [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if not path.is_relative_to(CORE) and not path.is_relative_to(STORAGE)
    ]
    assert len(outside) > 100  # the whole package is looked at
    violations = [
        f"{path.relative_to(PACKAGE)} {what}"
        for path in outside
        for what in audit_writes(path.read_text(encoding="utf-8"))
    ]
    assert violations == []


def test_the_rule_sees_the_model_the_table_and_the_private_insert():
    source = (
        "from privacy_desk.storage.models import AuditEntry\n"
        "from privacy_desk.services.core.writing import _AUDIT_INSERT, writing\n"
        "def f(session):\n"
        "    session.execute(text('INSERT INTO ' + 'audit_entries'))\n"
    )
    assert len(audit_writes(source)) == 3
    assert audit_writes("from privacy_desk.services.core.writing import Work, writing\n") == []


def test_inside_core_only_the_unit_of_work_inserts_audit_entries():
    inserting = [
        path.name
        for path in sorted(CORE.rglob("*.py"))
        if re.search(r"AuditEntry\.__table__|insert\(\s*AuditEntry", path.read_text(encoding="utf-8"))
    ]
    assert inserting == ["writing.py"]


# -- the office settings: read once, in the write's own transaction -------------------------------

SETTINGS_READ = re.compile(r"\bFROM settings\b", re.IGNORECASE)
AUDIT_INSERT = re.compile(r"^\s*INSERT INTO audit_entries\b", re.IGNORECASE)


class Statements:
    """Every statement the engine runs, with the transaction it ran in."""

    def __init__(self, engine):
        self.seen: list[tuple[str, object]] = []
        self._engine = engine
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, conn, cursor, statement, parameters, context, executemany):
        self.seen.append((statement, conn.get_transaction()))

    def close(self):
        event.remove(self._engine, "before_cursor_execute", self._seen)

    def transactions_of(self, pattern: re.Pattern[str]) -> list[object]:
        return [transaction for statement, transaction in self.seen if pattern.search(statement)]


class Desk:
    """A person, a ticket and a case, made before the call that is watched."""

    def __init__(self, services, tmp_path: Path):
        self.s = services
        self.tmp_path = tmp_path
        self.clerk, _ = add_desk_users(services)
        self.person = make_person(services)
        self.ticket = make_ticket(services, "t1@example.jp").ticket_id
        self.other_ticket = make_ticket(services, "t2@example.jp").ticket_id
        self.case = make_case(services, self.person).row
        self.yesterday = today(services) - timedelta(days=1)

    def mail_file(self) -> list[str]:
        path = self.tmp_path / "new.eml"
        path.write_bytes(mail("n1@example.jp", KEN, "相談"))
        return [str(path)]


WRITES = {
    "tickets.set_status": lambda d: d.s.tickets.set_status(d.s.actor, d.ticket, TicketStatus.OPEN, version=1),
    "tickets.add_note": lambda d: d.s.tickets.add_note(d.s.actor, d.ticket, "メモ"),
    "tickets.log_call": lambda d: d.s.tickets.log_call(d.s.actor, CallLog("山田", "要件", "03-1234-5678")),
    "tickets.merge": lambda d: d.s.tickets.merge(d.s.actor, d.other_ticket, d.ticket),
    "ticket_import.import_raw": lambda d: d.s.ticket_import.import_raw(
        d.s.actor, mail("r1@example.jp", KEN, "質問"), "test"
    ),
    "ticket_import.import_paths": lambda d: d.s.ticket_import.import_paths(d.s.actor, d.mail_file()),
    "cases.create": lambda d: d.s.cases.create(
        d.s.actor, NewCase(RequestType.DISCLOSURE, d.person.id, d.yesterday, CaseDetails())
    ),
    "cases.create_from_ticket": lambda d: d.s.cases.create_from_ticket(
        d.s.actor, d.ticket, RequestType.DISCLOSURE
    ),
    "cases.add_attachment": lambda d: d.s.cases.add_attachment(
        d.s.actor, d.case.id, "申請書.txt", "text/plain", b"request", version=d.case.version
    ),
    "cases.add_note": lambda d: d.s.cases.add_note(d.s.actor, d.case.id, "メモ", version=d.case.version),
    "persons.update": lambda d: d.s.persons.update(
        d.s.actor, d.person.id, PersonData("山田 太郎", email="t@example.jp"), version=d.person.version
    ),
    "users.update": lambda d: d.s.users.update(
        d.s.actor, d.clerk.id, role=Role.MANAGER, version=d.clerk.version
    ),
}


@pytest.mark.parametrize("write", sorted(WRITES))
def test_a_write_reads_the_office_settings_once_in_its_own_transaction(services, tmp_path, write):
    desk = Desk(services, tmp_path)
    statements = Statements(services.db.engine)
    try:
        WRITES[write](desk)
    finally:
        statements.close()
    reads = statements.transactions_of(SETTINGS_READ)
    audited = statements.transactions_of(AUDIT_INSERT)
    assert len(reads) == 1
    assert audited and all(transaction is reads[0] for transaction in audited)


# -- the change and its audit entry go together ----------------------------------------------------


def audit_count(services) -> int:
    with services.db.transaction() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


class Broken(Exception):
    pass


def test_an_exception_in_a_unit_of_work_takes_back_the_change_and_its_audit_entry(services):
    person = make_person(services)
    entries = audit_count(services)
    with pytest.raises(Broken), writing(services.db, services.actor) as work:
        row = work.session.get_one(Person, person.id)
        row.name = "山田 次郎"
        work.session.flush()
        work.audit("person", person.id, "update", before={"name": "山田 太郎"}, after={"name": "山田 次郎"})
        raise Broken()
    assert services.persons.get(person.id).name == "山田 太郎"
    assert audit_count(services) == entries


def test_a_service_write_failing_after_its_audit_entry_leaves_neither(services, monkeypatch):
    ticket_id = make_ticket(services).ticket_id
    entries = audit_count(services)

    def broken(*args, **kwargs):  # the row read back after the change and its entry are written
        raise Broken()

    monkeypatch.setattr(tickets_service.tickets_queries, "rows_by_id", broken)
    with pytest.raises(Broken):
        services.tickets.set_status(services.actor, ticket_id, TicketStatus.OPEN)
    monkeypatch.undo()
    with services.db.transaction() as session:
        assert session.get_one(Ticket, ticket_id).status == TicketStatus.NEW
    assert audit_count(services) == entries


def test_the_write_that_succeeds_keeps_both(services):
    ticket_id = make_ticket(services).ticket_id
    entries = audit_count(services)
    services.tickets.set_status(services.actor, ticket_id, TicketStatus.OPEN)
    assert services.tickets.get(ticket_id).ticket.status == TicketStatus.OPEN
    assert audit_count(services) == entries + 1


def test_a_first_sign_in_is_audited_as_the_newcomer_and_a_known_user_writes_nothing(services):
    services.users.sign_in("newcomer", "新人")
    (entry,) = [e for e in services.audit.entries(entity="user") if e.after["login"] == "newcomer"]
    assert entry.actor_login == "newcomer"
    statements = Statements(services.db.engine)
    try:
        services.users.sign_in("newcomer")
    finally:
        statements.close()
    written = [s for s, _ in statements.seen if s.split()[0].upper() not in ("SELECT", "BEGIN")]
    assert written == []
