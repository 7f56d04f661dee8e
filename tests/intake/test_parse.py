"""parse_message on whole messages, crafted as bytes the way Japanese mail arrives at info@gmo-c.jp."""

from __future__ import annotations

import base64
import hashlib
import socket
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jis import cp50221, encoded_word

from privacy_desk.intake.messages import Attachment, ParsedMessage, derived_message_id
from privacy_desk.intake.parse import parse_message


def crlf(*lines: bytes | str) -> bytes:
    return b"\r\n".join(line.encode("ascii") if isinstance(line, str) else line for line in lines)


ISO2022JP_MAIL = crlf(
    "Return-Path: <yamada@example.jp>",
    "Received: from mx.example.jp by mx.gmo-c.jp; Fri, 5 Jan 2024 10:00:05 +0900",
    "From: " + encoded_word("山田 髙志") + " <yamada@example.jp>",
    "To: info@gmo-c.jp",
    "Cc: " + encoded_word("佐藤") + " <sato@example.jp>, kanri@example.jp",
    "Subject: " + encoded_word("【開示請求】㈱テスト ①の件"),
    " " + encoded_word("（再送）"),
    "Date: Fri, 5 Jan 2024 10:00:00 +0900",
    "Message-ID: <20240105100000.1234@example.jp>",
    "In-Reply-To: <q1@gmo-c.jp>",
    "References: <q0@gmo-c.jp>\r\n <q1@gmo-c.jp>",
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=ISO-2022-JP",
    "Content-Transfer-Encoding: 7bit",
    "",
    cp50221("個人情報保護ご担当者様"),
    "",
    cp50221("㍻３１年の①契約について、髙橋の記録の開示を請求します～"),
    cp50221("ｶﾀｶﾅも。"),
    "",
)


def test_japanese_iso2022jp_mail():
    message = parse_message(ISO2022JP_MAIL)
    assert message.message_id == "20240105100000.1234@example.jp"
    assert message.in_reply_to == "q1@gmo-c.jp"
    assert message.references == ("q0@gmo-c.jp", "q1@gmo-c.jp")
    assert (message.from_name, message.from_address) == ("山田 髙志", "yamada@example.jp")
    assert message.to == ("info@gmo-c.jp",)
    assert message.cc == ("sato@example.jp", "kanri@example.jp")
    assert message.subject == "【開示請求】㈱テスト ①の件（再送）"
    assert message.sent_at == datetime(2024, 1, 5, 1, 0, tzinfo=UTC)
    assert message.body_text == (
        "個人情報保護ご担当者様\n\n㍻３１年の①契約について、髙橋の記録の開示を請求します～\nｶﾀｶﾅも。\n"
    )
    assert message.body_html is None
    assert message.attachments == ()
    assert message.raw == ISO2022JP_MAIL
    assert message.defects == ()
    assert message.headers[2] == ("From", "山田 髙志 <yamada@example.jp>")
    assert ("Subject", "【開示請求】㈱テスト ①の件（再送）") in message.headers
    assert [name for name, _ in message.headers][:3] == ["Return-Path", "Received", "From"]


def test_shift_jis_quoted_printable_body_is_cp932():
    body = "髙﨑様 ～ －①".encode("cp932")
    qp = "".join(f"={byte:02X}" for byte in body)
    raw = crlf(
        "From: a@example.jp",
        "Subject: =?Shift_JIS?B?" + base64.b64encode("髙﨑".encode("cp932")).decode() + "?=",
        "Content-Type: text/plain; charset=Shift_JIS",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        qp,
    )
    message = parse_message(raw)
    assert message.subject == "髙﨑"
    assert message.body_text == "髙﨑様 ～ －①"


def test_euc_jp_ms_body():
    raw = crlf(
        "From: a@example.jp",
        "Content-Type: text/plain; charset=EUC-JP",
        "Content-Transfer-Encoding: 8bit",
        "",
        bytes.fromhex("ada1adeaaddf8ff4fb8ff4bda1c1a1dd8ff3f3"),
    )
    assert parse_message(raw).body_text == "①㈱㍻髙﨑～－ⅰ"


