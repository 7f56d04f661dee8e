"""Start-up: whole-process time of `privacy-desk selftest --startup` against a bare PySide6 window.

Both run in this same process's environment, alternating, five times each; the medians are compared.
The app runs on a demo SQLite database in a temporary PRIVACY_DESK_HOME, as a user's would be.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
HERE = Path(__file__).resolve().parent


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "PRIVACY_DESK_HOME": home,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        env.pop("PRIVACY_DESK_DB", None)
        subprocess.run(
            [sys.executable, "-m", "privacy_desk", "demo"], env=env, check=True, capture_output=True
        )
        app_command = [sys.executable, "-m", "privacy_desk", "selftest", "--startup"]
        bare_command = [sys.executable, str(HERE / "bare_qt.py")]
        timed(app_command, env)  # warm the OS file cache for both before measuring
        timed(bare_command, env)
        app, bare = [], []
        for _ in range(RUNS):
            app.append(timed(app_command, env))
            bare.append(timed(bare_command, env))
    result = {"app_s": statistics.median(app), "bare_qt_s": statistics.median(bare)}
    result["ratio"] = result["app_s"] / result["bare_qt_s"]
    print(
        f"start-up: app {result['app_s']:.3f} s, bare PySide6 {result['bare_qt_s']:.3f} s, "
        f"ratio {result['ratio']:.2f} (target ≤ 1.5; median of {RUNS})"
    )
    return result


if __name__ == "__main__":
    main()
