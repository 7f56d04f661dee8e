"""Start-up: whole-process time of `privacy-desk selftest --startup` against a bare PySide6 window.

Both run with the same interpreter and environment, alternating (the machine may be busy with other
work: pairs see the same load), BENCH_RUNS times each (default 9); the medians are compared, and the
spread is printed. The app runs from this checkout (the working directory is the repository root, so
`-m privacy_desk` is this tree's code whichever environment runs it), on a demo SQLite database in
temporary user folders found as a user's are: on Linux XDG_CONFIG_HOME, XDG_DATA_HOME and
XDG_STATE_HOME point into a temporary folder and platformdirs reads them; elsewhere PRIVACY_DESK_HOME
is the temporary folder.

Bytecode is written and used, as in an installed application (pip compiles on install; the installers
bundle .pyc files): PYTHONDONTWRITEBYTECODE is dropped and the .pyc files go to a temporary
PYTHONPYCACHEPREFIX, not into the checkout; the warm-up runs write them.

BENCH_PYTHON=/path/to/python measures with another environment, e.g. a non-editable install
(`python -m venv /tmp/venv-ne && /tmp/venv-ne/bin/pip install .`): an editable install (`pip install -e`)
adds its import finder to every process, the bare window's too.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = int(os.environ.get("BENCH_RUNS", "9"))
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - start


def spread(values: list[float]) -> str:
    low, _median, high = statistics.quantiles(values, n=4)
    return f"IQR {low:.3f}–{high:.3f}, range {min(values):.3f}–{max(values):.3f}"


def main() -> dict[str, float]:
    python = os.environ.get("BENCH_PYTHON") or sys.executable
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as pycache:
        env = {
            **os.environ,
            "PYTHONPYCACHEPREFIX": pycache,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        env.pop("PRIVACY_DESK_DB", None)
        env.pop("PRIVACY_DESK_HOME", None)
        if sys.platform.startswith("linux"):
            for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
                env[variable] = str(Path(home) / variable.lower())
        else:  # never the real user's folders
            env["PRIVACY_DESK_HOME"] = home
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run(
            [python, "-m", "privacy_desk", "demo"], env=env, cwd=ROOT, check=True, capture_output=True
        )
        app_command = [python, "-m", "privacy_desk", "selftest", "--startup"]
        bare_command = [python, str(HERE / "bare_qt.py")]
        for _ in range(2):  # write the bytecode and warm the OS file cache for both before measuring
            timed(app_command, env)
            timed(bare_command, env)
        app, bare = [], []
        for _ in range(RUNS):
            app.append(timed(app_command, env))
            bare.append(timed(bare_command, env))
    result = {"app_s": statistics.median(app), "bare_qt_s": statistics.median(bare)}
    result["ratio"] = result["app_s"] / result["bare_qt_s"]
    pairs = [a / b for a, b in zip(app, bare, strict=True)]
    print(
        f"start-up: app {result['app_s']:.3f} s, bare PySide6 {result['bare_qt_s']:.3f} s, "
        f"ratio {result['ratio']:.2f} (target ≤ 1.5; median of {RUNS}; {python})\n"
        f"  app {spread(app)}; bare {spread(bare)}; ratio of each pair: median "
        f"{statistics.median(pairs):.2f}, {spread(pairs)}"
    )
    return result


if __name__ == "__main__":
    main()
