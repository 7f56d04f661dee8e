"""The command line (docs/ARCHITECTURE.md §5): argparse in front of the services, no business logic here."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime

from privacy_desk import __version__
from privacy_desk.config import LANGUAGES, LocalConfig
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, PrivacyDeskError

EXIT_ERROR = 1

Translate = Callable[..., str]


def _parser(translate: Translate) -> argparse.ArgumentParser:
    class Parser(argparse.ArgumentParser):  # the sub-commands' parsers are of this class too
        def error(self, message: str):
            self.print_usage(sys.stderr)
            self.exit(EXIT_ERROR, translate("CLI", "Error: {message}").format(message=message) + "\n")

    def count(text: str) -> int:
        if not text.strip().isdigit():
            raise argparse.ArgumentTypeError(
                translate("CLI", "a whole number, 0 or more, is needed: {value}").format(value=text)
            )
        return int(text)

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
        "--lang",
        choices=LANGUAGES,
        help=translate("CLI", "language of messages (default: the configured one)"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    selftest = commands.add_parser(
        "selftest", help=translate("CLI", "check that every view and report works, offscreen")
    )
    selftest.add_argument(
        "--startup",
        action="store_true",
        help=translate("CLI", "start the GUI and quit once the window has painted"),
    )

    db = commands.add_parser("db", help=translate("CLI", "database maintenance"))
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_commands.add_parser("upgrade", help=translate("CLI", "migrate the database to the latest schema"))

    demo = commands.add_parser("demo", help=translate("CLI", "fill the database with realistic demo data"))
    demo.add_argument(
        "--tickets",
        type=count,
        default=40,
        metavar="N",
        help=translate("CLI", "how many demo tickets to create (default 40)"),
    )

    import_mail = commands.add_parser(
        "import-mail", help=translate("CLI", "import .eml, .msg and .mbox files or folders as tickets")
    )
    import_mail.add_argument("paths", nargs="+", metavar="PATH", help=translate("CLI", "file or folder"))

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

    commands.add_parser(
        "fetch-mail",
        help=translate("CLI", "poll the configured IMAP mailbox once and print a JSON summary"),
    )

    deadline = commands.add_parser("deadline", help=translate("CLI", "compute legal and internal deadlines"))
    kinds = deadline.add_subparsers(dest="deadline_kind", metavar="KIND", required=True)
    request = kinds.add_parser("request", help=translate("CLI", "deadlines of a data-subject request"))
    request.add_argument(
        "--type", required=True, dest="request_type", help=translate("CLI", "request type, e.g. disclosure")
    )
    request.add_argument(
        "--received", required=True, help=translate("CLI", "the day the request arrived (ISO or 和暦)")
    )
    request.add_argument(
        "--gdpr", action="store_true", help=translate("CLI", "the requester is an EU data subject")
    )
    request.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    breach = kinds.add_parser("breach", help=translate("CLI", "report deadlines of a personal-data breach"))
    breach.add_argument(
        "--aware",
        required=True,
        help=translate("CLI", "when the company became aware (ISO 8601 date and time)"),
    )
    breach.add_argument(
        "--malicious", action="store_true", help=translate("CLI", "a malicious act (不正の目的) is involved")
    )
    breach.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    return parser


def _print_json(value: object) -> None:
    sys.stdout.buffer.write(json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")
    sys.stdout.flush()


def _open(args: argparse.Namespace):
    from privacy_desk.services.container import open_services

    return open_services(LocalConfig.load().resolved_database_url(args.db))


def _parse_aware(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Not a date and time: {text}"), text=text) from exc


def _deadline(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.domain.requests import RequestType
    from privacy_desk.domain.wareki import parse_date
    from privacy_desk.services.deadlines import breach_json, request_json

    services = _open(args)
    try:
        if args.deadline_kind == "request":
            try:
                request_type = RequestType(args.request_type)
            except ValueError as exc:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "Unknown request type {value}; use one of: {choices}"),
                    value=args.request_type,
                    choices=", ".join(t.value for t in RequestType),
                ) from exc
            result = request_json(
                services.deadlines.request(request_type, parse_date(args.received), gdpr=args.gdpr),
                request_type,
            )
        else:
            result = breach_json(
                services.deadlines.breach(_parse_aware(args.aware), malicious=args.malicious)
            )
    finally:
        services.close()
    if args.json:
        _print_json(result)
    else:
        for key, label in DEADLINE_LABELS.items():
            if key in result:
                print(f"{translate('CLI', label)}: {_human(result[key], args.language, translate)}")
    return 0


DEADLINE_LABELS = {
    "due": QT_TRANSLATE_NOOP("CLI", "Internal due date (office policy)"),
    "lawsuit_possible_from": QT_TRANSLATE_NOOP("CLI", "Lawsuit possible from (APPI Art. 39)"),
    "fee_allowed": QT_TRANSLATE_NOOP("CLI", "Fee may be charged (APPI Art. 38)"),
    "preliminary_target": QT_TRANSLATE_NOOP("CLI", "Preliminary report, target"),
    "preliminary_due": QT_TRANSLATE_NOOP("CLI", "Preliminary report, due"),
    "final_due": QT_TRANSLATE_NOOP("CLI", "Final report, due"),
    "gdpr_due": QT_TRANSLATE_NOOP("CLI", "GDPR: supervisory authority within 72 hours"),
}


def _human(value: object, language: str, translate: Translate) -> str:
    from privacy_desk.i18n.formatting import format_date, format_datetime

    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("CLI", "yes") if value else translate("CLI", "no")
    text = str(value)
    if "T" in text:
        return format_datetime(datetime.fromisoformat(text), language)
    return format_date(date.fromisoformat(text), language, style="wareki" if language == "ja" else "long")


def _db_upgrade(args: argparse.Namespace, translate: Translate) -> int:
    services = _open(args)
    services.close()
    result = services.upgrade
    if result.changed:
        print(
            translate("CLI", "Upgraded the database from {old} to {new}.").format(
                old=result.from_revision or "—", new=result.to_revision
            )
        )
        if result.backup:
            print(
                translate("CLI", "A copy of the database before the upgrade is at {path}").format(
                    path=result.backup
                )
            )
    else:
        print(
            translate("CLI", "The database is up to date ({revision}).").format(revision=result.to_revision)
        )
    return 0


def _demo(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.services.demo import fill_demo

    services = _open(args)
    try:
        summary = fill_demo(services, tickets=args.tickets)
    finally:
        services.close()
    _print_json(summary)
    return 0


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


def _fetch_mail(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.services.mail_fetch import open_mail_fetch

    services = _open(args)
    try:
        summary = open_mail_fetch(services).fetch_now()
    finally:
        services.close()
    _print_json(summary.as_json())
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
    services = _open(args)
    try:
        summary = services.ticket_import.import_paths(args.paths)
    finally:
        services.close()
    _print_json(summary.as_json())
    if summary.failed:
        failed = len(summary.failed)  # a plain name: lupdate skips a call whose count is an expression
        message = translate("CLI", "%n message(s) or file(s) could not be imported.", None, failed)
        print(message, file=sys.stderr)
        _print_failures(summary.failure_kinds(), translate)
        return EXIT_ERROR
    return 0


FAILURE_KINDS_SHOWN = 10


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


def _ticket_filter(args: argparse.Namespace):
    from privacy_desk.domain.tickets import TicketCategory, TicketStatus
    from privacy_desk.services.tickets import TicketFilter

    return TicketFilter(
        statuses=_choices(args.status, TicketStatus),
        categories=_choices(args.category, TicketCategory),
        overdue=args.overdue,
        text=args.search,
    )


def _tickets(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.services.tickets_json import ticket_json, ticket_list_json

    services = _open(args)
    try:
        if args.tickets_command == "export-csv":
            rows = services.tickets.export_csv(args.file, _ticket_filter(args))
            print(translate("CLI", "Wrote %n row(s) to {file}.", None, rows).format(file=args.file))
            return 0
        if args.tickets_command == "show":
            result = ticket_json(services.tickets.get_by_ref(args.ref))
        else:
            result = ticket_list_json(services.tickets, _ticket_filter(args))
    finally:
        services.close()
    if args.json:
        _print_json(result)
    elif args.tickets_command == "show":
        _print_ticket(result)
    else:
        for ticket in result:
            print(
                f"{ticket['ref']}  {ticket['received_at'][:10]}  {ticket['status']:<8}  {ticket['subject']}"
            )
    return 0


def _print_ticket(ticket: dict) -> None:
    print(f"{ticket['ref']}  {ticket['status']}  {ticket['category']}  {ticket['subject']}")
    for message in ticket["messages"]:
        print(f"\n--- {message['sent_at'] or ''}  {message['from_name']} <{message['from_address']}>")
        print(message["subject"])
        print(message["body_text"])


def _choices(values: list[str], enum) -> frozenset:
    known = {member.value: member for member in enum}
    for value in values:
        if value not in known:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Unknown value {value}; use one of: {choices}"),
                value=value,
                choices=", ".join(known),
            )
    return frozenset(known[value] for value in values)


def _cases(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.domain.cases import CaseState
    from privacy_desk.domain.requests import RequestType
    from privacy_desk.services.cases import CaseFilter
    from privacy_desk.services.cases_json import case_list_json

    filters = CaseFilter(
        types=_choices(args.types, RequestType), states=_choices(args.status, CaseState), overdue=args.overdue
    )
    services = _open(args)
    try:
        result = case_list_json(services.cases, filters)
    finally:
        services.close()
    if args.json:
        _print_json(result)
    else:
        for case in result:
            print(
                f"{case['ref']}  {case['due']}  {case['status']:<17}  {case['type']:<16}  {case['requester']}"
            )
    return 0


def _report(args: argparse.Namespace, translate: Translate) -> int:
    services = _open(args)
    try:
        cases = services.cases
        cases.write_report(cases.id_of(args.ref), args.out, args.report_lang or args.language)
    finally:
        services.close()
    print(translate("CLI", "Wrote {file}.").format(file=args.out))
    return 0


COMMANDS = {
    "cases": _cases,
    "deadline": _deadline,
    "db": _db_upgrade,
    "demo": _demo,
    "fetch-mail": _fetch_mail,
    "import-mail": _import_mail,
    "report": _report,
    "selftest": _selftest,
    "tickets": _tickets,
}


def main(argv: Sequence[str] | None = None) -> int:
    from privacy_desk.i18n.qt import catalogue

    raw = list(sys.argv[1:] if argv is None else argv)
    config = LocalConfig.load()
    language = _language_option(raw) or config.language
    translate = catalogue(language)
    args = _parser(translate).parse_args(raw)
    args.language = language
    try:
        if args.command is None:
            from privacy_desk.app import run_gui

            return run_gui(args.db)
        return COMMANDS[args.command](args, translate)
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


if __name__ == "__main__":
    raise SystemExit(main())
