"""Slow work off the GUI thread (docs/ARCHITECTURE.md §6.5): the runner under the operation builder.

Views and forms do not call it directly: they build an operation with `context.work` (ui/work.py), which
hands the services to its callable, drops late results and forwards change notices, and runs it here.
`Operations.run(task, on_success, on_failure)` runs `task()` on `QThreadPool.globalInstance()` and calls
`on_success(result)` or `on_failure(exception)` back on the GUI thread, through a queued signal. The
task is plain Python (a service call): it never touches a widget. With `progress=` a busy dialog
appears if the task takes longer than a moment, so quick queries never flash one.

Tests build `Operations(synchronous=True)`: the task and its callback run inline, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]

PROGRESS_DELAY_MS = 400


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits `finished`, Qt queues the call to `_deliver`."""

    finished = Signal(bool, object)

    def __init__(self, owner: Operations, on_success: SuccessCallback, on_failure: FailureCallback) -> None:
        super().__init__(owner)
        self._owner = owner
        self._on_success = on_success
        self._on_failure = on_failure
        self.progress: QProgressDialog | None = None
        self.progress_timer: QTimer | None = None
        # Emitted on a worker thread, received by an object of the GUI thread: Qt queues the call.
        self.finished.connect(self._deliver)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        self._owner._finish(self)
        if ok:
            self._on_success(value)
        else:
            self._on_failure(value)  # type: ignore[arg-type]


class _Task(QRunnable):
    def __init__(self, task: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._task = task
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._task()
        except Exception as exc:  # handed to on_failure on the GUI thread, traceback kept
            self._relay.finished.emit(False, exc)
        else:
            self._relay.finished.emit(True, result)


class Operations(QObject):
    """The one way the GUI runs slow work. `on_failure` defaults to the error dialog of `ui.errors`."""

    #: Emitted on the GUI thread when the last running task has delivered its result.
    did_become_idle = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        synchronous: bool = False,
        pool: QThreadPool | None = None,
        progress_delay_ms: int = PROGRESS_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = pool
        self._progress_delay_ms = progress_delay_ms
        self._running: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(
        self,
        task: Callable[[], Any],
        on_success: SuccessCallback,
        on_failure: FailureCallback | None = None,
        *,
        progress: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Run `task()` and hand its result (or exception) to the callbacks on the GUI thread."""
        failure = on_failure or _default_failure(parent)
        if self.synchronous:
            try:
                result = task()
            except Exception as exc:
                failure(exc)
            else:
                on_success(result)
            return
        relay = _Relay(self, on_success, failure)
        self._running.add(relay)
        if progress:
            self._schedule_progress(relay, progress, parent)
        (self._pool or QThreadPool.globalInstance()).start(_Task(task, relay))

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the workers are done (used at exit, so no task outlives the interpreter)."""
        return (self._pool or QThreadPool.globalInstance()).waitForDone(msecs)

    def _schedule_progress(self, relay: _Relay, text: str, parent: QWidget | None) -> None:
        def show() -> None:
            if relay not in self._running:
                return
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QProgressDialog

            dialog = QProgressDialog(text, "", 0, 0, parent)
            dialog.setCancelButton(None)  # a running service call cannot be interrupted safely
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setWindowTitle(parent.window().windowTitle() if parent else text)
            dialog.show()
            relay.progress = dialog

        timer = QTimer(relay)
        timer.setSingleShot(True)
        timer.timeout.connect(show)
        timer.start(self._progress_delay_ms)
        relay.progress_timer = timer

    def _finish(self, relay: _Relay) -> None:
        self._running.discard(relay)
        if relay.progress_timer is not None:
            relay.progress_timer.stop()
        if relay.progress is not None:
            relay.progress.close()
            relay.progress.deleteLater()
        relay.deleteLater()
        if not self._running:
            self.did_become_idle.emit()


def _default_failure(parent: QWidget | None) -> FailureCallback:
    def show(exc: BaseException) -> None:
        from privacy_desk.ui.errors import show_exception

        show_exception(exc, parent)

    return show
