"""Address headers (From, To, Cc, ...) read leniently: unbalanced brackets and quotes, Japanese display
names left unquoted, addresses with odd spacing; what was repaired goes to a ``defects`` list."""

from __future__ import annotations

import re

from privacy_desk.intake.headers import clean, decode_rfc2047, unfold

__all__ = ["parse_address_list"]

# RFC 5322 §3.2.3 atext, dot-separated: a local part that needs no quotes.
_DOT_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")


def parse_address_list(value: str, defects: list[str], where: str = "address") -> list[tuple[str, str]]:
    """Mailboxes in an address header as (display name, address); tolerant of what mailers get wrong.

    ``value`` is the header text (after ``header_text``, before RFC 2047 decoding: the structure is
    read first, then names are decoded, so an encoded ``,`` or ``<`` in a name cannot split it).
    Unclosed quotes, comments and angle brackets are closed at the end (or, for ``<``, at a comma);
    group syntax is read; ``addr (Name)`` gives the comment as the name; the domain is lower-cased.
    """
    text = unfold(value)
    mailboxes: list[tuple[str, str]] = []
    words: list[str] = []  # phrase words, raw (quoted ones unquoted)
    comments: list[str] = []
    angle: str | None = None
    atom: list[str] = []
    problems: set[str] = set()

    def end_atom() -> None:
        if atom:
            words.append("".join(atom))
            atom.clear()

    def end_mailbox() -> None:
        end_atom()
        mailbox = _mailbox(words, comments, angle, defects, where)
        if mailbox is not None:
            mailboxes.append(mailbox)
        words.clear()
        comments.clear()

    index, length = 0, len(text)
    while index < length:
        char = text[index]
        if char == '"':
            close, chunk = _read_quoted(text, index + 1)
            if close < 0:
                problems.add("unclosed quote")
                index = length
            else:
                index = close + 1
            if text[index : index + 1] == "@":  # a quoted local part: "john..doe"@example.com
                atom.append(_quoted_local(chunk))
                continue
            end_atom()
            words.append(chunk)
            continue
        if char == "(":
            close, chunk = _read_comment(text, index + 1)
            if close < 0:
                problems.add("unclosed comment")
            index = length if close < 0 else close + 1
            # Inside an address a comment is only folding white space (RFC 5322 §3.4.1, Appendix A.5:
            # pete(his account)@silly.test): the address goes on after it.
            if not (atom and ("@" in atom or atom[-1] == "." or text[index : index + 1] in ("@", "."))):
                end_atom()
                comments.append(chunk)
            continue
        if char == "<":
            end_atom()
            close = text.find(">", index + 1)
            comma = text.find(",", index + 1)
            if close < 0 or (0 <= comma < close and "@" in text[index + 1 : comma]):
                problems.add("unclosed angle bracket")
                close = comma if comma >= 0 else length
                angle = text[index + 1 : close]
                index = close
            else:
                angle = text[index + 1 : close]
                index = close + 1
            continue
        if char == ",":
            end_mailbox()
            angle = None
        elif char == ":" and angle is None and "@" not in "".join(atom):
            end_atom()
            words.clear()  # a group's display name
            comments.clear()
        elif char == ";":
            end_mailbox()
            angle = None
        elif char in " \t\r\n":
            end_atom()
        elif char == ">":
            problems.add("stray '>'")
        else:
            atom.append(char)
        index += 1
    end_mailbox()
    for problem in sorted(problems):
        defects.append(f"{where}: {problem}")
    return mailboxes


def _read_quoted(text: str, start: int) -> tuple[int, str]:
    chars = []
    index = start
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            chars.append(text[index + 1])
            index += 2
            continue
        if char == '"':
            return index, "".join(chars)
        chars.append(char)
        index += 1
    return -1, "".join(chars)


def _read_comment(text: str, start: int) -> tuple[int, str]:
    depth, index, chars = 1, start, []
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            chars.append(text[index + 1])
            index += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index, "".join(chars)
        chars.append(char)
        index += 1
    return -1, "".join(chars)


def _mailbox(
    words: list[str], comments: list[str], angle: str | None, defects: list[str], where: str
) -> tuple[str, str] | None:
    if angle is not None:
        address = _addr_spec(angle)
        if ":" in address and address.startswith("@"):
            address = address.split(":", 1)[1]  # obsolete source route
        name_words = words
    else:
        # No brackets: the word holding "@" is the address, the rest (or a comment) is the name.
        at = [i for i, word in enumerate(words) if "@" in word]
        if at:
            address = words[at[-1]]
            name_words = [word for i, word in enumerate(words) if i != at[-1]]
        elif len(words) == 1 and not comments and words[0].isascii() and "=?" not in words[0]:
            address, name_words = words[0], []  # a local name such as MAILER-DAEMON
        else:
            address, name_words = "", words
    name = " ".join(word for word in name_words if word)
    if not name and comments:
        name = " ".join(comment.strip() for comment in comments if comment.strip())
    name = clean(decode_rfc2047(name, defects, where)).strip()
    address = _normal_address(clean(address))
    if not address and not name:
        return None
    return name, address


def _addr_spec(text: str) -> str:
    """The bare address between angle brackets: comments and folding white space left out (RFC 5322
    §3.4.1; Appendix A.5: <pete(his account)@silly.test(his host)>, A.6.3: <jdoe@machine(comment).
    example>), a quoted local part unquoted where it needs no quotes."""
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "(":
            close, _ = _read_comment(text, index + 1)
            index = len(text) if close < 0 else close + 1
            continue
        if char == '"':
            close, chunk = _read_quoted(text, index + 1)
            out.append(_quoted_local(chunk))
            index = len(text) if close < 0 else close + 1
            continue
        if char not in " \t\r\n":
            out.append(char)
        index += 1
    return "".join(out)


def _quoted_local(content: str) -> str:
    """A quoted local part as the bare address spells it: without quotes when it is a dot-atom
    ("john.doe" is john.doe), quoted (and escaped) when it needs them ("john..doe")."""
    if _DOT_ATOM.fullmatch(content):
        return content
    return '"' + content.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _normal_address(address: str) -> str:
    address = address.strip().strip("<>").strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    return f"{local}@{domain.strip().lower()}"
