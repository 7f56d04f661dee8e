"""The command line (docs/ARCHITECTURE.md §5): argparse in front of the services, no business logic here.

Each feature module adds its commands to the parser and names the function that runs each one; `main` is
the entry point (`privacy-desk`, `python -m privacy_desk`, the frozen app).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from privacy_desk import __version__
from privacy_desk.cli.common import EXIT_ERROR, Handler, Translate
from privacy_desk.config import LANGUAGES, LocalConfig
from privacy_desk.errors import PrivacyDeskError

# Each feature's module (privacy_desk.cli.<name>) and the commands it adds, in the order `--help` lists
# them. Only the module of the command given is imported and added (start-up is benchmarked, and the
# GUI starts with no command at all); help and a mistyped command get them all.
# tests/test_cli.py checks this table against what each module adds.
FEATURES = {
    "selftest": ("selftest",),
    "database": ("db", "demo"),
    "mail": ("import-mail", "fetch-mail"),
    "tickets": ("tickets",),
    "cases": ("cases", "report"),
    "incidents": ("incidents",),
    "deadlines": ("deadline",),
    "retention": ("retention",),
}
_GLOBAL_VALUES = ("--db", "--lang")  # global options that take a value


def _chosen_features(argv: list[str]) -> list[str]:
    """The feature modules to build the parser from: the command's own, none for the GUI, all for help
    or a command no feature names."""
    if any(item in ("-h", "--help") for item in argv):
        return list(FEATURES)
    skip = False
    for item in argv:
        if skip:
            skip = False
        elif item in _GLOBAL_VALUES:
            skip = True
        elif not item.startswith("-"):
            named = [feature for feature, commands in FEATURES.items() if item in commands]
            return named or list(FEATURES)
    return []


def _parser(
    translate: Translate, features: Sequence[str] = tuple(FEATURES)
) -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    class Parser(argparse.ArgumentParser):  # the sub-commands' parsers are of this class too
        def error(self, message: str):
            self.print_usage(sys.stderr)
            self.exit(EXIT_ERROR, translate("CLI", "Error: {message}").format(message=message) + "\n")

    parser = Parser(
        prog="privacy-desk", description=translate("CLI", "Privacy Desk: inquiries, requests and deadlines.")
    )
    parser.add_argument("--version", action="version", version=f"privacy-desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=translate("CLI", "database URL (default: a SQLite file in the user data folder)"),
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help=translate("CLI", "make a new, empty SQLite database if the file named does not exist"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=translate("CLI", "language of messages (default: the configured one)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Handler] = {}
    for feature in features:
        module = importlib.import_module(f"privacy_desk.cli.{feature}")
        handlers.update(module.add_commands(commands, translate))
    return parser, handlers


def main(argv: Sequence[str] | None = None) -> int:
    from privacy_desk.i18n.qt import catalogue

    raw = list(sys.argv[1:] if argv is None else argv)
    config = LocalConfig.load()
    language = _language_option(raw) or config.language
    translate = catalogue(language)
    parser, handlers = _parser(translate, _chosen_features(raw))
    args = parser.parse_args(raw)
    args.language = language
    try:
        if args.command is None:
            from privacy_desk.app import run_gui

            return run_gui(args.db, create=args.create)
        return handlers[args.command](args, translate)
    except PrivacyDeskError as error:
        print(
            translate("CLI", "Error: {message}").format(message=error.translated(translate)), file=sys.stderr
        )
        return EXIT_ERROR


def _language_option(argv: list[str]) -> str | None:
    """--lang is needed before parsing, to translate the parser's own help."""
    for index, item in enumerate(argv):
        if item.startswith("--lang="):
            value = item.split("=", 1)[1]
            return value if value in LANGUAGES else None
        if item == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]
    return None
