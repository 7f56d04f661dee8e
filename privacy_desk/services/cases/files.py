"""A case's files: identity documents, the request form, the answer; the My Number check on them."""

from __future__ import annotations

import math

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.cases import (
    CaseState,
)
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.services.cases.store import (
    CasePolicy,
    add_event,
    require_text,
)
from privacy_desk.services.cases.work import now
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.rows import store_blob
from privacy_desk.storage.models import Case, CaseAttachment

FILENAME_MAX = 255
ENDING_STATES = frozenset({CaseState.CLOSED, CaseState.WITHDRAWN, CaseState.REJECTED_IDENTITY})


def megabytes(size: int, *, round_up: bool = False) -> str:
    """A size in MB as people read it: "25", "25.1", "0.049" (`round_up`: a file just over a limit
    never reads as the limit itself)."""
    value = size / 1024 / 1024
    places = 1 if value >= 0.1 or size <= 0 else 1 - math.floor(math.log10(value))  # 2 significant digits
    if round_up:
        value = math.ceil(value * 10**places) / 10**places
    return f"{value:.{places}f}".rstrip("0").rstrip(".")


def refuse_oversize(filename: str, size: int, limit: int) -> None:
    """InvalidInput when `size` bytes are more than `limit` (the office's ATTACHMENT_MAX_BYTES)."""
    if size > limit:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is {size} MB. The office stores files of up to {limit} MB with a case."
            ),
            name=filename,
            size=megabytes(size, round_up=True),
            limit=megabytes(limit),
        )


def add_attachment(
    session: Session,
    actor: Actor,
    policy: CasePolicy,
    case: Case,
    filename: str,
    content_type: str,
    data: bytes,
    *,
    identity_document: bool = False,
    shows_my_number: bool = False,
) -> CaseAttachment:
    filename = require_text(filename, QT_TRANSLATE_NOOP("Errors", "The file needs a name."))[:FILENAME_MAX]
    refuse_oversize(filename, len(data), policy.attachment_max_bytes)
    attachment = CaseAttachment(
        case_id=case.id,
        filename=filename,
        content_type=(content_type or "application/octet-stream")[:200],
        size=len(data),
        sha256=store_blob(session, data),
        identity_document=identity_document,
        shows_my_number=shows_my_number,
        added_by_id=actor.id,
    )
    session.add(attachment)
    session.flush()
    add_event(session, actor, case, "attachment_added", filename=filename)
    if shows_my_number:
        add_event(session, actor, case, "my_number_flagged", filename=filename)
    return attachment


def get_attachment(session: Session, attachment_id: int) -> CaseAttachment:
    attachment = session.get(CaseAttachment, attachment_id)
    if attachment is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No attachment with id {id}."), id=attachment_id)
    return attachment


def flag_my_number(
    session: Session, actor: Actor, case: Case, attachment: CaseAttachment, shows: bool
) -> None:
    if attachment.shows_my_number == shows:
        return
    attachment.shows_my_number = shows
    if not shows:
        attachment.masked_confirmed_at = None
        attachment.masked_confirmed_by_id = None
    add_event(
        session,
        actor,
        case,
        "my_number_flagged" if shows else "my_number_unflagged",
        filename=attachment.filename,
    )


def confirm_masked(
    session: Session,
    actor: Actor,
    case: Case,
    attachment: CaseAttachment,
    masked_data: bytes | None = None,
    content_type: str | None = None,
) -> None:
    """The desk confirms the individual number is masked. With `masked_data` (the mask tool's output)
    the attachment now points at the masked file; the unmasked original is deleted when nothing else
    uses it, since the number must not be kept (番号法 Art. 20)."""
    if not attachment.shows_my_number:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{filename} is not marked as showing an individual number."),
            filename=attachment.filename,
        )
    if masked_data is not None:
        original = attachment.sha256
        attachment.sha256 = store_blob(session, masked_data)
        attachment.size = len(masked_data)
        if content_type:
            attachment.content_type = content_type[:200]
        session.flush()
        if original != attachment.sha256:
            _drop_blob_if_unused(session, original)
    attachment.masked_confirmed_at = now()
    attachment.masked_confirmed_by_id = actor.id
    add_event(session, actor, case, "my_number_masked", filename=attachment.filename)


def _drop_blob_if_unused(session: Session, sha256: str) -> None:
    from privacy_desk.storage.models import Blob, Message, MessageAttachment

    used = (
        session.scalar(select(CaseAttachment.id).where(CaseAttachment.sha256 == sha256).limit(1))
        or session.scalar(select(MessageAttachment.id).where(MessageAttachment.sha256 == sha256).limit(1))
        or session.scalar(select(Message.id).where(Message.raw_sha256 == sha256).limit(1))
    )
    if not used:
        blob = session.get(Blob, sha256)
        if blob is not None:
            session.delete(blob)