def test_html_only_mail(monkeypatch):
    monkeypatch.setattr(socket, "socket", lambda *a, **k: pytest.fail("network used"))
    html = (
        '<html><head><meta charset="shift_jis"><style>.x{}</style></head><body>'
        '<p>お問い合わせ&amp;ご回答</p><img src="http://remote.example/track.png">'
        "<script>alert(1)</script><div>髙橋</div></body></html>"
    ).encode("cp932")
    raw = crlf(
        "From: web@example.jp",
        "Subject: html",
        "Content-Type: text/html",
        "Content-Transfer-Encoding: base64",
        "",
        base64.encodebytes(html),
    )
    message = parse_message(raw)
    assert message.body_html == html.decode("cp932")
    assert message.body_text == "お問い合わせ&ご回答\n\n髙橋"
    assert message.attachments == ()


def test_alternative_prefers_plain_and_keeps_html():
    raw = crlf(
        "From: a@example.jp",
        'Content-Type: multipart/alternative; boundary="b1"',
        "",
        "--b1",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: base64",
        "",
        base64.b64encode("プレーン本文".encode()),
        "--b1",
        "Content-Type: text/html; charset=UTF-8",
        "",
        "<p>HTML本文</p>".encode(),
        "--b1--",
    )
    message = parse_message(raw)
    assert message.body_text == "プレーン本文"
    assert message.body_html == "<p>HTML本文</p>"
    assert message.attachments == ()


def test_html_part_with_a_plain_footer_shows_both():
    raw = crlf(
        "From: list@example.jp",
        "Subject: =?UTF-8?B?" + base64.b64encode("改行\r\n入り".encode()).decode() + "?=",
        'Content-Type: multipart/mixed; boundary="m"',
        "",
        "--m",
        "Content-Type: text/html; charset=utf-8",
        "",
        "<p>お知らせ本文</p>".encode(),
        "--m",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "配信停止はこちら".encode(),
        "--m--",
    )
    message = parse_message(raw)
    assert message.subject == "改行 入り"
    assert message.body_html == "<p>お知らせ本文</p>"
    assert message.body_text == "お知らせ本文\n配信停止はこちら"


def test_attachments_with_japanese_names_and_an_embedded_message():
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
    inner = crlf("From: b@example.jp", "Subject: " + encoded_word("転送元"), "", "inner body")
    raw = crlf(
        "From: a@example.jp",
        "Subject: files",
        'Content-Type: multipart/mixed; boundary="==mix=="',
        "",
        "preamble",
        "--==mix==",
        "Content-Type: multipart/alternative; boundary=alt",
        "",
        "--alt",
        "Content-Type: text/plain; charset=iso-2022-jp",
        "",
        cp50221("添付をご確認ください。"),
        "--alt",
        "Content-Type: text/html; charset=iso-2022-jp",
        "",
        b"<p>" + cp50221("添付をご確認ください。") + b"</p>",
        "--alt--",
        "--==mix==",
        "Content-Type: application/pdf; name*=UTF-8''%E7%94%B3%E8%AB%8B%E6%9B%B8.pdf",
        "Content-Disposition: attachment;",
        " filename*0*=UTF-8''%E7%94%B3%E8%AB%8B;",
        " filename*1*=%E6%9B%B8.pdf",
        "Content-Transfer-Encoding: base64",
        "",
        base64.encodebytes(pdf),
        "--==mix==",
        "Content-Type: application/octet-stream",
        f'Content-Disposition: attachment; filename="{encoded_word("本人確認㈱.jpg")}"',
        "Content-Transfer-Encoding: base64",
        "",
        base64.b64encode(b"\xff\xd8\xff"),
        "--==mix==",
        "Content-Type: text/plain; charset=utf-8",
        'Content-Disposition: attachment; filename="..\\..\\evil\u202egpj.exe"'.encode(),
        "",
        b"text file",
        "--==mix==",
        "Content-Type: message/rfc822",
        "",
        inner,
        "--==mix==--",
        "",
    )
    message = parse_message(raw)
    assert message.body_text == "添付をご確認ください。"
    assert message.body_html == "<p>添付をご確認ください。</p>"
    names = [attachment.filename for attachment in message.attachments]
    assert names == ["申請書.pdf", "本人確認㈱.jpg", "evilgpj.exe", "転送元.eml"]
    first = message.attachments[0]
    assert first == Attachment(
        "申請書.pdf", "application/pdf", pdf, len(pdf), hashlib.sha256(pdf).hexdigest()
    )
    assert message.attachments[2].content_type == "text/plain"
    embedded = message.attachments[3]
    assert embedded.content_type == "message/rfc822"
    assert parse_message(embedded.data).subject == "転送元"
    assert any("made safe" in defect for defect in message.defects)


