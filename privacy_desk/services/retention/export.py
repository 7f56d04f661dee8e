"""The register out of the app: an iCalendar file of due and review dates for Outlook and Apple
Calendar, and the register as CSV (UTF-8 with a BOM, which Excel needs to read Japanese) or XLSX.

iCalendar (RFC 5545): one all-day VEVENT per due holding on its `delete_from` and one per open hold on
its review date. The UID is the holding's reference, the kind and the installation's own UID domain
(made once, `UID_DOMAIN_KEY`: never derived from an address that may change), so importing a newer
file updates the events instead of adding copies; SEQUENCE is the holding's version (a later change
is a higher one); DTSTAMP is when the file was written (RFC 5545 §3.8.7.2). An event that no longer
stands — the deletion of a holding since disposed of or held, the review of a hold since released —
is written as STATUS:CANCELLED under its UID (RFC 5546 §3.2.5), so a calendar that imported it drops
it. A file is written whole or not at all (a temporary file renamed at the end)."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.retention import HoldingStatus, Period
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.services.retention import queries
from privacy_desk.services.retention.records import HoldingFilter, HoldingRow
from privacy_desk.services.retention.store import RetentionPolicy, holding_rows
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import Blob, RetentionHold, RetentionHolding, Setting

Translate = Callable[..., str]
PRODID = "-//Privacy Desk//Retention//JA"
FALLBACK_DOMAIN = "privacy-desk.invalid"  # RFC 6761: a name that is nobody's
UID_DOMAIN_KEY = "retention_ics_uid_domain"  # the settings row of this installation's UID domain
CONTEXT = "RetentionExport"
_HEADERS = (
    QT_TRANSLATE_NOOP("RetentionExport", "Reference"),
    QT_TRANSLATE_NOOP("RetentionExport", "Holding"),
    QT_TRANSLATE_NOOP("RetentionExport", "Category"),
    QT_TRANSLATE_NOOP("RetentionExport", "Systems"),
    QT_TRANSLATE_NOOP("RetentionExport", "Owner"),
    QT_TRANSLATE_NOOP("RetentionExport", "Location"),
    QT_TRANSLATE_NOOP("RetentionExport", "Quantity"),
    QT_TRANSLATE_NOOP("RetentionExport", "Retention period"),
    QT_TRANSLATE_NOOP("RetentionExport", "Trigger event"),
    QT_TRANSLATE_NOOP("RetentionExport", "Legal basis"),
    QT_TRANSLATE_NOOP("RetentionExport", "Trigger day"),
    QT_TRANSLATE_NOOP("RetentionExport", "Kept until"),
    QT_TRANSLATE_NOOP("RetentionExport", "Delete from"),
    QT_TRANSLATE_NOOP("RetentionExport", "Status"),
    QT_TRANSLATE_NOOP("RetentionExport", "Hold"),
    QT_TRANSLATE_NOOP("RetentionExport", "Review on"),
    QT_TRANSLATE_NOOP("RetentionExport", "Disposed on"),
    QT_TRANSLATE_NOOP("RetentionExport", "Method"),
    QT_TRANSLATE_NOOP("RetentionExport", "Certificate"),
)
_DUE_SUMMARY = QT_TRANSLATE_NOOP("RetentionExport", "Delete: {name} ({ref})")
_REVIEW_SUMMARY = QT_TRANSLATE_NOOP("RetentionExport", "Review hold: {name} ({ref})")


def _catalogue(lang: str) -> Translate:
    from privacy_desk.i18n.qt import catalogue  # QtCore only, as the CLI uses it

    return catalogue(lang)


@contextmanager
def _whole_file(path: Path) -> Iterator[BinaryIO]:
    """A binary stream that becomes `path` when the block ends without an error, and nothing otherwise."""
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as stream:
            yield stream
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {reason}"),
            path=str(path),
            reason=exc.strerror,
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def uid_domain(session: Session) -> str:
    """The UIDs' right-hand side: this installation's, made once (migration 0012 writes it; a database
    without it gets it on its first export) and never changed, so every later export names the same
    events. A one-time identity of the installation, not a desk's change: not audited."""
    stored = session.get(Setting, UID_DOMAIN_KEY)
    if stored is not None and isinstance(stored.value, str) and stored.value:
        return stored.value
    domain = f"{uuid.uuid4().hex}.{FALLBACK_DOMAIN}"
    session.add(Setting(key=UID_DOMAIN_KEY, value=domain))
    session.flush()
    return domain


