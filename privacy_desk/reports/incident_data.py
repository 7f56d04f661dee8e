"""What the incident reports say, as plain sections of labelled text: the preliminary and final report to
the PPC (Rules Art. 8(1): its nine items, with the report's kind, destination, reporter, dates, the
Rule Art. 7 assessment and the deadlines before them) and the notice to the persons affected
(Rules Art. 10: items 1, 2, 4, 5 and 9 of Art. 8(1)).

The PDF (reports/incident_report.py, reports/incident_notice.py), the plain-text export pasted into the
PPC's online form and the mail-merge CSV are all drawn from these sections, so they cannot disagree. No
reportlab, database or Qt here: the service fills `IncidentReportData`, `translate` is the catalogue of
the language asked for. A fact not known yet reads "Not yet determined" (未確定), never a blank.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from privacy_desk.domain.breaches import BreachDeadlines, BreachTrigger
from privacy_desk.domain.incidents import (
    Answer,
    Assessment,
    Destination,
    IncidentKind,
    NoticeMethod,
    PersonsAffected,
    Reportability,
    ReportKind,
    TimelineKind,
)
from privacy_desk.i18n.formatting import (
    OFFICE_TIMEZONE,
    format_number,
    format_report_date,
    format_report_datetime,
)

Translate = Callable[..., str]


@dataclass(frozen=True)
class Reporter:
    name: str = ""
    address: str = ""
    representative: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Filing:
    kind: ReportKind
    filed_on: date
    receipt_number: str
    filed_by: str


@dataclass(frozen=True)
class NoticeSent:
    method: NoticeMethod
    sent_on: date
    planned: int
    reached: int
    unreachable: int
    note: str


@dataclass(frozen=True)
class TimelineRow:
    id: int
    kind: TimelineKind
    at: datetime
    recorded_by: str
    text: str
    corrects_id: int | None = None
    corrected_by_id: int | None = None


@dataclass(frozen=True)
class IncidentReportData:
    ref: str
    title: str
    kind: IncidentKind
    suspected: bool
    aware_at: datetime
    assessment: Assessment
    reportability: Reportability
    deadlines: BreachDeadlines
    destination: Destination
    destination_name: str = ""  # the ministry, the organisation or the commissioning company
    occurred_at: datetime | None = None
    discovered_at: datetime | None = None
    reported_by: str = ""
    summary: str = ""
    data_items: str = ""
    cause: str = ""
    secondary_damage: str = ""
    response_to_persons: str = ""
    public_announcement: str = ""
    prevention: str = ""
    other: str = ""
    systems: str = ""
    contractors: str = ""
    as_contractor: bool = False
    commissioning_company: str = ""
    reporter: Reporter = field(default_factory=Reporter)
    filed: tuple[Filing, ...] = ()
    notices: tuple[NoticeSent, ...] = ()
    timeline: tuple[TimelineRow, ...] = ()
    office_tz: ZoneInfo = field(default_factory=lambda: ZoneInfo(OFFICE_TIMEZONE))
    printed_at: datetime | None = None  # now when None


@dataclass(frozen=True)
class Entry:
    """One labelled value; no label: a paragraph of its own. `unknown`: the value says 未確定."""

    label: str
    value: str
    unknown: bool = False


@dataclass(frozen=True)
class Section:
    heading: str
    entries: tuple[Entry, ...]


class Writer:
    """The report's and the notice's sections in one language."""

    def __init__(self, data: IncidentReportData, translate: Translate, lang: str) -> None:
        self.d, self.translate, self.lang = data, translate, lang

    # --- formatting ----------------------------------------------------------------------------------

    @property
    def not_determined(self) -> str:
        return self.translate("IncidentReport", "Not yet determined")

    def entry(self, label: str, value: str) -> Entry:
        value = value.strip()
        return Entry(label, value) if value else Entry(label, self.not_determined, unknown=True)

    def when(self, value: datetime | None) -> str:
        if value is None:
            return ""
        return format_report_datetime(
            value if value.tzinfo else value.replace(tzinfo=UTC), self.lang, self.d.office_tz
        )

    def day(self, value: date | None) -> str:
        return "" if value is None else format_report_date(value, self.lang, weekday=True)

    def answer(self, value: Answer) -> str:
        return self.translate("Answer", value.label)

    def persons(self, persons: PersonsAffected) -> str:
        translate, n = self.translate, lambda v: format_number(v, self.lang)
        if persons.exact is not None:
            return translate("IncidentReport", "{count} persons").format(count=n(persons.exact))
        if persons.low is not None and persons.high is not None:
            return translate("IncidentReport", "{low} to {high} persons (still being established)").format(
                low=n(persons.low), high=n(persons.high)
            )
        if persons.low is not None:
            return translate("IncidentReport", "At least {low} persons (still being established)").format(
                low=n(persons.low)
            )
        if persons.high is not None:
            return translate("IncidentReport", "At most {high} persons (still being established)").format(
                high=n(persons.high)
            )
        return ""

    def destination(self) -> str:
        d = self.d
        label = self.translate("Destination", d.destination.label)
        name = d.destination_name
        if d.destination is Destination.COMMISSIONING_COMPANY:
            name = name or d.commissioning_company
        return f"{label}（{name}）" if name and d.destination is not Destination.PPC else label

    def kind_text(self) -> str:
        kind = self.translate("IncidentKind", self.d.kind.label)
        if self.d.suspected:
            return self.translate("IncidentReport", "{kind} (suspected)").format(kind=kind)
        return self.translate("IncidentReport", "{kind} (actual)").format(kind=kind)

    # --- the report ----------------------------------------------------------------------------------

    def report_title(self, kind: ReportKind) -> str:
        if kind is ReportKind.PRELIMINARY:
            return self.translate("IncidentReport", "Personal data breach report (preliminary)")
        return self.translate("IncidentReport", "Personal data breach report (final)")

    def scope_note(self, kind: ReportKind) -> str:
        if kind is ReportKind.PRELIMINARY:
            return self.translate(
                "IncidentReport",
                "Preliminary report under Rule Art. 8(1): the matters known at the time of reporting.",
            )
        return self.translate(
            "IncidentReport", "Final report under Rule Art. 8(2): every matter of Rule Art. 8(1)."
        )

    def front_sections(self, kind: ReportKind) -> list[Section]:
        """What comes before the nine items: the report, the reporter, the dates, the assessment, the
        deadlines and filings."""
        return [self.report_section(kind), self.reporter_section(), self.dates_section()]

    def report_section(self, kind: ReportKind) -> Section:
        translate, d = self.translate, self.d
        return Section(
            translate("IncidentReport", "Report"),
            (
                Entry(translate("IncidentReport", "Kind of report"), translate("ReportKind", kind.label)),
                Entry(translate("IncidentReport", "Reference"), d.ref),
                self.entry(translate("IncidentReport", "Incident"), d.title),
                Entry(translate("IncidentReport", "Report to"), self.destination()),
                Entry(translate("IncidentReport", "Individual numbers (My Number)"), self.my_number()),
            ),
        )

    def my_number(self) -> str:
        answer = self.d.assessment.my_number
        if answer is Answer.YES:
            return self.translate("IncidentReport", "Involved: the My Number Act's rules apply")
        if answer is Answer.NO:
            return self.translate("IncidentReport", "Not involved")
        return self.translate("IncidentReport", "Not yet determined: treated as involved")

    def reporter_section(self) -> Section:
        translate, r = self.translate, self.d.reporter
        return Section(
            translate("IncidentReport", "Reporter (the business operator)"),
            (
                self.entry(translate("IncidentReport", "Name"), r.name),
                self.entry(translate("IncidentReport", "Address"), r.address),
                self.entry(translate("IncidentReport", "Representative"), r.representative),
                self.entry(translate("IncidentReport", "Contact"), r.contact),
            ),
        )

    def dates_section(self) -> Section:
        translate, d = self.translate, self.d
        return Section(
            translate("IncidentReport", "Dates"),
            (
                self.entry(translate("IncidentReport", "Occurred"), self.when(d.occurred_at)),
                self.entry(translate("IncidentReport", "Discovered"), self.when(d.discovered_at)),
                Entry(
                    translate("IncidentReport", "Company became aware (start of the deadlines)"),
                    self.when(d.aware_at),
                ),
                self.entry(translate("IncidentReport", "Reported to the desk by"), d.reported_by),
            ),
        )

    def assessment_section(self) -> Section:
        translate, a, r = self.translate, self.d.assessment, self.d.reportability
        triggers = (
            (
                BreachTrigger.SENSITIVE,
                translate("IncidentReport", "(1) Sensitive personal information"),
                a.sensitive,
            ),
            (
                BreachTrigger.FINANCIAL,
                translate("IncidentReport", "(2) Risk of financial loss through misuse"),
                a.financial,
            ),
            (
                BreachTrigger.MALICIOUS,
                translate("IncidentReport", "(3) Malicious act (including data being acquired)"),
                a.malicious,
            ),
        )
        entries = [Entry(label, self.answer(answer)) for _trigger, label, answer in triggers]
        over = self.answer(_over_1000_answer(r))
        entries.append(Entry(translate("IncidentReport", "(4) More than 1,000 persons"), over))
        entries.append(
            Entry(
                translate("IncidentReport", "Strong encryption, key not compromised (exemption)"),
                self.answer(a.encrypted),
            )
        )
        entries.append(
            Entry(
                translate("IncidentReport", "Pseudonymised information (exemption)"),
                self.answer(a.pseudonymised),
            )
        )
        entries.append(
            Entry(translate("IncidentReport", "EU data subjects (GDPR Art. 33)"), self.answer(a.eu_subjects))
        )
        result = (
            translate("IncidentReport", "Reportable")
            if r.reportable
            else translate("IncidentReport", "Not reportable")
        )
        if not r.settled:
            result = translate(
                "IncidentReport", "{result} (not settled: some answers are not yet known)"
            ).format(result=result)
        entries.append(Entry(translate("IncidentReport", "Result"), result))
        entries.append(Entry("", "\n".join(translate(reason.context, reason.source) for reason in r.reasons)))
        return Section(translate("IncidentReport", "Assessment (Rule Art. 7)"), tuple(entries))

    def deadlines_section(self) -> Section:
        translate, dl = self.translate, self.d.deadlines
        preliminary = translate("IncidentReport", "{target} (target) / {due} (at the latest)").format(
            target=self.day(dl.preliminary_target), due=self.day(dl.preliminary_due)
        )
        entries = [
            Entry(translate("IncidentReport", "Preliminary report due"), preliminary),
            Entry(translate("IncidentReport", "Final report due (Rule Art. 8(2))"), self.day(dl.final_due)),
        ]
        if self.d.reportability.gdpr:
            entries.append(
                Entry(translate("IncidentReport", "GDPR notification due (72 hours)"), self.when(dl.gdpr_due))
            )
        for kind in ReportKind:
            filing = next((f for f in self.d.filed if f.kind is kind), None)
            label = translate("IncidentReport", "{report} filed").format(
                report=translate("ReportKind", kind.label)
            )
            if filing is None:
                entries.append(Entry(label, translate("IncidentReport", "Not filed yet")))
            else:
                receipt = filing.receipt_number or self.not_determined
                entries.append(
                    Entry(
                        label,
                        translate("IncidentReport", "{date}, receipt number {number}, by {name}").format(
                            date=self.day(filing.filed_on), number=receipt, name=filing.filed_by
                        ),
                    )
                )
        return Section(translate("IncidentReport", "Deadlines and filings"), tuple(entries))

    def items(self) -> list[Section]:
        """The nine items of Rules Art. 8(1), numbered as the Rule numbers them."""
        translate, d = self.translate, self.d
        summary = [
            self.entry("", d.summary),
            Entry(translate("IncidentReport", "What happened"), self.kind_text()),
            self.entry(translate("IncidentReport", "Systems and places involved"), d.systems),
            self.entry(translate("IncidentReport", "Contractors involved"), d.contractors),
        ]
        if d.as_contractor:
            summary.append(
                self.entry(
                    translate("IncidentReport", "Commissioning company (we act as its contractor)"),
                    d.commissioning_company,
                )
            )
        response = [self.entry("", d.response_to_persons)]
        response += [self.notice_entry(n) for n in d.notices]
        headings = _item_headings(translate)
        bodies: list[list[Entry]] = [
            summary,
            [self.entry("", d.data_items)],
            [self.entry("", self.persons(d.assessment.persons))],
            [self.entry("", d.cause)],
            [self.entry("", d.secondary_damage)],
            response,
            [self.entry("", d.public_announcement)],
            [self.entry("", d.prevention)],
            [self.entry("", d.other)],
        ]
        return [
            Section(f"{number}. {heading}", tuple(body))
            for number, (heading, body) in enumerate(zip(headings, bodies, strict=True), start=1)
        ]

    def notice_entry(self, notice: NoticeSent) -> Entry:
        translate = self.translate
        text = translate(
            "IncidentReport", "{method}, {date}: for {planned}, reached {reached}, unreachable {unreachable}"
        ).format(
            method=translate("NoticeMethod", notice.method.label),
            date=self.day(notice.sent_on),
            planned=format_number(notice.planned, self.lang),
            reached=format_number(notice.reached, self.lang),
            unreachable=format_number(notice.unreachable, self.lang),
        )
        if notice.note:
            text += "\n" + notice.note
        return Entry(translate("IncidentReport", "Notice"), text)

    def all_sections(self, kind: ReportKind) -> list[Section]:
        return [
            *self.front_sections(kind),
            self.assessment_section(),
            self.deadlines_section(),
            *self.items(),
        ]

    def timeline_text(self, row: TimelineRow) -> str:
        """An entry's text; a correction names the entry it corrects, a corrected entry its correction."""
        translate = self.translate
        text = row.text
        if row.corrects_id is not None:
            text = translate("IncidentReport", "Corrects entry #{id}: {text}").format(
                id=row.corrects_id, text=text
            )
        if row.corrected_by_id is not None:
            text += "\n" + translate("IncidentReport", "(corrected by entry #{id})").format(
                id=row.corrected_by_id
            )
        return text


