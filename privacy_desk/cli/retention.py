"""`privacy-desk retention due` and `privacy-desk retention export-ics` (docs/ARCHITECTURE.md §5)."""

from __future__ import annotations

import argparse
from pathlib import Path

from privacy_desk.cli.common import Handler, Translate, open_services, print_json
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput


def add_commands(commands, translate: Translate) -> dict[str, Handler]:
    retention = commands.add_parser(
        "retention", help=translate("CLI", "the retention register: what falls due, calendar export")
    )
    actions = retention.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    due = actions.add_parser(
        "due", help=translate("CLI", "holdings whose deletion falls due in a range of days")
    )
    due.add_argument(
        "--from", required=True, dest="start", help=translate("CLI", "the first day (ISO or 和暦)")
    )
    due.add_argument("--to", required=True, dest="end", help=translate("CLI", "the last day (ISO or 和暦)"))
    due.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    ics = actions.add_parser(
        "export-ics",
        help=translate("CLI", "write an iCalendar file of due and review dates (Outlook, Apple Calendar)"),
    )
    ics.add_argument("file", metavar="FILE", help=translate("CLI", "the .ics file to write"))
    return {"retention": _retention}


def _retention(args: argparse.Namespace, translate: Translate) -> int:
    if args.retention_command == "due":
        return _due(args, translate)
    services = open_services(args)
    try:
        count = services.retention.export_ics(Path(args.file), lang=args.language)
    finally:
        services.close()
    print(translate("CLI", "{count} events written to {path}").format(count=count, path=args.file))
    return 0


def _due(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.domain.retention import HoldingStatus, HoldReason
    from privacy_desk.domain.wareki import parse_date
    from privacy_desk.i18n.formatting import format_date
    from privacy_desk.services.retention.as_json import due_json, due_rows

    start, end = parse_date(args.start), parse_date(args.end)
    if end < start:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The last day comes before the first day."))
    services = open_services(args)
    try:
        rows = due_rows(services.retention.holdings(), start, end)
    finally:
        services.close()
    if args.json:
        print_json([due_json(row) for row in rows])
        return 0
    if not rows:
        print(translate("CLI", "Nothing falls due in these days."))
    for row in rows:
        assert row.delete_from is not None  # due_rows keeps only holdings with a due day
        status = translate("HoldingStatus", HoldingStatus(row.status).label)
        hold = f" ({translate('HoldReason', HoldReason(row.hold.reason).label)})" if row.hold else ""
        day = format_date(row.delete_from, args.language)
        print(f"{day}  {row.ref}  {status}{hold}  {row.name} — {row.category}")
    return 0
