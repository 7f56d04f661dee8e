"""The case report: a request case's whole story on A4, for a manager to read, stamp and file.

Drawn on the shared A4 form (`reports/base.py`): seal boxes, ruled grids, the confidential mark and
"n / N" come from there; this module writes the case's sections. Every label is a literal
`translate("CaseReport", ...)` call so lupdate finds it; the language is a parameter, never the
application's current one.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from privacy_desk.domain.cases import Decision, RequesterKind, ground_required
from privacy_desk.domain.requests import FEE_ALLOWED_TYPES
from privacy_desk.i18n.formatting import DASH
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


def render_case_report(
    data: CaseReportData,
    out: str | os.PathLike | BinaryIO,
    *,
    lang: str,
    translate: Translate | None = None,
) -> None:
    """Write the PDF to `out` (a path or a binary file object) in `lang` ("ja" or "en").

    `translate(context, text, disambiguation=None, n=-1)` defaults to the shipped catalogue of `lang`."""
    report = _CaseReport(data, lang, translate or shipped_catalogue(lang), report_fonts())
    report.build(out, subject=report.translate("CaseReport", "Data-subject request case report"))


class _CaseReport(A4Document):
    def __init__(self, data: CaseReportData, lang: str, translate: Translate, fonts: ReportFonts) -> None:
        super().__init__(
            lang,
            translate,
            fonts,
            office_tz=data.office_tz,
            printed_at=data.printed_at or datetime.now(UTC),
        )
        self.data = data

    def document_title(self) -> str:
        return self.translate("CaseReport", "Case report {ref}").format(ref=self.data.ref)

    def header_text(self) -> str:
        return self.translate("CaseReport", "Data-subject request case report") + "\u3000" + self.data.ref

    # --- the story -----------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        translate, d = self.translate, self.data
        title_block = [
            Paragraph(escape(translate("CaseReport", "Data-subject request case report")), self.title),
            Spacer(0, 2 * mm),
            Paragraph(
                escape(translate("CaseReport", "Reference: {ref}").format(ref=d.ref)),
                ParagraphStyle("ref", parent=self.body, fontSize=11, leading=15),
            ),
            Paragraph(
                escape(self.printed_line()),
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

    def request_section(self) -> list[Flowable]:
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
            rows.append([translate("CaseReport", "Agent"), d.agent_name or DASH, "", ""])
            spans.append(len(rows) - 1)
        rows.append(
            [
                translate("CaseReport", "Received on"),
                self.fmt_date(d.received_on, weekday=True),
                translate("CaseReport", "Assignee"),
                d.assignee or DASH,
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

    def identity_section(self, identity: IdentityCheckData) -> list[Flowable]:
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
        documents = "\n".join(identity.documents) if identity.documents else DASH
        rows: list[list[object]] = [
            [
                translate("CaseReport", "Checked by"),
                identity.checked_by or DASH,
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

    def fee_section(self, fee: FeeData) -> list[Flowable]:
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

    def decision_section(self, decision: DecisionData) -> list[Flowable]:
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
            approval = DASH
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
            ground = translate("RefusalGround", decision.ground.label) if decision.ground else DASH
            rows.append([translate("CaseReport", "Ground (APPI Art. 33(2))"), ground, "", ""])
            spans.append(len(rows) - 1)
        if decision.explanation or decision.decision.needs_ground:
            rows.append(
                [
                    translate("CaseReport", "Explanation given (APPI Art. 36)"),
                    decision.explanation or DASH,
                    "",
                    "",
                ]
            )
            spans.append(len(rows) - 1)
        return [
            self.section(translate("CaseReport", "4. Decision and grounds")),
            self.grid(rows, spans=spans),
        ]

    def timeline_section(self, events: tuple[TimelineEvent, ...]) -> list[Flowable]:
        translate = self.translate
        header: list[object] = [
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
            rows.append([DASH, "", ""])
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


def _event_key(event: TimelineEvent) -> datetime:
    return event.at if event.at.tzinfo else event.at.replace(tzinfo=UTC)
