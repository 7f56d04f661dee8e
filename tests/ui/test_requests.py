"""The Requests view as a desk uses it: the list by due date with overdue cases marked, filters, search,
sorting, the case page beside it, the intake form, converting an Inbox ticket, and the Today agenda."""

from __future__ import annotations

import sys
import types
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QPushButton

from privacy_desk.config import DUE_SOON_DAYS
from privacy_desk.domain.case_deadlines import DeadlineStatus, PauseReason
from privacy_desk.domain.cases import CaseState, DeliveryMethod, RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.roles import Role as UserRole
from privacy_desk.i18n.formatting import format_date
from privacy_desk.i18n.qt import catalogue
from privacy_desk.services.cases.service import CaseDetails, CaseFilter, NewCase
from privacy_desk.services.container import open_services
from privacy_desk.services.persons.service import PersonData
from privacy_desk.ui.requests.model import Column, Role
from privacy_desk.ui.requests.new_case import NewCaseDialog
from privacy_desk.ui.widgets import due_soon_color, error_color
from privacy_desk.ui.widgets.lists import ListState

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from ticket_mail import HANAKO, mail

JA = catalogue("ja")
EN = catalogue("en")


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"


@pytest.fixture
def desk(url):
    """Four cases: overdue (A), due soon through an agent (C), on track and GDPR (B), withdrawn (D)."""
    services = open_services(url, login="tester")
    actor = services.actor
    services.settings.set(actor, DUE_SOON_DAYS, 10)
    tanaka = services.users.add(actor, "tanaka", "田中 さくら", UserRole.DESK)
    suzuki = services.users.add(actor, "suzuki", "鈴木 一郎", UserRole.MANAGER)
    person = {
        name: services.persons.create(actor, PersonData(name, kana, email))
        for name, kana, email in (
            ("山田 太郎", "ヤマダ タロウ", "taro.yamada@example.jp"),
            ("髙橋 美香", "タカハシ ミカ", "mika@example.jp"),
            ("佐藤 健", "サトウ ケン", "ken.sato@example.ne.jp"),
            ("林 美咲", "ハヤシ ミサキ", "misaki@example.com"),
        )
    }
    today = services.cases.policy().today()

    def new(request_type, name, days_ago, assignee=None, **details):
        assignee_id = assignee.id if assignee is not None else None
        received = today - timedelta(days=days_ago)
        new_case = NewCase(request_type, person[name].id, received, CaseDetails(**details), assignee_id)
        return services.cases.create(actor, new_case).row

    a = new(RequestType.DISCLOSURE, "山田 太郎", 40, tanaka)
    b = new(RequestType.CORRECTION, "髙橋 美香", 0, gdpr=True)
    c = new(
        RequestType.STOP_USE,
        "佐藤 健",
        8,
        tanaka,
        requester_kind=RequesterKind.APPOINTED_AGENT,
        agent_name="中村 聡",
    )
    d = new(RequestType.PURPOSE, "林 美咲", 20, suzuki)
    services.cases.withdraw(actor, d.id, "本人より取下げの連絡")
    rows = {row.ref: row for row in services.cases.rows([a.id, b.id, c.id, d.id])}
    assert rows[a.ref].deadline_status is DeadlineStatus.OVERDUE
    assert rows[b.ref].deadline_status is DeadlineStatus.ON_TRACK
    assert rows[c.ref].deadline_status is DeadlineStatus.DUE_SOON
    yield types.SimpleNamespace(
        services=services,
        today=today,
        refs=types.SimpleNamespace(a=a.ref, b=b.ref, c=c.ref, d=d.ref),
        people=types.SimpleNamespace(tanaka=tanaka, suzuki=suzuki, yamada=person["山田 太郎"]),
    )
    services.close()


def open_requests(make_window, url, desk):
    window = make_window(url, day=desk.today)
    window.show_view("requests")
    return window, window.view_widget("requests")


def refs(view) -> list[str]:
    model = view.model
    return [model.index(row, Column.REFERENCE).data() for row in range(model.rowCount())]


