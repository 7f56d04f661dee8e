"""The incident reports from an incident's record (IncidentService delegates here): the preliminary and
final report PDF (Rules Art. 8), its plain text for the PPC's online form, the notice to the persons
affected (Rules Art. 10) as a PDF letter and as a mail-merge CSV. Always in the language asked for,
not the GUI's.

The mail-merge CSV is UTF-8 with a byte-order mark (Excel on Japanese Windows reads a CSV without one
as Shift_JIS) and has one row per person known from the incident's linked tickets, or a single row
addressed to all when none is known. Its columns, the merge fields:

    name     the person's name as their ticket has it ("" in the row addressed to all)
    email    their e-mail address ("" when not known)
    ticket   the reference of the ticket they wrote from ("" in the row addressed to all)
    subject  the notice's subject line
    body     the notice's whole text, addressed to that person
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO
from zoneinfo import ZoneInfo

from privacy_desk.domain.incidents import ReportKind
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.reports.incident_data import (
    Filing,
    IncidentReportData,
    NoticeSent,
    Reporter,
    TimelineRow,
    Writer,
    plain_text,
)
from privacy_desk.services.core.spreadsheet import safe_cell
from privacy_desk.services.incidents.records import IncidentDetail

if TYPE_CHECKING:
    from privacy_desk.services.incidents.service import IncidentService

Translate = Callable[..., str]
REPORT_LANGUAGES = ("ja", "en")
CSV_COLUMNS = ("name", "email", "ticket", "subject", "body")
Out = str | os.PathLike[str] | BinaryIO


def _catalogue(lang: str) -> Translate:
    if lang not in REPORT_LANGUAGES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Unknown language {value}; use one of: {choices}"),
            value=lang,
            choices=", ".join(REPORT_LANGUAGES),
        )
    from privacy_desk.i18n.qt import catalogue  # QtCore only, as the CLI uses it

    return catalogue(lang)


def report_data(
    detail: IncidentDetail, *, office_tz: ZoneInfo, printed_at: datetime | None = None
) -> IncidentReportData:
    """What the reports show, from the record the service read."""
    facts, reporter = detail.facts, detail.reporter
    return IncidentReportData(
        ref=detail.ref,
        title=facts.title,
        kind=facts.kind,
        suspected=facts.suspected,
        aware_at=facts.aware_at,
        assessment=detail.assessment,
        reportability=detail.reportability,
        deadlines=detail.deadlines,
        destination=facts.destination,
        destination_name=facts.destination_name,
        occurred_at=facts.occurred_at,
        discovered_at=facts.discovered_at,
        reported_by=facts.reported_by,
        summary=facts.summary,
        data_items=facts.data_items,
        cause=facts.cause,
        secondary_damage=facts.secondary_damage,
        response_to_persons=facts.response_to_persons,
        public_announcement=facts.public_announcement,
        prevention=facts.prevention,
        other=facts.other,
        systems=facts.systems,
        contractors=facts.contractors,
        as_contractor=facts.as_contractor,
        commissioning_company=facts.commissioning_company,
        reporter=Reporter(reporter.name, reporter.address, reporter.representative, reporter.contact)
        if reporter is not None
        else Reporter(),
        filed=tuple(Filing(f.kind, f.filed_on, f.receipt_number, f.filed_by) for f in detail.filed),
        notices=tuple(
            NoticeSent(n.method, n.sent_on, n.planned, n.reached, n.unreachable, n.note)
            for n in detail.notices
        ),
        timeline=tuple(
            TimelineRow(e.id, e.kind, e.at, e.recorded_by, e.text, e.corrects_id, e.corrected_by_id)
            for e in detail.timeline
        ),
        office_tz=office_tz,
        printed_at=printed_at or datetime.now(UTC),
    )


def write_report(
    detail: IncidentDetail, kind: ReportKind, out: Out, *, lang: str, office_tz: ZoneInfo
) -> None:
    """The preliminary or final report's PDF; a path is written whole or not at all."""
    translate = _catalogue(lang)
    from privacy_desk.reports.incident_report import render_incident_report  # reportlab on first use

    data = report_data(detail, office_tz=office_tz)
    _write(out, lambda target: render_incident_report(data, kind, target, lang=lang, translate=translate))


