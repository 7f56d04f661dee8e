"""The MIME tree of a parsed RFC 5322 message sorted into body text, HTML body and attachments:
transfer encodings undone leniently, attachment names made safe."""

from __future__ import annotations

import binascii
import io
import re
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32

from privacy_desk.intake.body_limits import CutBody, convert_html
from privacy_desk.intake.body_text import html_charset, newlines, text_clean, unflow
from privacy_desk.intake.charsets import decode_text
from privacy_desk.intake.headers import (
    decode_header,
    header_name,
    header_text,
    parse_params,
)
from privacy_desk.intake.messages import MAX_DEPTH, Attachment

__all__ = ["EXTENSIONS", "VALID_TYPE_RE", "MimeBody", "safe_filename", "whole_body"]

VALID_TYPE_RE = re.compile(r"^[a-z0-9!#$&.+^_`{}~-]+/[a-z0-9!#$&.+^_`{}~-]+$")


_UUENCODE = ("x-uuencode", "uuencode", "uue", "x-uue")
EXTENSIONS = {
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


class MimeBody:
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
                headers.setdefault(header_name(name).lower(), value)
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
        if not VALID_TYPE_RE.match(ctype):
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
                text = newlines(text)
                if cparams.get("format", "").lower() == "flowed":
                    text = unflow(text, cparams.get("delsp", "").lower() == "yes")
                self.segments.append(("plain", text_clean(text), alternative))
                if alternative is not None:
                    self.alternatives_with_plain.add(alternative)
                return
            if ctype == "text/html" and self.html is None:
                charset = cparams.get("charset") or html_charset(data)
                self.html = text_clean(decode_text(data, charset, self.defects, "HTML body"))
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
        safe = safe_filename(filename)
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
            return safe_filename(f"{subject[:80]}.eml") if subject else f"message-{number}.eml"
        return f"part-{number}{EXTENSIONS.get(ctype, '.bin')}"


def whole_body(cut: CutBody) -> list[Attachment]:
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


_UNSAFE_NAME_RE = re.compile("[\x00-\x1f\x7f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]")
_WINDOWS_RESERVED_RE = re.compile(r'[<>:"|?*]')


def safe_filename(name: str) -> str:
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