def cell(view, ref: str, column: Column, role=Qt.ItemDataRole.DisplayRole):
    model = view.model
    return model.index(refs(view).index(ref), column).data(role)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_ctrl_3_shows_open_cases_by_due_date_with_the_overdue_one_marked(make_window, url, desk, qtbot):
    window = make_window(url, day=desk.today)
    assert window.views.keys()[:3] == ["today", "inbox", "requests"]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_key() == "requests"
    assert window.sidebar.currentItem().text() == JA("Views", "Requests") != "Requests"
    view = window.view_widget("requests")
    assert view.state is ListState.READY
    r = desk.refs
    assert refs(view) == [r.a, r.c, r.b]  # open cases only, the earliest due first
    assert view.count_label.text() == JA("Requests", "%n case(s)", None, 3)
    model = view.model
    assert model.headerData(Column.DUE, Qt.Orientation.Horizontal) == JA("Requests", "Due")
    assert view.table.horizontalHeader().sortIndicatorSection() == Column.DUE

    overdue = desk.services.cases.rows([cell(view, r.a, Column.REFERENCE, Role.CASE_ID)])[0]
    due = format_date(overdue.due, "ja")
    assert cell(view, r.a, Column.DUE) == JA("Requests", "{date} (overdue)").format(date=due)
    assert cell(view, r.a, Column.DUE, Qt.ItemDataRole.ForegroundRole) == error_color(QApplication.palette())
    assert cell(view, r.a, Column.DUE, Qt.ItemDataRole.FontRole).bold()
    assert not cell(view, r.a, Column.DUE, Qt.ItemDataRole.DecorationRole).isNull()
    assert JA("Requests", "Overdue: the internal due date was {date}.").split("{")[0] in cell(
        view, r.a, Column.DUE, Qt.ItemDataRole.ToolTipRole
    )
    assert overdue.overdue and cell(view, r.a, Column.REFERENCE, Role.OVERDUE)

    # Due soon: amber and bold, no warning icon; on track: plain.
    assert cell(view, r.c, Column.DUE, Qt.ItemDataRole.FontRole).bold()
    # (the same amber as the case page's header)
    assert cell(view, r.c, Column.DUE, Qt.ItemDataRole.ForegroundRole) == due_soon_color(
        QApplication.palette()
    )
    assert cell(view, r.c, Column.DUE, Qt.ItemDataRole.DecorationRole) is None
    assert cell(view, r.b, Column.DUE, Qt.ItemDataRole.FontRole) is None
    assert cell(view, r.b, Column.DUE, Qt.ItemDataRole.ForegroundRole) is None

    # Who asks, and the GDPR mark.
    assert cell(view, r.c, Column.REQUESTER) == JA("Requests", "{name} (agent: {agent})").format(
        name="佐藤 健", agent="中村 聡"
    )
    correction = JA("RequestType", "Correction, addition or deletion")
    assert cell(view, r.b, Column.TYPE) == JA("Requests", "{type} · GDPR").format(type=correction)
    assert "GDPR" in cell(view, r.b, Column.TYPE, Qt.ItemDataRole.ToolTipRole)
    assert cell(view, r.b, Column.LAWSUIT)  # Art. 39 applies to a correction


def test_filters_and_search_change_the_rows(make_window, url, desk, qtbot):
    _, view = open_requests(make_window, url, desk)
    r, people = desk.refs, desk.people
    choose(view.state_combo, "*all")
    assert sorted(refs(view)) == sorted([r.a, r.b, r.c, r.d])
    grey = cell(view, r.d, Column.REQUESTER, Qt.ItemDataRole.ForegroundRole)
    assert grey is not None and grey != error_color(QApplication.palette())  # a withdrawn case is greyed
    choose(view.state_combo, CaseState.WITHDRAWN)
    assert refs(view) == [r.d]
    assert cell(view, r.d, Column.STATE) == JA("CaseState", "Withdrawn")
    choose(view.state_combo, "*open")

    choose(view.type_combo, RequestType.CORRECTION)
    assert refs(view) == [r.b]
    choose(view.type_combo, "*all")

    choose(view.assignee_combo, people.tanaka.id)
    assert refs(view) == [r.a, r.c]
    choose(view.assignee_combo, "*unassigned")
    assert refs(view) == [r.b]
    choose(view.assignee_combo, "*anyone")

    view.overdue_check.click()
    assert refs(view) == [r.a]
    assert view.count_label.text() == JA("Requests", "%n case(s)", None, 1)
    view.overdue_check.click()
    view.due_soon_check.click()
    assert refs(view) == [r.a, r.c]
    view.due_soon_check.click()
    assert refs(view) == [r.a, r.c, r.b]

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search_edit.hasFocus()
    qtbot.keyClicks(view.search_edit, "yamada")  # the e-mail address
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert refs(view) == [r.a]
    view.search_edit.setText("ヤマダ")  # the reading
    view.search_edit.returnPressed.emit()
    assert refs(view) == [r.a]
    view.search_edit.setText("中村")  # the agent
    view.search_edit.returnPressed.emit()
    assert refs(view) == [r.c]
    view.search_edit.setText("該当なし")
    view.search_edit.returnPressed.emit()
    assert refs(view) == [] and view.state is ListState.EMPTY
    assert view.empty_label.isVisible()
    assert view.empty_label.text() == JA("Requests", "No request cases match the filter.")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Escape)
    assert view.search_edit.text() == "" and refs(view) == [r.a, r.c, r.b]
    assert not view.empty_label.isVisible()
    assert view.table.hasFocus()


