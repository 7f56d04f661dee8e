"""iter_sources over .eml, .mbox and .msg files and folders; broken files are reported, not fatal."""

from __future__ import annotations

import io
import mailbox
from pathlib import Path

from jis import cp50221, encoded_word
from msgbuild import MsgAttachment, MsgSpec, build_msg

from privacy_desk.intake.sources import iter_mbox, iter_sources


def mail(subject: str, body: str = "本文", *, message_id: str | None = None) -> bytes:
    lines = [
        "From: " + encoded_word("山田") + " <yamada@example.jp>",
        "To: info@gmo-c.jp",
        "Subject: " + encoded_word(subject),
        "Date: Fri, 5 Jan 2024 10:00:00 +0900",
        "Content-Type: text/plain; charset=ISO-2022-JP",
    ]
    if message_id:
        lines.append(f"Message-ID: <{message_id}>")
    return ("\n".join(lines) + "\n\n").encode("ascii") + cp50221(body) + b"\n"


def test_eml_file(tmp_path):
    path = tmp_path / "one.eml"
    path.write_bytes(mail("件名①", message_id="one@example.jp"))
    (item,) = iter_sources([path])
    assert item.origin == str(path)
    assert item.error is None
    assert item.raw == path.read_bytes()
    assert item.parsed.subject == "件名①"
    assert item.parsed.message_id == "one@example.jp"


def test_mbox_written_by_the_stdlib(tmp_path):
    path = tmp_path / "box.mbox"
    box = mailbox.mbox(path)
    bodies = ["一通目", "From the desk: 二通目\nFrom here too", "三通目"]
    for number, body in enumerate(bodies, 1):
        box.add(mail(f"件名{number}", body, message_id=f"m{number}@example.jp"))
    box.flush()
    box.close()
    items = list(iter_sources(path))
    assert [item.origin for item in items] == [f"{path}#1", f"{path}#2", f"{path}#3"]
    assert [item.parsed.subject for item in items] == ["件名1", "件名2", "件名3"]
    assert [item.parsed.body_text for item in items] == [body + "\n" for body in bodies]
    assert all(item.error is None for item in items)


def test_mbox_quoting_crlf_and_from_lines_without_blank_line():
    data = (
        b"From MAILER-DAEMON Fri Jan  5 10:00:00 2024\r\n"
        b"Subject: one\r\n\r\n>From the start\r\n>>From deeper\r\nFrom inside a paragraph\r\n\r\n"
        b"From yamada@example.jp Sat Jan  6 10:00:00 2024\r\n"
        b"Subject: two\r\n\r\nbody two\r\n"
        b"From sato@example.jp Sun Jan  7 10:00:00 2024\r\n"
        b"Subject: three\r\n\r\nbody three\r\n"
    )
    messages = list(iter_mbox(io.BytesIO(data)))
    assert messages == [
        b"Subject: one\r\n\r\nFrom the start\r\n>From deeper\r\nFrom inside a paragraph\r\n",
        b"Subject: two\r\n\r\nbody two\r\n",
        b"Subject: three\r\n\r\nbody three\r\n",
    ]


def test_msg_file_yields_the_message_and_the_embedded_one(tmp_path):
    inner = MsgSpec(subject="内側", body="inner", sender_email="b@example.jp")
    outer = MsgSpec(
        subject="外側",
        body="outer",
        sender_email="a@example.jp",
        attachments=[MsgAttachment("x.msg", embedded=inner)],
    )
    path = tmp_path / "outlook.msg"
    path.write_bytes(build_msg(outer))
    items = list(iter_sources(path))
    assert [(item.origin, item.parsed.subject) for item in items] == [
        (str(path), "外側"),
        (f"{path}#2", "内側"),
    ]
    assert items[0].raw == path.read_bytes()
    assert items[1].raw == items[0].parsed.attachments[0].data


def test_folders_recursively_with_broken_files(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a" / "1.eml").write_bytes(mail("一"))
    (tmp_path / "a" / "b" / "2.EML").write_bytes(mail("二"))
    (tmp_path / "a" / "b" / "notes.txt").write_bytes(b"not mail")
    (tmp_path / ".hidden" / "3.eml").write_bytes(mail("隠し"))
    (tmp_path / "a" / "broken.msg").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 truncated")
    (tmp_path / "a" / "empty.eml").write_bytes(b"")
    (tmp_path / "a" / "not.mbox").write_bytes(b"Subject: not an mbox\n\nbody\n")
    (tmp_path / "z.eml").write_bytes(mail("最後"))
    items = list(iter_sources([tmp_path, tmp_path / "missing.eml"]))
    found = [(Path(item.origin).relative_to(tmp_path).as_posix(), item.error is None) for item in items]
    assert found == [
        ("z.eml", True),
        ("a/1.eml", True),
        ("a/broken.msg", False),
        ("a/empty.eml", False),
        ("a/not.mbox", False),
        ("a/b/2.EML", True),
        ("missing.eml", False),
    ]
    errors = {Path(item.origin).name: item.error for item in items if item.error}
    assert str(tmp_path / "a" / "broken.msg") in errors["broken.msg"]
    assert "not an Outlook message" in errors["broken.msg"]
    assert errors["empty.eml"].endswith("the file is empty")
    assert "not an mbox file" in errors["not.mbox"]
    assert "no such file" in errors["missing.eml"]
    assert all(item.raw is None and item.parsed is None for item in items if item.error)
    assert [item.parsed.subject for item in items if item.parsed] == ["最後", "一", "二"]


def test_explicit_files_are_sniffed(tmp_path):
    mbox_like = tmp_path / "export.txt"
    mbox_like.write_bytes(
        b"From a@example.jp Fri Jan  5 10:00:00 2024\nFrom: a@example.jp\nSubject: s\n\nbody\n"
    )
    msg_like = tmp_path / "saved.dat"
    msg_like.write_bytes(build_msg(MsgSpec(subject="ole", sender_email="a@example.jp")))
    text_msg = tmp_path / "text.msg"
    text_msg.write_bytes(b"From: a@example.jp\nSubject: saved as text\n\nbody\n")
    items = list(iter_sources([mbox_like, msg_like, text_msg]))
    assert [(item.origin, item.parsed.subject) for item in items] == [
        (f"{mbox_like}#1", "s"),
        (str(msg_like), "ole"),
        (str(text_msg), "saved as text"),
    ]


def test_reimport_is_idempotent_for_mail_without_message_id(tmp_path):
    raw = mail("IDなし")
    (tmp_path / "x.eml").write_bytes(raw.replace(b"\n", b"\r\n"))
    box = mailbox.mbox(tmp_path / "x.mbox")
    box.add(raw)
    box.close()
    ids = {item.parsed.message_id for item in iter_sources([tmp_path / "x.eml", tmp_path / "x.mbox"])}
    assert len(ids) == 1
    assert next(iter(ids)).startswith("derived-")
