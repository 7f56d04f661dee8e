"""One way to run work (docs/ARCHITECTURE.md §6.5), in the spirit of Anki's QueryOp and CollectionOp.

A view asks its context's `work` for an operation, gives it a callable that receives the services, and
says what happens with the result:

    context.work.query(lambda services: services.tickets.get(ticket_id)) \\
        .success(self.show_ticket).fresh_for(self._ticket_token, renew=True).run(self)

- The services are taken when the operation starts; while the database is not open nothing runs (`run`
  returns False, and `.closed(callback)` says so when a page wants to): that case is handled here once.
- The callable runs on the worker (`Operations.run`); success and failure come back on the GUI thread.
  Failures go to the error box unless `.failure(callback)` takes them.
- `.fresh_for(token)`: a result that arrives once the token was renewed (the page shows something else)
  goes to `.late(callback)`, or nowhere. A `Staleness` token replaces the views' "generation" counters.
- `.progress(text)`: a determinate progress dialog whose Cancel the callable asks between steps; the
  callable then receives a `Progress` as well (`progress(done, total)`, `progress.cancelled()`).
- A write's callable returns `Changed(value, notices…)` (ui/hub.py): the value goes to `.success`, the
  notices to the hub, with the widget that ran it as their origin (the echo guard). On a database open
  for reading only (`services.db.read_only`) a write, or a form's bound OK, is refused before it starts
  with the translated ReadOnlyDatabase.

`bind(callable)` makes a function for a form's OK (FormDialog runs it through the operation helper):
the services are bound now and the callable gets them first. `page_loader(callable)` does the same for
a paged list model. `run(task, …)` is Operations.run with the notices forwarded, for FormDialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from privacy_desk.ui.hub import Changed

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from privacy_desk.services.container import Services
    from privacy_desk.ui.views import ViewContext

translate = QCoreApplication.translate


class Staleness:
    """What results are for (the case a page shows): `renew()` when that changes; a callback guarded
    now (`guard`) or an operation started now (`Op.fresh_for`) is late once it was renewed since."""

    def __init__(self) -> None:
        self._number = 0

    def renew(self) -> None:
        self._number += 1

    def stamp(self) -> Callable[[], bool]:
        """A check: True while the token was not renewed since this call."""
        number = self._number
        return lambda: number == self._number

    def guard(self, callback: Callable[..., None], late: Callable[..., None] | None = None):
        """`callback` while still fresh; `late` (or nothing) once renewed."""
        fresh = self.stamp()

        def call(*args) -> None:
            if fresh():
                callback(*args)
            elif late is not None:
                late(*args)

        return call


class Progress:
    """Handed to a callable that reports progress (on the worker): `progress(done, total)`, and
    `cancelled()` to ask between steps whether the user pressed Cancel (what is done stays done)."""

    def __init__(self, report: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
        self._report = report
        self.cancelled = cancelled

    def __call__(self, done: int, total: int) -> None:
        self._report(done, total)


class _ProgressRelay(QObject):
    """Carries progress(done, total) from the worker to the GUI thread (a queued signal)."""

    progressed = Signal(int, int)


def _database_not_open() -> Exception:
    from privacy_desk.errors import QT_TRANSLATE_NOOP, StorageError

    return StorageError(QT_TRANSLATE_NOOP("Errors", "The database is not open."))


def _read_only(services: Services) -> bool:
    """A database this desk may only read (ui/main_window.py shows the banner): writes are refused
    before they start, with the same translated reason everywhere."""
    # getattr: a dialog's tests hand in stand-in services without a database
    return bool(getattr(getattr(services, "db", None), "read_only", False))


def _refused_write() -> Exception:
    from privacy_desk.errors import read_only_database

    return read_only_database()


class Op:
    """One query or write; built by `Work.query` / `Work.write`, started by `run(parent)`."""

    def __init__(self, work: Work, call: Callable[..., Any], *, writes: bool = False) -> None:
        self._work = work
        self._call = call
        self._writes = writes
        self._on_success: Callable[[Any], None] = lambda _value: None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_late: Callable[[Any], None] | None = None
        self._on_closed: Callable[[], None] | None = None
        self._always: Callable[[], None] | None = None
        self._fresh: Callable[[], bool] = lambda: True
        self._progress: dict[str, Any] | None = None
        self._busy_text: str | None = None
        self.progress_dialog: QProgressDialog | None = None

    def success(self, callback: Callable[[Any], None]) -> Op:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op:
        self._on_failure = callback
        return self

    def ignore_failure(self) -> Op:
        """For reads whose failure the page can live with (a list's assignee choices)."""
        return self.failure(lambda _error: None)

    def late(self, callback: Callable[[Any], None]) -> Op:
        """What a result that arrives once the token was renewed does (instead of `success`)."""
        self._on_late = callback
        return self

    def closed(self, callback: Callable[[], None]) -> Op:
        """What happens when the database is not open (otherwise nothing)."""
        self._on_closed = callback
        return self

    def always(self, callback: Callable[[], None]) -> Op:
        """Runs first when the result arrives, whichever it is (e.g. enable a button again)."""
        self._always = callback
        return self

    def fresh_for(self, token: Staleness, *, renew: bool = False) -> Op:
        """Deliver only while `token` was not renewed since the start (`renew`: this operation makes every
        earlier one for the token late)."""
        if renew:
            token.renew()
        self._fresh = token.stamp()
        return self

    def busy(self, text: str) -> Op:
        """A busy dialog if the work takes longer than a moment (it cannot be cancelled)."""
        self._busy_text = text
        return self

    def progress(self, text: str, *, title: str = "", shown: bool = True) -> Op:
        """A determinate progress dialog with Cancel (`shown=False`: no dialog, e.g. a timed fetch); the
        callable receives a `Progress` after the services."""
        self._progress = {"text": text, "title": title, "shown": shown}
        return self

    def run(self, parent: QWidget | None = None) -> bool:
        """Start it; False when the database is not open (nothing ran)."""
        services = self._work.context.services
        if services is None:
            if self._on_closed is not None:
                self._on_closed()
            return False
        if self._writes and _read_only(services):
            self._delivered(self._always, self._failed(parent))(_refused_write())
            return True
        task: Callable[[], Any] = lambda: self._call(services)  # noqa: E731 - read in the worker
        finish = self._always
        if self._progress is not None:
            task, finish = self._with_progress(services, parent, self._progress)
        self._work.run(
            task,
            self._delivered(finish, self._on_success_or_late),
            self._delivered(finish, self._failed(parent)),
            progress=self._busy_text,
            parent=parent,
            origin=parent,
        )
        return True

    def _on_success_or_late(self, value: Any) -> None:
        if self._fresh():
            self._on_success(value)
        elif self._on_late is not None:
            self._on_late(value)

    def _failed(self, parent: QWidget | None) -> Callable[[BaseException], None]:
        def failed(error: BaseException) -> None:
            if not self._fresh():
                return  # about something the page no longer shows
            if self._on_failure is not None:
                self._on_failure(error)
            else:
                from privacy_desk.ui.errors import show_exception

                show_exception(error, parent)

        return failed

    @staticmethod
    def _delivered(first: Callable[[], None] | None, then: Callable[[Any], None]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            if first is not None:
                first()
            then(value)

        return deliver

    def _with_progress(
        self, services: Services, parent: QWidget | None, options: dict[str, Any]
    ) -> tuple[Callable[[], Any], Callable[[], None]]:
        # Qt's enums and the dialog load here, not at start-up: this module loads before the first paint.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        cancelled = threading.Event()
        relay = _ProgressRelay(parent)
        dialog: QProgressDialog | None = None
        if options["shown"]:
            dialog = QProgressDialog(options["text"], translate("Operations", "Cancel"), 0, 0, parent)
            dialog.setWindowTitle(options["title"] or (parent.window().windowTitle() if parent else ""))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(cancelled.set)

            def show_progress(done: int, total: int, dialog: QProgressDialog = dialog) -> None:
                dialog.setMaximum(max(total, 1))
                dialog.setValue(done)

            relay.progressed.connect(show_progress)
            dialog.show()
        self.progress_dialog = dialog
        progress = Progress(relay.progressed.emit, cancelled.is_set)
        always = self._always

        def finish() -> None:
            relay.deleteLater()
            if dialog is not None:
                dialog.close()
                dialog.deleteLater()
            self.progress_dialog = None
            if always is not None:
                always()

        return (lambda: self._call(services, progress)), finish


class Work:
    """The operation builder of one ViewContext (`context.work`); it reads the context's operation
    helper and services each time, so a test may replace either."""

    def __init__(self, context: ViewContext) -> None:
        self.context = context

    @classmethod
    def inline(cls, services: Any) -> Work:
        """For a dialog made on its own (a test): its work runs at once, its notices reach no view."""
        from privacy_desk.ui.hub import ChangeHub
        from privacy_desk.ui.operations import Operations
        from privacy_desk.ui.views import ViewContext

        return ViewContext(ChangeHub(), Operations(synchronous=True), services=services).work

    def query(self, call: Callable[..., Any]) -> Op:
        return Op(self, call)

    def write(self, call: Callable[..., Any]) -> Op:
        """A write: its callable returns `Changed(value, notices…)` for the other views (or a value). On a
        read-only database it does not run: its failure (the error box by default) says why."""
        return Op(self, call, writes=True)

    def bind(self, call: Callable[..., Any]) -> Callable[..., Any]:
        """`call` with the services bound now, for a form's OK: `bound(*args)` runs `call(services,
        *args)` (on the worker, through FormDialog); with the database closed it raises its error."""
        services = self.context.services

        def bound(*args: Any) -> Any:
            if services is None:
                raise _database_not_open()
            if _read_only(services):  # a form's OK changes something: refused before it starts
                raise _refused_write()
            return call(services, *args)

        return bound

    def page_loader(self, read: Callable[..., Any]) -> Callable[[Any, int, int], Any]:
        """A PagedTableModel's loader: `loader(query, offset, limit)` runs `read(services, query, offset,
        limit)` on the worker with the services open then."""

        def load(query: Any, offset: int, limit: int) -> Any:
            services = self.context.services
            if services is None:
                raise _database_not_open()
            return read(services, query, offset, limit)

        return load

    def run(
        self,
        task: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        progress: str | None = None,
        parent: QWidget | None = None,
        origin: QObject | None = None,
    ) -> None:
        """Operations.run, and a `Changed` result's notices sent to the hub (from `origin`, or `parent`)
        once its value went to `on_success`: the widget that made the change has applied it before the
        others hear of it (e.g. the signed-in user's new role)."""
        hub = self.context.hub

        def succeeded(value: Any) -> None:
            if not isinstance(value, Changed):
                on_success(value)
                return
            on_success(value.value)
            hub.announce(value.notices, origin if origin is not None else parent)

        self.context.operations.run(task, succeeded, on_failure, progress=progress, parent=parent)
