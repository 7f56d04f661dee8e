"""How much of a mail's body is turned into text and kept as its text: bounded work per message.

A desk reads a mail's text on screen, searches it and prints it; nobody reads a megabyte of it. So at
most HTML_MAX characters of an HTML body are turned into text, and at most TEXT_MAX characters of text
are kept as the message's body. When either cuts, the whole body is kept as an attachment of the
message (``message-body.html`` or ``message-body.txt``) and a note says so: nothing is lost, it is
only not all on screen. The original mail is kept as it came besides (``raw``).

The notes are source texts of the "Errors" context: stored with the message's defects, translated
where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.intake.html_text import html_to_text

__all__ = ["HTML_MAX", "TEXT_MAX", "CutBody", "convert_html", "fit_body", "fit_html"]

# 5 million characters of HTML take about half a second to convert (benchmarks/bench_html_text.py);
# a newsletter is a few hundred thousand.
HTML_MAX = 5_000_000
# A million characters is some 500 pages of Japanese: more than any inquiry, and still quick to show.
TEXT_MAX = 1_000_000
# How far back a cut may move to end before a tag (HTML) or at a line's end (text).
_SLACK = 65_536

HTML_ATTACHMENT = "message-body.html"
TEXT_ATTACHMENT = "message-body.txt"
HTML_CUT = QT_TRANSLATE_NOOP(
    "Errors",
    "This mail's HTML is too long to show in full: its text is shown up to a point, and the whole "
    "HTML is kept as the attachment message-body.html.",
)
TEXT_CUT = QT_TRANSLATE_NOOP(
    "Errors",
    "This mail's text is too long to show in full: it is cut short, and the whole text is kept as the "
    "attachment message-body.txt.",
)


@dataclass
class CutBody:
    """What the limits cut from one message: the notes for its defects and the attachments
    (name, content type, data) that keep the whole."""

    notes: list[str] = field(default_factory=list)
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)
    converted: str | None = None  # the text of an HTML body that was cut


def convert_html(html: str, cut: CutBody) -> str:
    """The text of an HTML body, of its first HTML_MAX characters at most (then the whole HTML goes
    into ``cut``)."""
    head = _head(html)
    if head is html:
        return html_to_text(html)
    if HTML_CUT not in cut.notes:
        cut.notes.append(HTML_CUT)
        cut.attachments.append((HTML_ATTACHMENT, "text/html", html.encode("utf-8")))
    cut.converted = html_to_text(head)
    return cut.converted


def fit_html(html: str | None) -> str | None:
    """The HTML body as converted and stored with the message: the whole when within HTML_MAX,
    else its start, cut before a tag."""
    return None if html is None else _head(html)


def _head(html: str) -> str:
    if len(html) <= HTML_MAX:
        return html
    end = html.rfind("<", max(0, HTML_MAX - _SLACK), HTML_MAX)
    return html[: end if end > 0 else HTML_MAX]


def fit_body(text: str, cut: CutBody) -> str:
    """The body text as kept: its first TEXT_MAX characters (then the whole text goes into ``cut``,
    unless it is all the text of a cut HTML body, which is attached whole already), cut at a line's
    end where there is one near."""
    if len(text) <= TEXT_MAX:
        return text
    if text != cut.converted:
        cut.notes.append(TEXT_CUT)
        cut.attachments.append((TEXT_ATTACHMENT, "text/plain", text.encode("utf-8")))
    end = text.rfind("\n", max(0, TEXT_MAX - _SLACK), TEXT_MAX)
    return text[: end if end > 0 else TEXT_MAX]
