"""One huge mail imported: time and peak memory of `privacy-desk import-mail` on SQLite.

Two mails (generated, fixed seed): a 10 MB plain-text body of random printable ASCII (nearly every
trigram in it is new to the search index: its worst case), and a 20 MB HTML newsletter
(bench_html_text's). Each is imported by the command in a process of its own into a fresh database
(created beforehand, untimed); peak memory is that process's maximum resident set size.

Before issue 8 the random body took 83 s and 1 GB, almost all of it in FTS5. Target: seconds, and
memory a small multiple of the mail.
"""

from __future__ import annotations

import importlib.util
import os
import random
import string
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
RANDOM_BYTES = 10_000_000
HTML_CHARACTERS = 20_000_000
TARGET_S = 10.0


def random_text(size: int, seed: int = 8) -> str:
    rng = random.Random(seed)
    return "".join(rng.choices(string.ascii_letters + string.digits + string.punctuation + " ", k=size))


def _mail(body: str, subtype: str) -> bytes:
    message = EmailMessage()
    message["From"] = "big@example.jp"
    message["To"] = "info@example.jp"
    message["Subject"] = "巨大なメール"
    message["Message-ID"] = f"<big-{subtype}@example.jp>"
    message.set_content(body, subtype=subtype, charset="utf-8", cte="8bit")
    return bytes(message)


def _cli(args: list[str], home: Path) -> tuple[float, float]:
    """Run the command: its time and its largest resident set (POSIX: the child's own rusage)."""
    env = {**os.environ, "PRIVACY_DESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "privacy_desk", "--lang", "en", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{args[2:]} failed: {child.stderr.read().decode()[-2000:]}")
    child.stderr.close()
    return elapsed, usage.ru_maxrss / 1024  # KiB on Linux


def _import(raw: bytes, folder: Path, name: str) -> tuple[float, float]:
    home = folder / name
    home.mkdir()
    path = home / f"{name}.eml"
    path.write_bytes(raw)
    url = f"sqlite:///{home / 'bench.db'}"
    _cli(["--db", url, "db", "upgrade"], home)
    return _cli(["--db", url, "import-mail", str(path)], home)


def _newsletter(size: int) -> str:
    spec = importlib.util.spec_from_file_location("bench_html_text", HERE / "bench_html_text.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.newsletter(size)


def main() -> dict[str, float]:
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        mails = {
            "10 MB random text body": _mail(random_text(RANDOM_BYTES), "plain"),
            "20 MB HTML body": _mail(_newsletter(HTML_CHARACTERS), "html"),
        }
        for label, raw in mails.items():
            elapsed, peak = _import(raw, folder, label.replace(" ", "-"))
            results[f"{label} s"], results[f"{label} peak MB"] = elapsed, peak
            print(
                f"import-mail of a mail with a {label} ({len(raw) / 1e6:.1f} MB): {elapsed:.1f} s, "
                f"peak resident {peak:.0f} MB (target ≤ {TARGET_S:.0f} s)"
            )
    return results


if __name__ == "__main__":
    main()
