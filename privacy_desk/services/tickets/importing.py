"""Mail in: files (.eml .msg .mbox, folders) and raw bytes from the IMAP fetch become tickets.

Every message is all or nothing: an import stopped half-way (a crash, a cancel, a power cut) leaves each
message either fully in or not at all, and running it again adds what is missing. A Message-ID is
stored once, so importing the same mail twice adds nothing the second time. A file that cannot be read
is reported by name with the reason, and the import goes on.

Files are imported a batch at a time (`tickets_import_batch`): messages are parsed with no transaction
open, then one short transaction stores a batch of them: optimistically first, its messages, attachments
and blobs in one bulk insert each at its end; when a message fails (or the bulk insert), the batch is
stored again with each message in a savepoint of its own, so a message that fails is taken back alone
and the others of its batch still go in (`import_batch`, `import_rows`). A commit per message cost more
than storing the message. The batch is short, and the lock let go while the next one is parsed, so that
other desks writing at the same time (who wait for SQLite's write lock, or for the year's ticket counter
on PostgreSQL) wait a fraction of a second at most. A single message (the IMAP fetch, `import_raw`) is
parsed first and then has a transaction of its own.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from os import PathLike
from pathlib import Path
from typing import TYPE_CHECKING

from privacy_desk.domain.roles import Permission
from privacy_desk.errors import StorageError
from privacy_desk.services.core.actor import Actor
from privacy_desk.services.core.writing import writing
from privacy_desk.services.settings import OfficeSettingsService
from privacy_desk.services.tickets.import_batch import (
    Batch,
    connection_lost,
    indexed_length,
    parsed_ahead,
    reason,
    worth_retrying,
)
from privacy_desk.services.tickets.import_message import store_parsed
from privacy_desk.services.tickets.import_results import ImportOutcome, ImportResult, ImportSummary
from privacy_desk.services.tickets.policy import load_policy
from privacy_desk.storage import search
from privacy_desk.storage.engine import Database

if TYPE_CHECKING:
    from privacy_desk.intake.messages import ParsedMessage
    from privacy_desk.intake.sources import SourceItem

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

ATTEMPTS = 5


def count_messages(paths: Iterable[str]) -> int:
    """About how many messages the files and folders hold, read at disk speed without parsing: one
    per .eml or .msg file, the From_ lines of an mbox."""
    from privacy_desk.intake.sources import MAIL_SUFFIXES

    total = 0
    for path in map(Path, paths):
        if path.is_dir():
            files = [
                Path(root) / name
                for root, _, names in os.walk(path)
                for name in names
                if not name.startswith(".") and name.lower().endswith(MAIL_SUFFIXES)
            ]
        else:
            files = [path]
        total += sum(_messages_in(file) for file in files)
    return total


def _messages_in(path: Path) -> int:
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would wait for a writer: not opened
            return 1
        with path.open("rb") as file:
            head = file.read(5)
            if path.suffix.lower() != ".mbox" and head != b"From ":
                return 1
            count, tail = 1 if head == b"From " else 0, b""
            while chunk := file.read(1 << 20):
                data = tail + chunk
                count += data.count(b"\nFrom ")
                tail = data[-5:]
            return max(count, 1)
    except OSError:
        return 1


# A larger import changes the tables enough that the planners' statistics (ANALYZE) are worth renewing:
# a fraction of a second on SQLite (bounded), a VACUUM (ANALYZE) of the searched tables on PostgreSQL.
OPTIMIZE_AFTER = 1_000


class TicketImportService:
    def __init__(self, db: Database, settings: OfficeSettingsService) -> None:
        self._db = db
        self._settings = settings

    # -- entry points --------------------------------------------------------------------------------

    def import_paths(
        self,
        actor: Actor,
        paths: Iterable[str | PathLike[str]],
        *,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportSummary:
        """Import files and folders. `progress(done, total)` after each message: `total` is counted
        from the files before the import (quickly, without parsing) and grows if a file holds more than
        counted; `cancel()` is asked between messages and stops cleanly: what is in stays in, and a
        later run adds the rest. Messages become visible to other sessions batch by batch (within
        BATCH_SECONDS of being reported done)."""
        from privacy_desk.intake.sources import iter_sources

        actor.require(Permission.WORK_CASES)
        sources = [str(p) for p in paths]
        total = count_messages(sources) if progress else 0
        return self._import_items(actor, iter_sources(sources), total, progress, cancel)

    def import_raw_many(self, actor: Actor, messages: Iterable[tuple[bytes, str]]) -> ImportSummary:
        """Messages given as bytes with their origin, stored in batches as files are (the demo's
        hundred thousand mails): a transaction per batch, not per message."""
        from privacy_desk.intake.parse import parse_message
        from privacy_desk.intake.sources import SourceItem

        actor.require(Permission.WORK_CASES)
        items = (SourceItem(origin, raw, parse_message(raw)) for raw, origin in messages)
        return self._import_items(actor, items, 0, None, None)

    def _import_items(
        self,
        actor: Actor,
        items: Iterable[SourceItem],
        total: int,
        progress: Progress | None,
        cancel: Cancel | None,
    ) -> ImportSummary:
        summary = ImportSummary()
        if progress:
            progress(0, total)
        batch, done = Batch(self._db, actor, summary), 0
        try:
            # Parsed a chunk at a time, between the batches' transactions: no lock held meanwhile.
            for chunk in parsed_ahead(items):
                batch.expect([item.parsed for item in chunk if item.error is None and item.parsed])
                for item in chunk:
                    if cancel is not None and cancel():
                        summary.cancelled = True
                        break
                    self._import_item(batch, item)
                    done += 1
                    if progress:
                        total = max(total, done)
                        progress(done, total)
                batch.commit()
                if summary.cancelled:
                    break
        finally:
            batch.close()  # after an error or an interrupt: commit what was complete, drop the rest
        if summary.imported >= OPTIMIZE_AFTER:
            search.optimize(self._db.engine)  # the planners' statistics, for the lists' and search's plans
        return summary

    def _import_item(self, batch: Batch, item: SourceItem) -> None:
        if item.error is not None or item.parsed is None:
            batch.summary.failed.append((item.origin, item.error or "unreadable"))
        else:
            try:
                batch.store(item.parsed, item.origin)
                batch.indexed += indexed_length(item)
            except StorageError as error:
                if connection_lost(error):
                    raise
                batch.summary.failed.append((item.origin, reason(error)))
        if batch.due():
            batch.commit()

    def import_raw(self, actor: Actor, raw: bytes, origin: str) -> bool:
        """Store one message given as bytes (the IMAP fetch's sink). True when it was new."""
        return self.import_raw_result(actor, raw, origin).outcome is not ImportOutcome.DUPLICATE

    def import_raw_result(self, actor: Actor, raw: bytes, origin: str) -> ImportResult:
        """Store one message given as bytes; what became of it."""
        from privacy_desk.intake.parse import parse_message

        actor.require(Permission.WORK_CASES)
        return self.import_parsed(actor, parse_message(raw), origin)

    def import_parsed(self, actor: Actor, parsed: ParsedMessage, origin: str) -> ImportResult:
        """Store one parsed message in its own transaction, threading it into its ticket."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return self._import(actor, parsed, origin)
            except StorageError as error:
                # Another desk stored the same Message-ID (or blob) at the same moment, or SQLite
                # refused a second writer (its lock is not waited for once a transaction has read):
                # once more, and it is a duplicate or goes in cleanly.
                if attempt == ATTEMPTS or not worth_retrying(error):
                    raise
        raise AssertionError("unreachable")

    # -- one message ---------------------------------------------------------------------------------

    def _import(self, actor: Actor, parsed: ParsedMessage, origin: str) -> ImportResult:
        with writing(self._db, actor) as work:
            return store_parsed(work, parsed, origin, load_policy(work.settings()))
