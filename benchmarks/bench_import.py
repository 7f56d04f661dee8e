"""Mail import end to end: `privacy-desk import-mail FILE` against the stdlib alone parsing the same mbox.

The 5,000-message mbox of mixed ISO-2022-JP / UTF-8 / Shift_JIS mail is bench_parse's (fixed seed).
The stdlib run is bench_parse's too: `mailbox` + `email` with the default policy, reading each
message's subject and body. The import is the whole command, timed as a subprocess (interpreter
start-up, imports, opening the database, parsing, storing, indexing, commit), each run on a fresh
SQLite database in a temporary PRIVACY_DESK_HOME. The database is created beforehand with
`privacy-desk db upgrade` (untimed): a desk imports into a database it already has, and the schema
is made once. Three runs each, medians compared. Target (issue 10, was ≤ 2× in issue 3): import ≤ 1.5×
the stdlib.

PostgreSQL is measured as well when PRIVACY_DESK_BENCH_PG_URL names a server (for example
postgresql+psycopg://postgres@127.0.0.1:5432/postgres): each run creates a database of its own there
and drops it afterwards. No target there; the figure is printed for comparison.
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
RUNS = 3


def _bench_parse():
    spec = importlib.util.spec_from_file_location("bench_parse", HERE / "bench_parse.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cli(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PRIVACY_DESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "privacy_desk", "--lang", "en", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def _timed_import(mbox: Path, home: Path, url: str, expected: int) -> float:
    prepared = _cli(["--db", url, "db", "upgrade"], home)
    if prepared.returncode != 0:
        raise RuntimeError(f"db upgrade failed: {prepared.stderr}")
    start = time.perf_counter()
    done = _cli(["--db", url, "import-mail", str(mbox)], home)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"import-mail failed ({done.returncode}): {done.stderr[-2000:]}")
    summary = json.loads(done.stdout)
    if summary["imported"] + summary["duplicates"] != expected:
        raise RuntimeError(f"import-mail stored {summary}, expected {expected} messages")
    return elapsed


def _sqlite_run(mbox: Path, folder: Path, expected: int) -> float:
    home = Path(tempfile.mkdtemp(dir=folder))
    return _timed_import(mbox, home, f"sqlite:///{home / 'bench.db'}", expected)


def _postgresql_run(mbox: Path, folder: Path, expected: int, server: str) -> float:
    from sqlalchemy import create_engine, make_url, text

    name = f"pd_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        home = Path(tempfile.mkdtemp(dir=folder))
        url = make_url(server).set(database=name).render_as_string(hide_password=False)
        return _timed_import(mbox, home, url, expected)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> dict[str, float]:
    parse = _bench_parse()
    server = os.environ.get("PRIVACY_DESK_BENCH_PG_URL")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        mbox = folder / "bench.mbox"
        parse.write_mbox(mbox)
        size = mbox.stat().st_size
        parse.run_stdlib(mbox)  # warm the OS file cache
        stdlib, sqlite, postgresql = [], [], []
        for _ in range(RUNS):
            stdlib.append(parse._timed(parse.run_stdlib, mbox))
            sqlite.append(_sqlite_run(mbox, folder, parse.MESSAGES))
            if server:
                postgresql.append(_postgresql_run(mbox, folder, parse.MESSAGES, server))
    result = {"stdlib_s": statistics.median(stdlib), "sqlite_s": statistics.median(sqlite)}
    result["ratio"] = result["sqlite_s"] / result["stdlib_s"]
    print(
        f"mail import: {parse.MESSAGES} messages ({size / 1e6:.1f} MB mbox): stdlib parse "
        f"{result['stdlib_s']:.3f} s, `privacy-desk import-mail` on SQLite {result['sqlite_s']:.3f} s, "
        f"ratio {result['ratio']:.2f} (target ≤ 1.5; median of {RUNS})"
    )
    if postgresql:
        result["postgresql_s"] = statistics.median(postgresql)
        result["postgresql_ratio"] = result["postgresql_s"] / result["stdlib_s"]
        print(
            f"mail import on PostgreSQL: {result['postgresql_s']:.3f} s, "
            f"ratio {result['postgresql_ratio']:.2f} (no target; median of {RUNS})"
        )
    return result


if __name__ == "__main__":
    main()
