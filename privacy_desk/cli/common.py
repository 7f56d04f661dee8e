"""What the commands share: the exit status, the translator's type, JSON on stdout, the services."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable

from privacy_desk.config import LocalConfig
from privacy_desk.errors import QT_TRANSLATE_NOOP, DatabaseMissing, InvalidInput

EXIT_ERROR = 1

Translate = Callable[..., str]
Handler = Callable[[argparse.Namespace, Translate], int]


def print_json(value: object) -> None:
    sys.stdout.buffer.write(json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    sys.stdout.flush()


def open_services(args: argparse.Namespace, *, create: bool = False):
    """The services on the chosen database. What they log goes to the app's log file (the user's only,
    without database values), not as a traceback on stderr. A SQLite file that --db, PRIVACY_DESK_DB or
    the settings name and that does not exist is refused (a translated DatabaseMissing, nothing made)
    unless `create` (db upgrade) or the global --create says to make it; the default file is made."""
    from privacy_desk.logfile import configure_logging
    from privacy_desk.services.container import open_services

    with contextlib.suppress(OSError):  # an unwritable log folder must not stop the command
        configure_logging()
    config = LocalConfig.load()
    create = create or getattr(args, "create", False) or not config.names_database(args.db)
    try:
        return open_services(config.resolved_database_url(args.db), create=create)
    except DatabaseMissing as error:  # said with the command line's way out
        raise DatabaseMissing(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is no database at {path}. Check the path; to start a new, empty database there, "
                "run the command again with --create (or run: privacy-desk db upgrade).",
            ),
            path=error.path,
        ) from error


def choices(values: list[str], enum) -> frozenset:
    known = {member.value: member for member in enum}
    for value in values:
        if value not in known:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Unknown value {value}; use one of: {choices}"),
                value=value,
                choices=", ".join(known),
            )
    return frozenset(known[value] for value in values)
