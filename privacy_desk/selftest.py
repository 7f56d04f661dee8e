"""`privacy-desk selftest`: the whole app, offscreen, on a throw-away database filled with demo data."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def run() -> list[str]:
    """Failures as readable lines; an empty list means every view, language and report worked."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = os.environ.get("PRIVACY_DESK_HOME")
    with tempfile.TemporaryDirectory(prefix="privacy-desk-selftest-") as folder:
        os.environ["PRIVACY_DESK_HOME"] = folder  # keep the user's own settings and files untouched
        try:
            return _run_in(Path(folder))
        finally:
            if home is None:
                os.environ.pop("PRIVACY_DESK_HOME", None)
            else:
                os.environ["PRIVACY_DESK_HOME"] = home


def _run_in(folder: Path) -> list[str]:
    from privacy_desk.services.container import open_services
    from privacy_desk.services.demo.service import fill_demo
    from privacy_desk.ui.selftest import run_selftest

    url = f"sqlite:///{(folder / 'selftest.sqlite3').as_posix()}"
    services = open_services(url)
    try:
        fill_demo(services)
    finally:
        services.close()
    return run_selftest(url)
