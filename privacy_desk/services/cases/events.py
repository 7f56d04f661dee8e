"""The sentences of a case's timeline, in whatever language it is read.

An event is stored as a kind, parameters and perhaps a text someone wrote (a note, a reason). The
sentence for the kind is an English source text in the Qt context "CaseEvent"; label parameters (a state,
a request type) are stored as enum values and translated with the sentence, dates as ISO dates and
formatted by the reader. So the GUI shows the timeline in the user's language and a report in its own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import CaseState, Decision, DeliveryMethod, RefusalGround, RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.i18n.formatting import DASH

CONTEXT = "CaseEvent"
Translate = Callable[..., str]
FormatDate = Callable[[date], str]

EVENT_TEXTS: dict[str, str] = {
    "created": QT_TRANSLATE_NOOP("CaseEvent", "Request case opened: {type}."),
    "created_from_ticket": QT_TRANSLATE_NOOP(
        "CaseEvent", "Request case opened from ticket {ticket}: {type}."
    ),
    "state": QT_TRANSLATE_NOOP("CaseEvent", "Status changed from {old} to {new}."),
    "received_on": QT_TRANSLATE_NOOP("CaseEvent", "Date received changed from {old} to {new}."),
    "details": QT_TRANSLATE_NOOP("CaseEvent", "Request details changed."),
    "requester": QT_TRANSLATE_NOOP("CaseEvent", "Requester changed to {name}."),
    "assigned": QT_TRANSLATE_NOOP("CaseEvent", "Assigned to {name}."),
    "unassigned": QT_TRANSLATE_NOOP("CaseEvent", "No longer assigned to anyone."),
    "identity_verified": QT_TRANSLATE_NOOP(
        "CaseEvent", "Identity verified ({requester}); documents checked: {documents}."
    ),
    "identity_override": QT_TRANSLATE_NOOP(
        "CaseEvent", "A manager let the case proceed without identity verification."
    ),
    "attachment_added": QT_TRANSLATE_NOOP("CaseEvent", "File attached: {filename}."),
    "my_number_flagged": QT_TRANSLATE_NOOP(
        "CaseEvent", "{filename} shows an individual number (My Number); it must be masked."
    ),
    "my_number_unflagged": QT_TRANSLATE_NOOP(
        "CaseEvent", "{filename} does not show an individual number after all."
    ),
    "my_number_masked": QT_TRANSLATE_NOOP(
        "CaseEvent", "Confirmed that the individual number in {filename} is masked."
    ),
    "pause_started": QT_TRANSLATE_NOOP("CaseEvent", "{reason} (from {date}; the due date moves)."),
    "pause_ended": QT_TRANSLATE_NOOP("CaseEvent", "The requester answered on {date}: {reason} ended."),
    "fee_requested": QT_TRANSLATE_NOOP("CaseEvent", "Fee of {amount} yen requested."),
    "fee_amount": QT_TRANSLATE_NOOP("CaseEvent", "Fee changed to {amount} yen."),
    "fee_paid": QT_TRANSLATE_NOOP("CaseEvent", "Fee paid on {date}."),
    "gdpr_extension": QT_TRANSLATE_NOOP(
        "CaseEvent", "Requester told on {date} that the GDPR period is extended by two months."
    ),
    "decision": QT_TRANSLATE_NOOP("CaseEvent", "Decision recorded: {decision}."),
    "decision_ground": QT_TRANSLATE_NOOP("CaseEvent", "Decision recorded: {decision}. Ground: {ground}."),
    "approved": QT_TRANSLATE_NOOP("CaseEvent", "Decision approved: {decision}."),
    "sent_back": QT_TRANSLATE_NOOP("CaseEvent", "Decision sent back for more work."),
    "responded": QT_TRANSLATE_NOOP("CaseEvent", "Response sent on {date} ({decision})."),
    "note": QT_TRANSLATE_NOOP("CaseEvent", "Note"),
    "task_added": QT_TRANSLATE_NOOP("CaseEvent", "Task added: {title}"),
    "task_done": QT_TRANSLATE_NOOP("CaseEvent", "Task done: {title}"),
    "task_reopened": QT_TRANSLATE_NOOP("CaseEvent", "Task reopened: {title}"),
}

ENUMS = {
    cls.__name__: cls
    for cls in (
        CaseState,
        Decision,
        DeliveryMethod,
        PauseReason,
        RefusalGround,
        RequestType,
        RequesterKind,
    )
}


def _iso(day: date) -> str:
    return day.isoformat()


def _param(value: object, translate: Translate, format_date: FormatDate) -> object:
    if isinstance(value, Mapping):
        if "enum" in value:
            member = ENUMS[str(value["enum"])](value["value"])
            return translate(str(value["enum"]), member.label)
        if "date" in value:
            return format_date(date.fromisoformat(str(value["date"])))
    if isinstance(value, list):
        separator = translate("CaseEvent", ", ", "separator between the items of a list")
        return separator.join(str(_param(v, translate, format_date)) for v in value) or DASH
    return value


def event_text(
    kind: str,
    params: Mapping[str, object],
    text: str = "",
    *,
    translate: Translate,
    format_date: FormatDate = _iso,
) -> str:
    """The timeline line: the kind's sentence in `translate`'s language, then what was written, if any.
    A note is just what was written."""
    if kind == "note":
        return text
    template = EVENT_TEXTS.get(kind)
    if template is None:  # an event written by a newer version
        sentence = kind
    else:
        values = {key: _param(value, translate, format_date) for key, value in params.items()}
        try:
            sentence = translate(CONTEXT, template).format(**values)
        except (KeyError, IndexError, ValueError):
            sentence = template.format_map(_Missing(values))
    return f"{sentence}\n{text}" if text else sentence


class _Missing(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return DASH