def test_columns_sort_the_list_and_due_is_the_default(make_window, url, desk):
    _, view = open_requests(make_window, url, desk)
    r = desk.refs
    header = view.table.horizontalHeader()
    view.table.sortByColumn(Column.DUE, Qt.SortOrder.DescendingOrder)
    assert refs(view) == [r.b, r.c, r.a]
    view.table.sortByColumn(Column.REFERENCE, Qt.SortOrder.AscendingOrder)
    assert refs(view) == sorted([r.a, r.b, r.c])
    view.sort_by("due")
    assert refs(view) == [r.a, r.c, r.b]
    # The Art. 39 column cannot sort the list: the arrow stays where it was, and its tooltip says so.
    header.setSortIndicator(Column.LAWSUIT, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == Column.DUE
    assert refs(view) == [r.a, r.c, r.b]
    tip = view.model.headerData(Column.LAWSUIT, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert JA("Lists", "The list cannot be sorted by this column.") in tip


def test_choosing_a_case_opens_it_on_the_page_and_enter_moves_into_it(make_window, url, desk, qtbot):
    _, view = open_requests(make_window, url, desk)
    r = desk.refs
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.page.case_id == cell(
        view, refs(view)[view.table.currentIndex().row()], Column.REFERENCE, Role.CASE_ID
    )
    view.table.selectRow(refs(view).index(r.c))
    assert view.page.detail.row.ref == r.c
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.page.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert view.table.hasFocus()

    # A case the filter hides still opens on the page.
    withdrawn = desk.services.cases.id_of(r.d)
    view.select_case(withdrawn)
    assert view.page.detail.row.ref == r.d
    assert not view.table.selectionModel().hasSelection()


def test_a_change_made_on_the_case_page_updates_its_row_and_tells_the_other_views(make_window, url, desk):
    window, view = open_requests(make_window, url, desk)
    r = desk.refs
    case_id = desk.services.cases.id_of(r.b)
    view.select_case(case_id)
    told = []
    window.context.hub.cases_did_change.connect(told.append)
    desk.services.cases.set_assignee(
        desk.services.actor, case_id, desk.people.suzuki.id
    )  # as the page's service call does
    view.page.case_did_change.emit(case_id)
    assert cell(view, r.b, Column.ASSIGNEE) == "鈴木 一郎"
    assert told == [[case_id]]


def test_a_case_opened_elsewhere_appears_when_the_hub_says_so(make_window, url, desk):
    window, view = open_requests(make_window, url, desk)
    today = desk.today
    detail = desk.services.cases.create(
        desk.services.actor, NewCase(RequestType.STOP_PROVISION, desk.people.yamada.id, today)
    )
    assert detail.row.ref not in refs(view)
    window.context.hub.cases_did_change.emit([detail.row.id])
    assert detail.row.ref in refs(view)
    assert view.count_label.text() == JA("Requests", "%n case(s)", None, 4)


def test_the_new_case_form_checks_the_requester_and_opens_the_case(make_window, url, desk, qtbot):
    window, view = open_requests(make_window, url, desk)
    told = []
    window.context.hub.cases_did_change.connect(told.append)
    qtbot.keyClick(
        window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = view.dialog
    assert isinstance(dialog, NewCaseDialog)
    assert dialog.windowTitle() == JA("Requests", "New Request Case") != "New Request Case"
    assert dialog.received_edit.date() == desk.today  # today on the office's clock
    assert not dialog.delivery_combo.isHidden()  # a disclosure may say how it is to be given

    dialog.ok_button.click()
    missing = JA("Requests", "Choose the person the request is about.")
    assert dialog.message.text() == missing != "Choose the person the request is about."
    assert dialog.isVisible()

    dialog.person_button.click()
    chooser = dialog.person_dialog
    chooser.search_edit.setText("やまだ")
    chooser.search()
    assert chooser.results.count() == 1
    chooser.results.setCurrentRow(0)
    chooser.ok_button.click()
    assert dialog.person is not None and dialog.person.name == "山田 太郎"
    assert "山田 太郎" in dialog.person_value.text()

    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(RequestType.PROVISION_RECORD))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(RequesterKind.LEGAL_REPRESENTATIVE))
    assert not dialog.agent_name_edit.isHidden()
    dialog.ok_button.click()
    assert dialog.message.text() == JA(
        "Requests", "Enter the name of the representative or agent who made the request."
    )
    dialog.agent_name_edit.setText("山田 花子")
    dialog.gdpr_check.setChecked(True)
    dialog.items_edit.setPlainText("第三者提供記録（2025年以降）")
    dialog.delivery_combo.setCurrentIndex(dialog.delivery_combo.findData(DeliveryMethod.PAPER))
    dialog.delivery_note_edit.setText("簡易書留で")
    earlier = desk.today - timedelta(days=3)
    dialog.received_edit.setText(earlier.isoformat())
    dialog.ok_button.click()
    assert view.dialog is None

    detail = view.page.detail
    assert detail is not None and detail.row.requester_name == "山田 太郎"
    stored = desk.services.cases.get(detail.row.id)
    assert stored.row.request_type is RequestType.PROVISION_RECORD and stored.row.gdpr
    assert stored.row.received_on == earlier
    assert stored.row.requester_kind is RequesterKind.LEGAL_REPRESENTATIVE
    assert stored.row.agent_name == "山田 花子"
    assert stored.requested_items == "第三者提供記録（2025年以降）"
    assert stored.delivery_method is DeliveryMethod.PAPER and stored.delivery_note == "簡易書留で"
    assert stored.row.ref in refs(view)
    assert view.model.index(view.table.currentIndex().row(), Column.REFERENCE).data() == stored.row.ref
    assert told == [[stored.row.id]]
    assert stored.row.ref in view.notice.text()


def test_the_new_case_form_shows_the_services_refusal(make_window, url, desk, qtbot):
    _, view = open_requests(make_window, url, desk)
    view.new_button.click()
    dialog = view.dialog
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(RequestType.CORRECTION))
    assert dialog.delivery_combo.isHidden()  # only disclosure asks how it is given
    dialog.person = desk.services.persons.get(desk.people.yamada.id)
    dialog.received_edit.setText((desk.today + timedelta(days=2)).isoformat())
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.message.text() == JA("Errors", "The date received cannot be in the future.")
    dialog.reject()