def test_missing_date_gives_none():
    message = parse_message(crlf("From: a@example.jp", "Subject: x", "", "body"))
    assert message.sent_at is None
    assert "Date: missing" in message.defects


def test_garbage_date_gives_none():
    message = parse_message(crlf("From: a@example.jp", "Date: 来週の月曜日".encode(), "", "body"))
    assert message.sent_at is None
    assert any(defect.startswith("Date: unreadable") for defect in message.defects)


def test_unclosed_angle_bracket_in_from():
    raw = "From: 山田 <yamada@example.jp\r\nSubject: x\r\n\r\nbody".encode()
    message = parse_message(raw)
    assert (message.from_name, message.from_address) == ("山田", "yamada@example.jp")


def test_missing_message_id_is_derived_stably():
    lf = b"From: a@example.jp\nSubject: no id\n\nbody line\n"
    message = parse_message(lf)
    digest = hashlib.sha256(lf.rstrip()).hexdigest()
    assert message.message_id == f"derived-{digest}@privacy-desk.invalid"
    assert parse_message(lf).message_id == message.message_id
    # the same mail with CRLF (as IMAP gives it) or a trailing blank line gets the same id
    assert parse_message(lf.replace(b"\n", b"\r\n")).message_id == message.message_id
    assert parse_message(lf + b"\n").message_id == message.message_id
    assert parse_message(lf.replace(b"body", b"Body")).message_id != message.message_id
    assert derived_message_id(lf) == message.message_id


def test_8bit_headers_and_body_without_any_charset():
    raw = crlf(
        b"From: " + "山田 太郎".encode("cp932") + b" <yamada@example.jp>",
        b"Subject: " + "個人情報の削除依頼".encode("cp932"),
        b"",
        "先日の件、よろしくお願いいたします。".encode("cp932"),
    )
    message = parse_message(raw)
    assert message.from_name == "山田 太郎"
    assert message.subject == "個人情報の削除依頼"
    assert message.body_text == "先日の件、よろしくお願いいたします。"
    assert any("8-bit header" in defect for defect in message.defects)


def test_wrong_charset_label_on_body():
    raw = crlf(
        "From: a@example.jp",
        "Content-Type: text/plain; charset=us-ascii",
        "",
        "本文はUTF-8です".encode(),
    )
    assert parse_message(raw).body_text == "本文はUTF-8です"


def test_unknown_charset_label_on_body():
    raw = crlf(
        "From: a@example.jp",
        "Content-Type: text/plain; charset=x-mac-japanese-broken",
        "",
        "お世話になっております。退会と情報の削除をお願いします。".encode("euc_jp"),
    )
    message = parse_message(raw)
    assert message.body_text == "お世話になっております。退会と情報の削除をお願いします。"
    assert any("unknown charset" in defect for defect in message.defects)


def test_bad_base64_padding_and_nul_bytes():
    raw = crlf(
        "From: a@example.jp",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
        "",
        base64.b64encode("NULを\x00含む".encode()).rstrip(b"="),
    )
    message = parse_message(raw)
    assert message.body_text == "NULを含む"


