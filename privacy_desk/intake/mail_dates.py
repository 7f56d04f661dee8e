"""Date headers as aware UTC datetimes: RFC 5322 dates, JST/KST zone names and the ISO-like dates some
Japanese mailers write; what was guessed goes to a ``defects`` list."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from privacy_desk.intake.headers import clean, unfold

__all__ = ["parse_date"]

_JST_RE = re.compile(r"\b(?:JST|KST)\b", re.IGNORECASE)
_ISOISH_RE = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(.*)$")
_OFFSET_RE = re.compile(r"^(?:UTC|GMT)?\s*([+-])(\d{2}):?(\d{2})$|^(Z|UTC|GMT)$", re.IGNORECASE)


def parse_date(value: str | None, defects: list[str]) -> datetime | None:
    """A Date header as an aware UTC datetime; None (with a defect) when missing or unreadable.

    RFC 5322 dates, ``JST``, and the ``2024/01/05 10:00:00 +0900`` style some Japanese tools write.
    A date without a usable zone is taken as UTC and noted.
    """
    if value is None:
        defects.append("Date: missing")
        return None
    text = clean(unfold(value)).strip()
    if not text:
        defects.append("Date: empty")
        return None
    text = _JST_RE.sub("+0900", text)
    try:
        parsed = _parse_rfc5322(text, defects) or _parse_isoish(text, defects)
    except (ValueError, OverflowError, TypeError, IndexError):
        parsed = None
    if parsed is None:
        defects.append(f"Date: unreadable ({text[:60]!r})")
    return parsed


def _parse_rfc5322(text: str, defects: list[str]) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(text)
    except Exception:  # TypeError/ValueError/IndexError on garbage, depending on the Python version
        return None
    if parsed is None:
        return None
    if parsed.tzinfo is None:  # -0000, a missing or an unknown zone
        defects.append("Date: no time zone; taken as UTC")
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _parse_isoish(text: str, defects: list[str]) -> datetime | None:
    match = _ISOISH_RE.match(text)
    if not match:
        return None
    year, month, day, hour, minute = (int(match.group(i)) for i in range(1, 6))
    second = int(match.group(6) or 0)
    rest = match.group(7).strip()
    offset = timedelta(0)
    if rest:
        zone = _OFFSET_RE.match(rest)
        if zone is None:
            return None
        if zone.group(1):
            offset = timedelta(hours=int(zone.group(2)), minutes=int(zone.group(3)))
            if zone.group(1) == "-":
                offset = -offset
    else:
        defects.append("Date: no time zone; taken as UTC")
    defects.append("Date: not in RFC 5322 form")
    local = datetime(year, month, day, hour, minute, min(second, 59), tzinfo=timezone(offset))
    return local.astimezone(UTC)
