"""A file is imported only when it is mail (privacy_desk/intake/mail_check.py): random bytes, text files,
files without a mail header and copies cut short are refused by name; real mail of every shape is kept."""

from __future__ import annotations

import random

import pytest
from jis import cp50221, encoded_word
from ticket_mail import HANAKO, mail

from privacy_desk.intake.sources import iter_sources

PDF = b"%PDF-1.4\n" + bytes(random.Random(7).randrange(256) for _ in range(6000))


def only(path):
    [item] = list(iter_sources([path]))
    return item


def refused(path) -> str:
    item = only(path)
    assert item.parsed is None and item.raw is None, "a refused file must give nothing to store"
    assert item.error.startswith(f"{path}: "), "the reason names the file"
    return item.error.removeprefix(f"{path}: ")


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_random_bytes_named_eml_are_not_mail(tmp_path):
    path = write(tmp_path, "junk.eml", bytes(random.Random(3).randrange(256) for _ in range(3000)))
    assert refused(path) == "not a mail message: it does not start with mail headers"


@pytest.mark.parametrize(
    "data",
    [
        "議事録\n本日の打ち合わせ内容は以下の通り。\n".encode(),
        b"hello",
        b"Note: buy milk\nTodo: call the bank\n\nand more text\n",
    ],
    ids=["japanese-text", "29-bytes", "colon-lines"],
)
def test_text_files_are_not_mail(tmp_path, data):
    reason = refused(write(tmp_path, "memo.txt", data))
    assert reason.startswith("not a mail message")


def test_a_copy_cut_inside_its_headers_is_refused(tmp_path):
    raw = mail("cut1@example.jp", HANAKO, "開示請求", "本文です。")
    cut = raw[: raw.index(b"Message-ID") + 5]
    assert (
        refused(write(tmp_path, "cut.eml", cut))
        == "the message is cut short: the file ends inside its headers"
    )


def test_a_copy_cut_inside_an_attachment_is_refused(tmp_path):
    raw = mail(
        "cut2@example.jp", HANAKO, "本人確認書類", attachments=(("免許証.pdf", "application/pdf", PDF),)
    )
    for fraction in (0.5, 0.8, 0.95):
        cut = raw[: int(len(raw) * fraction)].rstrip(b"\r\n") + b"A"
        reason = refused(write(tmp_path, f"cut-{fraction}.eml", cut))
        assert reason == "the message is cut short: the file ends inside an attachment or part"


@pytest.mark.parametrize("line_end", [b"\n", b"\r\n"])
def test_real_mail_of_every_shape_is_kept(tmp_path, line_end):
    iso2022 = (
        b"From: " + encoded_word("山田").encode() + b" <yamada@example.jp>\n"
        b"Subject: " + encoded_word("問い合わせ").encode() + b"\n"
        b"Content-Type: text/plain; charset=ISO-2022-JP\n\n" + cp50221("個人情報について") + b"\n"
    )
    shapes = {
        "utf8.eml": mail("a@example.jp", HANAKO, "開示請求"),
        "attachment.eml": mail(
            "b@example.jp", HANAKO, "書類", attachments=(("a.pdf", "application/pdf", PDF),)
        ),
        "iso2022.eml": iso2022,
        "only-date.eml": b"Date: Fri, 5 Jan 2024 10:00:00 +0900\nSubject: draft\n\nbody\n",
        "only-message-id.eml": b"Message-ID: <x@example.jp>\n\nbody",
        "headers-only.eml": b"From: a@example.jp\nSubject: no body\n",
        # Some mailers leave out the closing boundary; the file is whole (it ends with a line end).
        "no-close.eml": b'From: a@example.jp\nContent-Type: multipart/mixed; boundary="b1"\n\n--b1\n\ntext\n',
    }
    for name, raw in shapes.items():
        item = only(write(tmp_path, name, raw.replace(b"\r\n", b"\n").replace(b"\n", line_end)))
        assert item.error is None and item.parsed is not None, name


def test_an_mbox_refuses_only_its_message_that_is_not_mail(tmp_path):
    path = write(
        tmp_path,
        "box.mbox",
        b"From a@example.jp Fri Jan  5 10:00:00 2024\nFrom: a@example.jp\nSubject: one\n\nbody\n\n"
        b"From b@example.jp Fri Jan  5 11:00:00 2024\njust some text\n\n"
        b"From c@example.jp Fri Jan  5 12:00:00 2024\nFrom: c@example.jp\nSubject: three\n\nbody",
    )
    items = list(iter_sources([path]))
    assert [(item.origin, item.parsed and item.parsed.subject) for item in items] == [
        (f"{path}#1", "one"),
        (f"{path}#2", None),
        (f"{path}#3", "three"),
    ]
    assert items[1].error.endswith("not a mail message: it does not start with mail headers")


def test_a_folder_import_skips_a_non_mail_file_and_keeps_the_rest(tmp_path):
    write(tmp_path, "1.eml", mail("f1@example.jp", HANAKO, "一"))
    write(tmp_path, "2.eml", bytes(random.Random(5).randrange(256) for _ in range(500)))
    items = list(iter_sources([tmp_path]))
    assert [bool(item.parsed) for item in items] == [True, False]