def test_the_new_case_form_closes_with_the_database_and_says_so_without_it(make_window, url, desk):
    window, view = open_requests(make_window, url, desk)
    view.new_button.click()
    dialog = view.dialog
    services, window.context.services = window.context.services, None  # closed under the open form
    closed = JA("Requests", "The database is not open. Try again once it is open; nothing was saved.")
    dialog.person = desk.services.persons.get(desk.people.yamada.id)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.message.isVisible() and dialog.message.text() == closed
    dialog.message.clear()
    dialog.person_button.click()
    assert dialog.person_dialog is None and dialog.message.text() == closed
    window.context.services = services
    window.session.close()  # the view closes the form
    assert not dialog.isVisible() and view.dialog is None


def test_converting_a_ticket_in_the_inbox_opens_a_linked_case_in_requests(make_window, url, desk):
    desk.services.ticket_import.import_raw(
        desk.services.actor, mail("h1@example.jp", HANAKO, "開示請求", "購入履歴の開示を請求します。"), "h1"
    )
    window = make_window(url, day=desk.today)
    window.show_view("inbox")
    inbox = window.view_widget("inbox")
    inbox.status_combo.setCurrentIndex(inbox.status_combo.findData("*all"))
    inbox.apply_filters()
    ticket = inbox.model.rows[0]
    inbox.select_ticket(ticket.id)
    pane = inbox.detail
    assert not pane.cases_label.isVisible()
    assert pane.convert_button.text() == JA("Inbox", "Convert to Re&quest Case…")
    pane.convert_button.click()
    dialog = inbox.dialog
    assert isinstance(dialog, NewCaseDialog)
    assert ticket.ref in dialog.windowTitle()
    assert dialog.person_value.text() == ticket.person_name == "髙橋 花子"  # the ticket's requester
    received = ticket.received_at.astimezone(desk.services.settings.office_tz()).date()
    assert dialog.received_edit.date() == received
    dialog.ok_button.click()

    assert window.current_view_key() == "requests"
    view = window.view_widget("requests")
    case = view.page.detail
    assert case is not None and case.row.ticket_ref == ticket.ref
    assert case.row.requester_name == "髙橋 花子" and case.row.received_on == received
    assert case.row.ref in refs(view)
    assert view.model.index(view.table.currentIndex().row(), Column.REFERENCE).data() == case.row.ref
    assert [c.ref for c in desk.services.cases.cases_for_ticket(ticket.id)] == [case.row.ref]

    # The ticket's pane links to the case; following the link comes back here.
    window.show_view("inbox")
    assert pane.cases_label.isVisible() and case.row.ref in pane.cases_label.text()
    assert JA("CaseState", "Received") in pane.cases_label.text()
    desk.services.cases.move(desk.services.actor, case.row.id, CaseState.IDENTITY_CHECK)
    window.context.hub.cases_did_change.emit([case.row.id])  # as the case page says after a change
    assert JA("CaseState", "Identity check") in pane.cases_label.text()
    view.select_case(desk.services.cases.id_of(desk.refs.a))
    pane.cases_label.linkActivated.emit(str(case.row.id))
    assert window.current_view_key() == "requests"
    assert view.page.detail.row.ref == case.row.ref


