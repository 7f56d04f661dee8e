"""The case page's tabs: Overview (what the request says and what was done about it) and Timeline (every
event, notes among them); Tasks and Attachments have modules of their own.

Each section renders from the CaseDetail the page holds — a language switch redraws it without a query —
and asks the page (`page.run_change`, `page.open_dialog`) to do any work, so one place reloads the case
and tells the list.
"""

from __future__ import annotations

import html
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.requests import DELIVERY_TYPES
from privacy_desk.i18n.formatting import DASH, format_date, format_datetime, format_list, format_number
from privacy_desk.ui.widgets import current_language

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import CaseDetail
    from privacy_desk.ui.requests.case_page import CasePage

translate = QCoreApplication.translate
NOTE_TINT_LIGHT, NOTE_TINT_DARK = QColor("#fff4c2"), QColor("#4a4020")


def day_text(day: date | None) -> str:
    return format_date(day, current_language()) if day is not None else DASH


def moment_text(moment: datetime | None, tz) -> str:
    return format_datetime(moment, current_language(), tz) if moment is not None else DASH


def yen_text(amount: int) -> str:
    return translate("CasePage", "{amount} yen").format(amount=format_number(amount, current_language()))


def value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


# -- overview ----------------------------------------------------------------------------------------


class OverviewSection(QWidget):
    """Read-only facts in four groups; "Edit Details…" changes what the request says."""

    GROUPS = ("request", "identity", "fee", "decision")

    def __init__(self, page: CasePage) -> None:
        super().__init__(page)
        self._page = page
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(page.edit_details)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.edit_button)
        content = QWidget(self)
        self.groups: dict[str, QGroupBox] = {}
        self.forms: dict[str, QFormLayout] = {}
        column = QVBoxLayout(content)
        for key in self.GROUPS:
            box = QGroupBox(content)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            column.addWidget(box)
            self.groups[key], self.forms[key] = box, form
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def values(self, key: str) -> dict[str, str]:
        """The rows a group shows now, label → value (for tests and screen readers alike)."""
        form = self.forms[key]
        found = {}
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None:
                label_widget, field_widget = label.widget(), field.widget()
                if isinstance(label_widget, QLabel) and isinstance(field_widget, QLabel):  # _fill's labels
                    found[label_widget.text()] = field_widget.text()
        return found

    def _fill(self, key: str, rows: list[tuple[str, str]]) -> None:
        form = self.forms[key]
        while form.rowCount():
            form.removeRow(0)
        for label_text, value in rows:
            value_widget = value_label(self.groups[key])
            value_widget.setText(value)
            label = QLabel(label_text, self.groups[key])
            label.setBuddy(value_widget)
            form.addRow(label, value_widget)

    def show_detail(self, detail: CaseDetail, tz) -> None:
        row = detail.row
        self.edit_button.setEnabled(row.state.is_open)
        self.edit_button.setToolTip(
            translate("CasePage", "Who asks, the requested items, delivery, GDPR")
            if row.state.is_open
            else translate("CasePage", "A case that is no longer open keeps its details.")
        )
        delivery = (
            translate("DeliveryMethod", detail.delivery_method.label) if detail.delivery_method else DASH
        )
        if detail.delivery_note:
            delivery = f"{delivery}\n{detail.delivery_note}"
        contact = "\n".join(
            v for v in (detail.requester_email, detail.requester_phone, detail.requester_address) if v
        )
        self._fill(
            "request",
            [
                (translate("CasePage", "Requested items:"), detail.requested_items or DASH),
                *(
                    [(translate("CasePage", "Delivery method:"), delivery)]
                    if row.request_type in DELIVERY_TYPES
                    else []
                ),
                (translate("CasePage", "Requester's contact:"), contact or DASH),
                *(
                    [(translate("CasePage", "Waited for the requester:"), self._pauses(detail))]
                    if detail.pauses
                    else []
                ),
            ],
        )
        self._fill("identity", self._identity_rows(detail, tz))
        self.groups["fee"].setVisible(detail.fee_allowed)
        if detail.fee_allowed:
            self._fill(
                "fee",
                [
                    (
                        translate("CasePage", "Fee:"),
                        yen_text(detail.fee_amount)
                        if detail.fee_amount is not None
                        else translate("CasePage", "Not requested"),
                    ),
                    (
                        translate("CasePage", "Paid on:"),
                        day_text(detail.fee_paid_on)
                        if detail.fee_paid_on
                        else translate("CasePage", "Not paid yet"),
                    ),
                ],
            )
        self._fill("decision", self._decision_rows(detail, tz))

    def _pauses(self, detail: CaseDetail) -> str:
        lines = []
        for pause in detail.pauses:
            reason = translate("PauseReason", pause.reason.label)
            if pause.end_on is None:
                span = translate("CasePage", "since {start}").format(start=day_text(pause.start_on))
            else:
                span = translate("CasePage", "{start} to {end}").format(
                    start=day_text(pause.start_on), end=day_text(pause.end_on)
                )
            line = f"{reason}: {span}"
            lines.append(f"{line} — {pause.note}" if pause.note else line)
        return "\n".join(lines)

    def _identity_rows(self, detail: CaseDetail, tz) -> list[tuple[str, str]]:
        rows = []
        if detail.identity_checked_at is not None:
            rows += [
                (
                    translate("CasePage", "Documents checked:"),
                    format_list(detail.identity_documents, current_language()) or DASH,
                ),
                (
                    translate("CasePage", "Checked by:"),
                    translate("CasePage", "{name}, {when}").format(
                        name=detail.identity_checked_by_name or DASH,
                        when=moment_text(detail.identity_checked_at, tz),
                    ),
                ),
            ]
            if detail.identity_note:
                rows.append((translate("CasePage", "Note:"), detail.identity_note))
        if detail.identity_override_reason:
            rows += [
                (translate("CasePage", "Proceeding unverified:"), detail.identity_override_reason),
                (
                    translate("CasePage", "Allowed by:"),
                    translate("CasePage", "{name}, {when}").format(
                        name=detail.identity_override_by_name or DASH,
                        when=moment_text(detail.identity_override_at, tz),
                    ),
                ),
            ]
        if not rows:
            rows.append((translate("CasePage", "Status:"), translate("CasePage", "Not verified yet")))
        return rows

    def _decision_rows(self, detail: CaseDetail, tz) -> list[tuple[str, str]]:
        decision = detail.row.decision
        if decision is None:
            return [(translate("CasePage", "Decision:"), translate("CasePage", "No decision yet"))]
        rows = [(translate("CasePage", "Decision:"), translate("Decision", decision.label))]
        if detail.refusal_ground is not None:
            rows.append(
                (
                    translate("CasePage", "Ground (Art. 33(2)):"),
                    translate("RefusalGround", detail.refusal_ground.label),
                )
            )
        if detail.explanation:
            rows.append((translate("CasePage", "Explanation:"), detail.explanation))
        if detail.correction_details:
            rows.append((translate("CasePage", "Corrections:"), detail.correction_details))
        if detail.systems_notified:
            rows.append(
                (
                    translate("CasePage", "Systems notified:"),
                    format_list(detail.systems_notified, current_language()),
                )
            )
        rows.append(
            (
                translate("CasePage", "Decided by:"),
                translate("CasePage", "{name}, {when}").format(
                    name=detail.decided_by_name or DASH, when=day_text(detail.decided_on)
                ),
            )
        )
        rows.append(
            (
                translate("CasePage", "Approved by:"),
                translate("CasePage", "{name}, {when}").format(
                    name=detail.approved_by_name, when=moment_text(detail.approved_at, tz)
                )
                if detail.approved_at is not None
                else translate("CasePage", "Not approved yet"),
            )
        )
        rows.append((translate("CasePage", "Responded on:"), day_text(detail.responded_on)))
        return rows

    def retranslate(self) -> None:
        self.edit_button.setText(translate("CasePage", "&Edit Details…"))
        self.edit_button.setToolTip(translate("CasePage", "Who asks, the requested items, delivery, GDPR"))
        for key, title in (
            ("request", translate("CasePage", "Request")),
            ("identity", translate("CasePage", "Identity check")),
            ("fee", translate("CasePage", "Fee")),
            ("decision", translate("CasePage", "Decision and response")),
        ):
            self.groups[key].setTitle(title)


