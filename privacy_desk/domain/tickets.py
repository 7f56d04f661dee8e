"""Tickets (問い合わせ・苦情): categories, channels, the status machine, references and matching rules.

Pure data and rules shared by the import, the ticket services and the Inbox: no Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, Text


class TicketCategory(StrEnum):
    INQUIRY = "inquiry"
    COMPLAINT = "complaint"
    DATA_SUBJECT_REQUEST = "data_subject_request"
    OPT_OUT = "opt_out"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    TicketCategory.INQUIRY: QT_TRANSLATE_NOOP("TicketCategory", "Inquiry"),
    TicketCategory.COMPLAINT: QT_TRANSLATE_NOOP("TicketCategory", "Complaint"),
    TicketCategory.DATA_SUBJECT_REQUEST: QT_TRANSLATE_NOOP("TicketCategory", "Data-subject request"),
    TicketCategory.OPT_OUT: QT_TRANSLATE_NOOP("TicketCategory", "Opt-out"),
    TicketCategory.OTHER: QT_TRANSLATE_NOOP("TicketCategory", "Other"),
}


class Channel(StrEnum):
    MAIL = "mail"
    PHONE = "phone"
    LETTER = "letter"
    WEB_FORM = "web_form"
    WALK_IN = "walk_in"

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {
    Channel.MAIL: QT_TRANSLATE_NOOP("Channel", "Mail"),
    Channel.PHONE: QT_TRANSLATE_NOOP("Channel", "Phone"),
    Channel.LETTER: QT_TRANSLATE_NOOP("Channel", "Letter"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("Channel", "Web form"),
    Channel.WALK_IN: QT_TRANSLATE_NOOP("Channel", "Walk-in"),
}


class TicketStatus(StrEnum):
    NEW = "new"
    OPEN = "open"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"
    # Spam or mail that is no inquiry: out of Today, the counts and every list but the Junk filter.
    JUNK = "junk"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        """Someone at the desk still has to act (the first-response clock runs)."""
        return self in OPEN_STATUSES


_STATUS_LABELS = {
    TicketStatus.NEW: QT_TRANSLATE_NOOP("TicketStatus", "New"),
    TicketStatus.OPEN: QT_TRANSLATE_NOOP("TicketStatus", "Open"),
    TicketStatus.WAITING: QT_TRANSLATE_NOOP("TicketStatus", "Waiting for requester"),
    TicketStatus.RESOLVED: QT_TRANSLATE_NOOP("TicketStatus", "Resolved"),
    TicketStatus.CLOSED: QT_TRANSLATE_NOOP("TicketStatus", "Closed"),
    TicketStatus.JUNK: QT_TRANSLATE_NOOP("TicketStatus", "Junk"),
}

OPEN_STATUSES = frozenset({TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING})

# Nothing is ever final: new mail on a closed ticket reopens it, so a ticket can never be lost.
TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    TicketStatus.NEW: frozenset(
        {TicketStatus.OPEN, TicketStatus.WAITING, TicketStatus.RESOLVED, TicketStatus.CLOSED}
    ),
    TicketStatus.OPEN: frozenset({TicketStatus.WAITING, TicketStatus.RESOLVED, TicketStatus.CLOSED}),
    TicketStatus.WAITING: frozenset({TicketStatus.OPEN, TicketStatus.RESOLVED, TicketStatus.CLOSED}),
    TicketStatus.RESOLVED: frozenset({TicketStatus.OPEN, TicketStatus.CLOSED}),
    TicketStatus.CLOSED: frozenset({TicketStatus.OPEN}),
    # Into junk only by Mark as Junk; out of it by Not Junk (`restored_status`) or a move back to work.
    TicketStatus.JUNK: frozenset({TicketStatus.NEW, TicketStatus.OPEN}),
}
# Every list, count and agenda shows these; junk only where it is asked for by name.
LISTED_STATUSES = frozenset(TicketStatus) - {TicketStatus.JUNK}


def allowed_transitions(status: TicketStatus) -> frozenset[TicketStatus]:
    return TRANSITIONS[status]


def check_transition(status: TicketStatus, target: TicketStatus) -> None:
    if target not in TRANSITIONS[status]:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A ticket cannot go from “{current}” to “{target}”."),
            current=Text("TicketStatus", status.label),
            target=Text("TicketStatus", target.label),
        )


def restored_status(first_responded: bool) -> TicketStatus:
    """Where a ticket marked junk by mistake goes back to: new while nobody has answered it, else open
    (its status before the mark is in the audit trail, but the desk's work starts again from here)."""
    return TicketStatus.OPEN if first_responded else TicketStatus.NEW


class MessageKind(StrEnum):
    CORRESPONDENCE_IN = "correspondence_in"
    CORRESPONDENCE_OUT = "correspondence_out"
    INTERNAL_NOTE = "internal_note"
    PHONE_CALL = "phone_call"
    LETTER = "letter"
    # A delivery status notification (RFC 3464) returning one of the desk's replies: kept in the
    # reply's ticket, never counted as the requester writing.
    BOUNCE = "bounce"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @property
    def is_correspondence(self) -> bool:
        """Seen by the requester (or written by them); an internal note never is."""
        return self is not MessageKind.INTERNAL_NOTE


_KIND_LABELS = {
    MessageKind.CORRESPONDENCE_IN: QT_TRANSLATE_NOOP("MessageKind", "Received"),
    MessageKind.CORRESPONDENCE_OUT: QT_TRANSLATE_NOOP("MessageKind", "Sent"),
    MessageKind.INTERNAL_NOTE: QT_TRANSLATE_NOOP("MessageKind", "Internal note"),
    MessageKind.PHONE_CALL: QT_TRANSLATE_NOOP("MessageKind", "Phone call"),
    MessageKind.LETTER: QT_TRANSLATE_NOOP("MessageKind", "Letter"),
    MessageKind.BOUNCE: QT_TRANSLATE_NOOP("MessageKind", "Delivery failure"),
}


# -- references ------------------------------------------------------------------------------------

REF_PREFIX = "PD"
REF_PATTERN = re.compile(r"PD-(\d{4})-(\d{6,})")
_REF_EXACT = re.compile(rf"^{REF_PATTERN.pattern}$")
# The tag staff put in every reply's subject; replies keep it. Matched after NFKC, so a tag an
# input method turned into full-width characters (［ＰＤ－２０２６－…］) still counts.
SUBJECT_TAG = re.compile(rf"\[({REF_PATTERN.pattern})\]", re.IGNORECASE)


def format_ref(year: int, number: int) -> str:
    return f"{REF_PREFIX}-{year:04d}-{number:06d}"


def parse_ref(text: str) -> tuple[int, int]:
    """(year, number) of a reference such as PD-2026-000123; InvalidInput otherwise."""
    match = _REF_EXACT.match(unicodedata.normalize("NFKC", text).strip().upper())
    if match is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Not a ticket reference: {text} (expected e.g. PD-2026-000123)"),
            text=text,
        )
    return int(match.group(1)), int(match.group(2))


