"""The case report: a request case's whole story on A4, for a manager to read, stamp and file.

Laid out as a Japanese internal form: approval seal boxes top right (highest rank on the left, as
決裁欄 are drawn), shaded label cells in ruled grids, a "confidential" mark on every page, and page
numbers "n / N". Every label is a literal `translate("CaseReport", ...)` call so lupdate finds it; the
language is a parameter, never the application's current one.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from privacy_desk.domain.cases import Decision, RequesterKind, ground_required
from privacy_desk.domain.requests import FEE_ALLOWED_TYPES
from privacy_desk.domain.wareki import format_wareki
from privacy_desk.i18n.qt import catalogue
from privacy_desk.reports.data import (
    CaseReportData,
    DecisionData,
    FeeData,
    IdentityCheckData,
    TimelineEvent,
)
from privacy_desk.reports.fonts import ReportFonts, report_fonts

__all__ = [
    "CaseReportData",
    "DecisionData",
    "FeeData",
    "IdentityCheckData",
    "TimelineEvent",
    "render_case_report",
]

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

_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


@functools.lru_cache(maxsize=4)
def _catalogue(lang: str) -> Translate:
    return catalogue(lang)


def render_case_report(
    data: CaseReportData,
    out: str | os.PathLike | BinaryIO,
    *,
    lang: str,
    translate: Translate | None = None,
) -> None:
    """Write the PDF to `out` (a path or a binary file object) in `lang` ("ja" or "en").

    `translate(context, text, disambiguation=None, n=-1)` defaults to the shipped catalogue of `lang`."""
    report = _CaseReport(data, lang, translate or _catalogue(lang), report_fonts())
    report.build(out)


class _CaseReport:
    def __init__(self, data: CaseReportData, lang: str, translate: Translate, fonts: ReportFonts) -> None:
        self.data = data
        self.lang = lang
        self.translate = translate
        self.fonts = fonts
        self.printed_at = data.printed_at or datetime.now(UTC)
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

    # --- formatting ------------------------------------------------------------------------------

    def fmt_date(self, value: date | None, *, weekday: bool = False) -> str:
        if value is None:
            return "—"
        if self.lang == "ja":
            return format_wareki(value, weekday=weekday)
        text = value.isoformat()
        return f"{text} ({_EN_WEEKDAYS[value.weekday()]})" if weekday else text

    def fmt_datetime(self, value: datetime | None) -> str:
        if value is None:
            return "—"
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        local = value.astimezone(self.data.office_tz)
        if self.lang == "ja":
            return f"{format_wareki(local.date())} {local:%H:%M}"
        return f"{local:%Y-%m-%d %H:%M}"

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

    # --- building blocks ---------------------------------------------------------------------------

    def section(self, title: str) -> Table:
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

    def grid(self, rows: list[list[object]], *, spans: list[int] = ()) -> Table:
        """A ruled label/value grid of four columns; a row listed in `spans` has one wide value."""
        widths = [42 * mm, 54 * mm, 26 * mm, CONTENT_WIDTH - 122 * mm]
        cells = [
            [
                self.para(c, self.label) if i % 2 == 0 and isinstance(c, str) else self._cell(c)
                for i, c in enumerate(r)
            ]
            for r in rows
        ]
        style = [
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
        return Table(cells, colWidths=widths, style=TableStyle(style))

    def who_when(self, name: str, when: str) -> str:
        if name and when and when != "—":
            return self.translate("CaseReport", "{name}, {when}").format(name=name, when=when)
        return name or when or "—"

    def _cell(self, value: object) -> object:
        return self.para(value) if isinstance(value, str) else value

    def seal_boxes(self) -> Table:
        translate = self.translate
        ranks = [
            translate("CaseReport", "Department head"),
            translate("CaseReport", "Section chief"),
            translate("CaseReport", "Staff", "approval seal box of the person in charge"),
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

    # --- the story -----------------------------------------------------------------------------------

    def story(self) -> list[object]:
        translate, d = self.translate, self.data
        title_block = [
            Paragraph(escape(translate("CaseReport", "Data-subject request case report")), self.title),
            Spacer(0, 2 * mm),
            Paragraph(
                escape(translate("CaseReport", "Reference: {ref}").format(ref=d.ref)),
                ParagraphStyle("ref", parent=self.body, fontSize=11, leading=15),
            ),
            Paragraph(
                escape(
                    translate("CaseReport", "Printed: {when}").format(when=self.fmt_datetime(self.printed_at))
                ),
                self.subtitle,
            ),
        ]
        seals = self.seal_boxes()
        top = Table(
            [[title_block, seals]],
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
        return [
            top,
            Spacer(0, 5 * mm),
            KeepTogether(self.request_section()),
            Spacer(0, 4 * mm),
            KeepTogether(self.identity_section(d.identity)),
            Spacer(0, 4 * mm),
            KeepTogether(self.fee_section(d.fee)),
            Spacer(0, 4 * mm),
            KeepTogether(self.decision_section(d.decision)),
            Spacer(0, 4 * mm),
            *self.timeline_section(d.timeline),
        ]

    def request_section(self) -> list[object]:
        translate, d = self.translate, self.data
        due = self.fmt_date(d.due, weekday=True)
        if paused := d.paused_days:  # a plain name: lupdate skips a call whose count is an expression
            due += " " + translate("CaseReport", "(includes paused days: %n)", None, paused)
        requester = [self.para(d.requester_kana, self.kana)] if d.requester_kana else []
        requester.append(self.para(d.requester_name))
        rows: list[list[object]] = [
            [
                translate("CaseReport", "Reference"),
                d.ref,
                translate("CaseReport", "Status"),
                translate("CaseState", d.state.label),
            ],
            [translate("CaseReport", "Request type"), translate("RequestType", d.request_type.label), "", ""],
            [
                translate("CaseReport", "Data subject"),
                requester,
                translate("CaseReport", "Requested by"),
                translate("RequesterKind", d.requester_kind.label),
            ],
        ]
        spans = [1]
        if d.requester_kind is not RequesterKind.PERSON or d.agent_name:
            rows.append([translate("CaseReport", "Agent"), d.agent_name or "—", "", ""])
            spans.append(len(rows) - 1)
        rows.append(
            [
                translate("CaseReport", "Received on"),
                self.fmt_date(d.received_on, weekday=True),
                translate("CaseReport", "Assignee"),
                d.assignee or "—",
            ]
        )
        rows.append([translate("CaseReport", "Internal due date (office policy)"), due, "", ""])
        spans.append(len(rows) - 1)
        if d.lawsuit_possible_from is not None:
            rows.append(
                [
                    translate("CaseReport", "Lawsuit possible from (APPI Art. 39, statutory)"),
                    self.fmt_date(d.lawsuit_possible_from, weekday=True),
                    "",
                    "",
                ]
            )
            spans.append(len(rows) - 1)
        if d.gdpr:
            gdpr = self.fmt_date(d.gdpr_due, weekday=True)
            if d.gdpr_extension_notice_on is not None:
                gdpr += " " + translate(
                    "CaseReport", "(extended by two months; notice sent on {date})"
                ).format(date=self.fmt_date(d.gdpr_extension_notice_on))
            rows.append([translate("CaseReport", "GDPR deadline (Art. 12(3))"), gdpr, "", ""])
            spans.append(len(rows) - 1)
        if d.requested_items:
            rows.append([translate("CaseReport", "Requested items"), d.requested_items, "", ""])
            spans.append(len(rows) - 1)
        if d.delivery_method is not None:
            rows.append(
                [
                    translate("CaseReport", "Delivery method (APPI Art. 33(1))"),
                    translate("DeliveryMethod", d.delivery_method.label),
                    "",
                    "",
                ]
            )
            spans.append(len(rows) - 1)
        return [self.section(translate("CaseReport", "1. Request")), self.grid(rows, spans=spans)]

    def identity_section(self, identity: IdentityCheckData) -> list[object]:
        translate = self.translate
        if not identity.my_number_shown:
            my_number = self.para(
                translate("CaseReport", "No document showing an individual number was received")
            )
        elif identity.my_number_masked:
            my_number = self.para(
                translate("CaseReport", "Confirmed: the individual number was masked before filing")
            )
        else:
            my_number = self.para(
                translate(
                    "CaseReport", "Not confirmed: the individual number must be masked and must not be kept"
                ),
                alert=True,
            )
        documents = "\n".join(identity.documents) if identity.documents else "—"
        rows: list[list[object]] = [
            [
                translate("CaseReport", "Checked by"),
                identity.checked_by or "—",
                translate("CaseReport", "Checked at"),
                self.fmt_datetime(identity.checked_at),
            ],
            [translate("CaseReport", "Documents checked"), documents, "", ""],
            [translate("CaseReport", "Individual number (My Number)"), my_number, "", ""],
        ]
        spans = [1, 2]
        if identity.override_reason:
            rows.append(
                [
                    translate("CaseReport", "Manager override"),
                    translate("CaseReport", "{name}: {reason}").format(
                        name=identity.override_by, reason=identity.override_reason
                    ),
                    "",
                    "",
                ]
            )
            spans.append(len(rows) - 1)
        return [
            self.section(translate("CaseReport", "2. Identity verification")),
            self.grid(rows, spans=spans),
        ]

    def fee_section(self, fee: FeeData) -> list[object]:
        translate = self.translate
        if self.data.request_type not in FEE_ALLOWED_TYPES:
            rows = [
                [
                    translate("CaseReport", "Fee"),
                    translate(
                        "CaseReport", "Not applicable: no fee may be charged for this request (APPI Art. 38)"
                    ),
                    "",
                    "",
                ]
            ]
            spans = [0]
        elif fee.amount is None:
            rows = [[translate("CaseReport", "Fee"), translate("CaseReport", "No fee charged"), "", ""]]
            spans = [0]
        else:
            paid = self.fmt_date(fee.paid_on) if fee.paid_on else translate("CaseReport", "Not paid yet")
            rows = [
                [
                    translate("CaseReport", "Fee"),
                    translate("CaseReport", "{amount} yen").format(amount=f"{fee.amount:,}"),
                    translate("CaseReport", "Paid on"),
                    paid,
                ]
            ]
            spans = []
        return [self.section(translate("CaseReport", "3. Fee")), self.grid(rows, spans=spans)]

    def decision_section(self, decision: DecisionData) -> list[object]:
        translate = self.translate
        if decision.decision is None:
            rows: list[list[object]] = [
                [translate("CaseReport", "Decision"), translate("CaseReport", "Not decided yet"), "", ""]
            ]
            return [
                self.section(translate("CaseReport", "4. Decision and grounds")),
                self.grid(rows, spans=[0]),
            ]
        if decision.approved_by:
            approval: object = self.who_when(decision.approved_by, self.fmt_datetime(decision.approved_at))
        elif decision.decision is Decision.REFUSAL:
            approval = self.para(translate("CaseReport", "Not approved yet"), alert=True)
        else:
            approval = "—"
        rows = [
            [
                translate("CaseReport", "Decision"),
                translate("Decision", decision.decision.label),
                translate("CaseReport", "Decided by"),
                self.who_when(
                    decision.decided_by, self.fmt_date(decision.decided_on) if decision.decided_on else ""
                ),
            ],
            [
                translate("CaseReport", "Manager approval"),
                approval,
                translate("CaseReport", "Responded on"),
                self.fmt_date(decision.responded_on),
            ],
        ]
        spans = []
        if decision.ground is not None or ground_required(self.data.request_type, decision.decision):
            ground = translate("RefusalGround", decision.ground.label) if decision.ground else "—"
            rows.append([translate("CaseReport", "Ground (APPI Art. 33(2))"), ground, "", ""])
            spans.append(len(rows) - 1)
        if decision.explanation or decision.decision.needs_ground:
            rows.append(
                [
                    translate("CaseReport", "Explanation given (APPI Art. 36)"),
                    decision.explanation or "—",
                    "",
                    "",
                ]
            )
            spans.append(len(rows) - 1)
        return [
            self.section(translate("CaseReport", "4. Decision and grounds")),
            self.grid(rows, spans=spans),
        ]

    def timeline_section(self, events: tuple[TimelineEvent, ...]) -> list[object]:
        translate = self.translate
        header = [
            self.para(translate("CaseReport", "Date and time"), self.label),
            self.para(translate("CaseReport", "By", "timeline column: who acted"), self.label),
            self.para(translate("CaseReport", "Event"), self.label),
        ]
        rows: list[list[object]] = [header]
        for event in sorted(events, key=_event_key):
            rows.append(
                [
                    self.fmt_datetime(event.at),
                    self.para(event.actor, self.small),
                    self.para(event.text, self.small),
                ]
            )
        if len(rows) == 1:
            rows.append(["—", "", ""])
        style = [
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
        zone = str(self.data.office_tz)
        caption = self.para(
            translate("CaseReport", "Times are in the office time zone ({zone}).").format(zone=zone),
            self.kana,
        )
        table = Table(
            rows, colWidths=[36 * mm, 32 * mm, CONTENT_WIDTH - 68 * mm], repeatRows=1, style=TableStyle(style)
        )
        return [
            CondPageBreak(30 * mm),
            self.section(translate("CaseReport", "5. Timeline")),
            table,
            Spacer(0, 1.5 * mm),
            caption,
        ]

    # --- pages -----------------------------------------------------------------------------------------

    def draw_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        translate, fonts = self.translate, self.fonts
        canvas.saveState()
        # Confidential mark, top left, as stamped on internal documents.
        mark = translate("CaseReport", "Confidential")
        canvas.setFont(fonts.bold, 9)
        width = canvas.stringWidth(mark, fonts.bold, 9) + 6 * mm
        top = PAGE_HEIGHT - 10 * mm
        canvas.setStrokeColor(ALERT)
        canvas.setFillColor(ALERT)
        canvas.setLineWidth(1)
        canvas.rect(MARGIN_X, top - 6 * mm, width, 6 * mm, stroke=1, fill=0)
        canvas.drawCentredString(MARGIN_X + width / 2, top - 4.3 * mm, mark)
        # Reference and report name, top right.
        canvas.setFillColor(MUTED)
        canvas.setFont(fonts.regular, 8)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X,
            top - 4.3 * mm,
            translate("CaseReport", "Data-subject request case report") + "　" + self.data.ref,
        )
        # Footer: confidentiality notice left; the page number is drawn by the canvas at the end.
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, 14 * mm, PAGE_WIDTH - MARGIN_X, 14 * mm)
        canvas.setFillColor(INK)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(
            MARGIN_X, 9.5 * mm, translate("CaseReport", "Confidential — contains personal data")
        )
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN_X,
            9.5 * mm,
            translate("CaseReport", "Printed: {when}").format(when=self.fmt_datetime(self.printed_at)),
        )
        canvas.restoreState()

    def build(self, out: str | os.PathLike | BinaryIO) -> None:
        target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
        doc = BaseDocTemplate(
            target,
            pagesize=A4,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=self.translate("CaseReport", "Case report {ref}").format(ref=self.data.ref),
            subject=self.translate("CaseReport", "Data-subject request case report"),
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


def _event_key(event: TimelineEvent) -> datetime:
    return event.at if event.at.tzinfo else event.at.replace(tzinfo=UTC)


class _NumberedCanvas(Canvas):
    """Holds each page until the end so every page can say "n / N"."""

    def __init__(self, *args, page_font: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._page_font = page_font
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802  (reportlab names it)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(self._page_font, 8.5)
            self.setFillColor(INK)
            self.drawCentredString(PAGE_WIDTH / 2, 9.5 * mm, f"{self._pageNumber} / {total}")
            super().showPage()
        super().save()
