"""The texts of the mail the desk sends: reply bodies from the reply templates, the line above a quoted
original, the staff member's default signature and the test mail of the settings.

They are in the language of the reply, which is the requester's and chosen per reply, not the language
of the user interface (a Japanese-speaking desk answers an English-speaking requester in English): so,
as in ``domain/reply_templates``, they are data per language here rather than Qt translations.

Placeholders are written {name}: {name} the requester, {ref} the ticket reference, {desk} the desk's
name, {address} its mail address, {user} the staff member who signs. ``render`` fills the ones it knows
and leaves any other brace text as written, so a text an administrator edits can never fail to render
(``str.format`` raises on a stray "{").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

from privacy_desk.domain.reply_templates import (
    REPLY_LANGUAGES,
    FilledTemplate,
    ReplyTemplate,
    salutation,
    template_texts,
)

__all__ = [
    "default_signature",
    "mail_date",
    "probe_mail_text",
    "quote_header",
    "render",
    "reply_text",
]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")

_REPLY_FRAMES = {
    "ja": "{salutation}\n\n{desk}でございます。\n{body}",
    "en": "{salutation}\n\n{body}\n\nKind regards,",
}

_SIGNATURES = {
    "ja": "{desk}\n{user}\nE-mail: {address}",
    "en": "{user}\n{desk}\nE-mail: {address}",
}

_QUOTE_HEADERS = {
    "ja": "{date} {sender} さんは書きました:",
    "en": "On {date}, {sender} wrote:",
}

_PROBE_MAILS = {
    "ja": FilledTemplate(
        "Privacy Desk 送信テスト",
        "このメールは、Privacy Desk の送信設定を確かめるために {desk} ({address}) から送られました。\n"
        "届いていれば、設定は正しく動いています。返信は要りません。",
    ),
    "en": FilledTemplate(
        "Privacy Desk test mail",
        "This message was sent by {desk} ({address}) to check Privacy Desk's settings for sending mail.\n"
        "If you can read it, sending works. There is no need to reply.",
    ),
}

_JA_WEEKDAYS = "月火水木金土日"
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def render(text: str, values: Mapping[str, str]) -> str:
    """`text` with each {placeholder} that `values` names filled in once (a filled-in value is not
    searched for placeholders again); unknown placeholders and stray braces stay as written."""
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), text)


def _language(language: str) -> str:
    if language not in REPLY_LANGUAGES:
        raise ValueError(f"no mail texts in {language!r}")
    return language


def reply_text(template: ReplyTemplate, language: str, *, name: str, ref: str, desk: str) -> FilledTemplate:
    """A reply's subject (without the ticket tag) and its body up to the signature, which the sending
    staff member's own signature follows (``compose``)."""
    texts = template_texts(template, _language(language))
    values = {"name": " ".join(name.split()), "ref": ref, "desk": desk}
    body = render(texts.body, values)
    frame = {**values, "salutation": salutation(language, name), "body": body}
    return FilledTemplate(render(texts.subject, values), render(_REPLY_FRAMES[language], frame))


def default_signature(language: str, *, user: str, desk: str, address: str) -> str:
    """The signature a staff member starts from: their name, the desk's name and its address."""
    text = render(_SIGNATURES[_language(language)], {"user": user.strip(), "desk": desk, "address": address})
    return "\n".join(line for line in text.splitlines() if line.strip())


def mail_date(language: str, moment: datetime) -> str:
    """A date and time as people write it in mail: 2026年6月1日(月) 10:00 / Mon, 1 Jun 2026 at 10:00.
    Spelt out here rather than by strftime, whose names follow the computer's locale."""
    if _language(language) == "ja":
        weekday = _JA_WEEKDAYS[moment.weekday()]
        return f"{moment.year}年{moment.month}月{moment.day}日({weekday}) {moment:%H:%M}"
    weekday, month = _EN_WEEKDAYS[moment.weekday()], _EN_MONTHS[moment.month - 1]
    return f"{weekday}, {moment.day} {month} {moment.year} at {moment:%H:%M}"


def quote_header(language: str, *, sent_at: datetime | None, name: str, address: str) -> str:
    """The line above a quoted original, as
    2026年6月1日(月) 10:00 山田 太郎 <taro@example.jp> さんは書きました:"""
    name = " ".join(name.split())
    sender = f"{name} <{address}>" if name and address else name or address
    if sent_at is None:  # a mail without a readable Date: say who wrote, not when
        text = {"ja": "{sender} さんは書きました:", "en": "{sender} wrote:"}[_language(language)]
        return render(text, {"sender": sender})
    values = {"date": mail_date(language, sent_at), "sender": sender}
    return render(_QUOTE_HEADERS[_language(language)], values)


def probe_mail_text(language: str, *, desk: str, address: str) -> FilledTemplate:
    texts = _PROBE_MAILS[_language(language)]
    values = {"desk": desk, "address": address}
    return FilledTemplate(render(texts.subject, values), render(texts.body, values))
