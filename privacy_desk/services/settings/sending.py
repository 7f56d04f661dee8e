"""The sending settings (SMTP) checked before they are stored: the server, its port and security, the
login and the desk's address and name (docs/ARCHITECTURE.md §11). Empty host or address means "not
set up": the composer then offers only logging a reply sent elsewhere."""

from __future__ import annotations

import unicodedata

from privacy_desk.config import (
    SMTP_FROM_ADDRESS,
    SMTP_FROM_NAME,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    OfficeSetting,
)
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput

MAX_NAME = 200


def _host(value: object) -> str:
    from privacy_desk.intake import imap  # the same rule as the fetching server's name

    try:
        return imap.check_host(value)
    except InvalidInput as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Enter only the host name of the sending server, such as smtp.example.jp "
                "(no scheme, port or spaces).",
            )
        ) from exc


def _port(value: object) -> int:
    from privacy_desk.intake import imap

    return imap.check_port(value)


def _security(value: object) -> str:
    from privacy_desk.mail.smtp import SmtpSecurity

    if isinstance(value, str) and value in set(SmtpSecurity):
        return value
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "Unknown connection security {value}; use one of: {choices}"),
        value=value,
        choices=", ".join(SmtpSecurity),
    )


def _user(value: object) -> str:
    from privacy_desk.intake import imap

    return imap.check_user(value)


def _address(value: object) -> str:
    from privacy_desk.mail.compose import parse_addresses

    text = str(value or "").strip()
    if not text:
        return ""
    parsed = parse_addresses([text])
    if len(parsed) != 1 or parsed[0].display_name or len(text) > 320:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Enter the desk's address alone, such as info@example.jp.")
        )
    return parsed[0].addr_spec


def _name(value: object) -> str:
    """One line: a line break in a From header would end the header (the mail library refuses it with
    an English ValueError at sending), so a name typed or pasted with one is refused here, in words."""
    text = str(value or "").strip()
    if any(unicodedata.category(ch) in {"Cc", "Zl", "Zp"} and ch != " " for ch in text):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Write the desk's name on one line, without line breaks or tabs.")
        )
    text = " ".join(text.split())
    if len(text) > MAX_NAME:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The desk's name is too long (at most {high} characters)."),
            high=MAX_NAME,
        )
    return text


CHECKS = {
    SMTP_HOST: _host,
    SMTP_PORT: _port,
    SMTP_SECURITY: _security,
    SMTP_USER: _user,
    SMTP_FROM_ADDRESS: _address,
    SMTP_FROM_NAME: _name,
}


def validate_sending(setting: OfficeSetting, value: object) -> object:
    return CHECKS[setting](value)


__all__ = ["validate_sending"]
