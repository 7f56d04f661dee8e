"""Start the frozen app as a user would and check it works: version, a deadline answer, start-up, selftest.

Runs in a temporary PRIVACY_DESK_HOME so a developer's own database and settings are never touched.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The console executable: its output is what the checks read (the windowed one has none on Windows).
CANDIDATES = [
    ROOT / "dist" / "PrivacyDesk" / "privacy-desk",
    ROOT / "dist" / "PrivacyDesk" / "privacy-desk.exe",
    ROOT / "dist" / "Privacy Desk.app" / "Contents" / "MacOS" / "privacy-desk",
]


def main() -> int:
    executable = next((c for c in CANDIDATES if c.exists()), None)
    if executable is None:
        print("no frozen app under dist/: run packaging/build.py first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "PRIVACY_DESK_HOME": home,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }

        def run(*args: str) -> subprocess.CompletedProcess[bytes]:
            done = subprocess.run([str(executable), *args], env=env, capture_output=True, timeout=300)
            print(f"{' '.join(args)} -> {done.returncode}")
            if done.returncode:
                print(done.stderr.decode(errors="replace"), file=sys.stderr)
            return done

        checks = [
            run("--version").returncode == 0,
            json.loads(
                run(
                    "deadline", "request", "--type", "disclosure", "--received", "2026-04-01", "--json"
                ).stdout
                or b"{}"
            ).get("due")
            == "2026-04-15",
            run("selftest", "--startup").returncode == 0,
            run("selftest").returncode == 0,
        ]
    print("smoke test passed" if all(checks) else "smoke test FAILED")
    return 0 if all(checks) else 1


if __name__ == "__main__":
    raise SystemExit(main())