def test_format_flowed():
    raw = crlf(
        "From: a@example.jp",
        "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes",
        "",
        "これは長い行の ".encode(),
        "続きです。".encode(),
        "> quoted  ",
        "> line",
        "-- ",
        "sig",
    )
    assert parse_message(raw).body_text == "これは長い行の続きです。\n> quoted line\n-- \nsig"


def test_multipart_without_boundary_is_read_as_text():
    raw = crlf("From: a@example.jp", "Content-Type: multipart/mixed", "", "just text")
    message = parse_message(raw)
    assert message.body_text == "just text"
    assert message.defects


def test_empty_and_headerless_input():
    for raw in (b"", b"\r\n\r\n", b"no headers at all", b"\xff\xfe\x00garbage"):
        message = parse_message(raw)
        assert isinstance(message, ParsedMessage)
        assert message.message_id.startswith("derived-")
        assert message.raw == raw


def test_deep_nesting_does_not_recurse_forever():
    depth = 3000
    head = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(depth))
    message = parse_message(("From: a@example.jp\r\n" + head + "\r\ninner\r\n").encode())
    assert isinstance(message, ParsedMessage)


def test_rejects_text_arguments():
    with pytest.raises(TypeError):
        parse_message("From: a@example.jp\r\n\r\nbody")  # type: ignore[arg-type]


# --- property-based: no bytes make it raise ------------------------------------------------------------


def check(message: ParsedMessage, raw: bytes) -> None:
    assert isinstance(message, ParsedMessage)
    assert message.raw == raw
    assert message.message_id
    assert message.sent_at is None or message.sent_at.tzinfo is not None
    for text in (
        message.subject,
        message.body_text,
        message.from_name,
        message.from_address,
        message.body_html or "",
    ):
        text.encode("utf-8")  # no lone surrogates
        assert "\x00" not in text
    for name, value in message.headers:
        (name + value).encode("utf-8")
    for attachment in message.attachments:
        assert attachment.size == len(attachment.data)
        assert attachment.filename


# A time bound per example (hypothesis's deadline): no input may make the parser slow.
@settings(max_examples=300, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(raw):
    check(parse_message(raw), raw)


HEADER_NAMES = [
    "From",
    "To",
    "Cc",
    "Subject",
    "Date",
    "Message-ID",
    "References",
    "In-Reply-To",
    "Content-Type",
]
HEADER_NAMES += ["Content-Transfer-Encoding", "Content-Disposition", "MIME-Version", "X-Junk"]
VALUES = st.one_of(
    st.sampled_from(
        [
            "multipart/mixed; boundary=B",
            'multipart/alternative; boundary="B"',
            "text/plain; charset=iso-2022-jp",
            "text/html; charset=shift_jis",
            "message/rfc822",
            "base64",
            "quoted-printable",
            "x-uuencode",
            "attachment; filename*0*=utf-8''%E7%94%B3; filename*1=\"x",
            "山田 <yamada@example.jp",
            "=?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= =?UTF-8?Q?=E5=B1=B1?=",
            "=?x-unknown?B?gqA=?=",
            "Fri, 5 Jan 2024 10:00:00 +0900",
            "<a@b> <c@d",
            "",
        ]
    ),
    st.text(max_size=40),
)
LINE = st.one_of(
    st.builds(lambda name, value: f"{name}: {value}", st.sampled_from(HEADER_NAMES), VALUES),
    st.sampled_from(["--B", "--B--", "", " folded", "\t=?UTF-8?B?5bGx?=", "begin 644 x", "end", ">From x"]),
    st.text(max_size=60),
)


@settings(max_examples=250, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(LINE.map(lambda s: s.encode("utf-8", "surrogatepass")), st.binary(max_size=30)), max_size=40
    ),
    st.sampled_from([b"\r\n", b"\n", b"\r"]),
)
def test_header_like_garbage_never_raises(lines, newline):
    raw = newline.join(lines)
    check(parse_message(raw), raw)
