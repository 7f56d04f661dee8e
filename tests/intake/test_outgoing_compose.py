"""Composing the desk's mail (privacy_desk/mail/compose.py, templates.py): what the requester's client
shows and what threads the answer back, read back through the project's own parser."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from privacy_desk.domain.reply_templates import ReplyTemplate
from privacy_desk.domain.tickets import subject_tags
from privacy_desk.errors import InvalidInput
from privacy_desk.intake.parse import parse_message
from privacy_desk.mail.compose import (
    MAX_REFERENCES,
    Desk,
    Original,
    Outgoing,
    compose,
    message_id_of,
    references_for,
    reply_subject,
)
from privacy_desk.mail.templates import default_signature, quote_header, render, reply_text

TOKYO = ZoneInfo("Asia/Tokyo")
REF = "PD-2026-000042"
DESK = Desk("info@gmo-c.jp", "GMOコマース株式会社 個人情報問い合わせ係")
NOW = datetime(2026, 6, 2, 0, 30, tzinfo=UTC)  # 09:30 in Tokyo
ORIGINAL = Original(
    message_id="q1@example.jp",
    subject="保有個人データの開示について",
    from_name="髙橋 花子",
    from_address="hanako@example.jp",
    sent_at=datetime(2026, 6, 1, 1, 5, tzinfo=UTC),
    body_text="開示をお願いします。①と②の件です。🙏\n\n> 以前のメール\n-- \n髙橋",
    references=("root@example.jp",),
)


def outgoing(**changes) -> Outgoing:
    values = {
        "language": "ja",
        "ref": REF,
        "to": ("髙橋 花子 <hanako@example.jp>",),
        "subject": ORIGINAL.subject,
        "body": "髙橋 花子 様\n\nお問い合わせを受け付けました。",
        "original": ORIGINAL,
        "signature": "田中 さくら\n個人情報問い合わせ係",
    }
    return Outgoing(**{**values, **changes})


def sent(**changes):
    return compose(outgoing(**changes), DESK, now=NOW, office_tz=TOKYO)


@pytest.mark.parametrize(
    "subject",
    [
        "保有個人データの開示について",
        "Re: 保有個人データの開示について",
        "RE: Re: 保有個人データの開示について",
        "Re[2]: 保有個人データの開示について",
        "Ｒｅ： 保有個人データの開示について",
        "AW: 返信: 保有個人データの開示について",
        f"Re: [{REF}] 保有個人データの開示について",
        f"Re: [{REF}] Re: 保有個人データの開示について",
        f"[{REF}] RE: 保有個人データの開示について",
        "Re: ［ＰＤ-２０２６-００００４２］ 保有個人データの開示について",
    ],
)
def test_a_reply_subject_has_one_re_and_one_tag_however_the_clients_prefixed_it(subject):
    assert reply_subject(subject, REF) == f"Re: [{REF}] 保有個人データの開示について"


def test_replying_to_our_own_reply_keeps_the_subject_as_it_was():
    once = reply_subject("開示請求", REF)
    assert reply_subject(once, REF) == once == f"Re: [{REF}] 開示請求"


def test_another_tickets_tag_and_a_forward_prefix_are_kept():
    assert reply_subject("Fwd: [PD-2025-000001] 件名", REF) == f"Re: [{REF}] Fwd: [PD-2025-000001] 件名"


def test_the_reply_threads_by_its_headers_and_its_tag_as_the_parser_reads_them():
    message = sent()
    parsed = parse_message(message.as_bytes())
    assert parsed.subject == f"Re: [{REF}] 保有個人データの開示について"
    assert subject_tags(parsed.subject) == [REF]
    assert parsed.in_reply_to == "q1@example.jp"
    assert parsed.references == ("root@example.jp", "q1@example.jp")
    assert parsed.message_id == message_id_of(message)
    assert parsed.message_id.startswith("pd.") and parsed.message_id.endswith("@gmo-c.jp")
    assert (parsed.from_name, parsed.from_address) == (DESK.name, DESK.address)
    assert parsed.to == ("hanako@example.jp",)
    assert parsed.sent_at == NOW
    assert message["Date"].endswith("+0900")  # written in the office's time zone
    assert message["Content-Language"] == "ja"


def test_two_replies_never_share_a_message_id():
    assert message_id_of(sent()) != message_id_of(sent())


def test_the_body_is_the_reply_then_the_signature_then_the_quoted_original():
    body = parse_message(sent().as_bytes()).body_text
    assert body == (
        "髙橋 花子 様\n\nお問い合わせを受け付けました。\n\n"
        "-- \n田中 さくら\n個人情報問い合わせ係\n\n"
        "2026年6月1日(月) 10:05 髙橋 花子 <hanako@example.jp> さんは書きました:\n"
        "> 開示をお願いします。①と②の件です。🙏\n>\n> > 以前のメール\n> -- \n> 髙橋\n"
    )


def test_an_english_reply_quotes_with_the_english_header():
    body = parse_message(sent(language="en", body="Dear Ms Takahashi,").as_bytes()).body_text
    assert "\n\nOn Mon, 1 Jun 2026 at 10:05, 髙橋 花子 <hanako@example.jp> wrote:\n> 開示" in body


def test_text_iso_2022_jp_cannot_carry_arrives_intact_in_a_7bit_message():
    raw = sent(body="髙橋様 ①〜③ ～ 🙏").as_bytes()
    assert raw.isascii()  # base64 body and RFC 2047 headers: safe through any relay
    assert parse_message(raw).body_text.startswith("髙橋様 ①〜③ ～ 🙏\n")


def test_a_signature_given_with_its_separator_gets_no_second_one():
    body = parse_message(sent(signature="-- \n田中").as_bytes()).body_text
    assert body.count("-- \n") == 2  # ours, and the quoted original's ("> -- ")
    assert "\n\n-- \n田中\n\n" in body


def test_without_signature_or_quote_the_body_is_the_text_alone():
    body = parse_message(sent(signature="", quote_original=False).as_bytes()).body_text
    assert body == "髙橋 花子 様\n\nお問い合わせを受け付けました。\n"


def test_a_new_mail_is_tagged_but_is_no_reply():
    parsed = parse_message(sent(original=None, subject="ご請求の件").as_bytes())
    assert parsed.subject == f"[{REF}] ご請求の件"
    assert parsed.in_reply_to is None and parsed.references == ()


def test_references_follow_rfc_5322_and_keep_the_first_when_long():
    assert references_for(Original("b@x", in_reply_to="a@x")) == ("a@x", "b@x")
    assert references_for(Original("b@x")) == ("b@x",)
    long_chain = tuple(f"m{n}@x" for n in range(40))
    trimmed = references_for(Original("last@x", references=long_chain))
    assert len(trimmed) == MAX_REFERENCES
    assert trimmed[0] == "m0@x" and trimmed[-2:] == ("m39@x", "last@x")


@pytest.mark.parametrize(
    "changes",
    [
        {"to": ()},
        {"to": ("not an address",)},
        {"to": ("hanako@example.jp\r\nBcc: all@example.jp",)},
        {"cc": ("@example.jp",)},
        {"body": "  \n"},
        {"subject": "件名\r\nBcc: all@example.jp"},
    ],
)
def test_what_cannot_be_sent_is_refused_before_anything_is_built(changes):
    with pytest.raises(InvalidInput):
        sent(**changes)


def test_render_fills_known_placeholders_once_and_leaves_the_rest():
    assert render("{name} 様 {unknown} {ref", {"name": "{ref}", "ref": REF}) == "{ref} 様 {unknown} {ref"


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("template", list(ReplyTemplate))
def test_every_reply_template_fills_name_reference_and_desk(language, template):
    filled = reply_text(template, language, name=" 髙橋  花子 ", ref=REF, desk=DESK.name)
    assert "髙橋 花子" in filled.body and REF in filled.body
    assert "{" not in filled.body + filled.subject and filled.subject
    assert "E-mail:" not in filled.body  # the signature is the staff member's, added when sent
    if language == "ja":
        assert DESK.name in filled.body


def test_signature_and_quote_header_without_name_or_date():
    assert default_signature("en", user="Sakura Tanaka", desk="Desk", address="info@gmo-c.jp") == (
        "Sakura Tanaka\nDesk\nE-mail: info@gmo-c.jp"
    )
    header = quote_header("ja", sent_at=None, name="", address="a@example.jp")
    assert header == "a@example.jp さんは書きました:"
    assert quote_header("en", sent_at=None, name="Ann", address="") == "Ann wrote:"
