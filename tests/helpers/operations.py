"""An operation helper whose work answers when the test says, as a worker thread answers later."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from privacy_desk.ui.operations import FailureCallback, Operations, SuccessCallback


class ManualOperations(Operations):
    """Keeps every task it is given in `queue` until the test runs it: `flush()` runs the oldest (or the
    one at `index`) and hands its result or error to its callbacks, `flush_all()` runs them all, also the
    tasks their callbacks start. A task without `on_failure` raises its error into the test."""

    def __init__(self) -> None:
        super().__init__(synchronous=True)
        self.queue: list[tuple[Callable[[], Any], SuccessCallback, FailureCallback | None]] = []

    def run(
        self,
        task: Callable[[], Any],
        on_success: SuccessCallback,
        on_failure: FailureCallback | None = None,
        *,
        progress: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.queue.append((task, on_success, on_failure))

    def flush(self, index: int = 0) -> None:
        task, on_success, on_failure = self.queue.pop(index)
        try:
            value = task()
        except Exception as error:
            if on_failure is None:
                raise
            on_failure(error)
        else:
            on_success(value)

    def flush_all(self) -> None:
        while self.queue:
            self.flush(0)