def event_uid(ref: str, kind: str, domain: str) -> str:
    """Stable across exports: the same holding and kind are the same event in the calendar."""
    return f"{ref.lower()}-{kind}@{domain}"


def write_ics(
    session: Session,
    path: Path,
    *,
    start: date | None,
    end: date | None,
    lang: str = "ja",
    policy: RetentionPolicy,
) -> int:
    """Due dates and hold reviews in [start, end] (None: without a bound); the number of events."""
    from icalendar import Calendar, Event

    today = policy.today()
    first, last = start or date.min, end or date.max
    everything = HoldingFilter()
    due = queries.due_between(session, first, last, everything, as_of=today, policy=policy)
    reviews = queries.reviews_between(session, first, last, everything, as_of=today, policy=policy)
    domain, stamp, translate = uid_domain(session), datetime.now(UTC), _catalogue(lang)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")  # RFC 5546: a calendar to subscribe to or import, no invitation
    calendar.add("x-wr-calname", translate("RetentionExport", "Personal data retention"))
    events: list[tuple[HoldingRow, str, date, str, bool]] = [
        (row, "delete", row.delete_from, _DUE_SUMMARY, False) for row in due if row.delete_from is not None
    ]
    events += [
        (row, "review", row.hold.review_on, _REVIEW_SUMMARY, False) for row in reviews if row.hold is not None
    ]
    events += _cancelled(session, first, last, {(row.id, kind) for row, kind, *_ in events}, policy)
    for row, kind, day, summary, cancelled in events:
        event = Event()
        event.add("uid", event_uid(row.ref, kind, domain))
        event.add("dtstamp", stamp)
        event.add("sequence", row.version)
        event.add("dtstart", day)  # a date: an all-day event
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", translate(CONTEXT, summary).format(name=row.name, ref=row.ref))
        event.add("description", _description(row, lang))
        event.add("categories", [_category(row, lang)])
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
        if cancelled:
            event.add("status", "CANCELLED")
        calendar.add_component(event)
    with _whole_file(path) as stream:
        stream.write(calendar.to_ical())
    return len(events)


def _cancelled(
    session: Session, first: date, last: date, standing: set[tuple[int, str]], policy: RetentionPolicy
) -> list[tuple[HoldingRow, str, date, str, bool]]:
    """The events of [first, last] that no longer stand: a deletion day of a holding not due any more
    (disposed of, or held), a review day of a hold released (and not replaced)."""
    deleted = session.scalars(
        select(RetentionHolding).where(RetentionHolding.delete_from.between(first, last))
    ).all()
    released = {
        holding_id: day
        for holding_id, day in session.execute(
            select(RetentionHold.holding_id, RetentionHold.review_on)
            .where(RetentionHold.released_on.is_not(None), RetentionHold.review_on.between(first, last))
            .order_by(RetentionHold.review_on)
        )
    }
    wanted = [h for h in deleted if (h.id, "delete") not in standing]
    reviewed = session.scalars(select(RetentionHolding).where(RetentionHolding.id.in_(released))).all()
    wanted += [h for h in reviewed if (h.id, "review") not in standing and h not in wanted]
    rows = {row.id: row for row in holding_rows(session, wanted, as_of=policy.today(), policy=policy)}
    events: list[tuple[HoldingRow, str, date, str, bool]] = []
    for row in rows.values():
        if (
            row.delete_from is not None
            and first <= row.delete_from <= last
            and (row.id, "delete") not in standing
        ):
            events.append((row, "delete", row.delete_from, _DUE_SUMMARY, True))
        if row.id in released and row.hold is None and (row.id, "review") not in standing:
            events.append((row, "review", released[row.id], _REVIEW_SUMMARY, True))
    return events


