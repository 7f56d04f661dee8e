"""The preliminary (速報) and final (確報) report of a personal-data breach on A4 (APPI Art. 26(1);
Rules Art. 8): the report's kind and destination, the company as the reporter, the dates, the Rule
Art. 7 assessment and the deadlines, then the nine items of Rules Art. 8(1), and the timeline as an
annex (a correction refers to the entry it corrects).

Drawn on the shared A4 form (`reports/base.py`: seal boxes, the confidential mark, the embedded font,
"n / N"); the words come from `reports/incident_data.py`, which the plain-text export uses too.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from privacy_desk.domain.incidents import ReportKind
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
from privacy_desk.reports.incident_data import Entry, IncidentReportData, Section, Writer

LABEL_WIDTH = 52 * mm


def render_incident_report(
    data: IncidentReportData,
    kind: ReportKind,
    out: str | os.PathLike | BinaryIO,
    *,
    lang: str,
    translate: Translate | None = None,
) -> None:
    """Write the report's PDF to `out` (a path or a binary file object) in `lang` ("ja" or "en")."""
    report = IncidentReport(data, kind, lang, translate or shipped_catalogue(lang), report_fonts())
    report.build(out, subject=report.writer.report_title(kind))


class IncidentReport(A4Document):
    def __init__(
        self, data: IncidentReportData, kind: ReportKind, lang: str, translate: Translate, fonts: ReportFonts
    ) -> None:
        super().__init__(
            lang, translate, fonts, office_tz=data.office_tz, printed_at=data.printed_at or datetime.now(UTC)
        )
        self.data, self.kind = data, kind
        self.writer = Writer(data, translate, lang)

    def document_title(self) -> str:
        return f"{self.writer.report_title(self.kind)} {self.data.ref}"

    def header_text(self) -> str:
        return self.writer.report_title(self.kind) + "\u3000" + self.data.ref

    def story(self) -> list[Flowable]:
        w = self.writer
        story: list[Flowable] = [self.top(), Spacer(0, 4 * mm)]
        sections = [*w.front_sections(self.kind), w.assessment_section(), w.deadlines_section(), *w.items()]
        for section in sections:
            # A section may run on to the next page, but never leaves its heading alone at the foot.
            story += [CondPageBreak(28 * mm), *self.section_table(section), Spacer(0, 3 * mm)]
        story += self.annex()
        return story

    def top(self) -> Table:
        w, d = self.writer, self.data
        title_block = [
            Paragraph(escape(w.report_title(self.kind)), self.title),
            Spacer(0, 2 * mm),
            Paragraph(
                escape(self.translate("IncidentReport", "Reference: {ref}").format(ref=d.ref)),
                ParagraphStyle("ref", parent=self.body, fontSize=11, leading=15),
            ),
            self.para(w.scope_note(self.kind), self.small),
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

    def section_table(self, section: Section) -> list[Flowable]:
        return [self.section(section.heading), self.entries_table(section.entries)]

    def entries_table(self, entries: Sequence[Entry]) -> Table:
        """Label and value in two ruled columns; an entry without a label spans both."""
        rows: list[list[object]] = []
        style: list[tuple[Any, ...]] = [  # reportlab's table commands
            ("FONT", (0, 0), (-1, -1), self.fonts.regular, 9),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BOX", (0, 0), (-1, -1), 1, INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        for index, entry in enumerate(entries):
            value = self.para(entry.value, alert=entry.unknown)
            if entry.label:
                rows.append([self.para(entry.label, self.label), value])
                style.append(("BACKGROUND", (0, index), (0, index), LABEL_FILL))
            else:
                rows.append([value, ""])
                style.append(("SPAN", (0, index), (1, index)))
        return Table(rows, colWidths=[LABEL_WIDTH, CONTENT_WIDTH - LABEL_WIDTH], style=TableStyle(style))

    def annex(self) -> list[Flowable]:
        translate, w = self.translate, self.writer
        header: list[object] = [
            self.para(translate("IncidentReport", "No.", "timeline column: entry number"), self.label),
            self.para(translate("IncidentReport", "Date and time"), self.label),
            self.para(translate("IncidentReport", "Kind"), self.label),
            self.para(translate("IncidentReport", "Recorded by"), self.label),
            self.para(translate("IncidentReport", "Entry"), self.label),
        ]
        rows: list[list[object]] = [header]
        for row in sorted(self.data.timeline, key=lambda r: (_aware(r.at), r.id)):
            rows.append(
                [
                    f"#{row.id}",
                    self.para(w.when(row.at), self.small),
                    self.para(translate("TimelineKind", row.kind.label), self.small),
                    self.para(row.recorded_by, self.small),
                    self.para(w.timeline_text(row), self.small),
                ]
            )
        if len(rows) == 1:
            rows.append(
                ["", "", "", "", self.para(translate("IncidentReport", "No entries yet."), self.small)]
            )
        style: list[tuple[Any, ...]] = [  # reportlab's table commands
            ("FONT", (0, 0), (-1, -1), self.fonts.regular, 8),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BOX", (0, 0), (-1, -1), 1, INK),
            ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
            ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
        ]
        widths = [13 * mm, 34 * mm, 18 * mm, 27 * mm, CONTENT_WIDTH - 92 * mm]
        table = Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(style))
        caption = self.para(
            translate(
                "IncidentReport",
                "Times are in the office time zone ({zone}). The timeline is append-only: a "
                "correction is a new entry naming the one it corrects.",
            ).format(zone=str(self.data.office_tz)),
            self.kana,
        )
        return [
            PageBreak(),
            self.section(translate("IncidentReport", "Annex: timeline")),
            table,
            Spacer(0, 1.5 * mm),
            caption,
        ]


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
