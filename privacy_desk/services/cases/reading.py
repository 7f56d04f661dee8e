"""Reading request cases: the list, one case, its moves, files and report (CaseService's reads)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from os import PathLike
from typing import TYPE_CHECKING, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from privacy_desk.domain.cases import CaseState, allowed_transitions
from privacy_desk.domain.requests import FEE_ALLOWED_TYPES, RequestType
from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, PrivacyDeskError
from privacy_desk.services.cases import files as case_files
from privacy_desk.services.cases import queries as cases_queries
from privacy_desk.services.cases import work as cases_work
from privacy_desk.services.cases.intake import CaseDetails
from privacy_desk.services.cases.records import (
    CaseAttachmentRow,
    CaseDetail,
    CaseFilter,
    CaseListRow,
    CasePage,
    CaseSort,
)
from privacy_desk.services.cases.store import (
    CasePolicy,
    get_case,
    load_policy,
    normalize_case_ref,
)
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.storage.engine import Database
from privacy_desk.storage.models import Blob, Case, User

if TYPE_CHECKING:
    from privacy_desk.reports.data import CaseReportData

ALL_CASES = CaseFilter()
NO_DETAILS = CaseDetails()


@dataclass(frozen=True)
class MoveOption:
    """A status the case could move to; `reason` (an error to show, translated by the GUI) when it may
    not move there yet."""

    target: CaseState
    reason: PrivacyDeskError | None = None

    @property
    def allowed(self) -> bool:
        return self.reason is None


@dataclass(frozen=True)
class CaseAttachmentData:
    attachment: CaseAttachmentRow
    data: bytes


class CaseReads:
    """The reads of CaseService: one transaction each, plain data out."""

    def __init__(self, db: Database, settings: OfficeSettingsService) -> None:
        self._db = db
        self._settings = settings

    def policy(self) -> CasePolicy:
        """The office's case policy, read in a transaction of its own (for reads; a write builds it from
        its unit of work's settings)."""
        return load_policy(self._settings.values())

    def identity_documents(self) -> tuple[str, ...]:
        """The documents the office accepts (office setting), in its order: what the GUI offers."""
        return self.policy().identity_documents

    def fee_yen(self) -> int:
        return self.policy().fee_yen

    # -- reading ----------------------------------------------------------------------------------

    def page(
        self,
        filters: CaseFilter = ALL_CASES,
        *,
        offset: int = 0,
        limit: int = 100,
        sort: CaseSort = CaseSort.DUE,
        descending: bool = False,
        after: CaseListRow | None = None,
    ) -> CasePage:
        """One page of the Requests list and the number of cases the filter selects (counted with the
        first page only); `after`, the last row of the page before: the next page by keyset."""
        policy = self.policy()
        with self._db.transaction() as session:
            return cases_queries.page(
                session,
                filters,
                policy=policy,
                today=policy.today(),
                offset=offset,
                limit=limit,
                sort=sort,
                descending=descending,
                after=after,
            )

    def case_ids(
        self, filters: CaseFilter = ALL_CASES, *, sort: CaseSort = CaseSort.DUE, descending: bool = False
    ) -> list[int]:
        policy = self.policy()
        with self._db.transaction() as session:
            return cases_queries.case_ids(
                session, filters, policy=policy, today=policy.today(), sort=sort, descending=descending
            )

    def rows(self, ids: Sequence[int]) -> list[CaseListRow]:
        """Fresh rows of these cases in the given order (for an id-backed model's cache)."""
        policy = self.policy()
        with self._db.transaction() as session:
            return cases_queries.rows_by_id(session, list(ids), policy=policy, today=policy.today())

    def get(self, case_id: int) -> CaseDetail:
        policy = self.policy()
        with self._db.transaction() as session:
            return cases_queries.detail(
                session, get_case(session, case_id), policy=policy, today=policy.today()
            )

    def id_of(self, ref: str) -> int:
        ref = normalize_case_ref(ref)
        with self._db.transaction() as session:
            case_id = session.scalar(select(Case.id).where(Case.ref == ref))
        if case_id is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No request case {ref}."), ref=ref)
        return case_id

    def get_by_ref(self, ref: str) -> CaseDetail:
        return self.get(self.id_of(ref))

    def cases_for_ticket(self, ticket_id: int) -> list[CaseListRow]:
        """The cases converted from this ticket (the ticket's side of the link)."""
        return self.rows(self.case_ids(CaseFilter(ticket_id=ticket_id), sort=CaseSort.REF))

    def moves(self, case_id: int) -> list[MoveOption]:
        """Every status the state machine offers from here, each with the reason it is not allowed yet
        (identity, My Number masking, fee, decision, approval), for buttons shown disabled with a tip."""
        with self._db.transaction() as session:
            case = get_case(session, case_id)
            state = CaseState(case.state)
            options = []
            targets = allowed_transitions(
                state, fee_applies=RequestType(case.request_type) in FEE_ALLOWED_TYPES
            )
            for target in sorted(targets, key=list(CaseState).index):
                try:
                    cases_work.check_move(session, case, target)
                except InvalidInput as error:
                    options.append(MoveOption(target, error))
                else:
                    options.append(MoveOption(target))
            return options

    def attachment(self, attachment_id: int) -> CaseAttachmentData:
        with self._db.transaction() as session:
            a = case_files.get_attachment(session, attachment_id)
            blob = session.get(Blob, a.sha256)
            row = CaseAttachmentRow(
                a.id,
                a.filename,
                a.content_type,
                a.size,
                a.sha256,
                a.identity_document,
                a.shows_my_number,
                user_name(session, a.masked_confirmed_by_id) or None,
                a.masked_confirmed_at,
                user_name(session, a.added_by_id) or None,
                a.added_at,
            )
            return CaseAttachmentData(row, blob.data if blob is not None else b"")

    # -- the case report --------------------------------------------------------------------------

    def report_data(
        self, case_id: int, lang: str, translate: Callable[..., str] | None = None
    ) -> CaseReportData:
        """The case report's contents in `lang` ("ja" or "en"), e.g. for a preview."""
        from privacy_desk.services.cases import report as cases_report

        return cases_report.report_data(
            self.get(case_id), lang=lang, office_tz=self.policy().office_tz, translate=translate
        )

    def write_report(self, case_id: int, out: str | PathLike[str] | BinaryIO, lang: str) -> None:
        """Render the case report PDF to a path (written whole or not at all) or a binary stream."""
        from privacy_desk.services.cases import report as cases_report

        cases_report.render(self.report_data(case_id, lang), out, lang=lang)


def user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.display_name if user else ""
