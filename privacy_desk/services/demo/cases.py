"""Demo request cases: every type, a spread of states (some overdue), a refusal with its Art. 33(2)
ground and a manager's approval, an appointed agent, a GDPR request with an extension, a scanned
identity document showing My Number still to be masked, and one case converted from a demo ticket.

Everything goes through CaseService as staff would do it; only the timeline's times are spread
afterwards over the days since each request arrived, so the demo reads like weeks of work. Nothing is
added when the database already holds cases.
"""

from __future__ import annotations

import struct
import zlib
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from privacy_desk.domain.case_deadlines import PauseReason
from privacy_desk.domain.cases import CaseState, Decision, DeliveryMethod, RefusalGround, RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.domain.tickets import Channel
from privacy_desk.services.cases import CaseDetails, CaseFilter, DecisionInput, NewCase
from privacy_desk.services.core.writing import writing
from privacy_desk.services.tickets import TicketFilter
from privacy_desk.storage.models import Case, CaseEvent, Person

if TYPE_CHECKING:
    from privacy_desk.services.container import Services
    from privacy_desk.services.core.actor import Actor


def _png(width: int = 8, height: int = 5) -> bytes:
    """A small grey PNG standing in for a scanned document."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\xc8" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def fill_demo_cases(services: Services, *, now: datetime | None = None) -> int:
    """Create the demo cases unless the database has cases already; the number created."""
    with services.db.transaction() as session:
        if session.scalar(select(func.count()).select_from(Case)):
            return 0
        persons: dict[str, int] = {
            email: pid for email, pid in session.execute(select(Person.email, Person.id))
        }
    users = {u.login: u for u in services.users.list()}
    if not all(login in users for login in ("tanaka", "ito", "suzuki")):
        return 0
    cases = services.cases
    tz = cases.policy().office_tz
    now = now or datetime.now(UTC)
    today = now.astimezone(tz).date()
    tanaka, ito = services.users.sign_in("tanaka"), services.users.sign_in("ito")
    suzuki = services.users.sign_in("suzuki")  # a manager: approvals and overrides

    def person(email: str) -> int:
        return persons[email]

    def new(
        request_type: RequestType, email: str, days_ago: int, assignee: Actor = tanaka, **details: Any
    ) -> int:
        return cases.create(
            assignee,
            NewCase(
                request_type,
                person(email),
                today - timedelta(days=days_ago),
                CaseDetails(**details),
                assignee_id=assignee.id,
            ),
        ).row.id

    made: list[int] = []
    # 1. Disclosure, just arrived by post.
    made.append(
        new(
            RequestType.DISCLOSURE,
            "taro.yamada@example.jp",
            2,
            requested_items="購入履歴及び問い合わせ履歴の全部",
            delivery_method=DeliveryMethod.PAPER,
        )
    )
    # 2. Purpose: waiting for identity documents; the scan shows My Number, masking not yet confirmed.
    case = new(RequestType.PURPOSE, "ken.sato@example.ne.jp", 9, ito, requested_items="会員情報の利用目的")
    cases.move(ito, case, CaseState.IDENTITY_CHECK)
    cases.start_pause(
        ito, case, PauseReason.IDENTITY_DOCUMENTS, today - timedelta(days=7), "運転免許証の写しの送付を依頼"
    )
    cases.add_attachment(
        ito,
        case,
        "本人確認書類_スキャン.png",
        "image/png",
        _png(),
        identity_document=True,
        shows_my_number=True,
    )
    made.append(case)
    # 3. Converted from the demo letter (a disclosure request form with a driving licence copy): fee pending.
    ticket = _demo_letter(services)
    if ticket is not None:
        detail = cases.create_from_ticket(
            tanaka,
            ticket,
            RequestType.DISCLOSURE,
            CaseDetails(requested_items="保有個人データの全部", delivery_method=DeliveryMethod.ELECTRONIC),
            person_id=person("misaki.hayashi@example.com"),  # the letter's sender
            assignee_id=tanaka.id,
        )
        case = detail.row.id
        cases.verify_identity(tanaka, case, ["運転免許証"], "請求書の住所と免許証の住所が一致")
        cases.move(tanaka, case, CaseState.FEE_PENDING)
        made.append(case)
    # 4. Provision records asked for by a lawyer with power of attorney: in progress and overdue.
    case = new(
        RequestType.PROVISION_RECORD,
        "hanako.takahashi@example.jp",
        26,
        requester_kind=RequesterKind.APPOINTED_AGENT,
        agent_name="中村 聡（弁護士）",
        agent_contact="中村法律事務所 03-5555-0101",
        requested_items="2025年度の第三者提供記録",
        delivery_method=DeliveryMethod.ELECTRONIC,
    )
    cases.verify_identity(tanaka, case, ["委任状", "印鑑登録証明書", "運転免許証"], "弁護士による代理請求")
    # Asked for the fee on that day, not the day the demo is made: the wait is dated in the past too.
    cases.start_pause(tanaka, case, PauseReason.FEE, today - timedelta(days=21), "手数料の納付を依頼")
    cases.move(tanaka, case, CaseState.FEE_PENDING)
    cases.record_fee_paid(tanaka, case, today - timedelta(days=18))
    cases.add_task(tanaka, case, "提携先への提供記録を抽出する", today - timedelta(days=5), ito.id)
    cases.add_note(tanaka, case, "提供先3社のうち1社の記録の所在を確認中。")
    made.append(case)
    # 5. Correction: decision recorded, waiting for the manager.
    case = new(RequestType.CORRECTION, "shota.yamazaki@example.jp", 11, ito, requested_items="登録住所の訂正")
    cases.verify_identity(ito, case, ["健康保険証", "住民票の写し"])
    cases.move(ito, case, CaseState.IN_PROGRESS)
    cases.record_decision(
        ito,
        case,
        DecisionInput(Decision.FULL, correction_details="住所を「名古屋市中村区名駅1-1-4」に訂正した。"),
    )
    made.append(case)
    # 6. Stop-use by an EU data subject (GDPR): overdue internally, extension notified.
    case = new(
        RequestType.STOP_USE,
        "anna.schmidt@example.de",
        21,
        requested_items="Marketing e-mails and profiling",
        delivery_method=DeliveryMethod.ELECTRONIC,
        gdpr=True,
    )
    cases.verify_identity(tanaka, case, ["パスポート"])
    cases.move(tanaka, case, CaseState.IN_PROGRESS)
    cases.notify_gdpr_extension(
        tanaka, case, today - timedelta(days=3), "Several systems and a processor in the EU are involved."
    )
    made.append(case)
    # 7. Stop of third-party provision: answered and closed.
    case = new(
        RequestType.STOP_PROVISION,
        "john.carter@example.com",
        40,
        ito,
        requested_items="Sharing with partners",
    )
    cases.verify_identity(ito, case, ["パスポート"])
    cases.move(ito, case, CaseState.IN_PROGRESS)
    cases.record_decision(
        ito, case, DecisionInput(Decision.FULL, systems_notified=("提携先連携システム", "広告配信基盤"))
    )
    cases.respond(ito, case, today - timedelta(days=30))
    cases.close(ito, case)
    made.append(case)
    # 8. Disclosure refused on an Art. 33(2) ground, approved by the manager, answered.
    case = new(RequestType.DISCLOSURE, "misaki.hayashi@example.com", 35, requested_items="社内調査報告書")
    cases.verify_identity(tanaka, case, ["マイナンバーカード（表面）"])
    cases.move(tanaka, case, CaseState.IN_PROGRESS)
    cases.record_decision(
        tanaka,
        case,
        DecisionInput(
            Decision.REFUSAL,
            RefusalGround.SERIOUS_BUSINESS_HINDRANCE,
            "ご請求の調査報告書は不正調査の手法を含み、開示により当社の業務の適正な実施に著しい支障を"
            "及ぼすおそれがあるため、開示しないことといたしました。",
        ),
    )
    cases.approve_decision(suzuki, case)
    cases.respond(tanaka, case, today - timedelta(days=22))
    made.append(case)
    # 9. Purpose, withdrawn by the requester.
    case = new(RequestType.PURPOSE, "hanako.takahashi@example.jp", 15, ito)
    cases.withdraw(ito, case, "電話で説明を受け納得されたため、請求を取り下げるとのこと。")
    made.append(case)
    # 10. Disclosure by a legal representative whose documents did not match: rejected.
    case = new(
        RequestType.DISCLOSURE,
        "ken.sato@example.ne.jp",
        30,
        requester_kind=RequesterKind.LEGAL_REPRESENTATIVE,
        agent_name="佐藤 恵子（親権者）",
    )
    cases.move(tanaka, case, CaseState.IDENTITY_CHECK)
    cases.reject_identity(
        tanaka, case, "提出された戸籍謄本では親子関係を確認できず、再提出の求めに応答がない。"
    )
    made.append(case)
    # 11. Disclosure with a manager's identity override, in progress and due soon.
    case = new(RequestType.DISCLOSURE, "shota.yamazaki@example.jp", 12, requested_items="通話録音")
    cases.override_identity(suzuki, case, "窓口で本人と面談し、登録情報との一致を確認した。")
    cases.move(tanaka, case, CaseState.IN_PROGRESS)
    made.append(case)
    _spread_timeline(services, made, tz, now)
    return len(made)


def _demo_letter(services: Services) -> int | None:
    """The demo's letter ticket (a disclosure request by post), if the ticket demo made one."""
    letters = services.tickets.page(TicketFilter(channels=frozenset({Channel.LETTER})), limit=1).rows
    if not letters or services.cases.page(CaseFilter(ticket_id=letters[0].id)).total:
        return None
    return letters[0].id