def test_enter_on_a_case_in_the_today_agenda_opens_it_in_requests(make_window, url, desk, qtbot):
    window = make_window(url, day=desk.today)
    assert window.current_view_key() == "today"
    tree = window.view_widget("today").tree
    model = tree.model()
    target = None
    for day in range(model.rowCount()):
        parent = model.index(day, 0)
        for row in range(model.rowCount(parent)):
            if model.index(row, 1, parent).data() == desk.refs.a:
                target = model.index(row, 0, parent)
    assert target is not None and target != QModelIndex()
    tree.setFocus()
    tree.setCurrentIndex(target)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_view_key() == "requests"
    assert window.view_widget("requests").page.detail.row.ref == desk.refs.a


def test_the_list_follows_the_language(make_window, url, desk):
    window, view = open_requests(make_window, url, desk)
    window.resize(1920, 1080)  # room for the whole words: "(overdue)" is said
    window.commands.apply_language("en")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    r = desk.refs
    assert view.title.text() == "Requests"
    assert view.model.headerData(Column.LAWSUIT, Qt.Orientation.Horizontal) == "Suit possible"
    assert cell(view, r.a, Column.DUE).endswith("(overdue)")
    assert view.count_label.text() == "3 cases"
    assert view.state_combo.currentText() == "Open cases"
    window.commands.apply_language("ja")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert view.title.text() == JA("Requests", "Requests") != "Requests"
    assert isinstance(cell(view, r.a, Column.DUE, Qt.ItemDataRole.FontRole), QFont)


