"""`privacy-desk selftest`: every view and report, offscreen; or the GUI's start, timed."""

from __future__ import annotations

import argparse
import sys

from privacy_desk.cli.common import EXIT_ERROR, Handler, Translate


def add_commands(commands, translate: Translate) -> dict[str, Handler]:
    selftest = commands.add_parser(
        "selftest", help=translate("CLI", "check that every view and report works, offscreen")
    )
    selftest.add_argument(
        "--startup",
        action="store_true",
        help=translate("CLI", "start the GUI and quit once the window has painted"),
    )
    return {"selftest": _selftest}


def _selftest(args: argparse.Namespace, translate: Translate) -> int:
    if args.startup:
        from privacy_desk.app import run_gui

        return run_gui(args.db, startup_probe=True)
    from privacy_desk.selftest import run

    failures = run()
    for failure in failures:
        print(failure, file=sys.stderr)
    print(translate("CLI", "Self-test passed.") if not failures else translate("CLI", "Self-test failed."))
    return 0 if not failures else EXIT_ERROR
