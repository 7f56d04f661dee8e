"""`privacy-desk incidents list`: the breach log, most urgent first."""

from __future__ import annotations

import argparse

from privacy_desk.cli.common import Handler, Translate, choices, open_services, print_json


def add_commands(commands, translate: Translate) -> dict[str, Handler]:
    incidents = commands.add_parser("incidents", help=translate("CLI", "list personal-data breach incidents"))
    actions = incidents.add_subparsers(dest="incidents_command", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help=translate(
            "CLI",
            "list incidents, overdue first, then by the next deadline; in JSON persons_affected is the "
            "exact number, or null while only a range or nothing is known, and triggers are the cases of "
            "Rule Art. 7 answered yes or not yet known",
        ),
    )
    listing.add_argument(
        "--status", action="append", default=[], help=translate("CLI", "only this status (repeatable)")
    )
    listing.add_argument("--open", action="store_true", help=translate("CLI", "only open incidents"))
    listing.add_argument(
        "--overdue", action="store_true", help=translate("CLI", "only incidents past a report deadline")
    )
    listing.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    return {"incidents": _incidents}


def _incidents(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.domain.incidents import IncidentStatus
    from privacy_desk.services.incidents import IncidentFilter, incident_json

    wanted = IncidentFilter(
        statuses=choices(args.status, IncidentStatus), open_only=args.open, overdue=args.overdue
    )
    services = open_services(args)
    try:
        incidents = services.incidents
        result = [incident_json(incidents.detail(row.id)) for row in incidents.list(wanted)]
    finally:
        services.close()
    if args.json:
        print_json(result)
        return 0
    for item in result:
        reportable = (
            translate("CLI", "reportable") if item["reportable"] else translate("CLI", "not reportable")
        )
        print(f"{item['ref']}  {item['final_due']}  {item['status']:<17}  {reportable:<14}  {item['title']}")
    return 0
