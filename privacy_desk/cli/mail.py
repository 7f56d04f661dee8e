"""`privacy-desk import-mail` and `fetch-mail`: a JSON summary on stdout, what failed on stderr."""

from __future__ import annotations

import argparse
import sys

from privacy_desk.cli.common import EXIT_ERROR, Handler, Translate, open_services, print_json

FAILURE_KINDS_SHOWN = 10


def add_commands(commands, translate: Translate) -> dict[str, Handler]:
    import_mail = commands.add_parser(
        "import-mail", help=translate("CLI", "import .eml, .msg and .mbox files or folders as tickets")
    )
    import_mail.add_argument("paths", nargs="+", metavar="PATH", help=translate("CLI", "file or folder"))
    commands.add_parser(
        "fetch-mail",
        help=translate("CLI", "poll the configured IMAP mailbox once and print a JSON summary"),
    )
    return {"import-mail": _import_mail, "fetch-mail": _fetch_mail}


def _fetch_mail(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.services.tickets.mail_fetch import open_mail_fetch

    services = open_services(args)
    try:
        summary = open_mail_fetch(services).fetch_now()
    finally:
        services.close()
    print_json(summary.as_json())
    if summary.failed:
        failed = summary.failed  # a plain name: lupdate skips a call whose count is an expression
        message = translate(
            "CLI",
            "%n message(s) could not be imported; they are tried again at the next fetch.",
            None,
            failed,
        )
        print(message, file=sys.stderr)
        return EXIT_ERROR
    return 0


def _import_mail(args: argparse.Namespace, translate: Translate) -> int:
    services = open_services(args)
    try:
        summary = services.ticket_import.import_paths(services.actor, args.paths)
    finally:
        services.close()
    print_json(summary.as_json())
    if summary.failed:
        failed = len(summary.failed)  # a plain name: lupdate skips a call whose count is an expression
        message = translate("CLI", "%n message(s) or file(s) could not be imported.", None, failed)
        print(message, file=sys.stderr)
        _print_failures(summary.failure_kinds(), translate)
        return EXIT_ERROR
    return 0


def _print_failures(kinds: list, translate: Translate) -> None:
    """One line per kind of failure, however many there were of it; the JSON lists the first ones."""
    for kind in kinds[:FAILURE_KINDS_SHOWN]:
        problem = getattr(kind.reason, "problem", None)
        reason = problem.translated(translate) if problem is not None else kind.kind
        times = kind.count
        if times == 1:
            print(f"  {kind.origin}: {reason}", file=sys.stderr)
        else:
            line = translate("CLI", "{reason}: %n times, the first {origin}", None, times)
            print("  " + line.format(reason=reason, origin=kind.origin), file=sys.stderr)
    if len(kinds) > FAILURE_KINDS_SHOWN:
        more = len(kinds) - FAILURE_KINDS_SHOWN
        print(
            "  " + translate("CLI", "… and %n other reason(s): see the JSON summary.", None, more),
            file=sys.stderr,
        )
