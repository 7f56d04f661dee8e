"""HTML mail as safe plain text, in time linear in the HTML (see ``html_tokens``).

Nothing is fetched and nothing is executed: the text of ``script``, ``style``, ``head`` and similar
elements is dropped, comments (including Outlook's conditional comments) are dropped, entities are
decoded, block elements become line breaks, list items get a bullet, table cells a tab, images their
``alt`` text, and a link whose target differs from its text shows the target in angle brackets (so a
reader can see where a link really goes). The result is plain text: no markup survives.
"""

from __future__ import annotations

import re

from privacy_desk.intake.html_tokens import SKIPPED, scan

__all__ = ["html_to_text"]

# Elements whose content is never shown.
_HIDDEN = frozenset(
    {"script", "style", "head", "title", "template", "noscript", "svg", "math", "object", "iframe", "xml"}
)
_BLOCK = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "tfoot",
        "thead",
        "tr",
        "ul",
        "caption",
        "body",
        "html",
    }
)
_PARAGRAPH = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "ul", "ol", "dl", "pre"}
)
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)
_CJK = "\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
# A line break in HTML source between two CJK characters is no space (CSS Text 3 segment breaks).
_CJK_BREAK_RE = re.compile(f"(?<=[{_CJK}])[ \\t\\r\\f]*\\n\\s*(?=[{_CJK}])")
_SPACE_RE = re.compile(r"[ \t\r\n\f\v\xa0]+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\ufeff]")
_BLANK_LINES_RE = re.compile(r"\n{3,}")
# From the start of a run only (the look-behind), and without giving back: "[ \t]+(?=\n)" alone
# tries every place in a long run of spaces or tabs that ends in text, each to the run's end.
_TRAILING_SPACE_RE = re.compile(r"(?<![ \t])[ \t]++(?=\n)")


# Line breaks a block element's start and end make sure of.
_BREAKS = {tag: 2 if tag in _PARAGRAPH else 1 for tag in _BLOCK}
# Start tags that write something of their own.
_SPECIAL = frozenset({"br", "hr", "img", "td", "th", "li", "a", "pre"})
# Of a link's text, this much is kept to compare with its target; a longer text is no URL.
_LINK_TEXT_MAX = 2048


