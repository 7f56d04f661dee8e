"""The mail problems the parsers note (``ParsedMessage.defects``), said in the reader's language.

A defect is stored as the English sentence the parser wrote (logs, JSON and scripts read it as is). To
show it on a Japanese screen, each kind of sentence is matched here by its pattern and said again with
the translated template; the parts it names (a header, a charset, a file name) are kept. A sentence no
pattern knows (written by an older version) is shown as it was stored.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from privacy_desk.errors import QT_TRANSLATE_NOOP

__all__ = ["CONTEXT", "translated_defect"]

CONTEXT = "MailProblems"
Translate = Callable[[str, str], str]

# The places a problem is noted in, other than header names (which stay as mail spells them).
_PLACES = {
    "body": QT_TRANSLATE_NOOP("MailProblems", "body"),
    "HTML body": QT_TRANSLATE_NOOP("MailProblems", "HTML body"),
    "message": QT_TRANSLATE_NOOP("MailProblems", "message"),
    "address": QT_TRANSLATE_NOOP("MailProblems", "address"),
    "attachment name": QT_TRANSLATE_NOOP("MailProblems", "attachment name"),
}
_ISO2022_PROBLEMS = {
    "unknown escape sequence replaced": QT_TRANSLATE_NOOP(
        "MailProblems", "an unknown escape sequence was replaced"
    ),
    "8-bit bytes outside any escape sequence read as CP932": QT_TRANSLATE_NOOP(
        "MailProblems", "8-bit bytes outside any escape sequence were read as CP932"
    ),
    "byte outside the katakana set replaced": QT_TRANSLATE_NOOP(
        "MailProblems", "a byte outside the half-width katakana set was replaced"
    ),
    "JIS X 0208 cell without a character replaced": QT_TRANSLATE_NOOP(
        "MailProblems", "a JIS X 0208 code without a character was replaced"
    ),
    "broken double-byte sequence replaced": QT_TRANSLATE_NOOP(
        "MailProblems", "a broken double-byte sequence was replaced"
    ),
}
_ADDRESS_PROBLEMS = {
    "unclosed quote": QT_TRANSLATE_NOOP("MailProblems", "a quote is not closed"),
    "unclosed comment": QT_TRANSLATE_NOOP("MailProblems", "a comment (parenthesis) is not closed"),
    "unclosed angle bracket": QT_TRANSLATE_NOOP("MailProblems", "an angle bracket < is not closed"),
    "stray '>'": QT_TRANSLATE_NOOP("MailProblems", "a stray > was ignored"),
}

_W = r"(?P<where>[^:]+)"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), t)
    for p, t in [
        (
            r"ISO-2022-JP-2 character sets present: decoded with the ISO-2022-JP-2 codec",
            QT_TRANSLATE_NOOP("MailProblems", "ISO-2022-JP-2 character sets present: read as ISO-2022-JP-2"),
        ),
        (
            r"ISO-2022-JP: (?P<mode>\S+) characters decoded with the stdlib codec",
            QT_TRANSLATE_NOOP("MailProblems", "ISO-2022-JP: {mode} characters read with the standard codec"),
        ),
        (r"ISO-2022-JP: (?P<problem>.+)", QT_TRANSLATE_NOOP("MailProblems", "ISO-2022-JP: {problem}")),
        (
            r"Shift_JIS text is not CP932: decoded as (?P<codec>.+)",
            QT_TRANSLATE_NOOP("MailProblems", "Shift_JIS text is not CP932: read as {codec}"),
        ),
        (
            r"Shift_JIS: bytes CP932 cannot read were replaced",
            QT_TRANSLATE_NOOP("MailProblems", "Shift_JIS: bytes CP932 cannot read were replaced"),
        ),
        (
            r"EUC-JP: (?P<count>\d+) undecodable byte sequence\(s\) replaced",
            QT_TRANSLATE_NOOP("MailProblems", "EUC-JP: {count} unreadable byte sequence(s) replaced"),
        ),
        (
            r"Message-ID: missing; derived from the (?P<source>message|\.msg) bytes",
            QT_TRANSLATE_NOOP("MailProblems", "Message-ID: missing; made from the file's contents"),
        ),
        (
            r"From: missing; taken from (?P<header>.+)",
            QT_TRANSLATE_NOOP("MailProblems", "From: missing; taken from {header}"),
        ),
        (r"From: no address", QT_TRANSLATE_NOOP("MailProblems", "From: no address")),
        (r"From: missing", QT_TRANSLATE_NOOP("MailProblems", "From: missing")),
        (
            r"From: no SMTP address in the \.msg",
            QT_TRANSLATE_NOOP("MailProblems", "From: the .msg has no mail address"),
        ),
        (
            r"\.msg: attachment (?P<number>\d+) unreadable \((?P<error>\w+)\)",
            QT_TRANSLATE_NOOP("MailProblems", ".msg: attachment {number} could not be read ({error})"),
        ),
        (
            r"\.msg: embedded message (?P<number>\d+) could not be exported \((?P<error>\w+)\)",
            QT_TRANSLATE_NOOP("MailProblems", ".msg: embedded message {number} could not be read ({error})"),
        ),
        (
            r"\.msg: attachment (?P<number>\d+) of type (?P<kind>\S+) skipped",
            QT_TRANSLATE_NOOP("MailProblems", ".msg: attachment {number} of type {kind} left out"),
        ),
        (
            r"\.msg: (?P<what>.+) unreadable \((?P<error>\w+)\)",
            QT_TRANSLATE_NOOP("MailProblems", ".msg: {what} could not be read ({error})"),
        ),
        (
            _W + r": base64 encoded words split mid-quantum were joined",
            QT_TRANSLATE_NOOP("MailProblems", "{where}: encoded words split in the middle were joined"),
        ),
        (
            _W + r": decoding failed \((?P<error>\w+)\); bytes replaced",
            QT_TRANSLATE_NOOP("MailProblems", "{where}: could not be decoded ({error}); bytes replaced"),
        ),
        (
            _W + r": 8-bit text labelled (?P<charset>'.*') has no ISO-2022-JP escapes; guessed",
            QT_TRANSLATE_NOOP(
                "MailProblems", "{where}: 8-bit text labelled {charset} is not ISO-2022-JP; charset guessed"
            ),
        ),
        (
            _W + r": text labelled (?P<charset>'.*') is not valid UTF-8; guessed",
            QT_TRANSLATE_NOOP(
                "MailProblems", "{where}: text labelled {charset} is not valid UTF-8; charset guessed"
            ),
        ),
        (
            _W + r": 8-bit bytes in text labelled (?P<charset>'.*'); guessed",
            QT_TRANSLATE_NOOP(
                "MailProblems", "{where}: 8-bit bytes in text labelled {charset}; charset guessed"
            ),
        ),
        (
            _W + r": (?P<actual>[\w-]+) text labelled (?P<charset>'.*')",
            QT_TRANSLATE_NOOP("MailProblems", "{where}: {actual} text labelled {charset}"),
        ),
        (
            _W + r": text is not valid (?P<charset>\S+); guessed",
            QT_TRANSLATE_NOOP("MailProblems", "{where}: text is not valid {charset}; charset guessed"),
        ),
        (
            _W + r": unknown charset (?P<charset>'.*'); guessed",
            QT_TRANSLATE_NOOP("MailProblems", "{where}: unknown charset {charset}; charset guessed"),
        ),
        (
            _W + r": charset guessed as (?P<charset>\S+)(?: by charset-normalizer)?",
            QT_TRANSLATE_NOOP("MailProblems", "{where}: charset guessed as {charset}"),
        ),
        (
            _W + r": charset unknown; read as CP932 with undecodable bytes replaced",
            QT_TRANSLATE_NOOP(
                "MailProblems", "{where}: charset unknown; read as CP932, unreadable bytes replaced"
            ),
        ),
        (
            _W + r": charset unknown; read as Windows-1252",
            QT_TRANSLATE_NOOP("MailProblems", "{where}: charset unknown; read as Windows-1252"),
        ),
        (
            r"MIME: nesting too deep; inner parts ignored",
            QT_TRANSLATE_NOOP("MailProblems", "MIME: nested too deep; inner parts left out"),
        ),
        (
            r"MIME: (?P<ctype>\S+) without parts read as text",
            QT_TRANSLATE_NOOP("MailProblems", "MIME: {ctype} without parts was read as text"),
        ),
        (r"MIME: (?P<defect>\w+)", QT_TRANSLATE_NOOP("MailProblems", "MIME structure: {defect}")),
        (
            r"Content-Type: (?P<ctype>'.*') is no media type; read as text/plain",
            QT_TRANSLATE_NOOP("MailProblems", "Content-Type: {ctype} is no media type; read as text/plain"),
        ),
        (
            r"Content-Transfer-Encoding: unknown (?P<cte>'.*'); data kept as is",
            QT_TRANSLATE_NOOP("MailProblems", "Content-Transfer-Encoding: unknown {cte}; data kept as it is"),
        ),
        (
            r"attachment name (?P<name>'.*') made safe as (?P<safe>'.*')",
            QT_TRANSLATE_NOOP("MailProblems", "attachment name {name} made safe as {safe}"),
        ),
        (
            r"base64 body with bad padding repaired",
            QT_TRANSLATE_NOOP("MailProblems", "base64 body with bad padding repaired"),
        ),
        (
            r"base64 body undecodable; kept as is",
            QT_TRANSLATE_NOOP("MailProblems", "base64 body unreadable; kept as it is"),
        ),
        (
            r"uuencoded body partly undecodable",
            QT_TRANSLATE_NOOP("MailProblems", "uuencoded body partly unreadable"),
        ),
        (r"Date: missing", QT_TRANSLATE_NOOP("MailProblems", "Date: missing")),
        (r"Date: empty", QT_TRANSLATE_NOOP("MailProblems", "Date: empty")),
        (
            r"Date: unreadable \((?P<text>'.*')\)",
            QT_TRANSLATE_NOOP("MailProblems", "Date: unreadable ({text})"),
        ),
        (
            r"Date: no time zone; taken as UTC",
            QT_TRANSLATE_NOOP("MailProblems", "Date: no time zone; taken as UTC"),
        ),
        (
            r"Date: not in RFC 5322 form",
            QT_TRANSLATE_NOOP("MailProblems", "Date: not in the standard form (RFC 5322)"),
        ),
        (
            _W + r": (?P<problem>unclosed quote|unclosed comment|unclosed angle bracket|stray '>')",
            QT_TRANSLATE_NOOP("MailProblems", "{where}: {problem}"),
        ),
    ]
]
# The stdlib's names for what it found wrong in the MIME structure (email.errors), in plain words.
_MIME_DEFECTS = {
    "StartBoundaryNotFoundDefect": QT_TRANSLATE_NOOP(
        "MailProblems", "a multipart's first boundary is missing"
    ),
    "CloseBoundaryNotFoundDefect": QT_TRANSLATE_NOOP(
        "MailProblems", "a multipart's closing boundary is missing"
    ),
    "NoBoundaryInMultipartDefect": QT_TRANSLATE_NOOP("MailProblems", "a multipart has no boundary"),
    "MultipartInvariantViolationDefect": QT_TRANSLATE_NOOP("MailProblems", "a multipart has no parts"),
    "MissingHeaderBodySeparatorDefect": QT_TRANSLATE_NOOP(
        "MailProblems", "a line in the headers is not a header; the body starts there"
    ),
    "MalformedHeaderDefect": QT_TRANSLATE_NOOP(
        "MailProblems", "a line in the headers is not a header; the body starts there"
    ),
    "FirstHeaderLineIsContinuationDefect": QT_TRANSLATE_NOOP(
        "MailProblems", "the first header line is a continuation line"
    ),
    "MisplacedEnvelopeHeaderDefect": QT_TRANSLATE_NOOP("MailProblems", "a From_ line inside the headers"),
    "InvalidMultipartContentTransferEncodingDefect": QT_TRANSLATE_NOOP(
        "MailProblems", "a multipart with a transfer encoding it may not have"
    ),
    "InvalidBase64PaddingDefect": QT_TRANSLATE_NOOP("MailProblems", "base64 with bad padding"),
    "InvalidBase64CharactersDefect": QT_TRANSLATE_NOOP(
        "MailProblems", "base64 with characters it may not have"
    ),
    "InvalidBase64LengthDefect": QT_TRANSLATE_NOOP("MailProblems", "base64 of a length it cannot have"),
    "UndecodableBytesDefect": QT_TRANSLATE_NOOP("MailProblems", "bytes that cannot be decoded"),
}
_SUB_PHRASES = {
    "problem": {**_ISO2022_PROBLEMS, **_ADDRESS_PROBLEMS},
    "where": _PLACES,
    "defect": _MIME_DEFECTS,
}


def translated_defect(defect: str, translate: Translate) -> str:
    """`defect` in the language of `translate` (Qt's translate(context, text))."""
    for pattern, template in _PATTERNS:
        match = pattern.fullmatch(defect)
        if match is None:
            continue
        parts = {
            name: translate(CONTEXT, _SUB_PHRASES[name][value])
            if name in _SUB_PHRASES and value in _SUB_PHRASES[name]
            else value
            for name, value in match.groupdict().items()
        }
        return translate(CONTEXT, template).format(**parts)
    return translate("Errors", defect)  # the size-limit notes are catalogue messages as they stand