def _spread_timeline(services: Services, case_ids: list[int], tz: ZoneInfo, now: datetime) -> None:
    """Each case's events from 09:30 on its arrival day up to now, in their order. Demo data made a
    moment ago, so not audited; but written under the write lock like every change."""
    with writing(services.db, services.actor) as work:
        session = work.session
        for case_id in case_ids:
            case = session.get_one(Case, case_id)
            start = datetime.combine(case.received_on, time(9, 30), tz).astimezone(UTC)
            end = _end_of(case, tz, now)
            events = list(
                session.scalars(select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id))
            )
            step = (end - start) / max(len(events) - 1, 1)
            for index, event in enumerate(events):
                # Spread over the days, at office hours (09:30–16:30 office time), the last at the end.
                moment = start + step * index
                local = moment.astimezone(tz)
                office = datetime.combine(local.date(), time(9, 30), tz) + timedelta(
                    minutes=(index * 53) % 420
                )
                event.at = end if index == len(events) - 1 else min(office.astimezone(UTC), end)
            # The record's own moments agree with its timeline.
            for event in events:
                if event.kind == "identity_verified":
                    case.identity_checked_at = event.at
                elif event.kind == "identity_override":
                    case.identity_override_at = event.at
                elif event.kind in ("decision", "decision_ground"):
                    case.decided_on = event.at.astimezone(tz).date()
                elif event.kind == "approved":
                    case.approved_at = event.at


def _end_of(case: Case, tz: ZoneInfo, now: datetime) -> datetime:
    day: date | None = case.ended_on if case.state != CaseState.CLOSED.value else case.responded_on
    if case.state == CaseState.RESPONDED.value:
        day = case.responded_on
    if day is None or day >= now.astimezone(tz).date():
        return now - timedelta(minutes=5)
    return datetime.combine(day, time(16, 0), tz).astimezone(UTC)