class _TextWriter:
    """Turns the tokens into text. Everything it asks about the text so far (how many line breaks it
    ends with, its last character, a link's text) is kept as it goes: nothing looks back over what
    was written, so the work is linear in the input."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.hidden: list[str] = []  # open hidden elements
        self.hidden_count: dict[str, int] = {}  # of each name in `hidden`: an end tag asks it each time
        self.pre = 0
        self.started = False  # any visible text written yet
        self.newlines = 0  # line breaks in the white space the text so far ends with
        self.last = ""  # the last character written
        self.link: tuple[str | None, list[str]] | None = None  # (href, text so far) of the open <a>
        self.link_length = 0

    # -- output helpers
    def _newlines(self, count: int) -> None:
        """Make sure the text so far ends with at least ``count`` line breaks (none at the start)."""
        if self.started and self.newlines < count:
            self._write("\n" * (count - self.newlines))

    def _write(self, text: str) -> None:
        if not text:
            return
        self.out.append(text)
        kept = text.rstrip("\n \t")
        if kept:
            self.newlines = text.count("\n", len(kept))
        else:
            self.newlines += text.count("\n")
        if not self.started and not text.isspace():
            self.started = True
        self.last = text[-1]
        if self.link is not None and self.link_length <= _LINK_TEXT_MAX:
            self.link[1].append(text)
            self.link_length += len(text)

    # -- tokens
    def start(self, tag: str, attrs: dict[str, str], self_closing: bool) -> None:
        if tag in SKIPPED:
            return  # the tokenizer skipped its content
        if self.hidden:
            if tag == "body" and self.hidden == ["head"]:
                self._unhide_all()  # an unclosed <head>
            else:
                if tag in _HIDDEN:
                    self._hide(tag)
                return
        if tag in _HIDDEN:
            self._hide(tag)
        elif tag in _SPECIAL:
            self._special_start(tag, attrs)
        elif tag in _BREAKS:
            self._newlines(_BREAKS[tag])
        if self_closing and tag not in _VOID:
            self.end(tag)

    def _special_start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "br":
            self._write("\n")
        elif tag == "hr":
            self._newlines(1)
            self._write("----------")
            self._newlines(1)
        elif tag == "img":
            alt = attrs.get("alt")
            if alt and alt.strip():
                self._write(f"[{_SPACE_RE.sub(' ', alt).strip()}]")
        elif tag in ("td", "th"):
            if self.last not in ("", "\n"):
                self._write("\t")
        elif tag == "li":
            self._newlines(1)
            self._write("- ")
        elif tag == "a":
            self._close_link()  # HTML5: a link inside a link closes the first
            self.link, self.link_length = (attrs.get("href"), []), 0
        elif tag == "pre":
            self._newlines(2)
            self.pre += 1

    def end(self, tag: str) -> None:
        if self.hidden:
            if self.hidden_count.get(tag):
                while self._unhide() != tag:
                    pass
            return
        if tag == "a":
            self._close_link()
        elif tag in _BREAKS:
            self._newlines(_BREAKS[tag])
        if tag == "pre" and self.pre:
            self.pre -= 1

    def text(self, data: str) -> None:
        if self.hidden or not data:
            return
        if self.pre:
            self._write(data.replace("\r\n", "\n").replace("\xa0", " "))
            return
        text = _SPACE_RE.sub(" ", _CJK_BREAK_RE.sub("", data))
        if self.last in ("", "\n", " ", "\t"):
            text = text.lstrip(" ")  # white space at a line start, or after white space, shows as nothing
        self._write(text)

    # -- state
    def _hide(self, tag: str) -> None:
        self.hidden.append(tag)
        self.hidden_count[tag] = self.hidden_count.get(tag, 0) + 1

    def _unhide(self) -> str:
        tag = self.hidden.pop()
        self.hidden_count[tag] -= 1
        return tag

    def _unhide_all(self) -> None:
        self.hidden.clear()
        self.hidden_count.clear()

    def _close_link(self) -> None:
        if self.link is None:
            return
        (href, parts), self.link = self.link, None
        if not href or not _is_web_link(href):
            return
        if self.link_length > _LINK_TEXT_MAX or _worth_showing(href, "".join(parts).strip()):
            self._write(f" <{href.strip()}>")


def _is_web_link(href: str) -> bool:
    return href.strip().lower().startswith(("http://", "https://", "mailto:"))


def _worth_showing(href: str, shown: str) -> bool:
    href = href.strip()
    if not _is_web_link(href):
        return False
    bare = href.split(":", 1)[1].lstrip("/") if href.lower().startswith("mailto:") else href
    return bool(shown) and shown != href and shown.rstrip("/") != bare.rstrip("/") and bare not in shown


def html_to_text(html: str) -> str:
    """Plain text to show for an HTML body, in time linear in its length; never raises (should the
    converter itself fail, the text is the HTML with its tags stripped)."""
    if not html:
        return ""
    try:
        writer = _TextWriter()
        scan(html, writer)
        text = "".join(writer.out)
    except Exception:  # a bug here must not stop an import: the text without its markup
        text = _strip_tags(html)
    return _tidy(text)


# Each "<" starts a match that ends at the next "<" or ">": linear, unlike "<[^>]*>".
_TAG_RE = re.compile(r"<[^<>]*+>?")


def _strip_tags(html: str) -> str:
    import html as html_module

    return html_module.unescape(_TAG_RE.sub(" ", html))


def _tidy(text: str) -> str:
    text = _CONTROL_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _TRAILING_SPACE_RE.sub("", text)
    text = _BLANK_LINES_RE.sub("\n\n", text)
    return text.strip("\n").rstrip() if text.strip() else ""
