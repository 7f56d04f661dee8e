"""Outlook .msg files, built in the tests with extract-msg's OLE writer."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from jis import encoded_word
from msgbuild import CC, TO, MsgAttachment, MsgSpec, build_msg

from privacy_desk.errors import InvalidInput
from privacy_desk.intake.outlook import parse_msg_bytes, parse_msg_file
from privacy_desk.intake.parse import parse_message

SENT = datetime(2024, 4, 1, 0, 30, tzinfo=UTC)


def write(tmp_path, spec: MsgSpec, name: str = "mail.msg"):
    path = tmp_path / name
    path.write_bytes(build_msg(spec))
    return path


def test_msg_with_an_embedded_msg(tmp_path):
    inner = MsgSpec(
        subject="転送元：開示請求①",
        body="内側の本文 髙橋",
        sender_name="髙橋 一郎",
        sender_email="takahashi@example.jp",
        submit_time=datetime(2024, 3, 31, 23, 0, tzinfo=UTC),
        recipients=[(TO, "窓口", "info@gmo-c.jp")],
        attachments=[MsgAttachment("本人確認書類.pdf", b"%PDF-inner", "application/pdf")],
    )
    outer = MsgSpec(
        subject="FW: 転送元：開示請求①",
        body="転送します。\r\n㈱テスト",
        sender_name="山田 太郎",
        sender_email="yamada@gmo-c.jp",
        submit_time=SENT,
        message_id="<outer-1@gmo-c.jp>",
        recipients=[(TO, "窓口", "info@gmo-c.jp"), (CC, "管理", "kanri@gmo-c.jp")],
        attachments=[
            MsgAttachment("申請書.pdf", b"%PDF-1.4 outer", "application/pdf"),
            MsgAttachment("転送元.msg", embedded=inner),
        ],
    )
    path = write(tmp_path, outer)
    messages = parse_msg_file(path)
    assert len(messages) == 2
    first, second = messages
    assert first.raw == path.read_bytes()
    assert first.message_id == "outer-1@gmo-c.jp"
    assert first.subject == "FW: 転送元：開示請求①"
    assert (first.from_name, first.from_address) == ("山田 太郎", "yamada@gmo-c.jp")
    assert first.to == ("info@gmo-c.jp",)
    assert first.cc == ("kanri@gmo-c.jp",)
    assert first.sent_at == SENT
    assert first.body_text == "転送します。\n㈱テスト"
    assert [(a.filename, a.content_type) for a in first.attachments] == [
        ("申請書.pdf", "application/pdf"),
        ("転送元.msg", "application/vnd.ms-outlook"),
    ]
    assert first.attachments[0].sha256 == hashlib.sha256(b"%PDF-1.4 outer").hexdigest()
    # the embedded .msg is an attachment (a standalone .msg) and a message of its own
    embedded_attachment = first.attachments[1]
    assert second.raw == embedded_attachment.data
    assert embedded_attachment.data.startswith(b"\xd0\xcf\x11\xe0")
    assert second.subject == "転送元：開示請求①"
    assert (second.from_name, second.from_address) == ("髙橋 一郎", "takahashi@example.jp")
    assert second.body_text == "内側の本文 髙橋"
    assert second.sent_at == datetime(2024, 3, 31, 23, 0, tzinfo=UTC)
    assert second.message_id.startswith("derived-")
    assert [a.filename for a in second.attachments] == ["本人確認書類.pdf"]
    # the exported attachment opens again as the same message
    again = parse_msg_bytes(embedded_attachment.data)
    assert again[0].subject == second.subject


def test_ansi_msg_in_code_page_932_reads_windows_characters(tmp_path):
    spec = MsgSpec(
        subject="件名①㈱髙",
        body="本文～－﨑",
        sender_name="山田",
        sender_email="yamada@example.jp",
        codepage=932,
        recipients=[(TO, "窓口", "info@gmo-c.jp")],
        attachments=[MsgAttachment("①一覧.csv", b"a,b\r\n", "text/csv")],
    )
    (message,) = parse_msg_file(write(tmp_path, spec))
    assert message.subject == "件名①㈱髙"
    assert message.body_text == "本文～－﨑"
    assert message.from_name == "山田"
    assert message.attachments[0].filename == "①一覧.csv"


def test_transport_headers_are_used(tmp_path):
    headers = "\r\n".join(
        [
            "Received: from mx.example.jp",
            "From: " + encoded_word("佐藤 花子") + " <sato@example.jp>",
            "To: info@gmo-c.jp",
            "Subject: " + encoded_word("退会のお願い"),
            "Date: Mon, 1 Apr 2024 09:30:00 +0900",
            "Message-ID: <hdr-1@example.jp>",
            "In-Reply-To: <prev@gmo-c.jp>",
            "",
        ]
    )
    spec = MsgSpec(subject="退会のお願い", body="body", headers=headers, sender_name="Sato")
    (message,) = parse_msg_file(write(tmp_path, spec))
    assert message.message_id == "hdr-1@example.jp"
    assert message.in_reply_to == "prev@gmo-c.jp"
    assert (message.from_name, message.from_address) == ("佐藤 花子", "sato@example.jp")
    assert message.to == ("info@gmo-c.jp",)
    assert message.sent_at == SENT
    assert message.headers[0] == ("Received", "from mx.example.jp")
    assert ("Subject", "退会のお願い") in message.headers


def test_html_only_msg(tmp_path):
    html = "<html><body><p>HTMLだけの本文</p><script>x()</script></body></html>".encode()
    spec = MsgSpec(subject="html", html=html, internet_cpid=65001, sender_email="a@example.jp")
    (message,) = parse_msg_file(write(tmp_path, spec))
    assert message.body_html == html.decode()
    assert message.body_text == "HTMLだけの本文"


def test_rtf_only_msg_with_encapsulated_html(tmp_path):
    # What Outlook stores for HTML mail it keeps only as RTF: HTML tags inside \*\htmltag groups, CP932 text.
    rtf = (
        rb"{\rtf1\ansi\ansicpg932\deff0\fromhtml1 {\fonttbl{\f0\fswiss\fcharset128 MS PGothic;}}"
        rb"{\*\htmltag1 <html>}{\*\htmltag17 <body>}{\*\htmltag64 <p>}"
        rb"\htmlrtf {\htmlrtf0 RTF\'82\'cc\'96\'7b\'95\'b6\htmlrtf }\htmlrtf0 "
        rb"{\*\htmltag72 </p>}{\*\htmltag25 </body>}{\*\htmltag9 </html>}}"
    )
    (message,) = parse_msg_file(write(tmp_path, MsgSpec(subject="rtf", rtf=rtf, sender_email="a@example.jp")))
    assert message.body_html == "<html><body><p>RTFの本文</p></body></html>"
    assert message.body_text == "RTFの本文"


def test_not_a_msg_file(tmp_path):
    path = tmp_path / "broken.msg"
    path.write_bytes(b"this is no OLE file")
    with pytest.raises(InvalidInput) as caught:
        parse_msg_file(path)
    assert "broken.msg" in caught.value.english()
    truncated = tmp_path / "truncated.msg"
    truncated.write_bytes(build_msg(MsgSpec(subject="x"))[:700])
    with pytest.raises(InvalidInput):
        parse_msg_file(truncated)
    with pytest.raises(InvalidInput):
        parse_msg_file(tmp_path / "missing.msg")


def test_msg_raw_is_no_rfc822_but_parse_message_still_copes(tmp_path):
    data = build_msg(MsgSpec(subject="x"))
    assert parse_message(data).message_id.startswith("derived-")
