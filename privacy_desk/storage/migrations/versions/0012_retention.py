"""Retention: data categories seeded from the privacy policy's purposes of use, their retention rules,
holdings, holds, disposals with evidence, and the purge rules and holds of the app's own records

Revision ID: 0012
Revises: 0011

The seeded categories and rules are the company's starting register (docs/ARCHITECTURE.md, Retention);
the desk edits them. The DDL and the seed are spelled out here rather than imported: a migration must
stay as it was when released.
"""

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (name, name_en, purpose, purpose_en, systems, owner, (count, unit, trigger, legal basis))
CATEGORIES = (
    (
        "顧客・契約情報",
        "Customers and contracts",
        "利用目的3: 個人認証、申込・解約処理、サポート対応を含む運用業務",
        "Purpose 3: authentication, applications and cancellations, support and operations",
        "顧客管理システム（CRM）",
        "サービス運用部",
        (5, "y", "contract_end", "民法第166条第1項（債権の消滅時効5年）に合わせた当社方針"),
    ),
    (
        "請求・与信情報",
        "Billing and credit",
        "利用目的3: 料金等の請求、与信管理",
        "Purpose 3: billing and credit management",
        "請求システム、会計システム",
        "経理部",
        (7, "y", "fiscal_year_end", "法人税法第126条・法人税法施行規則第59条（帳簿書類の保存7年）"),
    ),
    (
        "サポート通話録音",
        "Support call recordings",
        "お問い合わせ内容の正確な把握とサービス品質の向上",
        "Understanding inquiries accurately and improving service quality",
        "録音サーバー rec-01",
        "カスタマーサポート部",
        (1, "y", "collection", "当社方針（品質確認に必要な期間）"),
    ),
    (
        "通信記録",
        "Communication logs",
        "サービス利用に伴い当社設備に記録される通信記録（利用目的3）",
        "Communication records kept by the company's equipment as the services are used (purpose 3)",
        "ログサーバー、メールサーバー",
        "情報システム部",
        (1, "y", "collection", "当社方針（障害・不正利用の調査に必要な期間）"),
    ),
    (
        "営業・お知らせの連絡先",
        "Marketing contacts",
        "利用目的4: サービスに関連した情報の提供",
        "Purpose 4: information about the services",
        "配信システム",
        "マーケティング部",
        (2, "y", "last_contact", "当社方針（最後の連絡から2年）"),
    ),
    (
        "採用応募者情報",
        "Job applicants",
        "利用目的6: 選考、連絡、賃金決定などの採用活動",
        "Purpose 6: recruiting — selection, contact, pay decisions",
        "採用管理システム、応募書類（紙）",
        "人事部",
        (6, "m", "application_closed", "当社方針（選考終了後6か月）"),
    ),
    (
        "従業員情報",
        "Employees",
        "利用目的7・8・9: 雇用管理、労務管理、社内手続",
        "Purposes 7, 8 and 9: employment and labour management, internal procedures",
        "人事システム、人事ファイル（紙）",
        "人事部",
        (5, "y", "employment_end", "労働基準法第109条（労働者名簿等の保存5年、当分の間3年）"),
    ),
    (
        "給与・社会保険",
        "Payroll and social insurance",
        "利用目的8・10: 給与の支払、健康保険組合・年金・社会保険事務所への連絡",
        "Purposes 8 and 10: pay, health insurance society, pension and social insurance offices",
        "給与システム",
        "人事部",
        (7, "y", "fiscal_year_end", "国税通則法第70条・所得税法（源泉徴収に関する帳簿書類7年）"),
    ),
    (
        "問い合わせ窓口記録（チケット・請求案件・事故）",
        "Inquiry-desk records (tickets, request cases, incidents)",
        "利用目的3・12: お問い合わせ、開示等の請求、漏えい等への対応",
        "Purposes 3 and 12: inquiries, data-subject requests and breaches",
        "Privacy Desk",
        "個人情報相談窓口",
        (3, "y", "case_closed", "当社方針（対応終了後3年）"),
    ),
)

