"""Small repairs on decoded body text: line endings, characters nothing can store, RFC 3676 format=flowed,
and the charset an HTML body declares for itself."""

from __future__ import annotations

import re

__all__ = ["html_charset", "newlines", "text_clean", "unflow"]

_HTML_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE)


def html_charset(data: bytes) -> str | None:
    match = _HTML_CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


_TEXT_JUNK_RE = re.compile("[\x00\ud800-\udfff]")


def text_clean(text: str) -> str:
    """No NUL (databases refuse it) and no lone surrogates (nothing can encode them)."""
    if text.isascii():
        return text.replace("\x00", "") if "\x00" in text else text
    return _TEXT_JUNK_RE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


_QUOTE_RE = re.compile(r"^>+")


def unflow(text: str, delsp: bool) -> str:
    """RFC 3676 format=flowed: join soft-broken lines (those ending in a space) of one quote depth."""
    out: list[str] = []
    pending: list[str] | None = None
    pending_depth = 0
    for line in text.split("\n"):
        match = _QUOTE_RE.match(line)
        depth = len(match.group()) if match else 0
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing
        if pending is not None and depth != pending_depth:
            out.append(_quoted(pending_depth, "".join(pending)))
            pending = None
        flowed = content.endswith(" ") and content != "-- "
        if flowed:
            piece = content[:-1] if delsp else content
            if pending is None:
                pending, pending_depth = [piece], depth
            else:
                pending.append(piece)
            continue
        if pending is not None:
            pending.append(content)
            out.append(_quoted(depth, "".join(pending)))
            pending = None
        else:
            out.append(_quoted(depth, content))
    if pending is not None:
        out.append(_quoted(pending_depth, "".join(pending)))
    return "\n".join(out)


def _quoted(depth: int, content: str) -> str:
    return f"{'>' * depth} {content}" if depth else content
