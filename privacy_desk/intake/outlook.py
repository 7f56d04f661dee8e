"""Outlook .msg files, read with extract-msg (imported only when needed): the message first, then every
.msg embedded in it, each as a ``ParsedMessage`` like ``parse_message`` gives for RFC 5322 bytes."""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime
from email.parser import HeaderParser
from email.policy import compat32
from email.utils import format_datetime
from pathlib import Path

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, Text
from privacy_desk.intake.addresses import parse_address_list
from privacy_desk.intake.body_limits import CutBody, convert_html, fit_body, fit_html
from privacy_desk.intake.body_text import html_charset, newlines, text_clean
from privacy_desk.intake.charsets import codepage_label, decode_text
from privacy_desk.intake.headers import (
    clean,
    decode_header,
    header_name,
    header_text,
)
from privacy_desk.intake.mail_dates import parse_date
from privacy_desk.intake.message_ids import parse_msgid, parse_msgid_list
from privacy_desk.intake.messages import MAX_DEPTH, Attachment, ParsedMessage, derived_message_id
from privacy_desk.intake.mime_parts import EXTENSIONS, VALID_TYPE_RE, safe_filename, whole_body
from privacy_desk.intake.parse import header_addresses

__all__ = ["parse_msg_bytes", "parse_msg_file"]

_UNREADABLE_MSG = QT_TRANSLATE_NOOP("Errors", "Cannot read {name} as an Outlook message: {reason}")
# The reason for any file extract-msg or olefile cannot open: their own texts are English and technical.
NOT_OUTLOOK = QT_TRANSLATE_NOOP("Errors", "the file is damaged or is not an Outlook message")


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
            name = header_name(name)
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
        to = header_addresses(first["to"], defects, "To")
    if not cc and "cc" in first:
        cc = header_addresses(first["cc"], defects, "Cc")

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
    body_text = text_clean(newlines(body)) if isinstance(body, str) else ""
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
        attachments=(*attachments, *whole_body(cut)),
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
        return text_clean(data)
    cpid = _msg_call(msg, lambda m: m.getPropertyVal("3FDE0003"), defects, "HTML code page")
    charset = html_charset(data) or codepage_label(cpid)
    return text_clean(decode_text(data, charset, defects, "HTML body"))


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
        filename = safe_filename(name) or safe_filename(f"{subject[:80]}.msg") or f"message-{number}.msg"
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
    if not VALID_TYPE_RE.match(mime):
        mime = "application/octet-stream"
    filename = safe_filename(name) or f"part-{number}{EXTENSIONS.get(mime, '.bin')}"
    attachments.append(Attachment.of(filename, mime, data))
