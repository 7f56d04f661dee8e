"""Mail parsing entry points: bytes (or an Outlook .msg file) in, plain frozen dataclasses out.

``parse_message`` takes RFC 5322 bytes as they came from IMAP, an .eml or an mbox, and never raises:
the stdlib's ``BytesParser`` (compat32 policy, so it keeps the raw bytes) splits the MIME structure, and
everything Japanese mail gets wrong is decoded here (see ``charsets`` and ``headers``). Whatever was
repaired or guessed is listed in ``ParsedMessage.defects`` for diagnostics.

``parse_msg_file`` reads Outlook .msg files with extract-msg (imported only when needed).
"""

from __future__ import annotations

import binascii
import hashlib
import io
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.generator import BytesGenerator
from email.message import Message
from email.parser import BytesParser, HeaderParser
from email.policy import compat32
from email.utils import format_datetime
from pathlib import Path

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, Text
from privacy_desk.intake.body_limits import CutBody, convert_html, fit_body, fit_html
from privacy_desk.intake.charsets import codepage_label, decode_text
from privacy_desk.intake.headers import (
    clean,
    decode_header,
    header_text,
    parse_address_list,
    parse_date,
    parse_msgid,
    parse_msgid_list,
    parse_params,
)

__all__ = ["Attachment", "ParsedMessage", "derived_message_id", "parse_message", "parse_msg_file"]

DERIVED_ID_DOMAIN = "privacy-desk.invalid"
_UNREADABLE_MSG = QT_TRANSLATE_NOOP("Errors", "Cannot read {name} as an Outlook message: {reason}")
# The reason for any file extract-msg or olefile cannot open: their own texts are English and technical.
NOT_OUTLOOK = QT_TRANSLATE_NOOP("Errors", "the file is damaged or is not an Outlook message")
MAX_DEPTH = 40  # MIME nesting deeper than this is not walked (it is never legitimate)


