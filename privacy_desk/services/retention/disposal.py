"""Holds and disposals: keeping a holding past its period on one of the privacy policy's four
exceptions until a review date, and recording how it was destroyed, by whom, approved by a manager,
with its evidence stored by SHA-256 and a certificate number."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from privacy_desk.domain.retention import DisposalMethod, HoldReason
from privacy_desk.domain.roles import Permission, Role
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from privacy_desk.services.core.rows import store_blob
from privacy_desk.services.core.writing import Work
from privacy_desk.services.retention.records import HoldingRow
from privacy_desk.services.retention.register import HOLDING_ENTITY, MAX_TEXT, locked_holding, now
from privacy_desk.services.retention.store import (
    RetentionPolicy,
    get_category,
    holding_rows,
    next_certificate_no,
    open_hold,
    rule_of,
)
from privacy_desk.storage.models import (
    RetentionDisposal,
    RetentionEvidence,
    RetentionHold,
    RetentionHolding,
    User,
)

MAX_EVIDENCE_BYTES = 50 * 1024 * 1024  # a scan or a screenshot; a larger file is a wrong pick


def _note(text: str) -> str:
    note = text.strip()
    if len(note) > MAX_TEXT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The note is longer than {max} characters."), max=MAX_TEXT
        )
    return note


def place_hold(
    unit: Work,
    holding_id: int,
    version: int | None,
    reason: HoldReason,
    note: str,
    review_on: date,
    policy: RetentionPolicy,
) -> HoldingRow:
    """Hold the holding on `reason` until `review_on` (a later day than today); it leaves the due list
    and comes up for review then. A holding already on a hold gets the new one instead."""
    session = unit.session
    holding = locked_holding(unit, holding_id, version, policy)
    today = policy.today()
    if review_on <= today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The review date of a hold must be after today ({today})."),
            today=today.isoformat(),
        )
    reason = HoldReason(reason)
    if reason is not HoldReason.CONSENT and not note.strip():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Say why the data must be kept: the note is empty."))
    previous = open_hold(session, holding.id)
    if previous is not None:
        previous.released_on, previous.released_by_name = today, unit.actor.display_name
        previous.release_note = "replaced"
    session.add(
        RetentionHold(
            holding_id=holding.id,
            reason=reason.value,
            note=_note(note),
            decided_by_id=unit.actor.id,
            decided_by_name=unit.actor.display_name,
            decided_on=today,
            review_on=review_on,
            released_by_name="",
            release_note="",
        )
    )
    holding.updated_at = now()  # a new version of the holding
    session.flush()
    unit.audit(
        HOLDING_ENTITY,
        holding.id,
        "hold",
        before={"hold": previous.reason if previous is not None else None},
        after={"hold": reason.value, "review_on": review_on.isoformat(), "note": note.strip()},
    )
    return holding_rows(session, [holding], as_of=today, policy=policy)[0]


def release_hold(
    unit: Work, holding_id: int, version: int | None, note: str, policy: RetentionPolicy
) -> HoldingRow:
    session = unit.session
    holding = locked_holding(unit, holding_id, version, policy)
    hold = open_hold(session, holding.id)
    if hold is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "{ref} is not on a hold."), ref=holding.ref)
    today = policy.today()
    hold.released_on, hold.released_by_name, hold.release_note = today, unit.actor.display_name, _note(note)
    holding.updated_at = now()
    session.flush()
    unit.audit(
        HOLDING_ENTITY,
        holding.id,
        "release_hold",
        before={"hold": hold.reason, "review_on": hold.review_on.isoformat()},
        after={"hold": None, "note": note.strip()},
    )
    return holding_rows(session, [holding], as_of=today, policy=policy)[0]


def _approver(unit: Work, user_id: int) -> User:
    user = unit.session.get(User, user_id)
    if user is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No user with id {id}."), id=user_id)
    if Role(user.role) is not Role.MANAGER or not user.active:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a manager: a disposal is approved by a manager."),
            name=user.display_name,
        )
    return user


def _read_evidence(paths: Sequence[Path]) -> list[tuple[str, bytes]]:
    """The files' names and contents, read before anything is written (a missing file changes nothing)."""
    files = []
    for path in paths:
        try:
            if not path.is_file():
                raise FileNotFoundError(path)
            if path.stat().st_size > MAX_EVIDENCE_BYTES:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("Errors", "{name} is larger than {size} MB."),
                    name=path.name,
                    size=MAX_EVIDENCE_BYTES // (1024 * 1024),
                )
            files.append((path.name, path.read_bytes()))
        except OSError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The evidence file {name} cannot be read: {reason}"),
                name=path.name,
                reason=exc.strerror or type(exc).__name__,
            ) from exc
    return files


