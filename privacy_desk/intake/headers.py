"""Header decoding the way Japanese mail needs it: RFC 2047 and RFC 2231 done leniently, addresses,
message ids and dates.

The stdlib's header decoding reads ``Shift_JIS`` and ``ISO-2022-JP`` with the JIS tables rather than
Windows', gives up on encoded words split inside a character, and its address parser loses
``山田 <yamada@example.jp`` (no closing bracket). These functions work on the header values exactly as
``email.parser.BytesParser`` stored them (8-bit bytes as surrogate escapes) and never raise; what they
repaired or guessed goes to a ``defects`` list.
"""

from __future__ import annotations

import base64
import binascii
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import unquote_to_bytes

from privacy_desk.intake.charsets import decode_text, guess_decode

__all__ = [
    "decode_header",
    "decode_rfc2047",
    "header_name",
    "header_text",
    "parse_address_list",
    "parse_date",
    "parse_msgid",
    "parse_msgid_list",
    "parse_params",
]

_FOLD_RE = re.compile(r"\r?\n(?=[ \t])|\r(?=[ \t])")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]+")
_BREAKS_RE = re.compile(r"[\r\n\t]+")
_SPACES_RE = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def header_text(value: object, defects: list[str], where: str = "header") -> str:
    """A stored header value as text: raw 8-bit bytes (surrogate escapes) are guessed, CRLF kept."""
    if not isinstance(value, str):
        value = str(value)
    if value.isascii():
        if "\x1b" in value:
            # Unencoded ISO-2022-JP in a header, as old Japanese mailers wrote it.
            return decode_text(
                value.encode("ascii"), None, defects, f"{where}: raw ISO-2022-JP header", header=True
            )
        return value
    try:
        raw = value.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        # Real characters (e.g. a header written by extract-msg); any surrogates are junk.
        return value.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(value) else value
    return guess_decode(raw, defects, f"{where}: 8-bit header", header=True)