def normalize_ref(text: str) -> str:
    return format_ref(*parse_ref(text))


def subject_tags(subject: str) -> list[str]:
    """Ticket references tagged in a subject, in order, each once."""
    found: list[str] = []
    for match in SUBJECT_TAG.finditer(unicodedata.normalize("NFKC", subject)):
        ref = format_ref(int(match.group(2)), int(match.group(3)))
        if ref not in found:
            found.append(ref)
    return found


def tag_subject(subject: str, ref: str) -> str:
    """The subject with `[ref]` in front, unless it already carries that tag."""
    subject = subject.strip()
    if ref in subject_tags(subject):
        return subject
    return f"[{ref}] {subject}".rstrip()


# -- category suggestion ---------------------------------------------------------------------------

# (keyword, weight) per category, matched on NFKC-normalised, case-folded text. A phrase that only
# one category uses weighs more than a word several share (削除 appears in opt-out mail too).
CATEGORY_KEYWORDS: dict[TicketCategory, tuple[tuple[str, int], ...]] = {
    TicketCategory.DATA_SUBJECT_REQUEST: (
        ("開示", 2),
        ("削除", 1),
        ("訂正", 2),
        ("利用停止", 2),
        ("利用の停止", 2),
        ("消去", 2),
        ("第三者提供の停止", 3),
        ("第三者提供記録", 3),
        ("利用目的の通知", 3),
        ("保有個人データ", 2),
        ("disclosure", 2),
        ("subject access", 3),
        ("access request", 2),
        ("erasure", 2),
        ("right to be forgotten", 3),
        ("rectification", 2),
        ("delete my", 2),
        ("gdpr", 1),
    ),
    TicketCategory.COMPLAINT: (
        ("苦情", 3),
        ("クレーム", 3),
        ("抗議", 2),
        ("不愉快", 2),
        ("complaint", 3),
        ("complain", 2),
        ("unacceptable", 1),
    ),
    TicketCategory.OPT_OUT: (
        ("配信停止", 3),
        ("配信解除", 3),
        ("配信を停止", 3),
        ("メール停止", 2),
        ("メルマガ", 1),
        ("ダイレクトメール", 1),
        ("opt-out", 3),
        ("opt out", 3),
        ("unsubscribe", 3),
    ),
}
# Ties go to the category with the stricter consequences: a missed data-subject request has a
# legal deadline behind it.
_TIE_ORDER = (TicketCategory.DATA_SUBJECT_REQUEST, TicketCategory.COMPLAINT, TicketCategory.OPT_OUT)