def _copy_register(
    session: Session, disposal: RetentionDisposal, holding: RetentionHolding, policy: RetentionPolicy
) -> None:
    """The certificate states the category, rule and company as they were at disposal: copied here,
    since the desk may edit them afterwards."""
    category = get_category(session, holding.category_id)
    disposal.category_name, disposal.category_name_en = category.name, category.name_en
    disposal.category_systems, disposal.category_owner = category.systems, category.owner
    disposal.company = policy.company
    rule = rule_of(session, category.id)
    if rule is not None:
        disposal.rule_period_count, disposal.rule_period_unit = rule.period_count, rule.period_unit
        disposal.rule_trigger, disposal.rule_legal_basis = rule.trigger, rule.legal_basis


def dispose(
    unit: Work,
    holding_id: int,
    version: int | None,
    method: DisposalMethod,
    disposed_on: date,
    approved_by_user_id: int,
    note: str,
    evidence: Sequence[Path],
    policy: RetentionPolicy,
) -> HoldingRow:
    """Record the disposal; the holding stays on record and refuses every later edit. A holding on a
    hold is released first by whoever lifts the hold: disposing of held data is refused."""
    unit.actor.require(Permission.WORK_CASES)
    files = _read_evidence(evidence)
    session = unit.session
    holding = locked_holding(unit, holding_id, version, policy)
    if open_hold(session, holding.id) is not None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "{ref} is on a hold: release the hold before disposing of it."),
            ref=holding.ref,
        )
    today = policy.today()
    if disposed_on > today:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A disposal cannot be dated after today."))
    if disposed_on < holding.trigger_on:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A disposal cannot be dated before the holding's trigger day ({day})."
            ),
            day=holding.trigger_on.isoformat(),
        )
    approver = _approver(unit, approved_by_user_id)
    method = DisposalMethod(method)
    disposal = RetentionDisposal(
        holding_id=holding.id,
        method=method.value,
        disposed_on=disposed_on,
        disposed_by_id=unit.actor.id,
        disposed_by_name=unit.actor.display_name,
        approved_by_id=approver.id,
        approved_by_name=approver.display_name,
        note=_note(note),
        certificate_no=next_certificate_no(session, disposed_on.year),
    )
    _copy_register(session, disposal, holding, policy)
    session.add(disposal)
    session.flush()
    for name, data in files:
        session.add(
            RetentionEvidence(
                disposal_id=disposal.id,
                filename=name,
                content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
                size=len(data),
                sha256=store_blob(session, data),
            )
        )
    holding.disposed = True
    holding.updated_at = now()
    session.flush()
    unit.audit(
        HOLDING_ENTITY,
        holding.id,
        "dispose",
        before={"disposed": False},
        after={
            "disposed": True,
            "method": method.value,
            "disposed_on": disposed_on.isoformat(),
            "approved_by": approver.login,
            "certificate_no": disposal.certificate_no,
            "evidence": [name for name, _ in files],
        },
    )
    return holding_rows(session, [holding], as_of=today, policy=policy)[0]
