"""`privacy-desk cases list`, `privacy-desk report case` and `privacy-desk report incident`."""

from __future__ import annotations

import argparse

from privacy_desk.cli.common import Handler, Translate, choices, open_services, print_json
from privacy_desk.config import LANGUAGES


def add_commands(commands, translate: Translate) -> dict[str, Handler]:
    cases = commands.add_parser("cases", help=translate("CLI", "list data-subject request cases"))
    case_commands = cases.add_subparsers(dest="cases_command", metavar="ACTION", required=True)
    case_list = case_commands.add_parser("list", help=translate("CLI", "list request cases by due date"))
    case_list.add_argument(
        "--type",
        action="append",
        default=[],
        dest="types",
        help=translate("CLI", "only this type (repeatable)"),
    )
    case_list.add_argument(
        "--status", action="append", default=[], help=translate("CLI", "only this status (repeatable)")
    )
    case_list.add_argument(
        "--overdue", action="store_true", help=translate("CLI", "only open cases past their due date")
    )
    case_list.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))

    report = commands.add_parser("report", help=translate("CLI", "print a report as PDF"))
    report_kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    case_report = report_kinds.add_parser("case", help=translate("CLI", "the report of one request case"))
    case_report.add_argument(
        "ref", metavar="REF", help=translate("CLI", "case reference, e.g. REQ-2026-0042")
    )
    case_report.add_argument(
        "--out", required=True, metavar="FILE", help=translate("CLI", "the PDF file to write")
    )
    case_report.add_argument(
        "--lang",
        choices=LANGUAGES,
        dest="report_lang",
        help=translate("CLI", "language of the report (default: the configured one)"),
    )
    _add_incident_report(report_kinds, translate)
    return {"cases": _cases, "report": _report}


def _add_incident_report(report_kinds, translate: Translate) -> None:
    """`report incident REF --kind preliminary|final` (Rules Art. 8): its module renders it."""
    incident = report_kinds.add_parser(
        "incident", help=translate("CLI", "the preliminary or final report of a personal-data breach")
    )
    incident.add_argument(
        "ref", metavar="REF", help=translate("CLI", "incident reference, e.g. INC-2026-0001")
    )
    incident.add_argument(
        "--kind",
        required=True,
        choices=("preliminary", "final"),
        help=translate("CLI", "preliminary (速報) or final (確報) report"),
    )
    incident.add_argument(
        "--out", required=True, metavar="FILE", help=translate("CLI", "the PDF file to write")
    )
    incident.add_argument(
        "--lang",
        choices=LANGUAGES,
        dest="report_lang",
        help=translate("CLI", "language of the report (default: the configured one)"),
    )


def _cases(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.domain.cases import CaseState
    from privacy_desk.domain.requests import RequestType
    from privacy_desk.services.cases.as_json import case_list_json
    from privacy_desk.services.cases.service import CaseFilter

    filters = CaseFilter(
        types=choices(args.types, RequestType), states=choices(args.status, CaseState), overdue=args.overdue
    )
    services = open_services(args)
    try:
        result = case_list_json(services.cases, filters)
    finally:
        services.close()
    if args.json:
        print_json(result)
    else:
        for case in result:
            print(
                f"{case['ref']}  {case['due']}  {case['status']:<17}  {case['type']:<16}  {case['requester']}"
            )
    return 0


def _report(args: argparse.Namespace, translate: Translate) -> int:
    language = args.report_lang or args.language
    services = open_services(args)
    try:
        if args.report_kind == "incident":
            from privacy_desk.domain.incidents import ReportKind

            incidents = services.incidents
            incidents.write_report(incidents.id_of(args.ref), ReportKind(args.kind), args.out, language)
        else:
            cases = services.cases
            cases.write_report(cases.id_of(args.ref), args.out, language)
    finally:
        services.close()
    print(translate("CLI", "Wrote {file}.").format(file=args.out))
    return 0
