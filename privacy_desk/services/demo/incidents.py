"""Demo incidents in several states, in Japanese and English: a malicious access that is reportable
and past its preliminary report's due day, a lost laptop exempt by strong encryption (closed as not
reportable), a misdirected shipment where we act as a contractor (reported to the commissioning
company, preliminary report filed), and a mis-sent mail opened from a demo complaint ticket.

Everything goes through IncidentService as staff would do it, with answers changed as facts came in,
timeline entries dated over the days since awareness, and a notice to the persons. Nothing is added
when the database already holds incidents."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from privacy_desk.domain.incidents import (
    Answer,
    Assessment,
    Destination,
    IncidentKind,
    NoticeMethod,
    PersonsAffected,
    Question,
    ReportKind,
    TimelineKind,
)
from privacy_desk.services.incidents import IncidentFacts, NewIncident, NoticeInput
from privacy_desk.services.tickets import TicketFilter
from privacy_desk.storage.models import Incident

if TYPE_CHECKING:
    from privacy_desk.services.container import Services
    from privacy_desk.services.core.actor import Actor

COMPLAINT_SUBJECT = "個人情報の取扱いに関する苦情"  # the demo ticket about a mis-sent mail


def _facts(title: str, aware_at: datetime, **fields: object) -> IncidentFacts:
    values: dict[str, object] = {
        "title": title,
        "kind": IncidentKind.LEAK,
        "suspected": False,
        "occurred_at": None,
        "discovered_at": None,
        "aware_at": aware_at,
        "reported_by": "",
        "summary": "",
        "data_items": "",
        "cause": "",
        "secondary_damage": "",
        "response_to_persons": "",
        "public_announcement": "",
        "prevention": "",
        "other": "",
        "systems": "",
        "contractors": "",
        "as_contractor": False,
        "commissioning_company": "",
        "destination": Destination.PPC,
        "destination_name": "",
        **fields,
    }
    return IncidentFacts(**values)  # type: ignore[arg-type]  # the keys are the fields above


def fill_demo_incidents(services: Services, *, now: datetime | None = None) -> int:
    """Create the demo incidents unless the database has incidents already; the number created."""
    with services.db.transaction() as session:
        if session.scalar(select(func.count()).select_from(Incident)):
            return 0
    users = {u.login for u in services.users.list()}
    if not {"tanaka", "suzuki"} <= users:
        return 0
    now = now or datetime.now(UTC)
    tanaka, suzuki = services.users.sign_in("tanaka"), services.users.sign_in("suzuki")
    _malicious_access(services, tanaka, suzuki, now)
    _encrypted_laptop(services, suzuki, now)
    _as_contractor(services, tanaka, now)
    made = 3 + _from_ticket(services, tanaka, now)
    return made


def _malicious_access(services: Services, clerk: Actor, manager: Actor, now: datetime) -> None:
    """Reportable and overdue: aware 8 days ago, the preliminary report (due aware + 5) not filed."""
    incidents = services.incidents
    aware = now - timedelta(days=8, hours=2)
    detail = incidents.create(
        clerk,
        NewIncident(
            _facts(
                "会員サイトへの不正アクセスによる会員情報の漏えいのおそれ",
                aware,
                suspected=True,
                occurred_at=aware - timedelta(days=3),
                discovered_at=aware - timedelta(hours=5),
                reported_by="情報システム部 セキュリティ担当",
                summary="会員サイトのログイン画面に対するリスト型攻撃が検知され、一部の会員アカウントに"
                "第三者によるログインが確認された。",
                data_items="氏名、住所、電話番号、メールアドレス、購入履歴",
                cause="他サービスから流出したと見られるID・パスワードの組合せによる不正ログイン",
                secondary_damage="不正ログインされたアカウントでの不審な注文の有無を調査中",
                systems="会員サイト（EC）、会員データベース",
            ),
            Assessment(
                sensitive=Answer.NO,
                financial=Answer.UNKNOWN,
                malicious=Answer.UNKNOWN,
                persons=PersonsAffected(low=500, high=5000),
                encrypted=Answer.NO,
                my_number=Answer.NO,
                eu_subjects=Answer.NO,
            ),
        ),
    )
    incident = detail.id
    incidents.add_timeline_entry(
        clerk, incident, TimelineKind.FACT, "WAFのアラートで短時間の大量ログイン試行を検知。", aware
    )
    incidents.add_timeline_entry(
        manager,
        incident,
        TimelineKind.ACTION,
        "該当IPアドレスからのアクセスを遮断し、ログイン試行回数の制限を強化。",
        aware + timedelta(hours=3),
    )
    incidents.set_answer(
        manager, incident, Question.MALICIOUS, Answer.YES, "第三者による不正ログインを確認（不正の目的）"
    )
    incidents.set_answer(
        clerk,
        incident,
        Question.OVER_1000,
        Answer.YES,
        "ログ解析で対象アカウント数が確定",
        PersonsAffected(exact=2340),
    )
    wrong = incidents.add_timeline_entry(
        clerk,
        incident,
        TimelineKind.FACT,
        "不正ログインされたアカウントは1,200件。",
        aware + timedelta(days=2),
    ).timeline[-1]
    incidents.add_timeline_entry(
        clerk,
        incident,
        TimelineKind.FACT,
        "再集計の結果、不正ログインされたアカウントは2,340件（重複を除く）。",
        aware + timedelta(days=3),
        corrects_id=wrong.id,
    )
    incidents.add_timeline_entry(
        manager,
        incident,
        TimelineKind.DECISION,
        "個人情報保護委員会への報告対象と判断。対象会員へのメール通知を実施する。",
        aware + timedelta(days=3, hours=4),
    )
    incidents.add_notice(
        clerk,
        incident,
        NoticeInput(
            NoticeMethod.MAIL,
            (aware + timedelta(days=4)).date(),
            2340,
            2298,
            42,
            "不達42件は郵送で再通知予定",
        ),
    )


def _encrypted_laptop(services: Services, manager: Actor, now: datetime) -> None:
    """Exempt: strong encryption with the key safe; closed as not reportable (in English)."""
    incidents = services.incidents
    aware = now - timedelta(days=20)
    detail = incidents.create(
        manager,
        NewIncident(
            _facts(
                "Laptop lost on a business trip (full-disk encryption)",
                aware,
                kind=IncidentKind.LOSS,
                occurred_at=aware - timedelta(hours=14),
                discovered_at=aware - timedelta(hours=2),
                reported_by="Sales department, Berlin liaison office",
                summary="A company laptop was left on a train; it held a customer list for a trade fair.",
                data_items="Names, company names, business e-mail addresses",
                cause="Loss by an employee",
                secondary_damage="None found: the disk is encrypted and the laptop was wiped remotely.",
                systems="Company laptop (BitLocker, TPM and PIN)",
            ),
            Assessment(
                sensitive=Answer.NO,
                financial=Answer.NO,
                malicious=Answer.NO,
                persons=PersonsAffected(exact=180),
                encrypted=Answer.UNKNOWN,
                my_number=Answer.NO,
                eu_subjects=Answer.YES,
            ),
        ),
    )
    incidents.add_timeline_entry(
        manager,
        detail.id,
        TimelineKind.ACTION,
        "Remote wipe sent through device management; the device confirmed it the next morning.",
        aware + timedelta(hours=16),
    )
    incidents.set_answer(
        manager,
        detail.id,
        Question.ENCRYPTED,
        Answer.YES,
        "IT confirmed AES-256 full-disk encryption; the recovery key never left the key vault.",
    )
    detail = incidents.add_timeline_entry(
        manager,
        detail.id,
        TimelineKind.DECISION,
        "Not reportable to the PPC (strong encryption, key safe); the EU customers' authority was "
        "assessed separately: no risk, documented under GDPR Art. 33(5).",
        aware + timedelta(days=2),
    )
    incidents.close(manager, detail.id, detail.version, not_reportable=True)


def _as_contractor(services: Services, clerk: Actor, now: datetime) -> None:
    """We act as a contractor: the commissioning company is told (APPI Art. 26(1) proviso)."""
    incidents = services.incidents
    aware = now - timedelta(days=12)
    detail = incidents.create(
        clerk,
        NewIncident(
            _facts(
                "受託業務における配送伝票の誤封入",
                aware,
                occurred_at=aware - timedelta(days=2),
                discovered_at=aware - timedelta(days=1),
                reported_by="物流センター（委託先：株式会社サンプル配送）",
                summary="受託している通販の発送業務で、別の顧客の納品書が同封された。",
                data_items="氏名、住所、電話番号、注文内容",
                cause="梱包ラインでの作業手順の不備",
                systems="出荷管理システム",
                contractors="株式会社サンプル配送",
                as_contractor=True,
                commissioning_company="株式会社みらい通販",
                destination=Destination.COMMISSIONING_COMPANY,
                prevention="納品書と送り状の照合を二重化",
            ),
            Assessment(
                sensitive=Answer.NO,
                financial=Answer.NO,
                malicious=Answer.NO,
                persons=PersonsAffected(exact=1450),
                encrypted=Answer.NO,
                my_number=Answer.NO,
                eu_subjects=Answer.NO,
            ),
        ),
    )
    incidents.add_timeline_entry(
        clerk,
        detail.id,
        TimelineKind.ACTION,
        "委託元の株式会社みらい通販に電話と書面で報告（法26条1項ただし書）。",
        aware + timedelta(days=1),
    )
    incidents.mark_filed(
        clerk, detail.id, ReportKind.PRELIMINARY, (aware + timedelta(days=2)).date(), "MIRAI-2026-017"
    )


def _from_ticket(services: Services, clerk: Actor, now: datetime) -> int:
    """Opened from the demo complaint about a mail sent to the wrong person, linked both ways."""
    found = services.tickets.page(TicketFilter(text=COMPLAINT_SUBJECT), limit=1).rows
    if not found:
        return 0
    incidents = services.incidents
    aware = now - timedelta(days=1, hours=3)
    detail = incidents.create(
        clerk,
        NewIncident(
            _facts(
                "お客様宛てメールの誤送信",
                aware,
                reported_by="お客様（問い合わせ窓口への苦情）",
                summary="お客様の住所と電話番号を含むメールが別のお客様に送信された。",
                data_items="氏名、住所、電話番号",
                cause="宛先の選択誤り（調査中）",
            ),
            Assessment(
                sensitive=Answer.UNKNOWN,
                financial=Answer.NO,
                malicious=Answer.NO,
                persons=PersonsAffected(exact=1),
                encrypted=Answer.NO,
                my_number=Answer.NO,
                eu_subjects=Answer.NO,
            ),
            ticket_id=found[0].id,
        ),
    )
    incidents.add_timeline_entry(
        clerk,
        detail.id,
        TimelineKind.ACTION,
        "誤送信先のお客様に削除を依頼し、削除した旨の返信を受領。",
        aware + timedelta(hours=5),
    )
    return 1
