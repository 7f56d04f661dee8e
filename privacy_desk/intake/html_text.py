"""HTML mail as safe plain text, with the stdlib's html.parser only.

Nothing is fetched and nothing is executed: the text of ``script``, ``style``, ``head`` and similar
elements is dropped, comments (including Outlook's conditional comments) are dropped, entities are
decoded, block elements become line breaks, list items get a bullet, table cells a tab, images their
``alt`` text, and a link whose target differs from its text shows the target in angle brackets (so a
reader can see where a link really goes). The result is plain text: no markup survives.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

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
_TRAILING_SPACE_RE = re.compile(r"[ \t]+(?=\n)")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.hidden: list[str] = []  # open hidden elements
        self.pre = 0
        self.started = False  # any visible text written yet
        self.links: list[tuple[str | None, int]] = []  # (href, position in out) of open <a>

    # -- output helpers
    def _newlines(self, count: int) -> None:
        """Make sure the text so far ends with at least ``count`` line breaks (none at the start)."""
        if not self.started:
            return
        have = 0
        for chunk in reversed(self.out):
            kept = chunk.rstrip("\n \t")
            have += chunk.count("\n", len(kept))
            if kept:
                break
        if have < count:
            self.out.append("\n" * (count - have))

    def _write(self, text: str) -> None:
        if text:
            self.out.append(text)
            if not self.started and not text.isspace():
                self.started = True

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.hidden:
            if tag == "body" and self.hidden == ["head"]:
                self.hidden.clear()  # an unclosed <head>
            else:
                if tag in _HIDDEN and tag not in _VOID:
                    self.hidden.append(tag)
                return
        if tag in _HIDDEN:
            self.hidden.append(tag)
            return
        if tag == "br":
            self._write("\n")
        elif tag == "hr":
            self._newlines(1)
            self._write("----------")
            self._newlines(1)
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt and alt.strip():
                self._write(f"[{_SPACE_RE.sub(' ', alt).strip()}]")
        elif tag in ("td", "th"):
            if self.out and not self.out[-1].endswith("\n"):
                self._write("\t")
        elif tag == "li":
            self._newlines(1)
            self._write("- ")
        elif tag == "a":
            self.links.append((dict(attrs).get("href"), len(self.out)))
        elif tag in _BLOCK:
            self._newlines(2 if tag in _PARAGRAPH else 1)
        if tag == "pre":
            self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            if tag in self.hidden:
                while self.hidden and self.hidden.pop() != tag:
                    pass
            return
        if tag == "a" and self.links:
            href, start = self.links.pop()
            shown = "".join(self.out[start:]).strip()
            if href and _worth_showing(href, shown):
                self._write(f" <{href.strip()}>")
        elif tag in _BLOCK:
            self._newlines(2 if tag in _PARAGRAPH else 1)
        if tag == "pre" and self.pre:
            self.pre -= 1

    def handle_data(self, data: str) -> None:
        if self.hidden or not data:
            return
        if self.pre:
            self._write(data.replace("\r\n", "\n").replace("\xa0", " "))
            return
        text = _SPACE_RE.sub(" ", _CJK_BREAK_RE.sub("", data))
        if not self.out or self.out[-1].endswith(("\n", " ", "\t")):
            text = text.lstrip(" ")  # white space at a line start, or after white space, shows as nothing
        self._write(text)

    # comments, declarations, processing instructions and CDATA are dropped
    def handle_comment(self, data: str) -> None:
        return

    def unknown_decl(self, data: str) -> None:
        return


def _worth_showing(href: str, shown: str) -> bool:
    href = href.strip()
    if not href.lower().startswith(("http://", "https://", "mailto:")):
        return False
    bare = href.split(":", 1)[1].lstrip("/") if href.lower().startswith("mailto:") else href
    return bool(shown) and shown != href and shown.rstrip("/") != bare.rstrip("/") and bare not in shown


def html_to_text(html: str) -> str:
    """Plain text to show for an HTML body; never raises (malformed HTML falls back to stripping tags)."""
    if not html:
        return ""
    try:
        parser = _TextParser()
        parser.feed(html)
        parser.close()
        text = "".join(parser.out)
    except Exception:
        text = _strip_tags(html)
    return _tidy(text)


_TAG_RE = re.compile(r"<(script|style|head)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.IGNORECASE | re.DOTALL)


def _strip_tags(html: str) -> str:
    import html as html_module

    return html_module.unescape(_TAG_RE.sub(" ", html))


def _tidy(text: str) -> str:
    text = _CONTROL_RE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _TRAILING_SPACE_RE.sub("", text)
    text = _BLANK_LINES_RE.sub("\n\n", text)
    return text.strip("\n").rstrip() if text.strip() else ""