UID_DOMAIN_KEY = "retention_ics_uid_domain"

# The app's own records: how long after closing, and what the purge does (anonymise keeps the statistics).
PURGE_RULES = (
    ("tickets", 3, "y", "anonymise", "当社方針（対応終了後3年）"),
    ("cases", 3, "y", "anonymise", "当社方針（対応終了後3年）"),
    ("incidents", 5, "y", "anonymise", "当社方針（対応終了後5年）"),
    ("junk_tickets", 30, "d", "delete", "当社方針（迷惑メール等は30日後に削除）"),
)


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "retention_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("name_en", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("purpose_en", sa.Text(), nullable=False),
        sa.Column("systems", sa.Text(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_categories")),
    )
    op.create_table(
        "retention_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("period_count", sa.Integer(), nullable=False),
        sa.Column("period_unit", sa.String(length=1), nullable=False),
        sa.Column("trigger", sa.String(length=30), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["retention_categories.id"],
            name=op.f("fk_retention_rules_category_id_retention_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_rules")),
        sa.UniqueConstraint("category_id", name=op.f("uq_retention_rules_category_id")),
    )
    op.create_table(
        "retention_holdings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=20), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("quantity", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("trigger_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("delete_from", sa.Date(), nullable=True),
        sa.Column("disposed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["retention_categories.id"],
            name=op.f("fk_retention_holdings_category_id_retention_categories"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_retention_holdings_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_holdings")),
        sa.UniqueConstraint("ref", name=op.f("uq_retention_holdings_ref")),
    )
    op.create_index("ix_retention_holdings_delete_from", "retention_holdings", ["delete_from"], unique=False)
    op.create_index("ix_retention_holdings_category_id", "retention_holdings", ["category_id"], unique=False)
    op.create_table(
        "retention_holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("holding_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_by_name", sa.String(length=200), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=False),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column("released_by_name", sa.String(length=200), nullable=False),
        sa.Column("release_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["users.id"], name=op.f("fk_retention_holds_decided_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["holding_id"],
            ["retention_holdings.id"],
            name=op.f("fk_retention_holds_holding_id_retention_holdings"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_holds")),
    )
    op.create_index(
        "ix_retention_holds_holding_id_released_on",
        "retention_holds",
        ["holding_id", "released_on"],
        unique=False,
    )
    op.create_index(op.f("ix_retention_holds_review_on"), "retention_holds", ["review_on"], unique=False)
    op.create_table(
        "retention_disposals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("holding_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("disposed_on", sa.Date(), nullable=False),
        sa.Column("disposed_by_id", sa.Integer(), nullable=True),
        sa.Column("disposed_by_name", sa.String(length=200), nullable=False),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_by_name", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("certificate_no", sa.String(length=20), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("category_name", sa.Text(), nullable=False),
        sa.Column("category_name_en", sa.Text(), nullable=False),
        sa.Column("category_systems", sa.Text(), nullable=False),
        sa.Column("category_owner", sa.Text(), nullable=False),
        sa.Column("company", sa.Text(), nullable=False),
        sa.Column("rule_period_count", sa.Integer(), nullable=True),
        sa.Column("rule_period_unit", sa.String(length=1), nullable=False),
        sa.Column("rule_trigger", sa.String(length=30), nullable=False),
        sa.Column("rule_legal_basis", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approved_by_id"], ["users.id"], name=op.f("fk_retention_disposals_approved_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["disposed_by_id"], ["users.id"], name=op.f("fk_retention_disposals_disposed_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["holding_id"],
            ["retention_holdings.id"],
            name=op.f("fk_retention_disposals_holding_id_retention_holdings"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_disposals")),
        sa.UniqueConstraint("certificate_no", name=op.f("uq_retention_disposals_certificate_no")),
        sa.UniqueConstraint("holding_id", name=op.f("uq_retention_disposals_holding_id")),
    )
    op.create_table(
        "retention_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("disposal_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("content_type", sa.String(length=200), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["disposal_id"],
            ["retention_disposals.id"],
            name=op.f("fk_retention_evidence_disposal_id_retention_disposals"),
        ),
        sa.ForeignKeyConstraint(
            ["sha256"], ["blobs.sha256"], name=op.f("fk_retention_evidence_sha256_blobs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_evidence")),
    )
    op.create_index(
        op.f("ix_retention_evidence_disposal_id"), "retention_evidence", ["disposal_id"], unique=False
    )
    op.create_index(op.f("ix_retention_evidence_sha256"), "retention_evidence", ["sha256"], unique=False)
    purge_rules = op.create_table(
        "retention_purge_rules",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("period_count", sa.Integer(), nullable=False),
        sa.Column("period_unit", sa.String(length=1), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_retention_purge_rules")),
    )
    op.create_table(
        "retention_record_holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_by_name", sa.String(length=200), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_record_holds")),
        sa.UniqueConstraint("kind", "record_id", name="uq_retention_record_holds_kind_record"),
    )
    op.create_table(
        "retention_purged",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=20), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("purged_by_name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_purged")),
    )
    op.create_index("ix_retention_purged_kind_ref", "retention_purged", ["kind", "ref"], unique=False)
    _seed(purge_rules)
    _uid_domain()


def _uid_domain() -> None:
    """The installation's own iCalendar UID domain, made once: the retention calendar's events keep
    their UIDs whatever the desk's addresses become (docs/ARCHITECTURE.md, Retention)."""
    settings = sa.table("settings", sa.column("key"), sa.column("value"), sa.column("updated_at"))
    domain = f"{uuid.uuid4().hex}.privacy-desk.invalid"  # RFC 6761: a name that is nobody's
    op.get_bind().execute(
        settings.insert().values(key=UID_DOMAIN_KEY, value=json.dumps(domain), updated_at=datetime.now(UTC))
    )


def _seed(purge_rules: sa.Table | None) -> None:
    now = datetime.now(UTC)
    bind = op.get_bind()
    categories = sa.table(
        "retention_categories",
        *(sa.column(name) for name in ("id", "name", "name_en", "purpose", "purpose_en", "systems", "owner")),
        sa.column("created_at"),
        sa.column("updated_at"),
        sa.column("version"),
    )
    rules = sa.table(
        "retention_rules",
        *(sa.column(name) for name in ("category_id", "period_count", "period_unit", "trigger")),
        sa.column("legal_basis"),
        sa.column("updated_at"),
    )
    for number, (name, name_en, purpose, purpose_en, systems, owner, rule) in enumerate(CATEGORIES, 1):
        bind.execute(
            categories.insert().values(
                id=number,
                name=name,
                name_en=name_en,
                purpose=purpose,
                purpose_en=purpose_en,
                systems=systems,
                owner=owner,
                created_at=now,
                updated_at=now,
                version=1,
            )
        )
        count, unit, trigger, basis = rule
        bind.execute(
            rules.insert().values(
                category_id=number,
                period_count=count,
                period_unit=unit,
                trigger=trigger,
                legal_basis=basis,
                updated_at=now,
            )
        )
    if bind.dialect.name == "postgresql":  # ids given above: move the sequence past them
        bind.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence('retention_categories', 'id'), "
                "(SELECT MAX(id) FROM retention_categories))"
            )
        )
    assert purge_rules is not None
    op.bulk_insert(
        purge_rules,
        [
            {
                "kind": kind,
                "period_count": count,
                "period_unit": unit,
                "action": action,
                "legal_basis": basis,
                "updated_at": now,
            }
            for kind, count, unit, action, basis in PURGE_RULES
        ],
    )


def downgrade() -> None:
    """Downgrade schema."""
    settings = sa.table("settings", sa.column("key"))
    op.get_bind().execute(settings.delete().where(settings.c.key == UID_DOMAIN_KEY))
    for table in (
        "retention_purged",
        "retention_record_holds",
        "retention_purge_rules",
        "retention_evidence",
        "retention_disposals",
        "retention_holds",
        "retention_holdings",
        "retention_rules",
        "retention_categories",
    ):
        op.drop_table(table)
