"""`privacy-desk deadline request|breach`: the legal and internal deadlines, as text or JSON."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from privacy_desk.cli.common import Handler, Translate, open_services, print_json
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput

DEADLINE_LABELS = {
    "due": QT_TRANSLATE_NOOP("CLI", "Internal due date (office policy)"),
    "lawsuit_possible_from": QT_TRANSLATE_NOOP("CLI", "Lawsuit possible from (APPI Art. 39)"),
    "fee_allowed": QT_TRANSLATE_NOOP("CLI", "Fee may be charged (APPI Art. 38)"),
    "preliminary_target": QT_TRANSLATE_NOOP("CLI", "Preliminary report, target"),
    "preliminary_due": QT_TRANSLATE_NOOP("CLI", "Preliminary report, due"),
    "final_due": QT_TRANSLATE_NOOP("CLI", "Final report, due"),
    "gdpr_due": QT_TRANSLATE_NOOP("CLI", "GDPR: supervisory authority within 72 hours"),
    "reportable": QT_TRANSLATE_NOOP("CLI", "Report to the authority (Rule Art. 7)"),
    "triggers": QT_TRANSLATE_NOOP("CLI", "Cases of Rule Art. 7 that apply"),
    "expires_on": QT_TRANSLATE_NOOP("CLI", "Kept until (Civil Code Art. 140, 143)"),
    "delete_from": QT_TRANSLATE_NOOP("CLI", "Deletion due from"),
}


def add_commands(commands, translate: Translate) -> dict[str, Handler]:
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
    breach.add_argument(
        "--sensitive",
        action="store_true",
        help=translate("CLI", "sensitive personal information is involved"),
    )
    breach.add_argument(
        "--financial", action="store_true", help=translate("CLI", "misuse could cause financial loss")
    )
    breach.add_argument(
        "--persons",
        type=int,
        metavar="N",
        help=translate(
            "CLI", "how many persons are affected (not given: not yet known, counted as over 1,000)"
        ),
    )
    breach.add_argument(
        "--encrypted",
        action="store_true",
        help=translate("CLI", "the data was strongly encrypted and the key is safe (exempts the report)"),
    )
    breach.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))
    _add_retention(kinds, translate)
    return {"deadline": _deadline}


def _add_retention(kinds, translate: Translate) -> None:
    retention = kinds.add_parser(
        "retention", help=translate("CLI", "the end of a retention period (Civil Code Art. 140, 143)")
    )
    retention.add_argument(
        "--period", required=True, help=translate("CLI", "the retention period: 7y, 6m, 2w or 90d")
    )
    retention.add_argument(
        "--from",
        required=True,
        dest="trigger_day",
        help=translate("CLI", "the trigger day, not counted (ISO or 和暦)"),
    )
    retention.add_argument("--json", action="store_true", help=translate("CLI", "print JSON"))


def _parse_aware(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Not a date and time: {text}"), text=text) from exc


def _deadline(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.domain.requests import RequestType
    from privacy_desk.domain.wareki import parse_date
    from privacy_desk.services.deadlines.service import breach_assessment, breach_json, request_json

    if args.deadline_kind == "retention":  # the Civil Code alone: no database needed
        return _retention(args, translate)
    services = open_services(args)
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
            assessed = breach_assessment(
                malicious=args.malicious,
                sensitive=args.sensitive,
                financial=args.financial,
                encrypted=args.encrypted,
                persons=args.persons,
            )
            result = breach_json(
                services.deadlines.breach(_parse_aware(args.aware), malicious=args.malicious), assessed
            )
    finally:
        services.close()
    if args.json:
        print_json(result)
    else:
        for key, label in DEADLINE_LABELS.items():
            if key == "reportable":
                required = translate("CLI", "required") if result[key] else translate("CLI", "not required")
                print(f"{translate('CLI', label)}: {required}")
            elif key in result:
                print(f"{translate('CLI', label)}: {_human(result[key], args.language, translate)}")
    return 0


def _retention(args: argparse.Namespace, translate: Translate) -> int:
    from privacy_desk.domain.retention import Period
    from privacy_desk.domain.wareki import parse_date
    from privacy_desk.services.retention.as_json import retention_deadline_json

    result = retention_deadline_json(Period.parse(args.period), parse_date(args.trigger_day))
    if args.json:
        print_json(result)
    else:
        for key in ("expires_on", "delete_from"):
            print(
                f"{translate('CLI', DEADLINE_LABELS[key])}: {_human(result[key], args.language, translate)}"
            )
    return 0


def _human(value: object, language: str, translate: Translate) -> str:
    from privacy_desk.i18n.formatting import format_date, format_datetime

    if value is None:
        return "—"
    if isinstance(value, bool):
        return translate("CLI", "yes") if value else translate("CLI", "no")
    if isinstance(value, list):  # the breach's triggers
        from privacy_desk.domain.breaches import BreachTrigger

        names = [translate("BreachTrigger", BreachTrigger(v).label) for v in value]
        return translate("CLI", ", ").join(names) if names else "—"
    text = str(value)
    if "T" in text:
        return format_datetime(datetime.fromisoformat(text), language)
    return format_date(date.fromisoformat(text), language, style="wareki" if language == "ja" else "long")