def suggest_category(*texts: str) -> TicketCategory | None:
    """The category keywords in subject and body point to; None when nothing points anywhere."""
    text = unicodedata.normalize("NFKC", "\n".join(texts)).casefold()
    scores = {
        category: sum(weight for keyword, weight in keywords if keyword in text)
        for category, keywords in CATEGORY_KEYWORDS.items()
    }
    best = max(scores.values())
    if best == 0:
        return None
    return next(category for category in _TIE_ORDER if scores[category] == best)


# -- names -----------------------------------------------------------------------------------------

# Variant forms (異体字) of characters common in Japanese surnames, mapped to the everyday form.
# NFKC leaves these alone: 﨑 and 髙 are "unified" ideographs without a decomposition.
ITAIJI = str.maketrans(
    {
        "髙": "高",
        "﨑": "崎",
        "嵜": "崎",
        "𠮷": "吉",
        "德": "徳",
        "邊": "辺",
        "邉": "辺",
        "齋": "斎",
        "齊": "斎",
        "濵": "浜",
        "濱": "浜",
        "澤": "沢",
        "櫻": "桜",
        "國": "国",
        "嶋": "島",
        "嶌": "島",
        "廣": "広",
        "眞": "真",
        "惠": "恵",
        "瀨": "瀬",
        "冨": "富",
        "淵": "渕",
        "籠": "篭",
        "藪": "薮",
        "槇": "槙",
        "曾": "曽",
        "萬": "万",
        "龍": "竜",
        "實": "実",
        "壽": "寿",
        "榮": "栄",
        "晉": "晋",
    }
)
_KATAKANA = {code: code - 0x60 for code in range(0x30A1, 0x30F7)}  # ァ..ヶ → ぁ..ゖ


def normalize_name(text: str) -> str:
    """A key under which spellings of one name compare equal: full/half width (NFKC), 異体字 such as
    髙→高 and 﨑→崎, katakana readings as hiragana, case and every kind of space ignored."""
    text = unicodedata.normalize("NFKC", text).translate(ITAIJI).translate(_KATAKANA).casefold()
    return "".join(text.split())


def name_matches(query: str, *candidates: str) -> bool:
    """Whether the normalised query occurs in any of the normalised candidates (name, reading, …)."""
    key = normalize_name(query)
    return bool(key) and any(key in normalize_name(candidate) for candidate in candidates if candidate)


def normalize_address(address: str) -> str:
    """An e-mail address as compared for matching people and thread participants."""
    return address.strip().strip("<>").strip().lower()
