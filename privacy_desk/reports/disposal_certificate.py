"""The certificate of disposal (消去証明書): the proof that a holding of personal data was deleted,
shredded, anonymised or returned once its retention period ended (issue #12; docs/ARCHITECTURE.md §4,
Retention periods).

Drawn on the shared A4 form (`reports/base.py`): seal boxes, ruled grids, the confidential mark and
"n / N" come from there. The certificate states what was held (category, name, quantity, where), the rule
that kept it (period, trigger, legal basis, the last day kept and the first day of deletion), how and
when it was disposed of, by whom, who approved it (a manager), and the evidence files with their SHA-256
digests, so a later reader can check that the files filed with it are the ones recorded. Every label is
a literal `translate("DisposalCertificate", ...)` call so lupdate finds it; the language is a parameter.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import BinaryIO
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from privacy_desk.domain.retention import DisposalMethod, Period, PeriodUnit, TriggerEvent
from privacy_desk.i18n.formatting import DASH, OFFICE_TIMEZONE, format_number
from privacy_desk.reports.base import (
    CONTENT_WIDTH,
    INK,
    LABEL_FILL,
    RULE,
    STRIPE,
    A4Document,
    Translate,
    shipped_catalogue,
)
from privacy_desk.reports.fonts import ReportFonts, report_fonts

CONTEXT = "DisposalCertificate"


@dataclass(frozen=True)
class EvidenceData:
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class CertificateData:
    """What the certificate says; the retention service fills it from a disposed holding."""

    certificate_no: str  # DSP-2026-0001
    holding_ref: str  # RET-2026-0001
    company: str
    category: str
    name: str
    quantity: str
    location: str
    systems: str
    owner: str
    trigger_on: date
    method: DisposalMethod
    disposed_on: date
    disposed_by: str
    approved_by: str
    note: str = ""
    period: Period | None = None  # None when the category had no rule
    trigger: TriggerEvent | None = None
    legal_basis: str = ""
    expires_on: date | None = None
    delete_from: date | None = None
    evidence: tuple[EvidenceData, ...] = ()
    office_tz: ZoneInfo = field(default_factory=lambda: ZoneInfo(OFFICE_TIMEZONE))
    printed_at: datetime | None = None  # now when None


def render_disposal_certificate(
    data: CertificateData, out: str | os.PathLike | BinaryIO, *, lang: str, translate: Translate | None = None
) -> None:
    """Write the PDF to `out` (a path or a binary file object) in `lang` ("ja" or "en")."""
    report = _Certificate(data, lang, translate or shipped_catalogue(lang), report_fonts())
    report.build(out, subject=report.translate("DisposalCertificate", "Certificate of disposal"))


def period_text(period: Period, translate: Translate) -> str:
    """ "7 years", "6 months", "2 weeks", "90 days" (7年, 6か月 …) in the report's language."""
    count = period.count  # a plain name: lupdate skips a call whose count is an expression
    if period.unit is PeriodUnit.YEARS:
        return translate("DisposalCertificate", "%n year(s)", None, count)
    if period.unit is PeriodUnit.MONTHS:
        return translate("DisposalCertificate", "%n month(s)", None, count)
    if period.unit is PeriodUnit.WEEKS:
        return translate("DisposalCertificate", "%n week(s)", None, count)
    return translate("DisposalCertificate", "%n day(s)", None, count)