def _item_headings(translate: Translate) -> list[str]:
    """Rules Art. 8(1) (i)–(ix), in the Rule's own words in Japanese."""
    return [
        translate("IncidentReport", "Summary"),
        translate("IncidentReport", "Items of the personal data leaked, lost or damaged, or possibly so"),
        translate(
            "IncidentReport",
            "Number of persons whose personal data was leaked, lost or damaged, or possibly so",
        ),
        translate("IncidentReport", "Cause"),
        translate("IncidentReport", "Whether there is or may be secondary damage, and its nature"),
        translate("IncidentReport", "Status of the response to the persons concerned"),
        translate("IncidentReport", "Status of public announcement"),
        translate("IncidentReport", "Measures to prevent recurrence"),
        translate("IncidentReport", "Other matters for reference"),
    ]


def _over_1000_answer(result: Reportability) -> Answer:
    if BreachTrigger.OVER_1000 in result.pending:
        return Answer.UNKNOWN
    return Answer.YES if BreachTrigger.OVER_1000 in result.triggers else Answer.NO


def plain_text(title: str, note: str, sections: list[Section], *, lang: str) -> str:
    """Headings and text to paste into a web form: 【heading】, then `label: value` lines (a full-width
    colon in Japanese)."""
    colon = "：" if lang == "ja" else ": "
    lines = [title, note, ""]
    for section in sections:
        lines.append(f"【{section.heading}】")
        for entry in section.entries:
            lines.append(f"{entry.label}{colon}{entry.value}" if entry.label else entry.value)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
