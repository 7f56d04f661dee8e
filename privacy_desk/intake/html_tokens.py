"""HTML split into start tags, end tags and text, in time linear in the input whatever it holds.

The rules are HTML5's tokenizer where it matters for turning mail into text, and its way with broken
markup: a ``<!--`` never closed is a comment to the end, a tag never closed (``<a href="x``, ``<p``
with no ``>``) is dropped to the end, a ``<`` not followed by a letter, ``/`` or ``!`` is text, and the
contents of ``script``, ``style``, ``title`` and the like are skipped up to their end tag without
looking for markup inside.

Why not the stdlib's ``html.parser``: it searches again from the same place each time a construct is
unfinished (many ``<!--``, ``</`` or ``<a`` without their end): quadratic on hostile input. Here each
search either finds what it looks for and moves past it, or fails and so ends the document: no part of
the input is searched twice, except a tag's attributes, read a second time for ``a`` and ``img``.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Protocol

__all__ = ["SKIPPED", "Sink", "scan"]

# Elements whose content is text up to their end tag (HTML5 raw text and RCDATA) that the converter
# shows none of: their content is skipped, never returned (also after "<script/>", as HTML5 does).
SKIPPED = frozenset({"script", "style", "title", "iframe", "noembed", "noframes", "noscript"})
_WANTS_ATTRIBUTES = frozenset({"a", "img"})

# The common tag, in one match: no quotes, so everything up to the first ">" (HTML5: only a quoted
# attribute value can hold one).
_SIMPLE_TAG_RE = re.compile(r"""<(/?)([a-zA-Z][^\t\n\f\r />]*+)([^>"']*+)>""")
_NAME_RE = re.compile(r"[a-zA-Z][^\t\n\f\r />]*+")
_GAP_RE = re.compile(r"[\t\n\f\r /]*+")
_ATTRIBUTE_NAME_RE = re.compile(r"[^\t\n\f\r />][^\t\n\f\r />=]*+")
_EQUALS_RE = re.compile(r"[\t\n\f\r ]*+=[\t\n\f\r ]*+")
_UNQUOTED_RE = re.compile(r"[^\t\n\f\r >]*+")
_SKIPPED_END = {name: re.compile(rf"</{name}[\t\n\f\r />]", re.IGNORECASE) for name in SKIPPED}
_NO_ATTRIBUTES: dict[str, str] = {}


class Sink(Protocol):
    """What ``scan`` hands the tags and text to. Tag and attribute names are lower case, character
    references in text and attribute values decoded."""

    def start(self, tag: str, attrs: dict[str, str], self_closing: bool) -> None: ...

    def end(self, tag: str) -> None: ...

    def text(self, data: str) -> None: ...


def scan(html: str, sink: Sink) -> None:
    """Hand the tags and text of ``html`` to ``sink`` in order; comments, declarations, processing
    instructions and anything unfinished at the end are left out."""
    pos, end = 0, len(html)
    find, simple = html.find, _SIMPLE_TAG_RE.match
    while pos < end:
        lt = find("<", pos)
        if lt < 0:
            lt = end
        if lt > pos:
            _text(sink, html[pos:lt])
        if lt >= end:
            return
        tag = simple(html, lt)
        if tag is None:
            pos, name = _markup(html, lt, sink)
        else:
            closing, name, rest = tag.groups()
            name = name.lower()
            if closing:
                sink.end(name)
                pos, name = tag.end(), None
            elif name in _WANTS_ATTRIBUTES:
                pos, name = _markup(html, lt, sink)
            else:
                sink.start(name, _NO_ATTRIBUTES, rest.endswith("/"))
                pos = tag.end()
        if name in SKIPPED:
            found = _SKIPPED_END[name].search(html, pos)
            pos = found.start() if found else end


def _text(sink: Sink, data: str) -> None:
    sink.text(unescape(data) if "&" in data else data)


def _markup(html: str, lt: int, sink: Sink) -> tuple[int, str | None]:
    """What starts with the ``<`` at ``lt``, handed to ``sink``: the position after it, and the name
    of the element it starts, if it does."""
    after = lt + 1
    if after >= len(html):
        _text(sink, "<")
        return after, None
    char = html[after]
    if char == "!":
        return _declaration(html, lt), None
    if char == "?":
        return _past(html, ">", after), None
    closing = char == "/"
    start = after + 1 if closing else after
    name = _NAME_RE.match(html, start)
    if name is None:
        if not closing:
            _text(sink, "<")
            return after, None
        if start >= len(html):
            _text(sink, "</")
            return start, None
        if html[start] == ">":
            return start + 1, None  # "</>" is nothing
        return _past(html, ">", start), None  # "</3" and the like: a bogus comment
    read = _attributes(html, name.end())
    if read is None:
        return len(html), None  # the document ends inside the tag
    pos, attributes, self_closing = read
    tag = name.group().lower()
    if closing:
        sink.end(tag)
        return pos, None
    sink.start(tag, attributes, self_closing)
    return pos, tag


def _declaration(html: str, lt: int) -> int:
    if html.startswith("<!--", lt):
        for empty in ("<!-->", "<!--->"):
            if html.startswith(empty, lt):
                return lt + len(empty)
        return _past(html, "-->", lt + 4)
    return _past(html, ">", lt + 2)  # <!DOCTYPE>, <![if mso]>, <![CDATA[: HTML5 bogus comments


def _past(html: str, needle: str, start: int) -> int:
    """The position after the next ``needle``; the end of the document when there is none."""
    found = html.find(needle, start)
    return len(html) if found < 0 else found + len(needle)


def _attributes(html: str, pos: int) -> tuple[int, dict[str, str], bool] | None:
    """A tag's attributes from ``pos`` (after its name) to its ``>``: the position after it, the
    attributes (the first of a name counts, values decoded) and whether it ends with ``/>``. None when
    the document ends first. Every step moves forward: linear in the tag's length."""
    attributes: dict[str, str] = {}
    end = len(html)
    while True:
        gap, pos = _span(_GAP_RE, html, pos)
        if pos >= end:
            return None
        if html[pos] == ">":
            return pos + 1, attributes, gap.endswith("/")
        name, pos = _span(_ATTRIBUTE_NAME_RE, html, pos)  # at least the character at pos
        value = ""
        equals = _EQUALS_RE.match(html, pos)
        if equals is not None:
            pos = equals.end()
            if pos >= end:
                return None
            quote = html[pos]
            if quote in "\"'":
                close = html.find(quote, pos + 1)
                if close < 0:
                    return None
                value, pos = html[pos + 1 : close], close + 1
            else:
                value, pos = _span(_UNQUOTED_RE, html, pos)
        attributes.setdefault(name.lower(), unescape(value) if "&" in value else value)


def _span(pattern: re.Pattern[str], html: str, pos: int) -> tuple[str, int]:
    """What ``pattern``, which matches anywhere it is used (if only the empty string), matches at
    ``pos``, and where that ends."""
    found = pattern.match(html, pos)
    assert found is not None
    return found.group(), found.end()
