"""`privacy-desk db upgrade` and `privacy-desk demo`."""

from __future__ import annotations

import argparse

from privacy_desk.cli.common import Handler, Translate, open_services, print_json


def add_commands(commands, translate: Translate) -> dict[str, Handler]:
    def count(text: str) -> int:
        if not text.strip().isdigit():
            raise argparse.ArgumentTypeError(
                translate("CLI", "a whole number, 0 or more, is needed: {value}").format(value=text)
            )
        return int(text)

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
    return {"db": _db_upgrade, "demo": _demo}


def _db_upgrade(args: argparse.Namespace, translate: Translate) -> int:
    services = open_services(args, create=True)  # making a new database is what an upgrade from nothing is
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
    from privacy_desk.services.demo.service import fill_demo

    services = open_services(args)
    try:
        summary = fill_demo(services, tickets=args.tickets)
    finally:
        services.close()
    print_json(summary)
    return 0
