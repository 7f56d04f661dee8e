"""`import-mail` refuses what is not mail, by name, with exit status 1, and stores nothing of it
(issue #10's acceptance: garbage, empty, text and truncated files)."""

from __future__ import annotations

import json
import random

from test_cli import run_cli
from ticket_mail import HANAKO, mail


def ticket_count(db_url: str) -> int:
    done = run_cli("tickets", "list", "--json", db_url=db_url)
    assert done.returncode == 0, done.stderr.decode()
    return len(json.loads(done.stdout))


def test_garbage_empty_text_and_truncated_files_are_each_refused_by_name(tmp_path):
    db_url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert run_cli("db", "upgrade", db_url=db_url).returncode == 0
    good = tmp_path / "good.eml"
    good.write_bytes(mail("good@example.jp", HANAKO, "開示請求"))
    assert run_cli("import-mail", str(good), db_url=db_url).returncode == 0
    before = ticket_count(db_url)

    whole = mail("cut@example.jp", HANAKO, "書類", attachments=(("a.pdf", "application/pdf", b"%PDF" * 900),))
    bad = {
        "garbage.eml": bytes(random.Random(1).randrange(256) for _ in range(3000)),
        "empty.eml": b"",
        "notes.txt": "明日の会議は10時から。\n".encode(),
        "truncated.eml": whole[: len(whole) // 2].rstrip(b"\r\n") + b"Q",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    done = run_cli("import-mail", *(str(tmp_path / name) for name in bad), db_url=db_url)

    assert done.returncode == 1
    summary = json.loads(done.stdout)
    assert summary["imported"] == 0
    refused = {entry["origin"]: entry["reason"] for entry in summary["failed"]}
    assert set(refused) == {str(tmp_path / name) for name in bad}
    assert refused[str(tmp_path / "notes.txt")].endswith(
        "not a mail message: it does not start with mail headers"
    )
    assert refused[str(tmp_path / "truncated.eml")].endswith(
        "the message is cut short: the file ends inside an attachment or part"
    )
    assert "4" in done.stderr.decode()  # "4件のメッセージまたはファイルを取り込めませんでした。"
    assert ticket_count(db_url) == before
