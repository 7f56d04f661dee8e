"""Ticket rules: references and subject tags, the status machine, category hints, name matching."""

from __future__ import annotations

import pytest

from privacy_desk.domain.tickets import (
    TRANSITIONS,
    Channel,
    MessageKind,
    TicketCategory,
    TicketStatus,
    check_transition,
    format_ref,
    name_matches,
    normalize_address,
    normalize_name,
    normalize_ref,
    parse_ref,
    subject_tags,
    suggest_category,
    tag_subject,
)
from privacy_desk.errors import InvalidInput


def test_references_have_a_year_and_six_digits():
    assert format_ref(2026, 123) == "PD-2026-000123"
    assert parse_ref("PD-2026-000123") == (2026, 123)
    assert normalize_ref(" pd-2026-000123 ") == "PD-2026-000123"
    assert normalize_ref("ＰＤ－２０２６－０００１２３") == "PD-2026-000123"  # typed with a Japanese IME
    with pytest.raises(InvalidInput):
        parse_ref("PD-26-123")


def test_subject_tags_are_found_in_replies_and_full_width_brackets():
    assert subject_tags("Re: [PD-2026-000123] 開示請求について") == ["PD-2026-000123"]
    assert subject_tags("RE: ［ＰＤ－２０２６－０００１２３］ お問い合わせ") == ["PD-2026-000123"]
    assert subject_tags("[PD-2026-000001] Fwd: [PD-2026-000002] [PD-2026-000001]") == [
        "PD-2026-000001",
        "PD-2026-000002",
    ]
    assert subject_tags("PD-2026-000123 without brackets") == []
    assert subject_tags("個人情報の開示について") == []


def test_tag_subject_adds_the_tag_once():
    assert tag_subject("お問い合わせを受け付けました", "PD-2026-000007") == (
        "[PD-2026-000007] お問い合わせを受け付けました"
    )
    assert tag_subject("Re: [PD-2026-000007] x", "PD-2026-000007") == "Re: [PD-2026-000007] x"


def test_status_machine_never_strands_a_ticket():
    for status in TicketStatus:
        assert TRANSITIONS[status], f"{status} has no way out"
        assert status not in TRANSITIONS[status]
    check_transition(TicketStatus.CLOSED, TicketStatus.OPEN)  # reopen
    with pytest.raises(InvalidInput) as raised:
        check_transition(TicketStatus.CLOSED, TicketStatus.WAITING)
    assert "Closed" in raised.value.english() and "Waiting" in raised.value.english()
    assert TicketStatus.WAITING.is_open and not TicketStatus.RESOLVED.is_open


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("保有個人データの開示請求", "開示をお願いします", TicketCategory.DATA_SUBJECT_REQUEST),
        ("登録情報の訂正", "住所が古いままです", TicketCategory.DATA_SUBJECT_REQUEST),
        ("利用停止のお願い", "", TicketCategory.DATA_SUBJECT_REQUEST),
        ("対応への苦情", "不愉快でした", TicketCategory.COMPLAINT),
        ("クレーム", "", TicketCategory.COMPLAINT),
        ("メールマガジン", "配信停止してください。アドレスも削除して", TicketCategory.OPT_OUT),
        ("Please unsubscribe me", "", TicketCategory.OPT_OUT),
        ("Opt-out", "", TicketCategory.OPT_OUT),
        ("Subject access request", "GDPR", TicketCategory.DATA_SUBJECT_REQUEST),
        ("ＧＤＰＲ　ｄｉｓｃｌｏｓｕｒｅ", "", TicketCategory.DATA_SUBJECT_REQUEST),  # full width
        ("営業時間について", "何時までですか", None),
    ],
)
def test_category_suggestion_from_keywords(subject, body, expected):
    assert suggest_category(subject, body) == expected


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("髙橋 花子", "高橋花子"),
        ("山﨑 翔太", "山崎　翔太"),
        ("𠮷田", "吉田"),
        ("德永", "徳永"),
        ("渡邊", "渡辺"),
        ("渡邉", "渡辺"),
        ("齋藤", "斎藤"),
        ("齊藤", "斎藤"),
        ("濵田", "浜田"),
        ("ﾀｶﾊｼ ﾊﾅｺ", "たかはしはなこ"),  # half-width katakana reading
        ("タカハシ　ハナコ", "たかはし はなこ"),
        ("ＴＡＲＯ Yamada", "taro yamada"),
    ],
)
def test_name_variants_normalise_alike(a, b):
    assert normalize_name(a) == normalize_name(b)


def test_name_matching_finds_partial_names_in_any_field():
    assert name_matches("高橋", "髙橋 花子", "タカハシ ハナコ")
    assert name_matches("はなこ", "髙橋 花子", "タカハシ ハナコ")
    assert name_matches("ヤマザキ", "山﨑 翔太", "やまざき しょうた")
    assert not name_matches("佐藤", "髙橋 花子", "タカハシ ハナコ")
    assert not name_matches("  ", "髙橋 花子")


def test_addresses_compare_without_case_or_brackets():
    assert normalize_address(" <Hanako@Example.JP> ") == "hanako@example.jp"


def test_every_enum_value_has_a_label():
    for enum in (TicketCategory, Channel, TicketStatus, MessageKind):
        for member in enum:
            assert member.label
