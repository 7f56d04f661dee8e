"""The A4 document every report is drawn on: a Japanese internal form.

Approval seal boxes (決裁欄, highest rank on the left), shaded label cells in ruled grids, a
"confidential" mark and the report's name on every page, and page numbers "n / N". A report subclasses
`A4Document`, names itself (`document_title`, `header_text`) and writes its `story()` from the building
blocks here. The language is a parameter, never the application's current one; every date goes through
`i18n/formatting.py` (和暦 in Japanese, as a Japanese form expects).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, tzinfo
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from privacy_desk.i18n.formatting import DASH, format_report_date, format_report_datetime
from privacy_desk.i18n.qt import catalogue
from privacy_desk.reports.fonts import ReportFonts

Translate = Callable[..., str]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#1A1A1A")
RULE = colors.HexColor("#4D4D4D")
LABEL_FILL = colors.HexColor("#ECEEF1")
HEADING = colors.HexColor("#1F3A5F")
STRIPE = colors.HexColor("#F6F7F9")
MUTED = colors.HexColor("#5F6368")
ALERT = colors.HexColor("#B3261E")

_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
GRID_WIDTHS = (42 * mm, 54 * mm, 26 * mm, CONTENT_WIDTH - 122 * mm)


@functools.lru_cache(maxsize=4)
def shipped_catalogue(lang: str) -> Translate:
    return catalogue(lang)


class A4Document:
    """One report in one language. Subclasses give `document_title()`, `header_text()` and `story()`."""

    def __init__(
        self, lang: str, translate: Translate, fonts: ReportFonts, *, office_tz: tzinfo, printed_at: datetime
    ) -> None:
        self.lang = lang
        self.translate = translate
        self.fonts = fonts
        self.office_tz = office_tz
        self.printed_at = printed_at
        font, bold = fonts.regular, fonts.bold
        self.body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12.5, textColor=INK)
        self.body_cjk = ParagraphStyle("body_cjk", parent=self.body, wordWrap="CJK")
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=11)
        self.small_cjk = ParagraphStyle("small_cjk", parent=self.small, wordWrap="CJK")
        self.label = ParagraphStyle("label", parent=self.body, fontSize=8, leading=11)
        self.label_cjk = ParagraphStyle("label_cjk", parent=self.label, wordWrap="CJK")
        self.kana = ParagraphStyle("kana", parent=self.body, fontSize=7, leading=9, textColor=MUTED)
        self.title = ParagraphStyle(
            "title", fontName=bold, fontSize=15, leading=20, textColor=INK, wordWrap="CJK"
        )
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, fontSize=9, leading=13, textColor=MUTED)
        self.heading = ParagraphStyle(
            "heading", fontName=bold, fontSize=10.5, leading=14, textColor=colors.white, wordWrap="CJK"
        )
        self.seal_label = ParagraphStyle(
            "seal_label", parent=self.body, fontSize=7.5, leading=9, alignment=TA_CENTER
        )

    # --- what a report says about itself ---------------------------------------------------------------

    def document_title(self) -> str:
        """The PDF's title (its metadata)."""
        raise NotImplementedError

    def header_text(self) -> str:
        """Top right of every page: the report's name and reference."""
        raise NotImplementedError

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    # --- formatting ------------------------------------------------------------------------------------

    def fmt_date(self, value: date | None, *, weekday: bool = False) -> str:
        return DASH if value is None else format_report_date(value, self.lang, weekday=weekday)

    def fmt_datetime(self, value: datetime | None) -> str:
        if value is None:
            return DASH
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return format_report_datetime(value, self.lang, self.office_tz)

    def para(self, text: str, style: ParagraphStyle | None = None, *, alert: bool = False) -> Paragraph:
        """A paragraph of plain text (escaped, line breaks kept); Japanese text wraps between any
        characters, other text between words."""
        style = style or self.body
        if _CJK.search(text):
            style = {self.body: self.body_cjk, self.small: self.small_cjk, self.label: self.label_cjk}.get(
                style, style
            )
        markup = escape(text).replace("\n", "<br/>")
        if alert:
            markup = f'<font color="{ALERT.hexval()}">{markup}</font>'
        return Paragraph(markup, style)

    # --- building blocks -------------------------------------------------------------------------------

    def section(self, title: str) -> Table:
        """A section's heading bar."""
        heading = Table([[Paragraph(escape(title), self.heading)]], colWidths=[CONTENT_WIDTH])
        heading.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.fonts.bold, 10.5),
                    ("BACKGROUND", (0, 0), (-1, -1), HEADING),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        return heading

    def grid(self, rows: Sequence[Sequence[object]], *, spans: Sequence[int] = ()) -> Table:
        """A ruled label/value grid of four columns; a row listed in `spans` has one wide value."""
        cells = [
            [
                self.para(c, self.label) if i % 2 == 0 and isinstance(c, str) else self._cell(c)
                for i, c in enumerate(r)
            ]
            for r in rows
        ]
        style: list[tuple[Any, ...]] = [  # reportlab's table commands
            ("FONT", (0, 0), (-1, -1), self.fonts.regular, 9),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BOX", (0, 0), (-1, -1), 1, INK),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]
        for index in range(len(rows)):
            if index in spans:
                style.append(("SPAN", (1, index), (3, index)))
            else:
                style.append(("BACKGROUND", (2, index), (2, index), LABEL_FILL))
        return Table(cells, colWidths=list(GRID_WIDTHS), style=TableStyle(style))

    def who_when(self, name: str, when: str) -> str:
        if name and when and when != DASH:
            return self.translate("Report", "{name}, {when}").format(name=name, when=when)
        return name or when or DASH

    def _cell(self, value: object) -> object:
        return self.para(value) if isinstance(value, str) else value

    def seal_boxes(self) -> Table:
        """Three approval seal boxes with a date line under each."""
        translate = self.translate
        ranks = [
            translate("Report", "Department head"),
            translate("Report", "Section chief"),
            translate("Report", "Staff", "approval seal box of the person in charge"),
        ]
        box = 19 * mm
        table = Table(
            [[self.para(r, self.seal_label) for r in ranks], ["", "", ""], ["/", "/", "/"]],
            colWidths=[box] * 3,
            rowHeights=[6.5 * mm, box, 5 * mm],
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), self.fonts.regular, 7),
                    ("TEXTCOLOR", (0, 2), (-1, 2), MUTED),
                    ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                    ("BOX", (0, 0), (-1, -1), 1, INK),
                    ("BACKGROUND", (0, 0), (-1, 0), LABEL_FILL),
                    ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return table

    def printed_line(self) -> str:
        return self.translate("Report", "Printed: {when}").format(when=self.fmt_datetime(self.printed_at))

    # --- pages -----------------------------------------------------------------------------------------

    def draw_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        translate, fonts = self.translate, self.fonts
        canvas.saveState()
        # Confidential mark, top left, as stamped on internal documents.
        mark = translate("Report", "Confidential")
        canvas.setFont(fonts.bold, 9)
        width = canvas.stringWidth(mark, fonts.bold, 9) + 6 * mm
        top = PAGE_HEIGHT - 10 * mm
        canvas.setStrokeColor(ALERT)
        canvas.setFillColor(ALERT)
        canvas.setLineWidth(1)
        canvas.rect(MARGIN_X, top - 6 * mm, width, 6 * mm, stroke=1, fill=0)
        canvas.drawCentredString(MARGIN_X + width / 2, top - 4.3 * mm, mark)
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 8)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top - 4.3 * mm, self.header_text())
        # Footer: confidentiality notice left; the page number is drawn by the canvas at the end.
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, 14 * mm, PAGE_WIDTH - MARGIN_X, 14 * mm)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(MARGIN_X, 9.5 * mm, translate("Report", "Confidential — contains personal data"))
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, 9.5 * mm, self.printed_line())
        canvas.restoreState()

    def build(self, out: str | os.PathLike | BinaryIO, *, subject: str) -> None:
        """Write the PDF to `out` (a path or a binary file object)."""
        target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
        doc = BaseDocTemplate(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=self.document_title(),
            subject=subject,
            creator="Privacy Desk",
            lang=self.lang,
            invariant=1,
            initialFontName=self.fonts.regular,
        )
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.draw_page)])
        canvasmaker = functools.partial(_NumberedCanvas, page_font=self.fonts.regular)
        doc.build(self.story(), canvasmaker=canvasmaker)


class _NumberedCanvas(Canvas):
    """Holds each page until the end so every page can say "n / N"."""

    def __init__(self, *args, page_font: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_font = page_font
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802  (reportlab names it)
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's page reset: private, not in its stubs

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(self._page_font, 8.5)
            self.setFillColor(INK)
            self.drawCentredString(PAGE_WIDTH / 2, 9.5 * mm, f"{self.getPageNumber()} / {total}")
            super().showPage()
        super().save()