def mnemonics(window) -> dict[str, list[str]]:
    """Letter -> the texts that use it, of every widget shown in the window and the menu bar's menus."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

    texts = [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        if isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
    letters: dict[str, list[str]] = {}
    for text in texts:
        plain = text.replace("&&", "")
        if "&" in plain and plain.index("&") + 1 < len(plain):
            letters.setdefault(plain[plain.index("&") + 1].lower(), []).append(text)
    return letters


@pytest.mark.parametrize("language", ["en", "ja"])
def test_the_filter_check_boxes_have_letters_of_their_own(make_window, url, desk, language):
    window, view = open_requests(make_window, url, desk)
    window.commands.apply_language(language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    view.select_case(desk.services.cases.id_of(desk.refs.a))
    tabs = view.page.tabs
    workflow = [button.text() for button in view.page.action_bar.findChildren(QPushButton)]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        letters = mnemonics(window)
        for check in (view.overdue_check, view.due_soon_check):
            text = check.text()
            others = [t for t in letters[text[text.index("&") + 1].lower()] if t != text]
            if language == "ja":
                assert others == [], (tabs.tabText(index), others)
            else:  # no letter is left in English: at most a workflow button of the first steps shares one
                assert all(t in ("Verif&y Identity…", "Req&uest Fee") and t in workflow for t in others)


def test_the_list_reads_a_page_at_a_time(make_window, url, desk):
    _, view = open_requests(make_window, url, desk)
    r = desk.refs
    view.model.page_size = 2
    choose(view.state_combo, "*all")
    by_due = [row.ref for row in desk.services.cases.page(CaseFilter()).rows]
    assert sorted(by_due) == sorted([r.a, r.b, r.c, r.d])
    assert refs(view) == by_due[:2] and view.model.canFetchMore()
    assert view.count_label.text() == JA("Requests", "%n case(s)", None, 4)
    view.table.scrollToBottom()  # the view asks for the next page as it nears the end
    view.model.fetchMore()
    assert refs(view) == by_due and not view.model.canFetchMore()


def test_a_list_that_cannot_be_read_says_why_and_the_next_query_recovers(make_window, url, desk, monkeypatch):
    from privacy_desk.errors import QT_TRANSLATE_NOOP, StorageError

    window, view = open_requests(make_window, url, desk)
    services = window.context.services
    real_page = services.cases.page

    def broken(*_args, **_kwargs):
        raise StorageError(QT_TRANSLATE_NOOP("Errors", "The database is not open."))

    monkeypatch.setattr(services.cases, "page", broken)
    view.refresh()
    assert view.state is ListState.FAILED
    reason = JA("Errors", "The database is not open.")
    assert view.notice.text() == JA("Lists", "The list could not be loaded: {reason}").format(reason=reason)
    monkeypatch.setattr(services.cases, "page", real_page)
    view.refresh()
    assert view.state is ListState.READY and not view.notice.isVisible()
    desk.services.cases.withdraw(desk.services.actor, desk.services.cases.id_of(desk.refs.a), "取下げ")
    for ref in (desk.refs.b, desk.refs.c):
        desk.services.cases.withdraw(desk.services.actor, desk.services.cases.id_of(ref), "取下げ")
    view.refresh()
    assert view.state is ListState.EMPTY and view.empty_label.isVisible()
    assert view.empty_label.text() == JA(
        "Requests", "No open request cases. New Case… (Ctrl+Shift+N) opens one."
    )
    window.context.hub.services_did_close.emit()
    assert view.state is ListState.WAITING and refs(view) == []
    assert view.count_label.text() == JA("Lists", "Opening the database…")


def test_an_unexpected_list_failure_is_logged_once_and_its_notice_follows_the_language(
    make_window, url, desk, monkeypatch, caplog
):
    window, view = open_requests(make_window, url, desk)
    services = window.context.services
    real_page = services.cases.page

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(services.cases, "page", broken)
    with caplog.at_level("ERROR", logger="privacy_desk"):
        view.refresh()
        window.commands.apply_language("en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert view.notice.text() == "The list could not be loaded: unexpected error (RuntimeError)"
    assert [r.exc_info[0] for r in caplog.records if r.exc_info] == [RuntimeError]
    monkeypatch.setattr(services.cases, "page", real_page)
    view.refresh()
    assert view.state is ListState.READY and not view.notice.isVisible()
    window.commands.apply_language("ja")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert not view.notice.isVisible()


def test_waiting_for_the_requester_shows_in_the_state_and_the_due_dates_tooltip(make_window, url, desk):
    r = desk.refs
    cases = desk.services.cases
    case_id = cases.id_of(r.c)
    start = desk.today - timedelta(days=3)
    cases.start_pause(desk.services.actor, case_id, PauseReason.CLARIFICATION, start, "内容の確認")
    window, view = open_requests(make_window, url, desk)
    window.resize(1920, 1080)  # room for the whole words (at 1120 px the state says "(waiting)")
    row = cases.rows([case_id])[0]
    assert row.waiting_for is PauseReason.CLARIFICATION and row.paused_days == 3
    state = JA("CaseState", row.state.label)
    assert cell(view, r.c, Column.STATE) == JA("Requests", "{state} (waiting for requester)").format(
        state=state
    )
    reason = JA("PauseReason", "Waiting for a clarification")
    assert cell(view, r.c, Column.STATE, Qt.ItemDataRole.ToolTipRole).startswith(reason)
    paused = row.paused_days
    moved = JA("Requests", "Moved from {date} by %n day(s) of waiting for the requester.", None, paused)
    assert moved.format(date=format_date(row.policy_due, "ja")) in cell(
        view, r.c, Column.DUE, Qt.ItemDataRole.ToolTipRole
    )
    gdpr_row = cases.rows([cases.id_of(r.b)])[0]
    gdpr = JA("Requests", "GDPR (statutory): the answer is due by {date}.")
    assert gdpr.format(date=format_date(gdpr_row.gdpr_due, "ja")) in cell(
        view, r.b, Column.DUE, Qt.ItemDataRole.ToolTipRole
    )
