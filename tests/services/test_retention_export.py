"""The register out of the app: an iCalendar file Outlook and Apple Calendar import (one all-day event
per due holding on its delete_from, one per hold review, stable UIDs), and CSV and XLSX in the
language asked."""

from __future__ import annotations

import csv
from datetime import date, timedelta

from icalendar import Calendar
from openpyxl import load_workbook
from retention_samples import desk_actors, make_holding

from privacy_desk.domain.retention import DisposalMethod, HoldReason
from privacy_desk.services.retention import HoldingInput


def events(path) -> list:
    return [c for c in Calendar.from_ical(path.read_bytes()).walk("VEVENT")]


def test_one_all_day_event_per_due_holding_on_its_delete_from_and_per_review(services, tmp_path):
    retention = services.retention
    clerk, manager = desk_actors(services)
    today = retention.today()
    soon = make_holding(services, "今週", due_in=3)
    late = make_holding(services, "超過", due_in=-4)
    held = make_holding(services, "保留", due_in=-1)
    review = today + timedelta(days=10)
    retention.place_hold(clerk, held.id, held.version, HoldReason.BUSINESS_NEED, "監査対応", review)
    gone = make_holding(services, "消去済み", due_in=-2)
    retention.dispose(clerk, gone.id, gone.version, DisposalMethod.SHREDDED, today, manager.id, "", [])
    path = tmp_path / "retention.ics"
    assert retention.export_ics(path) == 5  # with the deletion days no longer due, cancelled
    calendar = Calendar.from_ical(path.read_bytes())
    assert (str(calendar["VERSION"]), str(calendar["METHOD"])) == ("2.0", "PUBLISH")
    everything = {str(e["UID"]): e for e in events(path)}
    cancelled = {uid for uid, e in everything.items() if str(e.get("STATUS")) == "CANCELLED"}
    domain = next(iter(cancelled)).partition("@")[2]
    assert cancelled == {f"{gone.ref.lower()}-delete@{domain}", f"{held.ref.lower()}-delete@{domain}"}
    found = {uid: e for uid, e in everything.items() if uid not in cancelled}
    assert len(found) == 3
    due = {e.decoded("DTSTART"): str(e["SUMMARY"]) for e in found.values() if "-delete@" in str(e["UID"])}
    assert due == {soon.delete_from: f"消去: 今週 ({soon.ref})", late.delete_from: f"消去: 超過 ({late.ref})"}
    for event in found.values():
        start = event.decoded("DTSTART")
        assert type(start) is date and event.decoded("DTEND") == start + timedelta(days=1)  # all-day
        assert event.get("DTSTAMP") is not None and int(event["SEQUENCE"]) >= 1
    (review_event,) = [e for e in found.values() if "-review@" in str(e["UID"])]
    assert review_event.decoded("DTSTART") == review and held.ref in str(review_event["SUMMARY"])
    assert domain.endswith(".privacy-desk.invalid")  # the installation's own, made once
    assert set(found) == {
        f"{soon.ref.lower()}-delete@{domain}",
        f"{late.ref.lower()}-delete@{domain}",
        f"{held.ref.lower()}-review@{domain}",
    }


def test_importing_twice_leaves_one_event_each_and_a_change_raises_the_sequence(services, tmp_path):
    retention = services.retention
    holding = make_holding(services, due_in=5)
    make_holding(services, "二件目", due_in=6)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    retention.export_ics(first)
    retention.update_holding(
        services.actor,
        holding.id,
        holding.version,
        HoldingInput(holding.category_id, "改名", holding.quantity, holding.location, holding.trigger_on),
    )
    retention.export_ics(second)
    calendar: dict[str, object] = {}  # what a calendar keeps: one event per UID, the newest sequence
    for path in (first, second):
        for event in events(path):
            calendar[str(event["UID"])] = event
    assert len(calendar) == 2
    renamed = next(e for e in calendar.values() if holding.ref in str(e["SUMMARY"]))
    assert "改名" in str(renamed["SUMMARY"])
    old = next(e for e in events(first) if holding.ref in str(e["SUMMARY"]))
    assert int(renamed["SEQUENCE"]) > int(old["SEQUENCE"])


