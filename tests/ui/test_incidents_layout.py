"""The Incidents view as a new clerk sees it in the smallest window the desk supports (1120×720, issue #11
§8): the reasons of the result shown whole, the English screen in English only, the report's two choices
named."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from privacy_desk.domain.incidents import Answer, PersonsAffected
from privacy_desk.ui.incidents.model import Column
from tests.ui.test_incidents_view import EN, JA, SETTLED_NO, open_incidents, record

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# Several reasons at once: a malicious act, over 1,000 persons, a risk of loss not yet known.
MANY_REASONS = replace(
    SETTLED_NO, malicious=Answer.YES, financial=Answer.UNKNOWN, persons=PersonsAffected(exact=2340)
)


def cut_off(widget: QWidget, top: QWidget) -> bool:
    """True when a parent between `widget` and `top` shows only part of it (a scroll area's viewport)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        shown = widget.rect().translated(widget.mapTo(parent, widget.rect().topLeft()))
        if not parent.rect().contains(shown):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("code", ["en", "ja"])
def test_the_reasons_are_shown_whole_at_1120_by_720(make_window, db_url, services, language, qtbot, code):
    incident = record(services, MANY_REASONS)
    window, view = open_incidents(make_window, db_url, incident.id)
    language(code)
    window.resize(1120, 720)
    label = view.page.assessment.reasons_label
    assert label.text().count("•") >= 3

    # once the layouts have settled (they do so on Qt's next events), every line of the text has room
    qtbot.waitUntil(
        lambda: label.height() >= label.heightForWidth(label.width()) > 3 * label.fontMetrics().height()
    )
    view.page.scroll_area.ensureWidgetVisible(label)  # the page scrolls to it: then no box hides a part of it
    assert not cut_off(label, view.page)


def test_the_english_screen_names_the_questions_in_english_only(make_window, db_url, services, language):
    incident = record(services, MANY_REASONS)
    _window, view = open_incidents(make_window, db_url, incident.id)
    panel = view.page.assessment
    captions = [label.text() for label in panel.findChildren(QLabel) if label.buddy() is not None]
    assert EN("Incidents", "Sensitive personal information") in captions
    assert [text for text in captions if JAPANESE.search(text)] == []
    language("ja")
    captions = [label.text() for label in panel.findChildren(QLabel) if label.buddy() is not None]
    assert JA("Incidents", "Sensitive personal information") == "要配慮個人情報が含まれる"
    assert JA("Incidents", "Sensitive personal information") in captions


@pytest.mark.parametrize("code", ["en", "ja"])
def test_the_report_and_its_language_are_named_beside_their_boxes(
    make_window, db_url, services, language, code
):
    incident = record(services, MANY_REASONS)
    _window, view = open_incidents(make_window, db_url, incident.id)
    language(code)
    tr = JA if code == "ja" else EN
    page = view.page
    assert page.report_caption.text() == tr("Incidents", "Report &kind:")
    assert page.report_caption.buddy() is page.report_combo
    assert page.language_caption.text() == tr("Incidents", "Lan&guage:")
    assert page.language_caption.buddy() is page.language_combo
    assert page.report_caption.isVisible() and page.language_caption.isVisible()


def test_the_change_count_button_keeps_a_gap_from_the_count(make_window, db_url, services, language, qtbot):
    incident = record(services, MANY_REASONS)
    window, view = open_incidents(make_window, db_url, incident.id)
    window.resize(1120, 720)
    panel = view.page.assessment
    assert panel.persons_value.text() == "2,340 persons"

    qtbot.waitUntil(lambda: panel.persons_value.width() >= panel.persons_value.sizeHint().width())
    value_ends = panel.persons_value.geometry().right()
    assert panel.persons_button.geometry().left() - value_ends >= 8


def test_a_compact_list_leaves_overdue_to_the_icon_and_says_it_in_the_tooltip(
    make_window, db_url, services, language
):
    incident = record(services, MANY_REASONS)
    _window, view = open_incidents(make_window, db_url, incident.id)
    model = view.model
    model.rows[0] = replace(model.rows[0], overdue=True)
    cell = model.index(0, Column.NEXT)
    overdue = EN("Incidents", "{deadline} (overdue)").split("{deadline}")[1]
    model.set_compact(0)
    assert model.data(cell, Qt.ItemDataRole.DisplayRole).endswith(overdue)
    model.set_compact(1)  # no room (1120 px)
    shown = model.data(cell, Qt.ItemDataRole.DisplayRole)
    assert shown and not shown.endswith(overdue)
    assert model.data(cell, Qt.ItemDataRole.AccessibleTextRole).endswith(overdue)
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole).endswith(overdue)
    assert model.data(cell, Qt.ItemDataRole.DecorationRole) is not None  # the warning icon stays