def report_text(detail: IncidentDetail, kind: ReportKind, *, lang: str, office_tz: ZoneInfo) -> str:
    """The same sections as the PDF as headings and text, to paste into the PPC's online form."""
    translate = _catalogue(lang)
    writer = Writer(report_data(detail, office_tz=office_tz), translate, lang)
    return plain_text(
        writer.report_title(kind), writer.scope_note(kind), writer.all_sections(kind), lang=lang
    )


def write_notice(detail: IncidentDetail, out: Out, *, lang: str, office_tz: ZoneInfo) -> None:
    """The notice letter to the persons affected, addressed to all of them, as a PDF."""
    translate = _catalogue(lang)
    from privacy_desk.reports.incident_notice import render_incident_notice

    data = report_data(detail, office_tz=office_tz)
    _write(out, lambda target: render_incident_notice(data, target, lang=lang, translate=translate))


def write_notice_csv(detail: IncidentDetail, out: Out, *, lang: str, office_tz: ZoneInfo) -> None:
    """The mail-merge CSV (columns in the module docstring), UTF-8 with a BOM."""
    translate = _catalogue(lang)
    from privacy_desk.reports.incident_notice import notice_letter

    data = report_data(detail, office_tz=office_tz)
    dated = (data.printed_at or datetime.now(UTC)).astimezone(office_tz).date()
    text = io.StringIO(newline="")
    rows = csv.writer(text, lineterminator="\r\n")  # Excel's own line ends
    rows.writerow(CSV_COLUMNS)
    recipients = _recipients(detail) or [("", "", "")]
    for name, email, ticket in recipients:
        letter = notice_letter(data, translate, lang, name=name, dated=dated)
        rows.writerow([safe_cell(cell) for cell in (name, email, ticket, letter.subject, letter.as_text())])
    payload = text.getvalue().encode("utf-8-sig")
    _write(out, lambda target: _put(target, payload))


def _recipients(detail: IncidentDetail) -> list[tuple[str, str, str]]:
    """The persons the linked tickets name, each address once."""
    seen: set[str] = set()
    result: list[tuple[str, str, str]] = []
    for ticket in detail.tickets:
        name, email = ticket.from_name, ticket.from_address
        key = email.lower() or name
        if not key or key in seen:
            continue
        seen.add(key)
        result.append((name, email, ticket.ref))
    return result


def _put(target: str | BinaryIO, payload: bytes) -> None:
    if isinstance(target, str):
        Path(target).write_bytes(payload)
    else:
        target.write(payload)


def _write(out: Out, render: Callable[[str | BinaryIO], None]) -> None:
    """Render to a file object as is, or to a path through a temporary file renamed at the end."""
    if not isinstance(out, str | os.PathLike):
        render(out)
        return
    path = Path(out)
    partial = path.with_name(path.name + ".part")
    try:
        render(str(partial))
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from exc


def render_samples(incidents: IncidentService, lang: str, folder: Path) -> list[Path]:
    """For the self-test: both reports, their text, the notice and its CSV of the incident with the
    longest timeline (in the demo, the overdue malicious access), written to `folder` through the
    service as the GUI and the CLI ask for them."""
    rows = incidents.list()
    if not rows:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "There is no incident to report on."))
    detail = max((incidents.detail(row.id) for row in rows), key=lambda d: (len(d.timeline), -d.id))
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"{detail.ref}-{lang}"
    written: list[Path] = []
    for kind in ReportKind:
        pdf, text = (
            stem.with_name(f"{stem.name}-{kind.value}.pdf"),
            stem.with_name(f"{stem.name}-{kind.value}.txt"),
        )
        incidents.write_report(detail.id, kind, pdf, lang)
        text.write_text(incidents.report_text(detail.id, kind, lang), encoding="utf-8")
        written += [pdf, text]
    notice, merge = stem.with_name(f"{stem.name}-notice.pdf"), stem.with_name(f"{stem.name}-notice.csv")
    incidents.write_notice(detail.id, notice, lang)
    incidents.write_notice_csv(detail.id, merge, lang)
    return [*written, notice, merge]
