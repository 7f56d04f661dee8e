"""The notice to the persons affected by a breach (APPI Art. 26(2); Rules Art. 10): a letter from the
company with the items the Rule names (Art. 8(1) (i) summary, (ii) the data items, (iv) the cause,
(v) secondary damage, (ix) other matters) and the desk's contact, in Japanese or English.

`notice_letter` writes the words once; the A4 letter (`render_incident_notice`, on reports/base.py) and
the body of each mail-merge row (services/incidents/report.py) are both drawn from it. A fact not known
yet reads "still under investigation" in a letter to customers rather than the report's 未確定.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Paragraph, Spacer

from privacy_desk.reports.base import (
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    A4Document,
    Translate,
    shipped_catalogue,
)
from privacy_desk.reports.fonts import ReportFonts, report_fonts
from privacy_desk.reports.incident_data import IncidentReportData, Writer


@dataclass(frozen=True)
class NoticeLetter:
    subject: str
    salutation: str
    opening: str
    items: tuple[tuple[str, str], ...]  # (heading, text), numbered
    closing: str
    contact: str
    dated: str
    sender: tuple[str, ...]  # the company's name, its representative

    def as_text(self) -> str:
        """The letter as an e-mail body."""
        parts = [self.salutation, "", self.opening, ""]
        for heading, text in self.items:
            parts += [heading, text, ""]
        parts += [self.closing, self.contact, "", self.dated, *self.sender]
        return "\n".join(parts).rstrip() + "\n"


def notice_letter(
    data: IncidentReportData, translate: Translate, lang: str, *, name: str = "", dated: date | None = None
) -> NoticeLetter:
    """The letter to one person (`name`) or, without a name, to all of them."""
    translate, w, r = translate, Writer(data, translate, lang), data.reporter
    pending = translate(
        "IncidentNotice", "This is still under investigation; we will inform you as soon as it is known."
    )

    def known(text: str) -> str:
        return text.strip() or pending

    headings = (
        translate("IncidentNotice", "Summary"),
        translate("IncidentNotice", "Items of your personal data concerned"),
        translate("IncidentNotice", "Cause"),
        translate("IncidentNotice", "Whether there is or may be secondary damage, and its nature"),
        translate("IncidentNotice", "Other matters"),
    )
    other = "\n".join(p for p in (data.response_to_persons.strip(), data.other.strip()) if p)
    texts = (known(data.summary), known(data.data_items), known(data.cause), known(data.secondary_damage))
    items = tuple(
        (f"{number}. {heading}", text)
        for number, (heading, text) in enumerate(zip(headings, (*texts, known(other)), strict=True), start=1)
    )
    company = r.name or translate("IncidentNotice", "our company")
    salutation = (
        translate("IncidentNotice", "Dear {name},").format(name=name)
        if name
        else translate("IncidentNotice", "Dear customer,")
    )
    return NoticeLetter(
        subject=translate(
            "IncidentNotice", "Notice and apology concerning the leak of personal data ({ref})"
        ).format(ref=data.ref),
        salutation=salutation,
        opening=translate(
            "IncidentNotice",
            "We regret to inform you that personal data about you held by {company} has been, or may have "
            "been, leaked, lost or damaged. We sincerely apologise for the concern and inconvenience this "
            "causes. As required by Article 26(2) of the Act on the Protection of Personal Information, we "
            "set out the details below.",
        ).format(company=company),
        items=items,
        closing=translate("IncidentNotice", "For any question about this matter, please contact us:"),
        contact=r.contact.strip() or w.not_determined,
        dated=w.day(dated) if dated is not None else w.day((data.printed_at or datetime.now(UTC)).date()),
        sender=tuple(p for p in (r.name, r.representative) if p),
    )


def render_incident_notice(
    data: IncidentReportData,
    out: str | os.PathLike | BinaryIO,
    *,
    lang: str,
    translate: Translate | None = None,
) -> None:
    """Write the notice letter's PDF to `out` in `lang` ("ja" or "en")."""
    notice = IncidentNotice(data, lang, translate or shipped_catalogue(lang), report_fonts())
    notice.build(out, subject=notice.letter.subject)


class IncidentNotice(A4Document):
    def __init__(self, data: IncidentReportData, lang: str, translate: Translate, fonts: ReportFonts) -> None:
        printed_at = data.printed_at or datetime.now(UTC)
        super().__init__(lang, translate, fonts, office_tz=data.office_tz, printed_at=printed_at)
        self.data = data
        self.letter = notice_letter(data, translate, lang, dated=printed_at.astimezone(data.office_tz).date())

    def document_title(self) -> str:
        return self.letter.subject

    def draw_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """A letter to customers: the company and the reference at the top, no "confidential" stamp
        (the page number "n / N" is still drawn by the base's canvas)."""
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(self.fonts.regular, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 14.3 * mm, self.header_text())
        canvas.restoreState()

    def header_text(self) -> str:
        return " ".join(p for p in (self.data.reporter.name, self.data.ref) if p)

    def story(self) -> list[Flowable]:
        letter = self.letter
        right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT, wordWrap="CJK")
        subject = ParagraphStyle("subject", parent=self.title, fontSize=13, leading=18, alignment=1)
        item_heading = ParagraphStyle("item", parent=self.body, fontName=self.fonts.bold, wordWrap="CJK")
        story: list[Flowable] = [
            Paragraph(escape(letter.dated), right),
            Spacer(0, 4 * mm),
            self.para(letter.salutation),
            Spacer(0, 4 * mm),
            Paragraph(escape(letter.subject), subject),
            Spacer(0, 5 * mm),
            self.para(letter.opening),
            Spacer(0, 5 * mm),
        ]
        for heading, text in letter.items:
            story.append(
                KeepTogether([Paragraph(escape(heading), item_heading), Spacer(0, 1 * mm), self.para(text)])
            )
            story.append(Spacer(0, 3.5 * mm))
        story += [Spacer(0, 2 * mm), self.para(letter.closing), Spacer(0, 1 * mm), self.para(letter.contact)]
        story += [Spacer(0, 8 * mm), *[Paragraph(escape(line), right) for line in letter.sender]]
        return story
