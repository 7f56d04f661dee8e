"""Reading the shared mailbox over a read-only connection: new UIDs, their sizes, and the messages
fetched with `BODY.PEEK[]` in batches bounded by count and bytes (so nothing is marked read)."""

from __future__ import annotations

import re
import ssl
from collections.abc import Iterable, Iterator, Sequence

from privacy_desk.intake.imap import DEFAULT_TIMEOUT, ImapAccount
from privacy_desk.intake.imap_connection import ImapConnection

__all__ = ["BATCH_BYTES", "BATCH_COUNT", "ImapMailbox", "batches", "uid_set"]


# Bound the memory one FETCH may take: messages are fetched in batches of at most this many bytes
# (by RFC822.SIZE) or BATCH_COUNT messages, whichever is reached first; a bigger message goes alone.
BATCH_BYTES = 16 * 1024 * 1024
BATCH_COUNT = 50
SIZES_CHUNK = 1000


def uid_set(uids: Iterable[int]) -> str:
    """Compress sorted UIDs into an IMAP sequence set: [1, 2, 3, 7] → '1:3,7'."""
    ranges: list[str] = []
    start = previous = None
    for uid in sorted(set(uids)):
        if previous is not None and uid == previous + 1:
            previous = uid
            continue
        if start is not None:
            ranges.append(str(start) if start == previous else f"{start}:{previous}")
        start = previous = uid
    if start is not None:
        ranges.append(str(start) if start == previous else f"{start}:{previous}")
    return ",".join(ranges)


def batches(sizes: dict[int, int], *, max_bytes: int = BATCH_BYTES, max_count: int = BATCH_COUNT):
    """Group UIDs in ascending order into fetch batches bounded by total size and count."""
    batch: list[int] = []
    total = 0
    for uid in sorted(sizes):
        size = sizes[uid]
        if batch and (total + size > max_bytes or len(batch) >= max_count):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += size
    if batch:
        yield batch


_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")


class ImapMailbox(ImapConnection):
    """One connection to one folder, opened read-only. Use as a context manager:

    with ImapMailbox(account, password) as box:
        for uid, raw in box.fetch(box.uids_from(last_uid + 1)):
            ...
    """

    def __init__(
        self,
        account: ImapAccount,
        password: str,
        *,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        batch_bytes: int = BATCH_BYTES,
        batch_count: int = BATCH_COUNT,
    ) -> None:
        super().__init__(account, password, ssl_context=ssl_context, timeout=timeout)
        self.batch_bytes = batch_bytes
        self.batch_count = batch_count

    def uids_from(self, first_uid: int) -> list[int]:
        """UIDs ≥ first_uid, ascending. (`n:*` always matches the highest UID, so it is filtered.)"""
        first_uid = max(1, first_uid)
        data = self._uid("SEARCH", f"UID {first_uid}:*")
        uids = {int(token) for line in data if line for token in line.split()}
        return sorted(uid for uid in uids if uid >= first_uid)

    def sizes(self, uids: Sequence[int]) -> dict[int, int]:
        """RFC822.SIZE of each UID that still exists (a message expunged meanwhile is left out)."""
        result: dict[int, int] = {}
        ordered = sorted(set(uids))
        for start in range(0, len(ordered), SIZES_CHUNK):
            chunk = ordered[start : start + SIZES_CHUNK]
            for item in self._uid("FETCH", uid_set(chunk), "(UID RFC822.SIZE)"):
                line = item[0] if isinstance(item, tuple) else item
                if not isinstance(line, bytes):
                    continue
                uid, size = _UID.search(line), _SIZE.search(line)
                if uid and size:
                    result[int(uid.group(1))] = int(size.group(1))
        wanted = set(ordered)
        return {uid: size for uid, size in result.items() if uid in wanted}

    def fetch_batch(self, uids: Sequence[int]) -> dict[int, bytes]:
        """The raw bytes of these messages, by UID, without setting \\Seen (BODY.PEEK)."""
        if not uids:
            return {}
        data = self._uid("FETCH", uid_set(uids), "(UID BODY.PEEK[])")
        wanted = set(uids)
        result: dict[int, bytes] = {}
        for index, item in enumerate(data):
            if not isinstance(item, tuple) or len(item) != 2:
                continue
            header, body = item
            found = _UID.search(header)
            if found is None and index + 1 < len(data) and isinstance(data[index + 1], bytes):
                found = _UID.search(data[index + 1])  # "BODY[] {n} ... UID 7)" order
            if found is not None and int(found.group(1)) in wanted:
                result[int(found.group(1))] = bytes(body)
        return result

    def fetch(self, uids: Sequence[int] | dict[int, int]) -> Iterator[tuple[int, bytes | None]]:
        """(uid, raw bytes) in ascending UID order, fetched in memory-bounded batches. Pass the
        `sizes()` of the UIDs when already known. The bytes are None when the server sent nothing
        for a UID (deleted meanwhile, or a server hiccup): the caller decides whether to try again."""
        sizes = uids if isinstance(uids, dict) else self.sizes(uids)
        for batch in batches(sizes, max_bytes=self.batch_bytes, max_count=self.batch_count):
            found = self.fetch_batch(batch)
            for uid in batch:
                yield uid, found.get(uid)
