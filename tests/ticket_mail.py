"""Mail as it arrives, built for the ticket tests (bytes, as IMAP and .eml files give them)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime


def mail(
    message_id: str,
    sender: str,
    subject: str,
    body: str = "お世話になっております。",
    *,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    sent: datetime = datetime(2026, 4, 1, 1, 0, tzinfo=UTC),
    to: str = "info@gmo-c.jp",
    cc: str | None = None,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
) -> bytes:
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<{message_id}>"
    if in_reply_to:
        message["In-Reply-To"] = f"<{in_reply_to}>"
    if references:
        message["References"] = " ".join(f"<{r}>" for r in references)
    message.set_content(body)
    for filename, content_type, data in attachments:
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


HANAKO = "髙橋 花子 <hanako@example.jp>"
KEN = "佐藤 健 <ken.sato@example.ne.jp>"
STRANGER = "Mallory <mallory@example.com>"
