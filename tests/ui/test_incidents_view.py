"""The Incidents view as a desk uses it: recording an incident through the form, answering the assessment
and seeing the result and its reasons change ("not yet known" counting as reportable), the countdowns a
filing stops, a timeline correction that keeps the original, opening an incident from Today through the
hub, and both languages. A real database (SQLite, and PostgreSQL when configured), the real window."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from privacy_desk.domain.incidents import (
    Answer,
    Assessment,
    Destination,
    IncidentKind,
    PersonsAffected,
    Question,
    ReportKind,
    TimelineKind,
)
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.container import open_services
from privacy_desk.services.incidents.records import IncidentFacts, NewIncident
from privacy_desk.ui.incidents.facts_form import NewIncidentDialog
from tests.helpers.factories import add_desk_users

JA = catalogue("ja")
EN = catalogue("en")
# The company became aware at 05:00 in Tokyo on 28 November 2026 (a moment in the past: the service refuses
# one ahead of its clock); the page's clock says five hours later.
AWARE = datetime(2026, 11, 27, 20, 0, tzinfo=UTC)
NOW = AWARE + timedelta(hours=5)
SETTLED_NO = Assessment(
    sensitive=Answer.NO,
    financial=Answer.NO,
    malicious=Answer.NO,
    persons=PersonsAffected(exact=12),
    encrypted=Answer.NO,
    pseudonymised=Answer.NO,
    my_number=Answer.NO,
    eu_subjects=Answer.NO,
)


def facts(title: str = "誤送信: 注文確認メール", aware: datetime = AWARE) -> IncidentFacts:
    return IncidentFacts(
        title=title,
        kind=IncidentKind.LEAK,
        suspected=False,
        occurred_at=None,
        discovered_at=aware,
        aware_at=aware,
        reported_by="山田 太郎",
        summary="配信設定の誤りで他の顧客の注文確認メールが届いた",
        data_items="氏名、住所、注文内容",
        cause="",
        secondary_damage="",
        response_to_persons="",
        public_announcement="",
        prevention="",
        other="",
        systems="メール配信システム",
        contractors="",
        as_contractor=False,
        commissioning_company="",
        destination=Destination.PPC,
        destination_name="",
    )


def record(services, assessment: Assessment = SETTLED_NO, **fields):
    return services.incidents.create(services.actor, NewIncident(facts(**fields), assessment))


def open_incidents(make_window, db_url, incident_id: int | None = None):
    window = make_window(db_url)
    window.show_view("incidents")
    view = window.view_widget("incidents")
    view.page.now = lambda: NOW
    if incident_id is not None:
        view.open_item(incident_id)
    return window, view


def choose(combo, value) -> None:
    """Pick `value` in a combo box as the user does (activated follows)."""
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())


def test_an_incident_recorded_through_the_form_is_listed_and_shown(make_window, db_url, services):
    _window, view = open_incidents(make_window, db_url)
    assert view.model.rowCount() == 0 and view.empty_label.isVisible()
    view.new_incident()
    dialog = view.dialog
    assert isinstance(dialog, NewIncidentDialog)
    dialog.submit()
    assert view.dialog is dialog and dialog.message.text() == JA("Incidents", "Give the incident a title.")
    dialog.title_edit.setText("USBメモリの紛失")
    choose(dialog.kind_combo, IncidentKind.LOSS)
    dialog.aware_edit.set_value(AWARE)
    dialog.ok_button.click()

    assert view.dialog is None
    [row] = services.incidents.list(view.current_filter())
    assert row.title == "USBメモリの紛失"
    assert view.model.rows[0].id == row.id
    page = view.page
    assert page.detail is not None and page.detail.id == row.id
    assert page.title_label.text() == "USBメモリの紛失"
    assert row.ref in view.notice.text()
    assert page.detail.facts.aware_at == AWARE


def test_answers_change_the_result_and_its_reasons_and_each_change_is_kept(make_window, db_url, services):
    incident = record(services)
    _window, view = open_incidents(make_window, db_url, incident.id)
    panel = view.page.assessment
    assert panel.result_label.text() == JA("Incidents", "Not reportable")
    reasons_before = panel.reasons_label.text()
    assert view.page.countdowns.rows == []  # nothing to report: no countdown
    answered = panel.history.topLevelItemCount()  # the answers the incident was recorded with

    choose(panel.combos[Question.SENSITIVE], Answer.YES)

    assert panel.result_label.text() == JA("Incidents", "Reportable")
    assert panel.reasons_label.text() != reasons_before
    assert services.incidents.detail(incident.id).assessment.sensitive is Answer.YES
    assert panel.history.topLevelItemCount() == answered + 1
    newest = panel.history.topLevelItem(0)
    assert newest.text(2) == JA("Incidents", "Sensitive personal information")
    assert newest.text(3) == JA("Answer", "Yes")
    assert newest.text(1)  # who
    assert [row.kind for row in view.page.countdowns.rows] == ["preliminary_target", "preliminary", "final"]
    assert view.model.rows[0].reportable


def test_an_answer_not_yet_known_counts_as_reportable(make_window, db_url, services):
    incident = record(services)
    _window, view = open_incidents(make_window, db_url, incident.id)
    panel = view.page.assessment

    choose(panel.combos[Question.FINANCIAL], Answer.UNKNOWN)

    detail = view.page.detail
    assert detail.reportability.reportable and not detail.reportability.settled
    assert panel.result_label.text() == JA(
        "Incidents", "Reportable for now: answers not yet known count as yes"
    )
    assert view.page.countdowns.rows  # the deadlines run meanwhile
    assert view.model.index(0, 3).data() == JA("Incidents", "Pending")


def test_a_range_of_persons_above_1000_makes_the_incident_reportable(make_window, db_url, services):
    incident = record(services)
    _window, view = open_incidents(make_window, db_url, incident.id)
    view.page.change_persons()
    dialog = view.page.dialog
    dialog.range_radio.setChecked(True)
    dialog.low_box.setValue(1200)
    dialog.high_box.setValue(5000)
    dialog.ok_button.click()
    detail = view.page.detail
    assert detail.assessment.persons == PersonsAffected(low=1200, high=5000)
    assert detail.reportability.reportable
    assert "1,200" in view.page.assessment.persons_value.text()


def test_marking_the_preliminary_report_filed_stops_its_countdown(make_window, db_url, services, language):
    incident = record(services, Assessment(sensitive=Answer.YES, malicious=Answer.NO))
    _window, view = open_incidents(make_window, db_url, incident.id)
    language("en")
    countdowns = view.page.countdowns
    # Aware at 05:00 in Tokyo on 28 November: the target day is 1 December, which ends 3 days 14 h later.
    assert countdowns.texts()[0] == ("Preliminary report (target)", "Dec 1, 2026", "3 days 14 h left")
    assert countdowns.timer.isActive()

    view.page.mark_filed()
    dialog = view.page.dialog
    assert dialog.kind_combo.currentData() == ReportKind.PRELIMINARY
    dialog.filed_edit.setDate(date(2026, 11, 30))
    dialog.receipt_edit.setText("PPC-2026-12345")
    dialog.ok_button.click()
    assert view.page.dialog is None, dialog.message.text()

    rows = dict(zip((r.kind for r in countdowns.rows), countdowns.texts(), strict=True))
    assert "PPC-2026-12345" in rows["preliminary"][2] and "PPC-2026-12345" in rows["preliminary_target"][2]
    assert "PPC-2026-12345" not in rows["final"][2]  # the final report's clock still runs
    assert countdowns.timer.isActive()
    filed = services.incidents.detail(incident.id).filed_report(ReportKind.PRELIMINARY)
    assert filed is not None and filed.receipt_number == "PPC-2026-12345"


def test_the_countdown_follows_the_clock_each_minute_without_a_query(make_window, db_url, services):
    incident = record(services, Assessment(sensitive=Answer.YES, malicious=Answer.NO))
    _window, view = open_incidents(make_window, db_url, incident.id)
    countdowns = view.page.countdowns
    before = countdowns.texts()
    assert countdowns.timer.interval() == 60_000
    view.page.now = lambda: NOW + timedelta(days=10)  # past the preliminary due day
    countdowns.timer.timeout.emit()
    after = dict(zip((r.kind for r in countdowns.rows), countdowns.texts(), strict=True))
    assert after != dict(zip((r.kind for r in countdowns.rows), before, strict=True))
    overdue = JA("Countdown", "overdue by {time}").split("{time}")[0]
    assert after["preliminary"][2].startswith(overdue)


def test_a_correction_is_a_new_entry_and_the_original_stays_marked(make_window, db_url, services):
    incident = record(services)
    _window, view = open_incidents(make_window, db_url, incident.id)
    page, timeline = view.page, view.page.timeline
    page.add_entry(TimelineKind.FACT)
    page.dialog.text_edit.setPlainText("顧客から電話で連絡があった")
    page.dialog.ok_button.click()
    assert timeline.tree.topLevelItemCount() == 1
    timeline.tree.setCurrentItem(timeline.tree.topLevelItem(0))
    assert timeline.correct_button.isEnabled()
    timeline.correct_button.click()
    dialog = page.dialog
    assert dialog.text_edit.toPlainText() == "顧客から電話で連絡があった"
    dialog.text_edit.setPlainText("顧客からメールで連絡があった")
    dialog.ok_button.click()

    entries = services.incidents.detail(incident.id).timeline
    assert [e.text for e in entries] == ["顧客から電話で連絡があった", "顧客からメールで連絡があった"]
    assert entries[1].kind is TimelineKind.CORRECTION and entries[1].corrects_id == entries[0].id
    original, correction = timeline.tree.topLevelItem(0), timeline.tree.topLevelItem(1)
    assert original.text(3) == "顧客から電話で連絡があった"
    assert QFont(original.font(3)).strikeOut() and not QFont(correction.font(3)).strikeOut()
    assert original.text(1) == JA("Incidents", "{kind} (corrected)").format(kind=JA("TimelineKind", "Fact"))
    assert "顧客からメールで連絡があった" in correction.text(3)


def test_the_view_opens_an_incident_from_today_through_the_hub(make_window, db_url, services):
    incident = record(services, Assessment(sensitive=Answer.YES, malicious=Answer.NO))
    window = make_window(db_url)
    window.show_view("today")
    today = window.view_widget("today")
    model = today.model
    found = [
        model.index(row, 1, model.index(day, 0)).data()
        for day in range(model.rowCount())
        for row in range(model.rowCount(model.index(day, 0)))
    ]
    assert incident.ref in found
    today.open_agenda_item("incident", incident.ref)
    assert window.current_view_key() == "incidents"
    assert window.view_widget("incidents").page.incident_id == incident.id


@pytest.mark.parametrize("code", ["ja", "en"])
def test_the_view_speaks_both_languages(make_window, db_url, services, language, code):
    incident = record(services, replace(SETTLED_NO, sensitive=Answer.YES, eu_subjects=Answer.YES))
    _window, view = open_incidents(make_window, db_url, incident.id)
    language(code)
    tr = JA if code == "ja" else EN
    assert view.title.text() == tr("Incidents", "Incidents")
    assert view.page.tabs.tabText(0) == tr("Incidents", "&Assessment")
    assert view.page.countdowns.texts()[0][0] == tr("Incidents", "Preliminary report (target)")
    assert view.page.countdowns.texts()[-1][0] == tr("Incidents", "GDPR 72 hours")
    assert view.page.assessment.result_label.text() == tr("Incidents", "Reportable")
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == tr("Incidents", "Reference")


def test_today_names_a_breach_deadline_and_counts_down_its_last_72_hours(qapp, language):
    from datetime import date

    from privacy_desk.services.core.agenda import AgendaDay, AgendaItem, AgendaKind
    from privacy_desk.ui.today.model import AgendaModel, Column

    language("en")
    day = date(2026, 12, 1)
    item = AgendaItem(
        day, AgendaKind.INCIDENT, "INC-2026-0001", "不正アクセス", statutory=False, category="preliminary"
    )
    final = AgendaItem(
        date(2026, 12, 21), AgendaKind.INCIDENT, "INC-2026-0002", "誤送信", True, category="final"
    )
    model = AgendaModel(lambda: "en")
    model.zone = UTC
    model.now = lambda: datetime(2026, 11, 30, 6, 30, tzinfo=UTC)  # 1 day 17 h 30 min before the day ends
    model.set_agenda(date(2026, 11, 30), [AgendaDay(day, (item,)), AgendaDay(final.day, (final,))])

    def deadline(row: int) -> str:
        return model.index(0, Column.DEADLINE, model.index(row, 0)).data()

    assert model.index(0, Column.KIND, model.index(0, 0)).data() == "Breach"
    assert deadline(0) == "Preliminary breach report due · 1 day 17 h left"
    assert deadline(1) == "Final breach report due"  # more than 72 hours away: the day says it
    model.set_agenda(date(2026, 12, 2), [AgendaDay(day, (item,))])
    assert deadline(0) == "Preliminary breach report due, overdue"


def test_facts_changed_at_another_desk_meanwhile_are_not_overwritten(make_window, db_url, services):
    incident = record(services)
    _window, view = open_incidents(make_window, db_url, incident.id)
    page = view.page
    page.edit_facts()
    dialog = page.dialog
    dialog.title_edit.setText("誤送信（件名を修正）")
    add_desk_users(services)
    other_desk = open_services(db_url, login="tanaka")
    try:
        other_desk.incidents.update_facts(
            other_desk.actor, incident.id, incident.version, replace(incident.facts, title="別の窓口で修正")
        )
    finally:
        other_desk.close()
    dialog.ok_button.click()

    assert page.dialog is dialog  # the form stays open with what was typed, and says why
    assert dialog.message.text() and dialog.title_edit.text() == "誤送信（件名を修正）"
    assert page.title_label.text() == "別の窓口で修正"  # the page behind shows what is stored now
    assert services.incidents.detail(incident.id).facts.title == "別の窓口で修正"
