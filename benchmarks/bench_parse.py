"""Mail import: our `iter_sources` + `parse_message` against the stdlib alone on a 5,000-message mbox.

The mbox is generated in a temporary folder (fixed seed): a third each ISO-2022-JP, UTF-8 and
Shift_JIS mail, as Japanese mailers write them — encoded-word subjects and names, a few Received
lines, 7bit/base64/quoted-printable/8bit bodies, some multipart/alternative with HTML, some with a PDF
attachment, and Windows characters (① ㈱ 髙 ～) in about a third of them.

The stdlib run is `mailbox.mbox` + `email` with the default policy, reading each message's subject and
its body text (`get_body()` / `get_content()`). Both alternate, three runs each; the medians are compared.
Target: ours ≤ 2× the stdlib.
"""

from __future__ import annotations

import base64
import contextlib
import email
import email.policy
import mailbox
import quopri
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from privacy_desk.intake.sources import iter_sources  # noqa: E402

MESSAGES = 5000
RUNS = 3

PLAIN_SENTENCES = [
    "いつもお世話になっております。",
    "個人情報の開示請求についてご連絡いたします。",
    "先日ご依頼いただいた件につきまして、担当部署で確認しております。",
    "本人確認書類として運転免許証の写しを添付いたします。",
    "お手数ですが、ご確認のほどよろしくお願い申し上げます。",
    "登録されている住所と電話番号の訂正をお願いしたく存じます。",
    "メールマガジンの配信停止と、保有個人データの利用停止を希望します。",
    "ご不明な点がございましたら、お気軽にお問い合わせください。",
    "Order number: 2024-0105-1234 / Customer ID: C-998877",
]
WINDOWS_SENTENCES = [
    "①氏名 ②住所 ③電話番号の三点について開示をお願いします。",
    "㈱テスト 髙橋様より、㍻３１年の契約記録～令和６年分まで。",
    "ⅰ）開示 ⅱ）訂正 Ⅲ）利用停止 №12",
]
NAMES = ["山田 太郎", "髙橋 花子", "佐藤 一郎", "鈴木 美咲", "田中 健", "渡邉 正"]


def _jis(text: str) -> bytes:
    """ISO-2022-JP as Windows (CP50221) writes it, including NEC and IBM extension characters."""
    out, mode = bytearray(), "ascii"
    for char in text:
        if ord(char) < 0x80:
            want, code = "ascii", char.encode("ascii")
        else:
            s1, s2 = _nec(char.encode("cp932"), char)
            row2 = (s1 - 0x81) * 2 if s1 < 0xA0 else (s1 - 0xC1) * 2
            if s2 >= 0x9F:
                code = bytes((row2 + 0x22, s2 - 0x7E))
            else:
                code = bytes((row2 + 0x21, s2 - 0x1F - (1 if s2 >= 0x80 else 0)))
            want = "jis"
        if want != mode:
            out += b"\x1b$B" if want == "jis" else b"\x1b(B"
            mode = want
        out += code
    if mode != "ascii":
        out += b"\x1b(B"
    return bytes(out)


_NEC_SELECTED: dict[str, bytes] = {}


def _nec(sjis: bytes, char: str) -> bytes:
    if sjis[0] < 0xFA:
        return sjis
    if not _NEC_SELECTED:
        for lead in (0xED, 0xEE):
            for trail in [*range(0x40, 0x7F), *range(0x80, 0xFD)]:
                with contextlib.suppress(UnicodeDecodeError):
                    _NEC_SELECTED.setdefault(bytes((lead, trail)).decode("cp932"), bytes((lead, trail)))
    return _NEC_SELECTED[char]


