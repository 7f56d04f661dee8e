"""The Retention view's forms as a desk fills them: a new holding from File › New Holding… lands on its
day, Edit… changes it, the register adds a category with its rule (which the filters then offer), and
the filters by category, system and owner narrow the marks and the lists. A real database, the real
window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from privacy_desk.domain.retention import Period, PeriodUnit, TriggerEvent
from privacy_desk.services.retention.records import CategoryInput, HoldingInput, RuleInput
from privacy_desk.ui.retention.dialogs import HoldingDialog
from privacy_desk.ui.retention.register import CategoryDialog, RegisterDialog, RuleDialog
from privacy_desk.ui.retention.view import DAY

TODAY = date(2026, 12, 3)


@pytest.fixture
def categories(services):
    """Two categories of their own, each with a 30-day rule, on different systems and owners."""
    actor, retention = services.actor, services.retention
    made = []
    for name, system, owner in (
        ("録音A", "録音サーバー", "サポート部"),
        ("応募書類B", "採用システム", "人事部"),
    ):
        category = retention.add_category(actor, CategoryInput(name, "目的", system, owner))
        retention.set_rule(
            actor, RuleInput(category.id, Period(30, PeriodUnit.DAYS), TriggerEvent.COLLECTION, "規程")
        )
        made.append(category)
    return made


def open_retention(make_window, db_url, language):
    window = make_window(db_url, day=TODAY)
    language("en")
    window.show_view("retention")
    return window, window.view_widget("retention")


def test_the_holding_form_says_what_is_missing_and_saves_when_complete(
    make_window, db_url, services, categories, language
):
    window, view = open_retention(make_window, db_url, language)
    action = next(a for _key, command, a in window.menus.command_actions if command.key == "new_holding")
    action.trigger()  # File › New Holding…
    dialog = view.dialog
    assert isinstance(dialog, HoldingDialog)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(categories[0].id))
    dialog.submit()
    assert view.dialog is dialog and "Name the holding." in dialog.message.text()
    dialog.name_edit.setText("通話録音 2026年11月")
    dialog.submit()
    assert view.dialog is dialog and dialog.message.text()  # no trigger date yet
    dialog.trigger_edit.setDate(TODAY - timedelta(days=10))
    dialog.submit()
    assert view.dialog is None
    row = view.page.holding
    assert row is not None and row.name == "通話録音 2026年11月" and row.delete_from is not None
    assert view.grid.selected_day() == row.delete_from
    view.set_scope(DAY)
    assert row.id in view.holding_ids()
    assert "added" in view.notice.text()
    view.page.edit()
    edit = view.page.dialog
    assert isinstance(edit, HoldingDialog) and edit.name_edit.text() == row.name
    edit.name_edit.setText("通話録音 2026年11月（再編集）")
    edit.submit()
    assert view.page.dialog is None and view.page.holding.name.endswith("（再編集）")
    assert services.retention.holding(row.id, as_of=TODAY).name.endswith("（再編集）")


def test_the_register_adds_a_category_and_its_rule_which_the_filters_offer(
    make_window, db_url, services, categories, language
):
    _window, view = open_retention(make_window, db_url, language)
    view.open_register()
    register = view.dialog
    assert isinstance(register, RegisterDialog)
    register.add_category()
    form = register.dialog
    assert isinstance(form, CategoryDialog)
    form.name_edit.setText("防犯カメラ映像")
    form.systems_edit.setText("録画装置")
    form.owner_edit.setText("総務部")
    form.submit()
    names = [register.table.item(row, 0).text() for row in range(register.table.rowCount())]
    assert "防犯カメラ映像" in names
    register.table.selectRow(names.index("防犯カメラ映像"))
    register.set_rule()
    rule = register.dialog
    assert isinstance(rule, RuleDialog)
    assert rule.count_spin.maximum() == 100  # a new rule starts in years: at most 100 of them
    rule.count_spin.setValue(30)
    rule.unit_combo.setCurrentIndex(rule.unit_combo.findData(PeriodUnit.DAYS))
    assert rule.count_spin.maximum() == 36_525  # the bound follows the unit, as Period checks it
    rule.basis_edit.setText("社内規程（映像は30日）")
    rule.submit()
    row = names.index("防犯カメラ映像")
    assert register.table.item(row, 3).text() == "30 days"
    assert register.table.item(row, 5).text() == "社内規程（映像は30日）"
    register.reject()
    assert view.category_combo.findText("防犯カメラ映像") >= 0
    assert view.system_combo.findData("録画装置") >= 0 and view.owner_combo.findData("総務部") >= 0


def test_the_filters_narrow_the_marks_and_the_lists(make_window, db_url, services, categories, language):
    actor, retention = services.actor, services.retention
    day = TODAY + timedelta(days=4)
    trigger = day - (
        retention.add_holding(actor, HoldingInput(categories[0].id, "probe", "", "", TODAY)).delete_from
        - TODAY
    )
    a = retention.add_holding(actor, HoldingInput(categories[0].id, "録音", "", "", trigger))
    b = retention.add_holding(actor, HoldingInput(categories[1].id, "応募書類", "", "", trigger))
    _window, view = open_retention(make_window, db_url, language)
    view.set_scope(DAY)
    view.grid.select_day(day)
    assert set(view.holding_ids()) == {a.id, b.id} and view.grid.counts_on(day)[0] == 2
    for combo, value, kept in (
        (view.category_combo, categories[1].id, b.id),
        (view.system_combo, "録音サーバー", a.id),
        (view.owner_combo, "人事部", b.id),
    ):
        combo.setCurrentIndex(combo.findData(value))
        combo.activated.emit(combo.currentIndex())
        assert view.holding_ids() == [kept] and view.grid.counts_on(day)[0] == 1, combo.objectName()
        combo.setCurrentIndex(0)
        combo.activated.emit(0)
    assert set(view.holding_ids()) == {a.id, b.id}


def test_a_manager_sets_how_long_the_apps_own_records_are_kept(make_window, db_url, services, language):
    from privacy_desk.domain.retention import AppRecordKind
    from privacy_desk.ui.retention.purge_rules import PurgeRuleDialog
    from tests.helpers.factories import add_desk_users

    add_desk_users(services)
    window = make_window(db_url, day=TODAY, login="suzuki")  # a manager
    language("en")
    window.show_view("retention")
    view = window.view_widget("retention")
    view.open_register()
    panel = view.dialog.purge_rules
    kinds = [rule.kind for rule in panel.rules]
    assert AppRecordKind.TICKETS in kinds
    panel.table.selectRow(kinds.index(AppRecordKind.TICKETS))
    panel.edit_rule()
    form = panel.dialog
    assert isinstance(form, PurgeRuleDialog)
    form.count_spin.setValue(2)
    form.unit_combo.setCurrentIndex(form.unit_combo.findData(PeriodUnit.YEARS))
    form.basis_edit.setText("当社方針（対応終了後2年）")
    form.submit()
    assert panel.dialog is None, form.message.text()
    row = kinds.index(AppRecordKind.TICKETS)
    assert panel.table.item(row, 1).text() == "2 years"
    stored = next(rule for rule in services.retention.purge_rules() if rule.kind is AppRecordKind.TICKETS)
    assert stored.period == Period(2, PeriodUnit.YEARS) and stored.legal_basis == "当社方針（対応終了後2年）"


def test_the_register_exports_as_csv_and_xlsx_in_the_language_shown(
    make_window, db_url, services, categories, language, tmp_path
):
    from openpyxl import load_workbook

    actor, retention = services.actor, services.retention
    retention.add_holding(
        actor, HoldingInput(categories[0].id, "通話録音 2026年10月", "12 files", "rec-01", TODAY)
    )
    _window, view = open_retention(make_window, db_url, language)
    csv_path, xlsx_path = tmp_path / "register.csv", tmp_path / "register.xlsx"
    view.files.ask_save_path = lambda *_args: str(csv_path)
    view.export_register()
    text = csv_path.read_text(encoding="utf-8-sig")
    assert "通話録音 2026年10月" in text and "Reference" in text  # English headings: the language shown
    assert str(csv_path) in view.notice.text()
    view.files.ask_save_path = lambda *_args: str(xlsx_path)
    view.export_register()
    sheet = load_workbook(xlsx_path).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "通話録音 2026年10月" in values