def test_a_range_limits_the_events(services, tmp_path):
    retention = services.retention
    today = retention.today()
    soon = make_holding(services, due_in=2)
    make_holding(services, due_in=60)
    path = tmp_path / "week.ics"
    assert retention.export_ics(path, start=today, end=today + timedelta(days=7)) == 1
    (event,) = events(path)
    assert event.decoded("DTSTART") == soon.delete_from


def test_csv_and_xlsx_of_the_register_in_the_language_asked(services, tmp_path):
    retention = services.retention
    holding = make_holding(services, "=HYPERLINK(1)", due_in=-1)
    ja, en, xlsx = tmp_path / "ja.csv", tmp_path / "en.csv", tmp_path / "en.xlsx"
    assert retention.export_csv(ja, "ja") == 1 and retention.export_csv(en, "en") == 1
    assert ja.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
    ja_rows = list(csv.reader(ja.read_text("utf-8-sig").splitlines()))
    en_rows = list(csv.reader(en.read_text("utf-8-sig").splitlines()))
    assert ja_rows[0][0] == "管理番号" and en_rows[0][0] == "Reference"
    assert ja_rows[1][0] == en_rows[1][0] == holding.ref
    assert ja_rows[1][1] == "'=HYPERLINK(1)"  # a formula is written as text
    assert ja_rows[1][2] == "サポート通話録音" and en_rows[1][2] == "Support call recordings"
    assert (ja_rows[1][7], en_rows[1][7]) == ("1年", "1 year")
    assert ja_rows[1][13] == "消去遅延" and en_rows[1][13] == "Overdue"
    assert retention.export_xlsx(xlsx, "en") == 1
    sheet = load_workbook(xlsx).active
    assert [c.value for c in sheet[1]][:3] == ["Reference", "Holding", "Category"]
    assert sheet["A2"].value == holding.ref and sheet["M2"].value == holding.delete_from.isoformat()


def test_the_uids_stay_when_the_sending_address_changes(services, tmp_path):
    from privacy_desk.config import SMTP_FROM_ADDRESS

    retention = services.retention
    make_holding(services, due_in=5)
    before, after = tmp_path / "before.ics", tmp_path / "after.ics"
    services.settings.set(services.actor, SMTP_FROM_ADDRESS, "desk@old.example.jp")
    retention.export_ics(before)
    services.settings.set(services.actor, SMTP_FROM_ADDRESS, "privacy@new.example.com")
    retention.export_ics(after)
    uids = [{str(e["UID"]) for e in events(path)} for path in (before, after)]
    assert uids[0] == uids[1] and len(uids[0]) == 1
    assert "example" not in next(iter(uids[0]))


def test_a_disposed_holding_and_a_released_hold_are_cancelled_under_their_uids(services, tmp_path):
    retention = services.retention
    clerk, manager = desk_actors(services)
    today = retention.today()
    disposed = make_holding(services, "消去予定", due_in=-1)
    held = make_holding(services, "保留", due_in=20)
    review = today + timedelta(days=10)
    held = retention.place_hold(clerk, held.id, held.version, HoldReason.CONSENT, "", review)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    window = {"start": today - timedelta(days=7), "end": today + timedelta(days=14)}
    assert retention.export_ics(first, **window) == 2
    retention.dispose(clerk, disposed.id, disposed.version, DisposalMethod.DELETED, today, manager.id, "", [])
    retention.release_hold(clerk, held.id, held.version, "同意撤回なし")
    assert retention.export_ics(second, **window) == 2
    old = {str(e["UID"]): e for e in events(first)}
    new = {str(e["UID"]): e for e in events(second)}
    assert set(old) == set(new)  # the same events, now cancelled
    for uid, event in new.items():
        assert str(event["STATUS"]) == "CANCELLED" and int(event["SEQUENCE"]) > int(old[uid]["SEQUENCE"])
        assert event.decoded("DTSTART") == old[uid].decoded("DTSTART")


def test_the_events_category_is_in_the_language_asked(services, tmp_path):
    make_holding(services, due_in=5)
    ja, en = tmp_path / "ja.ics", tmp_path / "en.ics"
    services.retention.export_ics(ja, lang="ja")
    services.retention.export_ics(en, lang="en")
    (ja_event,), (en_event,) = events(ja), events(en)
    assert ja_event.get("CATEGORIES").cats == ["サポート通話録音"]
    assert en_event.get("CATEGORIES").cats == ["Support call recordings"]