def _has_surrogates(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def unfold(value: str) -> str:
    """RFC 5322 unfolding (the line break goes, the white space stays), stray CR/LF become spaces."""
    if "\n" not in value and "\r" not in value:
        return value
    return _SPACES_RE.sub(" ", _FOLD_RE.sub("", value))


def clean(value: str) -> str:
    """No control characters in a one-line value (line breaks and tabs become spaces)."""
    if value.isprintable():
        return value
    return _CONTROL_RE.sub("", _BREAKS_RE.sub(" ", value))


def header_name(name: str) -> str:
    """A header's name as stored: 8-bit bytes (surrogate escapes) read as UTF-8, control characters gone."""
    if name.isascii():
        return clean(name.strip())
    return clean(name.encode("utf-8", "surrogateescape").decode("utf-8", "replace").strip())


# --- RFC 2047 -------------------------------------------------------------------------------------

# Lenient: the encoded text may hold spaces (broken Q encoders), the charset may carry *language.
_ENCODED_WORD_RE = re.compile(r"=\?([^?\s]*)\?([BbQq])\?([^?]*)\?=")
_B64_JUNK_RE = re.compile(rb"[^A-Za-z0-9+/]")


def decode_rfc2047(text: str, defects: list[str], where: str = "header") -> str:
    """Decode encoded words anywhere in ``text`` (also inside quotes and words, as mail clients do).

    White space between adjacent encoded words is dropped; adjacent words in one charset are joined
    as bytes before decoding, so a character (or an ISO-2022-JP escape) split across words survives.
    """
    if "=?" not in text:
        return text
    pieces: list[str] = []
    run: list[tuple[str, str, str]] = []  # (charset, encoding, encoded text) of adjacent words
    pos = 0
    for match in _ENCODED_WORD_RE.finditer(text):
        between = text[pos : match.start()]
        if not run or between.strip(" \t\r\n"):
            if run:
                pieces.append(_decode_run(run, defects, where))
                run = []
            pieces.append(between)
        # else: only white space between two encoded words, which RFC 2047 says to drop
        charset = match.group(1).split("*", 1)[0]
        run.append((charset, match.group(2).upper(), match.group(3)))
        pos = match.end()
    if run:
        pieces.append(_decode_run(run, defects, where))
    pieces.append(text[pos:])
    return "".join(pieces)


def _decode_run(run: list[tuple[str, str, str]], defects: list[str], where: str) -> str:
    """Decode adjacent encoded words, joining the bytes of neighbours that share a charset."""
    out: list[str] = []
    index = 0
    while index < len(run):
        charset = run[index][0]
        group = [run[index]]
        index += 1
        while index < len(run) and run[index][0].lower() == charset.lower():
            group.append(run[index])
            index += 1
        data = _word_bytes(group, defects, where)
        out.append(clean(decode_text(data, charset or None, defects, where, header=True)))
    return "".join(out)


def _word_bytes(group: list[tuple[str, str, str]], defects: list[str], where: str) -> bytes:
    chunks: list[bytes] = []
    b_texts: list[str] = []
    for _, encoding, encoded in group:
        if encoding == "Q":
            if b_texts:
                chunks.append(_b64(b_texts, defects, where))
                b_texts = []
            chunks.append(binascii.a2b_qp(encoded.encode("ascii", "replace"), header=True))
        else:
            b_texts.append(encoded)
    if b_texts:
        chunks.append(_b64(b_texts, defects, where))
    return b"".join(chunks)


def _b64(texts: list[str], defects: list[str], where: str) -> bytes:
    """Base64 of neighbouring B words: each word on its own, or all together when a word was cut
    mid-quantum (some mailers split the base64 text rather than the bytes)."""
    cleaned = [_B64_JUNK_RE.sub(b"", text.encode("ascii", "replace")) for text in texts]
    cut = any(len(text) % 4 and "=" not in raw for text, raw in zip(cleaned[:-1], texts[:-1], strict=True))
    if not cut:
        return b"".join(_b64_one(text) for text in cleaned)
    defects.append(f"{where}: base64 encoded words split mid-quantum were joined")
    return _b64_one(b"".join(cleaned))


def _b64_one(text: bytes) -> bytes:
    text = text.rstrip(b"=")
    if len(text) % 4 == 1:
        text = text[:-1]
    try:
        return base64.b64decode(text + b"=" * (-len(text) % 4))
    except binascii.Error:
        return b""


def decode_header(value: object, defects: list[str], name: str = "header") -> str:
    """A header value for display: 8-bit bytes guessed, unfolded, encoded words decoded, one line."""
    text = header_text(value, defects, name)
    return clean(decode_rfc2047(unfold(text), defects, name)).strip()


# --- parameters (Content-Type, Content-Disposition), RFC 2231 -------------------------------------

_PARAM_NAME_RE = re.compile(r"^([^*]+)(?:\*(\d+))?(\*)?$")


def parse_params(value: str, defects: list[str], where: str = "header") -> tuple[str, dict[str, str]]:
    """``type/subtype; name=value; ...`` into (lower-cased main value, {lower-cased name: decoded value}).

    RFC 2231 (``name*=charset'lang'%xx``, continuations ``name*0*=``) is assembled and decoded with the
    Japanese-aware decoder; encoded words left in a value (``name="=?ISO-2022-JP?B?...?="``) are decoded
    too. Quotes may be unclosed; a backslash only escapes a quote or a backslash (Windows paths survive).
    """
    parts = _split_params(unfold(value))
    main = parts[0].strip().lower() if parts else ""
    plain: dict[str, str] = {}
    extended: dict[str, dict[int, tuple[bool, str]]] = {}
    for part in parts[1:]:
        key, sep, raw = part.partition("=")
        if not sep:
            continue
        key = key.strip().lower()
        raw_value = _unquote(raw.strip())
        match = _PARAM_NAME_RE.match(key)
        if match and (match.group(2) is not None or match.group(3)):
            number = int(match.group(2)) if match.group(2) is not None else 0
            extended.setdefault(match.group(1), {}).setdefault(number, (bool(match.group(3)), raw_value))
        elif key and key not in plain:
            plain[key] = raw_value
    params = dict(plain)
    for base, segments in extended.items():
        params[base] = _rfc2231(segments, defects, where)
    for key in ("name", "filename"):
        if key in params and "=?" in params[key]:
            params[key] = decode_rfc2047(params[key], defects, where)
    return main, params


def _split_params(value: str) -> list[str]:
    parts, current, quoted, index = [], [], False, 0
    while index < len(value):
        char = value[index]
        if quoted and char == "\\" and index + 1 < len(value) and value[index + 1] in '"\\':
            current.append(value[index : index + 2])
            index += 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            parts.append("".join(current))
            current = []
            index += 1
            continue
        current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def _unquote(raw: str) -> str:
    """A parameter value without its quotes; only \\" and \\\\ are escapes, an unclosed quote runs on."""
    if not raw.startswith('"'):
        return raw.strip()
    chars, index = [], 1
    while index < len(raw):
        char = raw[index]
        if char == "\\" and index + 1 < len(raw) and raw[index + 1] in '"\\':
            chars.append(raw[index + 1])
            index += 2
            continue
        if char == '"':
            break
        chars.append(char)
        index += 1
    return "".join(chars)


def _rfc2231(segments: dict[int, tuple[bool, str]], defects: list[str], where: str) -> str:
    charset = None
    data = bytearray()
    for number in sorted(segments):
        is_extended, raw = segments[number]
        if is_extended:
            if number == min(segments) and raw.count("'") >= 2:
                charset, _, raw = raw.split("'", 2)
            data += unquote_to_bytes(raw)
        else:
            data += raw.encode("utf-8", "surrogateescape")
    return clean(decode_text(bytes(data), charset or None, defects, where, header=True))


# --- addresses ------------------------------------------------------------------------------------


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
            end_atom()
            close, chunk = _read_quoted(text, index + 1)
            if close < 0:
                problems.add("unclosed quote")
                index = length
            else:
                index = close + 1
            words.append(chunk)
            continue
        if char == "(":
            end_atom()
            close, chunk = _read_comment(text, index + 1)
            if close < 0:
                problems.add("unclosed comment")
            comments.append(chunk)
            index = length if close < 0 else close + 1
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
        address = angle.strip()
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


def _normal_address(address: str) -> str:
    address = address.strip().strip("<>").strip()
    if address.lower().startswith("mailto:"):
        address = address[7:]
    local, at, domain = address.rpartition("@")
    if not at:
        return address
    return f"{local}@{domain.strip().lower()}"


# --- message ids ----------------------------------------------------------------------------------

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


# --- dates ----------------------------------------------------------------------------------------

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
