"""Message-ID, In-Reply-To and References values: the ids without angle brackets, bare ids accepted."""

from __future__ import annotations

import re

from privacy_desk.intake.headers import clean, unfold

__all__ = ["parse_msgid", "parse_msgid_list"]

_MSGID_RE = re.compile(r"<([^<>\s]+)>")
_BARE_ID_RE = re.compile(r"[^\s<>,]+")


def parse_msgid(value: str | None) -> str | None:
    """The first message id in a header, without angle brackets; None when there is none."""
    if not value:
        return None
    text = unfold(value)
    match = _MSGID_RE.search(text)
    if match:
        return clean(match.group(1))
    match = _BARE_ID_RE.search(text)
    return clean(match.group()) if match else None


def parse_msgid_list(value: str | None) -> tuple[str, ...]:
    """Every message id in a References header, in order, once each."""
    if not value:
        return ()
    text = unfold(value)
    found = _MSGID_RE.findall(text) or [word for word in _BARE_ID_RE.findall(text) if "@" in word]
    return tuple(dict.fromkeys(clean(item) for item in found if clean(item)))
