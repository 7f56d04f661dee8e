"""Header decoding the way Japanese mail needs it: RFC 2047 and RFC 2231 done leniently (addresses,
message ids and dates are read in ``addresses``, ``message_ids`` and ``mail_dates``).

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
from urllib.parse import unquote_to_bytes

from privacy_desk.intake.charsets import decode_text, guess_decode

__all__ = [
    "clean",
    "decode_header",
    "decode_rfc2047",
    "header_name",
    "header_text",
    "parse_params",
    "unfold",
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