class _Certificate(A4Document):
    def __init__(self, data: CertificateData, lang: str, translate: Translate, fonts: ReportFonts) -> None:
        super().__init__(
            lang, translate, fonts, office_tz=data.office_tz, printed_at=data.printed_at or datetime.now(UTC)
        )
        self.data = data

    def document_title(self) -> str:
        return self.translate("DisposalCertificate", "Certificate of disposal {number}").format(
            number=self.data.certificate_no
        )

    def header_text(self) -> str:
        return (
            self.translate("DisposalCertificate", "Certificate of disposal")
            + "\u3000"
            + self.data.certificate_no
        )

    def story(self) -> list[Flowable]:
        return [
            self._top(),
            Spacer(0, 5 * mm),
            self.para(
                self.translate(
                    "DisposalCertificate",
                    "{company} certifies that the personal data described below was disposed of as stated, "
                    "its retention period having ended.",
                ).format(company=self.data.company or DASH)
            ),
            Spacer(0, 4 * mm),
            KeepTogether(self._holding_section()),
            Spacer(0, 4 * mm),
            KeepTogether(self._rule_section()),
            Spacer(0, 4 * mm),
            KeepTogether(self._disposal_section()),
            Spacer(0, 4 * mm),
            *self._evidence_section(),
        ]

    def _top(self) -> Table:
        translate, d = self.translate, self.data
        title_block = [
            Paragraph(escape(translate("DisposalCertificate", "Certificate of disposal")), self.title),
            Spacer(0, 2 * mm),
            Paragraph(
                escape(
                    translate("DisposalCertificate", "Certificate No. {number}").format(
                        number=d.certificate_no
                    )
                ),
                ParagraphStyle("number", parent=self.body, fontSize=11, leading=15),
            ),
            Paragraph(escape(self.printed_line()), self.subtitle),
        ]
        return Table(
            [[title_block, self.seal_boxes()]],
            colWidths=[CONTENT_WIDTH - 57 * mm, 57 * mm],
            style=TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.fonts.regular, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ]
            ),
        )

    def _holding_section(self) -> list[Flowable]:
        translate, d = self.translate, self.data
        rows: list[list[object]] = [
            [
                translate("DisposalCertificate", "Holding"),
                d.name,
                translate("DisposalCertificate", "Reference"),
                d.holding_ref,
            ],
            [translate("DisposalCertificate", "Data category"), d.category, "", ""],
            [
                translate("DisposalCertificate", "Quantity"),
                d.quantity or DASH,
                translate("DisposalCertificate", "Owner"),
                d.owner or DASH,
            ],
            [translate("DisposalCertificate", "Location"), d.location or DASH, "", ""],
            [translate("DisposalCertificate", "Systems or places"), d.systems or DASH, "", ""],
        ]
        return [
            self.section(translate("DisposalCertificate", "1. Personal data disposed of")),
            self.grid(rows, spans=[1, 3, 4]),
        ]

    def _rule_section(self) -> list[Flowable]:
        translate, d = self.translate, self.data
        period = period_text(d.period, translate) if d.period is not None else DASH
        trigger = translate("TriggerEvent", d.trigger.label) if d.trigger is not None else DASH
        rows: list[list[object]] = [
            [
                translate("DisposalCertificate", "Retention period"),
                period,
                translate("DisposalCertificate", "Counted from"),
                trigger,
            ],
            [
                translate("DisposalCertificate", "Trigger date"),
                self.fmt_date(d.trigger_on, weekday=True),
                "",
                "",
            ],
            [translate("DisposalCertificate", "Legal basis"), d.legal_basis or DASH, "", ""],
            [
                translate("DisposalCertificate", "Kept until (Civil Code Art. 140, 143)"),
                self.fmt_date(d.expires_on, weekday=True),
                "",
                "",
            ],
            [
                translate("DisposalCertificate", "Deletion due from"),
                self.fmt_date(d.delete_from, weekday=True),
                "",
                "",
            ],
        ]
        return [
            self.section(translate("DisposalCertificate", "2. Retention rule")),
            self.grid(rows, spans=[1, 2, 3, 4]),
        ]

    def _disposal_section(self) -> list[Flowable]:
        translate, d = self.translate, self.data
        rows: list[list[object]] = [
            [
                translate("DisposalCertificate", "Method"),
                translate("DisposalMethod", d.method.label),
                translate("DisposalCertificate", "Disposed on"),
                self.fmt_date(d.disposed_on, weekday=True),
            ],
            [
                translate("DisposalCertificate", "Disposed by"),
                d.disposed_by or DASH,
                translate("DisposalCertificate", "Approved by (manager)"),
                d.approved_by or DASH,
            ],
        ]
        spans = []
        if d.note:
            rows.append([translate("DisposalCertificate", "Note"), d.note, "", ""])
            spans.append(len(rows) - 1)
        return [self.section(translate("DisposalCertificate", "3. Disposal")), self.grid(rows, spans=spans)]

    def _evidence_section(self) -> list[Flowable]:
        translate = self.translate
        heading = self.section(translate("DisposalCertificate", "4. Evidence"))
        if not self.data.evidence:
            return [
                heading,
                self.grid(
                    [
                        [
                            translate("DisposalCertificate", "Files"),
                            translate("DisposalCertificate", "None attached"),
                            "",
                            "",
                        ]
                    ],
                    spans=[0],
                ),
            ]
        header = [
            self.para(translate("DisposalCertificate", "File"), self.label),
            self.para(translate("DisposalCertificate", "Size (bytes)"), self.label),
            self.para(translate("DisposalCertificate", "SHA-256"), self.label),
        ]
        # The digest in the embedded face: a standard PDF font (Courier) would not be embedded.
        mono = ParagraphStyle("digest", parent=self.small, fontSize=7, leading=9)  # 64 digits on one line
        rows = [header] + [
            [
                self.para(item.filename, self.small),
                self.para(format_number(item.size, self.lang), self.small),
                Paragraph(escape(item.sha256), mono),
            ]
            for item in self.data.evidence
        ]
        table = Table(rows, colWidths=[52 * mm, 20 * mm, CONTENT_WIDTH - 72 * mm], repeatRows=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.fonts.regular, 8),
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("BOX", (0, 0), (-1, -1), 1, INK),
                    ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                ]
            )
        )
        return [heading, table]