# -- timeline ----------------------------------------------------------------------------------------


class TimelineSection(QWidget):
    """Every event, oldest first and the newest in view, as selectable text. Notes are events too: they
    sit among what happened around them, tinted and labelled; "Notes only" lists just them."""

    def __init__(self, page: CasePage) -> None:
        super().__init__(page)
        self._page = page
        self._detail: CaseDetail | None = None
        self._tz = None
        self.note_button = QPushButton(self)
        self.note_button.clicked.connect(page.add_note)
        self.notes_only = QCheckBox(self)
        self.notes_only.toggled.connect(self._render)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        top = QHBoxLayout()
        top.addWidget(self.notes_only)
        top.addStretch(1)
        top.addWidget(self.note_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)

    def show_detail(self, detail: CaseDetail | None, tz) -> None:
        self._detail, self._tz = detail, tz
        self._render()

    def text(self) -> str:
        return self.browser.toPlainText()

    def _render(self) -> None:
        detail = self._detail
        if detail is None:
            self.browser.clear()
            return
        from privacy_desk.services.cases.events import event_text

        language = current_language()
        tint = NOTE_TINT_DARK if _is_dark(self.palette()) else NOTE_TINT_LIGHT
        muted = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText).name()
        note_label = html.escape(translate("CasePage", "Note"))
        metrics = self.browser.fontMetrics()
        shown = [e for e in detail.events if e.kind == "note" or not self.notes_only.isChecked()]
        when_width = max((metrics.horizontalAdvance(moment_text(e.at, self._tz)) for e in shown), default=0)
        who_width = max((metrics.horizontalAdvance(e.actor_name) for e in shown), default=0)
        rows = []
        for event in shown:
            is_note = event.kind == "note"
            what = event_text(
                event.kind,
                event.params,
                event.text,
                translate=translate,
                format_date=lambda day: format_date(day, language),
            )
            what_html = html.escape(what).replace("\n", "<br>")
            if is_note:
                what_html = f"<b>{note_label}</b><br>{what_html}"
            background = f' bgcolor="{tint.name()}"' if is_note else ""
            rows.append(
                f"<tr><td{background} width='{when_width + 12}' style='color:{muted}; white-space:nowrap'>"
                f"{html.escape(moment_text(event.at, self._tz))}</td>"
                f"<td{background} width='{who_width + 12}' style='white-space:nowrap'>"
                f"{html.escape(event.actor_name)}</td>"
                f"<td{background}>{what_html}</td></tr>"
            )
        if not rows:
            empty = translate("CasePage", "No notes yet.") if self.notes_only.isChecked() else ""
            self.browser.setHtml(f"<p style='color:{muted}'>{html.escape(empty)}</p>")
            return
        self.browser.setHtml(
            "<table width='100%' cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"
        )
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())

    def retranslate(self) -> None:
        self.note_button.setText(translate("CasePage", "&Add Note…"))
        self.note_button.setToolTip(translate("CasePage", "An internal note on the timeline"))
        self.notes_only.setText(translate("CasePage", "N&otes only"))
        self.browser.setAccessibleName(translate("CasePage", "Timeline"))
        self._render()
