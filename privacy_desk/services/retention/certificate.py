"""The disposal certificate of a holding (消去証明書): its record turned into the report's plain data and
drawn by `reports/disposal_certificate.py` (the retention service's `write_certificate` delegates here).

A holding not yet disposed of has no certificate: asking for one is a translated InvalidInput.
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Protocol
from zoneinfo import ZoneInfo

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput
from privacy_desk.services.retention.records import DisposedUnder, HoldingFilter, HoldingRow, RuleRecord


class _CertificateSource(Protocol):
    """What the self-test's sample needs of the retention service."""

    def holdings(self, filter: HoldingFilter, *, as_of: date) -> list[HoldingRow]: ...
    def write_certificate(
        self, holding_id: int, out: str | os.PathLike[str] | BinaryIO, lang: str
    ) -> None: ...


def write_certificate(
    holding: HoldingRow,
    out: str | os.PathLike[str] | BinaryIO,
    *,
    lang: str,
    office_tz: ZoneInfo,
    company: str,
    rule: RuleRecord | None = None,
    printed_at: datetime | None = None,
) -> None:
    """Write the certificate PDF of a disposed `holding` to `out` in `lang` ("ja" or "en"). A disposal
    read from the register states the category, rule and company it was disposed under (its
    `register`), whatever the register says now; `company` and `rule` (default: the holding's `rule`)
    serve only a record made without that copy (the self-test's sample, the report's tests)."""
    from privacy_desk.reports.disposal_certificate import (
        CertificateData,
        EvidenceData,
        render_disposal_certificate,
    )

    disposal = holding.disposal
    if disposal is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{ref} has not been disposed of: there is no certificate yet."),
            ref=holding.ref,
        )
    rule = rule if rule is not None else holding.rule
    under = disposal.register or DisposedUnder(
        holding.category,
        holding.category_en,
        holding.systems,
        holding.owner,
        company,
        rule.period if rule is not None else None,
        rule.trigger if rule is not None else None,
        rule.legal_basis if rule is not None else "",
    )
    data = CertificateData(
        certificate_no=disposal.certificate_no,
        holding_ref=holding.ref,
        company=under.company,
        # A seeded category has an English name too; a category a user added is shown as typed.
        category=under.category_en if lang != "ja" and under.category_en else under.category,
        name=holding.name,
        quantity=holding.quantity,
        location=holding.location,
        systems=under.systems,
        owner=under.owner,
        trigger_on=holding.trigger_on,
        method=disposal.method,
        disposed_on=disposal.disposed_on,
        disposed_by=disposal.disposed_by,
        approved_by=disposal.approved_by,
        note=disposal.note,
        period=under.period,
        trigger=under.trigger,
        legal_basis=under.legal_basis,
        expires_on=holding.expires_on,
        delete_from=holding.delete_from,
        evidence=tuple(EvidenceData(e.filename, e.size, e.sha256) for e in disposal.evidence),
        office_tz=office_tz,
        printed_at=printed_at,
    )
    render_disposal_certificate(data, out, lang=lang)


def render_sample(retention: _CertificateSource, lang: str, folder: Path, *, as_of: date) -> Path:
    """For the self-test: the certificate of the first disposed holding (the demo has some), written to
    `folder`; a database with none gets the certificate of a sample holding, so the self-test still
    proves the report renders in both languages."""
    from privacy_desk.domain.retention import HoldingStatus

    disposed = retention.holdings(HoldingFilter(statuses=frozenset({HoldingStatus.DISPOSED})), as_of=as_of)
    if not disposed:
        path = Path(folder) / f"DSP-SAMPLE-{lang}.pdf"
        write_certificate(
            _sample(as_of), path, lang=lang, office_tz=ZoneInfo("Asia/Tokyo"), company="Privacy Desk"
        )
        return path
    holding = disposed[0]
    assert holding.disposal is not None  # the filter asked for disposed holdings
    path = Path(folder) / f"{holding.disposal.certificate_no}-{lang}.pdf"
    retention.write_certificate(holding.id, path, lang)
    return path


def _sample(as_of: date) -> HoldingRow:
    from datetime import timedelta

    from privacy_desk.domain.retention import DisposalMethod, HoldingStatus, Period, PeriodUnit, TriggerEvent
    from privacy_desk.services.retention.records import DisposalRecord, EvidenceFile

    rule = RuleRecord(0, 0, Period(1, PeriodUnit.YEARS), TriggerEvent.COLLECTION, "Sample")
    disposal = DisposalRecord(
        DisposalMethod.DELETED,
        as_of,
        "Sample",
        "Sample",
        "",
        (EvidenceFile("sample.txt", 0, "0" * 64),),
        "DSP-SAMPLE",
    )
    trigger = as_of - timedelta(days=400)
    return HoldingRow(
        0,
        "RET-SAMPLE",
        "Sample",
        0,
        "Sample",
        "",
        "",
        "",
        "",
        trigger,
        None,
        None,
        HoldingStatus.DISPOSED,
        None,
        disposal,
        1,
        rule=rule,
    )