@dataclass(frozen=True)
class Attachment:
    filename: str  # a safe base name: no directories, no control or bidi characters, never empty
    content_type: str  # lower-case type/subtype as declared
    data: bytes  # transfer encoding removed
    size: int
    sha256: str  # hex

    @classmethod
    def of(cls, filename: str, content_type: str, data: bytes) -> Attachment:
        return cls(filename, content_type, data, len(data), hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str  # without angle brackets; "derived-<sha256>@privacy-desk.invalid" when missing
    in_reply_to: str | None
    references: tuple[str, ...]
    from_address: str
    from_name: str
    to: tuple[str, ...]  # addresses
    cc: tuple[str, ...]
    subject: str
    sent_at: datetime | None  # aware, UTC; None when Date is missing or unreadable
    body_text: str  # plain text to show (for HTML-only mail the safe text of the HTML)
    body_html: str | None  # the HTML body as sent, for "view original"; None when there is none
    attachments: tuple[Attachment, ...]
    headers: tuple[tuple[str, str], ...]  # decoded, in order, for the detail pane
    raw: bytes
    defects: tuple[str, ...]  # what was repaired or guessed


def derived_message_id(raw: bytes) -> str:
    """A stable id for a message without one: the SHA-256 of its bytes, with line endings made LF and
    trailing white space dropped, so the same mail read from IMAP (CRLF), an .eml or an mbox (LF) gets
    the same id and a re-import finds it."""
    normal = raw.replace(b"\r\n", b"\n").rstrip()
    return f"derived-{hashlib.sha256(normal).hexdigest()}@{DERIVED_ID_DOMAIN}"


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse RFC 5322 bytes. Never raises on any bytes: in the worst case the fields are empty and
    ``defects`` says why. (A non-bytes argument is a programming error and raises TypeError.)"""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise TypeError(f"parse_message needs bytes, not {type(raw).__name__}")
    raw = bytes(raw)
    try:
        return _parse(raw)
    except Exception as exc:  # RecursionError, a stdlib bug on hostile input, ...
        return _unparsed(raw, f"parser failed: {type(exc).__name__}: {exc}"[:200])


def _unparsed(raw: bytes, reason: str) -> ParsedMessage:
    try:
        body = decode_text(raw, None, [], "message")
        body = _text_clean(body.replace("\r\n", "\n"))
    except Exception:
        body = ""
    return ParsedMessage(
        message_id=derived_message_id(raw),
        in_reply_to=None,
        references=(),
        from_address="",
        from_name="",
        to=(),
        cc=(),
        subject="",
        sent_at=None,
        body_text=body,
        body_html=None,
        attachments=(),
        headers=(),
        raw=raw,
        defects=(reason,),
    )


# --- RFC 5322 messages ----------------------------------------------------------------------------


def _parse(raw: bytes) -> ParsedMessage:
    defects: list[str] = []
    message = BytesParser(policy=compat32).parsebytes(raw)
    headers: list[tuple[str, str]] = []
    first: dict[str, str] = {}
    for name, value in message.raw_items():
        name = _header_name(name)
        headers.append((name, decode_header(value, defects, name)))
        first.setdefault(name.lower(), value)
    decoded: dict[str, str] = {}
    for name, value in headers:
        decoded.setdefault(name.lower(), value)

    message_id = parse_msgid(header_text(first.get("message-id", ""), defects, "Message-ID"))
    if not message_id:
        message_id = derived_message_id(raw)
        defects.append("Message-ID: missing; derived from the message bytes")
    in_reply_to = parse_msgid(header_text(first.get("in-reply-to", ""), defects, "In-Reply-To"))
    references = parse_msgid_list(header_text(first.get("references", ""), defects, "References"))

    from_name, from_address = _sender(first, defects)
    to = _addresses(first.get("to"), defects, "To")
    cc = _addresses(first.get("cc"), defects, "Cc")
    subject = decoded.get("subject", "")
    sent_at = parse_date(first.get("date") and header_text(first["date"], defects, "Date"), defects)

    body = _Body(defects)
    body.walk(message)
    body_text = fit_body(body.text(), body.cut)
    return ParsedMessage(
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        from_address=from_address,
        from_name=from_name,
        to=to,
        cc=cc,
        subject=subject,
        sent_at=sent_at,
        body_text=body_text,
        body_html=fit_html(body.html),
        attachments=(*body.attachments, *_whole_body(body.cut)),
        headers=tuple(headers),
        raw=raw,
        defects=tuple(dict.fromkeys([*defects, *body.cut.notes])),
    )


def _header_name(name: str) -> str:
    if name.isascii():
        return clean(name.strip())
    return clean(name.encode("utf-8", "surrogateescape").decode("utf-8", "replace").strip())


def _sender(first: dict[str, str], defects: list[str]) -> tuple[str, str]:
    for key in ("from", "sender", "reply-to"):
        if key in first:
            text = header_text(first[key], defects, key.title())
            mailboxes = parse_address_list(text, defects, key.title())
            if mailboxes:
                if key != "from":
                    defects.append(f"From: missing; taken from {key.title()}")
                if not mailboxes[0][1]:
                    defects.append("From: no address")
                return mailboxes[0]
    defects.append("From: missing")
    return "", ""


def _addresses(value: str | None, defects: list[str], name: str) -> tuple[str, ...]:
    if not value:
        return ()
    mailboxes = parse_address_list(header_text(value, defects, name), defects, name)
    return tuple(address for _, address in mailboxes if address)


_VALID_TYPE_RE = re.compile(r"^[a-z0-9!#$&.+^_`{}~-]+/[a-z0-9!#$&.+^_`{}~-]+$")
_HTML_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE)
_UUENCODE = ("x-uuencode", "uuencode", "uue", "x-uue")
_EXTENSIONS = {
    "text/plain": ".txt",
    "text/html": ".html",
    "text/calendar": ".ics",
    "text/csv": ".csv",
    "message/rfc822": ".eml",
    "message/delivery-status": ".txt",
    "application/pdf": ".pdf",
    "application/zip": ".zip",
    "application/vnd.ms-outlook": ".msg",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
}


class _Body:
    """Walks the MIME tree (iteratively) and sorts leaves into body text, HTML body and attachments."""

    def __init__(self, defects: list[str]) -> None:
        self.defects = defects
        self.segments: list[tuple[str, str, int | None]] = []  # ("plain" | "html", text, alternative)
        self.html: str | None = None
        self.attachments: list[Attachment] = []
        self.alternatives_with_plain: set[int] = set()
        self.cut = CutBody()  # what the size limits left out of the text

    def text(self) -> str:
        """The inline text parts in order; the HTML body's text where no plain alternative stands for it."""
        shown = []
        for kind, content, alternative in self.segments:
            if kind == "plain":
                shown.append(content)
            elif alternative is None or alternative not in self.alternatives_with_plain:
                shown.append(convert_html(content, self.cut))
        return "\n".join(shown)

    def walk(self, message: Message) -> None:
        stack: list[tuple[Message, int | None, int]] = [(message, None, 0)]
        while stack:
            part, alternative, depth = stack.pop()
            self.defects.extend(f"MIME: {type(defect).__name__}" for defect in getattr(part, "defects", ()))
            headers: dict[str, str] = {}
            for name, value in part.raw_items():
                headers.setdefault(_header_name(name).lower(), value)
            ctype, cparams = self._content_type(headers)
            payload = _stored_payload(part)
            if isinstance(payload, list) and not ctype.startswith("message/"):
                if depth >= MAX_DEPTH:
                    self.defects.append("MIME: nesting too deep; inner parts ignored")
                    continue
                group = id(part) if ctype == "multipart/alternative" else alternative
                for child in reversed(payload):
                    if isinstance(child, Message):
                        stack.append((child, group, depth + 1))
                continue
            if ctype.startswith("multipart/"):
                self.defects.append(f"MIME: {ctype} without parts read as text")
                ctype = "text/plain"
            self._leaf(part, headers, ctype, cparams, alternative)

    def _content_type(self, headers: dict[str, str]) -> tuple[str, dict[str, str]]:
        value = headers.get("content-type")
        if value is None:
            return "text/plain", {}
        ctype, params = parse_params(
            header_text(value, self.defects, "Content-Type"), self.defects, "Content-Type"
        )
        if not _VALID_TYPE_RE.match(ctype):
            if ctype:
                self.defects.append(f"Content-Type: {ctype[:40]!r} is no media type; read as text/plain")
            return "text/plain", params
        return ctype, params

    def _leaf(
        self,
        part: Message,
        headers: dict[str, str],
        ctype: str,
        cparams: dict[str, str],
        alternative: int | None,
    ) -> None:
        disposition, dparams = "", dict[str, str]()
        if "content-disposition" in headers:
            text = header_text(headers["content-disposition"], self.defects, "Content-Disposition")
            disposition, dparams = parse_params(text, self.defects, "Content-Disposition")
        filename = dparams.get("filename") or cparams.get("name") or ""
        data = self._payload(part, headers, ctype)
        if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
            if ctype == "text/plain" and not (
                alternative is not None and alternative in self.alternatives_with_plain
            ):
                text = decode_text(data, cparams.get("charset"), self.defects, "body")
                text = _newlines(text)
                if cparams.get("format", "").lower() == "flowed":
                    text = _unflow(text, cparams.get("delsp", "").lower() == "yes")
                self.segments.append(("plain", _text_clean(text), alternative))
                if alternative is not None:
                    self.alternatives_with_plain.add(alternative)
                return
            if ctype == "text/html" and self.html is None:
                charset = cparams.get("charset") or _html_charset(data)
                self.html = _text_clean(decode_text(data, charset, self.defects, "HTML body"))
                self.segments.append(("html", self.html, alternative))
                return
        self.attachments.append(Attachment.of(self._filename(filename, ctype, part), ctype, data))

    def _payload(self, part: Message, headers: dict[str, str], ctype: str) -> bytes:
        payload = _stored_payload(part)
        if isinstance(payload, list):  # message/rfc822 and friends: the stdlib parsed them
            data = b"".join(_flatten(item) for item in payload if isinstance(item, Message))
        elif isinstance(payload, str):
            data = payload.encode("ascii", "surrogateescape") if payload.isascii() else _raw_bytes(payload)
        else:
            data = payload if isinstance(payload, bytes) else b""
        cte = header_text(
            headers.get("content-transfer-encoding", ""), self.defects, "Content-Transfer-Encoding"
        )
        cte = cte.strip().lower()
        if cte == "base64":
            return _base64(data, self.defects)
        if cte == "quoted-printable":
            return binascii.a2b_qp(data)
        if cte in _UUENCODE:
            return _uudecode(data, self.defects)
        if cte not in ("", "7bit", "8bit", "binary"):
            self.defects.append(f"Content-Transfer-Encoding: unknown {cte[:30]!r}; data kept as is")
        return data

    def _filename(self, filename: str, ctype: str, part: Message) -> str:
        safe = _safe_filename(filename)
        if safe != filename and filename:
            self.defects.append(f"attachment name {filename[:60]!r} made safe as {safe!r}")
        if safe:
            return safe
        number = len(self.attachments) + 1
        if ctype == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            subject = (
                decode_header(inner.get("subject", ""), [], "Subject") if isinstance(inner, Message) else ""
            )
            return _safe_filename(f"{subject[:80]}.eml") if subject else f"message-{number}.eml"
        return f"part-{number}{_EXTENSIONS.get(ctype, '.bin')}"


def _whole_body(cut: CutBody) -> list[Attachment]:
    """The whole body as attachments, where the size limits cut what is shown of it."""
    return [Attachment.of(name, ctype, data) for name, ctype, data in cut.attachments]


def _stored_payload(part: Message) -> object:
    """The payload as the parser stored it: a list of parts, or text with 8-bit bytes as surrogate
    escapes. (``get_payload()`` would decode such text with the declared charset and replace errors.)"""
    stored = vars(part)
    return stored["_payload"] if "_payload" in stored else part.get_payload()


def _raw_bytes(payload: str) -> bytes:
    try:
        return payload.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        return payload.encode("utf-8", "surrogateescape")


def _flatten(message: Message) -> bytes:
    """The bytes of a message the stdlib parsed inside another (as it regenerates them)."""
    try:
        out = io.BytesIO()
        BytesGenerator(out, mangle_from_=False, maxheaderlen=0, policy=compat32).flatten(message)
        return out.getvalue()
    except Exception:
        try:
            return message.as_string().encode("utf-8", "surrogateescape")
        except Exception:
            return b""


_BASE64_JUNK_RE = re.compile(rb"[^A-Za-z0-9+/]")


def _base64(data: bytes, defects: list[str]) -> bytes:
    try:
        return binascii.a2b_base64(data)
    except binascii.Error:
        pass
    text = _BASE64_JUNK_RE.sub(b"", data)
    if len(text) % 4 == 1:
        text = text[:-1]
    defects.append("base64 body with bad padding repaired")
    try:
        return binascii.a2b_base64(text + b"=" * (-len(text) % 4))
    except binascii.Error:
        defects.append("base64 body undecodable; kept as is")
        return data


def _uudecode(data: bytes, defects: list[str]) -> bytes:
    out = []
    inside = False
    for line in data.splitlines():
        if not inside:
            inside = line.startswith(b"begin")
            continue
        if line.strip() in (b"end", b"`", b""):
            if line.strip() == b"end":
                break
            continue
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            try:
                out.append(binascii.a2b_uu(line[: ((line[0] - 32) & 63) * 4 // 3 + 1]))  # broken encoders
            except (binascii.Error, IndexError):
                defects.append("uuencoded body partly undecodable")
    return b"".join(out)


def _html_charset(data: bytes) -> str | None:
    match = _HTML_CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


_TEXT_JUNK_RE = re.compile("[\x00\ud800-\udfff]")


def _text_clean(text: str) -> str:
    """No NUL (databases refuse it) and no lone surrogates (nothing can encode them)."""
    if text.isascii():
        return text.replace("\x00", "") if "\x00" in text else text
    return _TEXT_JUNK_RE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


_QUOTE_RE = re.compile(r"^>+")


def _unflow(text: str, delsp: bool) -> str:
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


_UNSAFE_NAME_RE = re.compile("[\x00-\x1f\x7f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_WINDOWS_RESERVED_RE = re.compile(r'[<>:"|?*]')


def _safe_filename(name: str) -> str:
    """A base name safe to show and to save: no folders, no control or bidi-override characters
    (``invoice\u202egpj.exe``), no characters Windows refuses; at most 200 characters, extension kept."""
    if not name:
        return ""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME_RE.sub("", name)
    name = _WINDOWS_RESERVED_RE.sub("_", name).strip().strip(".").strip()
    if len(name) > 200:
        stem, dot, ext = name.rpartition(".")
        name = stem[: 200 - len(ext) - 1] + dot + ext if dot and len(ext) <= 16 else name[:200]
    return name


# --- Outlook .msg ----------------------------------------------------------------------------------------


def parse_msg_file(path: str | os.PathLike[str]) -> list[ParsedMessage]:
    """Parse an Outlook .msg file.

    Returns the message first, then every .msg embedded in it (depth first, at any depth) as messages
    of their own. Each embedded message also stays an attachment of the message that carries it, as a
    standalone .msg (``application/vnd.ms-outlook``) whose bytes are that message's ``raw``; the outer
    message's ``raw`` is the file's bytes.

    Raises InvalidInput when the file cannot be read or is no Outlook item.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            _UNREADABLE_MSG,
            name=str(path),
            reason=exc.strerror or exc,
        ) from exc
    return parse_msg_bytes(data, str(path))


def parse_msg_bytes(data: bytes, name: str = "message.msg") -> list[ParsedMessage]:
    """As ``parse_msg_file``, for the bytes of a .msg file; ``name`` is used in error messages."""
    import extract_msg  # late: extract-msg and its dependencies take a while to import
    from extract_msg.enums import ErrorBehavior

    if not data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        raise InvalidInput(_UNREADABLE_MSG, name=name, reason=Text("Errors", NOT_OUTLOOK))
    options = {"errorBehavior": ErrorBehavior.SUPPRESS_ALL, "strict": False}
    try:
        # A file object, never the bytes: olefile takes bytes shorter than 1,536 for a file name.
        msg = extract_msg.openMsg(io.BytesIO(data), **options)
        if not msg.areStringsUnicode and _is_japanese_ansi(msg.stringEncoding):
            # extract-msg reads code page 932 as Shift_JIS, which fails on ① and 髙: read it as CP932.
            msg.close()
            msg = extract_msg.openMsg(io.BytesIO(data), overrideEncoding="cp932", **options)
    except Exception as exc:
        raise InvalidInput(_UNREADABLE_MSG, name=name, reason=Text("Errors", NOT_OUTLOOK)) from exc
    try:
        results: list[ParsedMessage] = []
        _msg_to_parsed(msg, data, results, depth=0)
        return results
    finally:
        msg.close()


def _is_japanese_ansi(encoding: str | None) -> bool:
    return (encoding or "").lower().replace("-", "_") in ("shift_jis", "sjis", "ms_kanji", "csshiftjis")


def _msg_to_parsed(msg, raw: bytes, results: list[ParsedMessage], depth: int) -> None:
    defects: list[str] = []
    index = len(results)
    results.append(None)  # type: ignore[arg-type]  # the slot keeps the parent before its children
    headers: list[tuple[str, str]] = []
    first: dict[str, str] = {}
    header_text_value = _msg_call(msg, lambda m: m.headerText, defects, "transport headers")
    if header_text_value:
        text = header_text_value
        if text.startswith("Microsoft Mail Internet Headers Version 2.0"):
            text = text[43:].lstrip()
        parsed_headers = HeaderParser(policy=compat32).parsestr(text)
        for name, value in parsed_headers.raw_items():
            name = _header_name(name)
            headers.append((name, decode_header(value, defects, name)))
            first.setdefault(name.lower(), value)

    def prop(stream: str) -> str | None:
        return _msg_call(msg, lambda m: m.getStringStream(stream), defects, stream)

    subject = clean(prop("__substg1.0_0037") or "").strip()
    if not subject and "subject" in first:
        subject = decode_header(first["subject"], defects, "Subject")

    from_name, from_address = "", ""
    if "from" in first:
        mailboxes = parse_address_list(header_text(first["from"], defects, "From"), defects, "From")
        if mailboxes:
            from_name, from_address = mailboxes[0]
    if not from_address:
        from_name = from_name or clean(prop("__substg1.0_0C1A") or prop("__substg1.0_0042") or "").strip()
        for stream in ("__substg1.0_5D01", "__substg1.0_5D02", "__substg1.0_0C1F", "__substg1.0_0065"):
            candidate = (prop(stream) or "").strip()
            if "@" in candidate:
                from_address = parse_address_list(candidate, defects, "From")[0][1]
                break
    if not from_address:
        defects.append("From: no SMTP address in the .msg")

    to, cc = _msg_recipients(msg, defects)
    if not to and "to" in first:
        to = _addresses(first["to"], defects, "To")
    if not cc and "cc" in first:
        cc = _addresses(first["cc"], defects, "Cc")

    message_id = parse_msgid(header_text(first.get("message-id", ""), defects, "Message-ID")) or parse_msgid(
        prop("__substg1.0_1035")
    )
    if not message_id:
        message_id = derived_message_id(raw)
        defects.append("Message-ID: missing; derived from the .msg bytes")
    in_reply_to = parse_msgid(
        header_text(first.get("in-reply-to", ""), defects, "In-Reply-To")
    ) or parse_msgid(prop("__substg1.0_1042"))
    references = parse_msgid_list(header_text(first.get("references", ""), defects, "References")) or (
        parse_msgid_list(prop("__substg1.0_1039"))
    )

    sent_at = None
    if "date" in first:
        sent_at = parse_date(header_text(first["date"], defects, "Date"), defects)
    if sent_at is None:
        sent_at = _aware(_msg_call(msg, lambda m: m.props.date, defects, "submit time"))
        if sent_at is None:
            sent_at = _aware(_msg_call(msg, lambda m: m.getPropertyVal("0E060040"), defects, "delivery time"))

    html = _msg_html(msg, defects)
    body = _msg_call(msg, lambda m: m.body, defects, "plain body")
    body_text = _text_clean(_newlines(body)) if isinstance(body, str) else ""
    cut = CutBody()
    if not body_text.strip() and html:
        body_text = convert_html(html, cut)
    body_text = fit_body(body_text, cut)

    attachments: list[Attachment] = []
    embedded: list[tuple[object, bytes]] = []
    for number, att in enumerate(_msg_call(msg, lambda m: m.attachments, defects, "attachments") or (), 1):
        _msg_attachment(att, number, attachments, embedded, defects)

    if not headers:
        headers = [
            (name, value)
            for name, value in (
                (
                    "From",
                    f"{from_name} <{from_address}>"
                    if from_name and from_address
                    else from_address or from_name,
                ),
                ("To", ", ".join(to)),
                ("Cc", ", ".join(cc)),
                ("Subject", subject),
                ("Date", format_datetime(sent_at) if sent_at else ""),
                ("Message-ID", f"<{message_id}>"),
            )
            if value
        ]
    results[index] = ParsedMessage(
        message_id=message_id,
        in_reply_to=in_reply_to,
        references=references,
        from_address=from_address,
        from_name=from_name,
        to=to,
        cc=cc,
        subject=subject,
        sent_at=sent_at,
        body_text=body_text,
        body_html=fit_html(html),
        attachments=(*attachments, *_whole_body(cut)),
        headers=tuple(headers),
        raw=raw,
        defects=tuple(dict.fromkeys([*defects, *cut.notes])),
    )
    for inner, inner_raw in embedded:
        if depth + 1 >= MAX_DEPTH:
            break
        _msg_to_parsed(inner, inner_raw, results, depth + 1)


def _msg_call(msg, getter, defects: list[str], what: str):
    try:
        return getter(msg)
    except Exception as exc:
        defects.append(f".msg: {what} unreadable ({type(exc).__name__})")
        return None


def _aware(value) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _msg_recipients(msg, defects: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    to: list[str] = []
    cc: list[str] = []
    for recipient in _msg_call(msg, lambda m: m.recipients, defects, "recipients") or ():
        try:
            kind = int(recipient.type)
            address = (recipient.smtpAddress or recipient.email or "").strip()
        except Exception as exc:
            defects.append(f".msg: recipient unreadable ({type(exc).__name__})")
            continue
        if "@" not in address:
            continue
        address = parse_address_list(address, defects, "recipient")[0][1]
        if kind == 1:
            to.append(address)
        elif kind == 2:
            cc.append(address)
    return tuple(to), tuple(cc)


def _msg_html(msg, defects: list[str]) -> str | None:
    data = _msg_call(msg, lambda m: m.getStream("__substg1.0_10130102"), defects, "HTML body")
    if data is None:
        rtf = _msg_call(msg, lambda m: m.rtfBody, defects, "RTF body")
        if rtf and b"\\fromhtml" in rtf[:2048]:
            from extract_msg.enums import DeencapType

            data = _msg_call(msg, lambda m: m.deencapsulateBody(rtf, DeencapType.HTML), defects, "RTF HTML")
    if not data:
        return None
    if isinstance(data, str):
        return _text_clean(data)
    cpid = _msg_call(msg, lambda m: m.getPropertyVal("3FDE0003"), defects, "HTML code page")
    charset = _html_charset(data) or codepage_label(cpid)
    return _text_clean(decode_text(data, charset, defects, "HTML body"))


def _msg_attachment(
    att, number: int, attachments: list[Attachment], embedded: list, defects: list[str]
) -> None:
    from extract_msg.enums import AttachmentType

    try:
        kind = att.type
        name = att.longFilename or att.shortFilename or att.displayName or ""
        data = att.data
    except Exception as exc:
        defects.append(f".msg: attachment {number} unreadable ({type(exc).__name__})")
        return
    if kind == AttachmentType.MSG and data is not None and not isinstance(data, bytes):
        try:
            inner_raw = data.exportBytes(allowBadEmbed=True)
        except Exception as exc:
            defects.append(f".msg: embedded message {number} could not be exported ({type(exc).__name__})")
            inner_raw = b""
        subject = _msg_call(data, lambda m: m.subject, defects, "embedded subject") or ""
        filename = _safe_filename(name) or _safe_filename(f"{subject[:80]}.msg") or f"message-{number}.msg"
        if not filename.lower().endswith(".msg"):
            filename += ".msg"
        attachments.append(Attachment.of(filename, "application/vnd.ms-outlook", inner_raw))
        embedded.append((data, inner_raw))
        return
    if not isinstance(data, bytes):
        defects.append(f".msg: attachment {number} of type {getattr(kind, 'name', kind)} skipped")
        return
    try:
        mime = (att.mimetype or "").strip().lower()
    except Exception:
        mime = ""
    if not _VALID_TYPE_RE.match(mime):
        mime = "application/octet-stream"
    filename = _safe_filename(name) or f"part-{number}{_EXTENSIONS.get(mime, '.bin')}"
    attachments.append(Attachment.of(filename, mime, data))
