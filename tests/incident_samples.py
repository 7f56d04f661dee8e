"""Incidents as tests make them: facts with every field, overridable, and an incident opened through
the service (the view's and the reports' tests may use it too)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from privacy_desk.domain.incidents import Assessment, Destination, IncidentKind
from privacy_desk.services.incidents import IncidentDetail, IncidentFacts, NewIncident

TOKYO = ZoneInfo("Asia/Tokyo")


def facts(**overrides: Any) -> IncidentFacts:
    base = IncidentFacts(
        title="会員情報の漏えいのおそれ",
        kind=IncidentKind.LEAK,
        suspected=True,
        occurred_at=None,
        discovered_at=None,
        aware_at=datetime.now(UTC) - timedelta(days=1),
        reported_by="情報システム部",
        summary="会員サイトへの不正アクセスが検知された。",
        data_items="氏名、メールアドレス",
        cause="調査中",
        secondary_damage="",
        response_to_persons="",
        public_announcement="",
        prevention="",
        other="",
        systems="会員サイト",
        contractors="",
        as_contractor=False,
        commissioning_company="",
        destination=Destination.PPC,
        destination_name="",
    )
    return replace(base, **overrides)


def make_incident(
    services: Any, actor: Any = None, assessment: Assessment | None = None, **fact_overrides: Any
) -> IncidentDetail:
    return services.incidents.create(
        actor or services.actor, NewIncident(facts(**fact_overrides), assessment or Assessment())
    )