def _category(row: HoldingRow, lang: str) -> str:
    """A seeded category's English name in English; a category a user added as typed."""
    return row.category_en if lang == "en" and row.category_en else row.category


def _description(row: HoldingRow, lang: str) -> str:
    lines = [row.ref, _category(row, lang), row.quantity, row.location, row.systems, row.owner]
    if row.rule is not None:
        lines.append(row.rule.legal_basis)
    if row.hold is not None:
        lines.append(row.hold.note)
    return "\n".join(line for line in lines if line)


# -- the register as a table -----------------------------------------------------------------------


def period_text(period: Period, translate: Translate) -> str:
    """ "7 years", "6 months" (7年, 6か月): the certificate's wording, so both say a period alike."""
    from privacy_desk.reports.disposal_certificate import period_text as certificate_period

    return certificate_period(period, translate)


def register_table(session: Session, lang: str, *, policy: RetentionPolicy) -> list[list[str]]:
    """The header and one row per holding, in `lang`; dates in ISO 8601 (a spreadsheet sorts them)."""
    translate = _catalogue(lang)
    rows = queries.holdings(session, HoldingFilter(), as_of=policy.today(), policy=policy)
    table = [[translate(CONTEXT, header) for header in _HEADERS]]
    table += [_cells(row, lang, translate) for row in rows]
    return table


def _cells(row: HoldingRow, lang: str, translate: Translate) -> list[str]:
    rule, hold, disposal = row.rule, row.hold, row.disposal
    category = row.category_en if lang == "en" and row.category_en else row.category
    return [
        row.ref,
        row.name,
        category,
        row.systems,
        row.owner,
        row.location,
        row.quantity,
        period_text(rule.period, translate) if rule else "",
        translate("TriggerEvent", rule.trigger.label) if rule else "",
        rule.legal_basis if rule else "",
        row.trigger_on.isoformat(),
        row.expires_on.isoformat() if row.expires_on else "",
        row.delete_from.isoformat() if row.delete_from else "",
        translate("HoldingStatus", HoldingStatus(row.status).label),
        translate("HoldReason", hold.reason.label) if hold else "",
        hold.review_on.isoformat() if hold else "",
        disposal.disposed_on.isoformat() if disposal else "",
        translate("DisposalMethod", disposal.method.label) if disposal else "",
        disposal.certificate_no if disposal else "",
    ]


def _safe_cell(value: str) -> str:
    """A cell a spreadsheet would run as a formula (=, +, -, @ first) is written as text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def write_csv(session: Session, path: Path, lang: str, *, policy: RetentionPolicy) -> int:
    table = register_table(session, lang, policy=policy)
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerows([[_safe_cell(cell) for cell in row] for row in table])
    with _whole_file(path) as stream:
        stream.write(text.getvalue().encode("utf-8-sig"))
    return len(table) - 1


def write_xlsx(session: Session, path: Path, lang: str, *, policy: RetentionPolicy) -> int:
    from openpyxl import Workbook

    table = register_table(session, lang, policy=policy)
    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook has its first sheet
    translate = _catalogue(lang)
    sheet.title = translate("RetentionExport", "Register")
    for row in table:
        sheet.append([_safe_cell(cell) for cell in row])
    sheet.freeze_panes = "A2"
    _widths(sheet, table)
    with _whole_file(path) as stream:
        book.save(stream)
    return len(table) - 1


def _widths(sheet: object, table: Sequence[Sequence[str]]) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    for index in range(len(table[0])):
        longest = max(len(row[index]) for row in table)
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(60, max(8, longest * 1.6))


def blob_data(db: Database, sha256: str) -> bytes:
    with db.transaction() as session:
        data = session.scalar(select(Blob.data).where(Blob.sha256 == sha256))
    if data is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The stored file {sha256} is missing."), sha256=sha256)
    return data
