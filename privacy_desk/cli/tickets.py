"""`privacy-desk tickets list|show|export-csv`."""

from __future__ import annotations

import argparse

from privacy_desk.cli.common import Handler, Translate, choices, open_services, print_json


def add_commands(commands, translate: Translate) -> dict[str, Handler]:
    tickets = commands.add_parser("tickets", help=translate("CLI", "list, show and export tickets"))
    ticket_commands = tickets.add_subparsers(dest="tickets_command", metavar="ACTION", required=True)
    listing = ticket_commands.add_parser("list", help=translate("CLI", "list tickets, newest first"))
    export = ticket_commands.add_parser(
        "export-csv", help=translate("CLI", "write tickets and all their messages to a CSV file (for Excel)")
    )
    export.add_argument("file", metavar="FILE", help=translate("CLI", "the CSV file to write"))
    for command in (listing, export):
        command.add_argument(
            "--status", action="append", default=[], help=translate("CLI", "only this status (repeatable)")
        )
        command.add_argument(
            "--category",
            action="append",
            default=[],
            help=translate("CLI", "only this category (repeatable)"),
        )
        command.add_argument(
            "--search", default="", help=translate("CLI", "only tickets containing this text")
        )
        command.add_argument(
            "--overdue",
            action="store_true",
            help=translate("CLI", "only tickets whose first response is overdue"),
        )
    listing.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    show = ticket_commands.add_parser("show", help=translate("CLI", "show one ticket with its messages"))
    show.add_argument("ref", metavar="REF", help=translate("CLI", "ticket reference, e.g. PD-2026-000123"))
    show.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    return {"tickets": _tickets}


def _ticket_filter(args: argparse.Namespace):
    from privacy_desk.domain.tickets import TicketCategory, TicketStatus
    from privacy_desk.services.tickets.service import TicketFilter

    return TicketFilter(
        statuses=choices(args.status, TicketStatus),
        categories=choices(args.category, TicketCategory),
        overdue=args.overdue,
        text=args.search,
    )


def _tickets(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.services.tickets.as_json import ticket_json, ticket_list_json

    services = open_services(args)
    try:
        if args.tickets_command == "export-csv":
            rows = services.tickets.export_csv(args.file, _ticket_filter(args))
            print(translate("CLI", "Wrote %n row(s) to {file}.", None, rows).format(file=args.file))
            return 0
        if args.tickets_command == "show":
            ticket = ticket_json(services.tickets.get_by_ref(args.ref))
        else:
            tickets = ticket_list_json(services.tickets, _ticket_filter(args))
    finally:
        services.close()
    if args.json:
        print_json(ticket if args.tickets_command == "show" else tickets)
    elif args.tickets_command == "show":
        _print_ticket(ticket)
    else:
        for row in tickets:
            received = str(row["received_at"])[:10]
            print(f"{row['ref']}  {received}  {row['status']:<8}  {row['subject']}")
    return 0


def _print_ticket(ticket: dict) -> None:
    print(f"{ticket['ref']}  {ticket['status']}  {ticket['category']}  {ticket['subject']}")
    for message in ticket["messages"]:
        print(f"\n--- {message['sent_at'] or ''}  {message['from_name']} <{message['from_address']}>")
        print(message["subject"])
        print(message["body_text"])
