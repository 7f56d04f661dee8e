"""Case report: render a 100-event case to PDF (Japanese, embedded font subset) against the 1 s budget.

Five renders in this process; the first also registers the font (a report printed from the GUI or the
CLI pays that once). Prints the median, the first render and the ratio of the median to the budget.
"""

from __future__ import annotations

import io
import statistics
import time
from datetime import UTC, date, datetime, timedelta

from privacy_desk.domain.cases import CaseState, Decision, DeliveryMethod, RefusalGround, RequesterKind
from privacy_desk.domain.requests import RequestType
from privacy_desk.reports.case_report import render_case_report
from privacy_desk.reports.data import (
    CaseReportData,
    DecisionData,
    FeeData,
    IdentityCheckData,
    TimelineEvent,
)

RUNS = 5
EVENTS = 100
BUDGET_S = 1.0

TEXTS = (
    "請求書を受領（郵送）",
    "本人確認書類の提出を依頼（期限の進行を停止）",
    "運転免許証の写しを受領し、本人確認を完了",
    "手数料の納付を確認",
    "顧客管理システム及びメール配信システムで保有個人データを照会し、該当する記録を抽出した。"
    "抽出結果には第三者の氏名を含む問い合わせ記録が含まれるため、課長と対応を協議する。",
    "決定案を課長に回付",
)


def case(events: int = EVENTS) -> CaseReportData:
    start = datetime(2026, 4, 1, 0, 30, tzinfo=UTC)
    return CaseReportData(
        ref="REQ-2026-0100",
        request_type=RequestType.DISCLOSURE,
        state=CaseState.DECISION,
        requester_name="山田 太郎",
        requester_kana="ヤマダ タロウ",
        requester_kind=RequesterKind.APPOINTED_AGENT,
        agent_name="田中 一郎",
        received_on=date(2026, 4, 1),
        due=date(2026, 4, 17),
        paused_days=2,
        lawsuit_possible_from=date(2026, 4, 16),
        requested_items="保有個人データの全部",
        delivery_method=DeliveryMethod.ELECTRONIC,
        identity=IdentityCheckData(
            checked_by="佐藤 花子",
            checked_at=start + timedelta(days=2),
            documents=("運転免許証（写し）", "委任状"),
            my_number_shown=True,
            my_number_masked=True,
        ),
        fee=FeeData(amount=1000, paid_on=date(2026, 4, 6)),
        decision=DecisionData(
            decision=Decision.PARTIAL,
            ground=RefusalGround.HARM_TO_PERSON_OR_THIRD_PARTY,
            explanation="第三者の情報を含む部分を除いて開示します。",
            decided_by="佐藤 花子",
            decided_on=date(2026, 4, 14),
            approved_by="高橋 健",
            approved_at=start + timedelta(days=14),
        ),
        timeline=tuple(
            TimelineEvent(
                start + timedelta(hours=5 * i), ("佐藤 花子", "鈴木 一郎")[i % 2], TEXTS[i % len(TEXTS)]
            )
            for i in range(events)
        ),
        printed_at=start + timedelta(days=20),
    )


def service_path(events: int = EVENTS) -> tuple[float, float]:
    """Median seconds of building the report data from the database (a case with `events` timeline
    entries, on SQLite) and of build + render, as `privacy-desk report case` does."""
    import os
    import tempfile

    from privacy_desk.domain.roles import Role
    from privacy_desk.services.cases.service import CaseDetails, NewCase
    from privacy_desk.services.container import open_services
    from privacy_desk.services.persons.service import PersonData

    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("PRIVACY_DESK_HOME", folder)
        services = open_services(f"sqlite:///{folder}/bench.sqlite3", login="bench")
        try:
            services.users.add(services.actor, "clerk", "佐藤 花子", Role.DESK)
            clerk = services.users.sign_in("clerk")
            person = services.persons.create(clerk, PersonData("山田 太郎", "ヤマダ タロウ"))
            cases = services.cases
            received = cases.policy().today() - timedelta(days=10)
            detail = cases.create(clerk, NewCase(RequestType.DISCLOSURE, person.id, received, CaseDetails()))
            for i in range(events - 1):
                cases.add_note(clerk, detail.row.id, TEXTS[i % len(TEXTS)])
            builds, totals = [], []
            for _ in range(RUNS):
                began = time.perf_counter()
                cases.report_data(detail.row.id, "ja")
                builds.append(time.perf_counter() - began)
                began = time.perf_counter()
                cases.write_report(detail.row.id, io.BytesIO(), "ja")
                totals.append(time.perf_counter() - began)
        finally:
            services.close()
    return statistics.median(builds), statistics.median(totals)


def main() -> dict[str, float]:
    data = case()
    times = []
    for _ in range(RUNS):
        out = io.BytesIO()
        began = time.perf_counter()
        render_case_report(data, out, lang="ja")
        times.append(time.perf_counter() - began)
    result = {"median_s": statistics.median(times), "first_s": times[0], "budget_s": BUDGET_S}
    result["ratio"] = result["median_s"] / BUDGET_S
    result["service_build_s"], result["service_total_s"] = service_path()
    print(
        f"case report ({EVENTS} events, ja): median {result['median_s']:.3f} s, "
        f"first {result['first_s']:.3f} s, ratio {result['ratio']:.2f} of the {BUDGET_S:.0f} s budget "
        f"(target ≤ 1.0; median of {RUNS})"
    )
    print(
        f"case report from the database ({EVENTS} events, ja, SQLite): "
        f"build {result['service_build_s']:.3f} s, "
        f"build + render {result['service_total_s']:.3f} s, ratio {result['service_total_s'] / BUDGET_S:.2f} "
        f"of the {BUDGET_S:.0f} s budget"
    )
    return result


if __name__ == "__main__":
    main()
