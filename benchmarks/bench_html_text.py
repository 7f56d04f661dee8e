"""HTML to text on large and hostile HTML: time and peak memory for 1, 5 and 20 MB.

Inputs (generated, fixed seed): a newsletter (tables, styled cells, links, images, Japanese text,
comments) and four hostile ones that the stdlib-based converter took quadratic time on: `<br>`s then
`<p>`s, unclosed `<a>`s with text, unclosed `<!--`, and `<a` / `</` / `<` without `>`. Each is timed
converting whole (`html_to_text`, no size limit), then run again under tracemalloc for the peak of
Python's allocations (the input string itself not counted). Also: `parse_message` of a mail with a
20 MB HTML body, which converts the first HTML_MAX characters and keeps the whole as an attachment.

Target (issue 8): 20 MB in seconds, memory a small multiple of the input.
"""

from __future__ import annotations

import gc
import random
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from privacy_desk.intake.html_text import html_to_text  # noqa: E402
from privacy_desk.intake.parse import parse_message  # noqa: E402

SIZES_MB = (1, 5, 20)
TARGET_S = 10.0  # for 20 MB
WORDS = ["個人情報", "開示請求", "お問い合わせ", "キャンペーン", "会員様", "ポイント", "sale", "2026年"]


def newsletter(size: int, seed: int = 8) -> str:
    rng = random.Random(seed)
    parts = ["<!DOCTYPE html><html><head><title>ニュース</title><style>td{color:#333}</style></head><body>"]
    total = len(parts[0])
    while total < size:
        words = "".join(rng.choice(WORDS) for _ in range(rng.randint(5, 30)))
        row = (
            f'<table width="600" cellpadding="0"><tr><td class="c{rng.randint(1, 9)}" style="padding:8px">'
            f'<p>{words}</p><a href="https://shop.example.jp/item/{rng.randint(1, 99999)}?utm=mail&amp;x=1">'
            f'詳しく</a><br><img src="https://img.example.jp/{rng.randint(1, 999)}.png" alt="商品画像">'
            f"</td><td>&yen;{rng.randint(100, 99999):,}</td></tr></table><!-- row -->\n"
        )
        parts.append(row)
        total += len(row)
    parts.append("</body></html>")
    return "".join(parts)


def _repeat(unit: str, size: int) -> str:
    return unit * (size // len(unit) + 1)


HOSTILE = {
    "<br>s then <p>s": lambda size: "x" + _repeat("<br>", size // 2) + _repeat("<p>", size // 2) + "y",
    "unclosed <a> with text": lambda size: _repeat('<a href="https://x.example/">リンク', size),
    "unclosed <!--": lambda size: _repeat("<!--", size),
    "<a, </ and < without >": lambda size: _repeat("<a </ < 本文", size),
}


def _measure(html: str) -> tuple[float, float]:
    gc.collect()
    start = time.perf_counter()
    html_to_text(html)
    elapsed = time.perf_counter() - start
    gc.collect()
    tracemalloc.start()
    html_to_text(html)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak / 1e6


def _mail_with_html(html: str) -> bytes:
    head = (
        "From: news@example.jp\nTo: desk@example.jp\nSubject: big\nMessage-ID: <big@example.jp>\n"
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
    )
    return head.encode() + html.encode("utf-8")


def main() -> dict[str, float]:
    results: dict[str, float] = {}
    inputs = {"newsletter": newsletter, **HOSTILE}
    for name, make in inputs.items():
        for mb in SIZES_MB:
            html = make(mb * 1_000_000)
            elapsed, peak = _measure(html)
            results[f"{name} {mb} MB s"] = elapsed
            results[f"{name} {mb} MB peak MB"] = peak
            print(f"html_to_text, {name}, {mb} MB: {elapsed:.2f} s, peak {peak:.0f} MB over the input")
    raw = _mail_with_html(newsletter(20_000_000))
    start = time.perf_counter()
    parsed = parse_message(raw)
    results["parse_message 20 MB HTML mail s"] = time.perf_counter() - start
    print(
        f"parse_message, a mail with 20 MB of HTML: {results['parse_message 20 MB HTML mail s']:.2f} s "
        f"({len(parsed.body_text):,} characters of text, {len(parsed.attachments)} attachment)"
    )
    worst = max(v for k, v in results.items() if k.endswith(f"{SIZES_MB[-1]} MB s"))
    print(f"ratio: slowest 20 MB {worst:.2f} s of {TARGET_S:.0f} s budget = {worst / TARGET_S:.2f}")
    return results


if __name__ == "__main__":
    main()