def _word(text: str, charset: str) -> str:
    data = (
        _jis(text)
        if charset == "ISO-2022-JP"
        else text.encode("cp932" if charset == "Shift_JIS" else charset)
    )
    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def _message(number: int, rng: random.Random) -> bytes:
    charset = ("ISO-2022-JP", "UTF-8", "Shift_JIS")[number % 3]
    windows = rng.random() < 0.33
    sentences = [rng.choice(PLAIN_SENTENCES) for _ in range(rng.randint(6, 30))]
    if windows:
        sentences.insert(rng.randint(0, len(sentences)), rng.choice(WINDOWS_SENTENCES))
    body = "\n".join(sentences) + "\n\n-- \n" + rng.choice(NAMES) + "\n"
    subject = rng.choice(["【お問い合わせ】", "Re: ", "開示請求：", ""]) + rng.choice(PLAIN_SENTENCES)[:18]
    if windows:
        subject += "①"
    name = rng.choice(NAMES)
    head = [
        f"Received: from mx{number % 7}.example.jp (mx.example.jp [192.0.2.{number % 250}])\n"
        f"\tby mx.gmo-c.jp (Postfix) with ESMTPS id {number:08X}\n\tfor <info@gmo-c.jp>; "
        "Fri, 5 Jan 2024 10:00:05 +0900 (JST)",
        "Received: from [10.0.0.1] by mx.example.jp; Fri, 5 Jan 2024 10:00:03 +0900",
        f"From: {_word(name, charset)} <user{number}@example.jp>",
        "To: info@gmo-c.jp",
        f"Subject: {_word(subject, charset)}",
        f"Date: Fri, 5 Jan 2024 10:{number % 60:02d}:00 +0900",
        f"Message-ID: <{number}.{rng.randrange(10**9)}@example.jp>",
        "MIME-Version: 1.0",
        "X-Mailer: Microsoft Outlook 16.0",
    ]
    text_part = _text_part(body, charset, rng)
    kind = rng.random()
    if kind < 0.6:
        return ("\n".join(head) + "\n").encode() + text_part
    boundary = f"----=_Part_{number}_{rng.randrange(10**6)}"
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in body.split("\n")) + "</body></html>"
    parts = [text_part]
    if kind < 0.85:
        head.append(f'Content-Type: multipart/alternative; boundary="{boundary}"')
        parts.append(
            b"Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
            + base64.encodebytes(html.encode())
        )
    else:
        head.append(f'Content-Type: multipart/mixed; boundary="{boundary}"')
        pdf = bytes(rng.randrange(256) for _ in range(6000))
        parts.append(
            b"Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n"
            b"Content-Disposition: attachment; filename*=UTF-8''%E7%94%B3%E8%AB%8B%E6%9B%B8.pdf\n\n"
            + base64.encodebytes(pdf)
        )
    out = ("\n".join(head) + "\n\nThis is a multi-part message in MIME format.\n").encode()
    for part in parts:
        out += f"\n--{boundary}\n".encode() + part
    return out + f"\n--{boundary}--\n".encode()


def _text_part(body: str, charset: str, rng: random.Random) -> bytes:
    if charset == "ISO-2022-JP":
        return b"Content-Type: text/plain; charset=ISO-2022-JP\nContent-Transfer-Encoding: 7bit\n\n" + _jis(
            body
        )
    data = body.encode("cp932" if charset == "Shift_JIS" else "utf-8")
    encoding = rng.choice(["base64", "quoted-printable", "8bit"])
    if encoding == "base64":
        encoded = base64.encodebytes(data)
    elif encoding == "quoted-printable":
        encoded = quopri.encodestring(data)
    else:
        encoded = data
    return (
        f"Content-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {encoding}\n\n".encode()
        + encoded
    )


def write_mbox(path: Path, count: int = MESSAGES) -> None:
    rng = random.Random(20240105)
    with path.open("wb") as out:
        for number in range(count):
            data = _message(number, rng).replace(b"\nFrom ", b"\n>From ")
            out.write(b"From user@example.jp Fri Jan  5 10:00:00 2024\n" + data.rstrip(b"\n") + b"\n\n")


def run_stdlib(path: Path) -> int:
    count = 0
    box = mailbox.mbox(
        path, factory=lambda file: email.message_from_binary_file(file, policy=email.policy.default)
    )
    for message in box:
        subject = message["subject"]
        body = message.get_body(preferencelist=("plain", "html"))
        text = body.get_content() if body is not None else ""
        count += bool(subject) + bool(text)
    box.close()
    return count


def run_ours(path: Path) -> int:
    count = 0
    for item in iter_sources([path]):
        count += bool(item.parsed.subject) + bool(item.parsed.body_text)
    return count


def _timed(function, path: Path) -> float:
    start = time.perf_counter()
    function(path)
    return time.perf_counter() - start


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.mbox"
        write_mbox(path)
        run_stdlib(path)  # warm the OS file cache and both code paths (regex compiles, lazy tables)
        run_ours(path)
        stdlib, ours = [], []
        for _ in range(RUNS):
            stdlib.append(_timed(run_stdlib, path))
            ours.append(_timed(run_ours, path))
        size = path.stat().st_size
    result = {"stdlib_s": statistics.median(stdlib), "ours_s": statistics.median(ours)}
    result["ratio"] = result["ours_s"] / result["stdlib_s"]
    print(
        f"mail parse: {MESSAGES} messages ({size / 1e6:.1f} MB mbox): stdlib {result['stdlib_s']:.3f} s, "
        f"iter_sources+parse {result['ours_s']:.3f} s, ratio {result['ratio']:.2f} "
        f"(target ≤ 2; median of {RUNS})"
    )
    return result


if __name__ == "__main__":
    main()
