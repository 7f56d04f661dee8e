"""Opening the database for the GUI: on a worker thread, after the window is shown.

`open_services` imports SQLAlchemy (a quarter of a second) and may upgrade the schema, so it never runs
before the first paint or on the GUI thread. The session tells the hub when the services exist
(`services_did_open`) or go away (`services_did_close`) and says why opening failed (`did_fail`).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QObject, Signal

from privacy_desk.errors import QT_TRANSLATE_NOOP, DatabaseMissing
from privacy_desk.ui.views import ViewContext

if TYPE_CHECKING:
    from privacy_desk.services.container import Services


class SessionState(Enum):
    CLOSED = "closed"
    OPENING = "opening"
    OPEN = "open"
    FAILED = "failed"


def describe_database(url: str) -> tuple[str, str]:
    """(label, tooltip) for the status bar before SQLAlchemy is loaded: a SQLite file's path, else the
    URL; the tooltip is the whole URL. Passwords are always hidden. Once open, the services' own
    `database_label` (storage.engine.describe_url) replaces the label."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, url
    if parts.scheme.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        return (path.split("?", 1)[0] or ":memory:"), url
    if parts.password is not None:
        host = parts.hostname or ""
        if ":" in host:  # an IPv6 address
            host = f"[{host}]"
        port = f":{parts.port}" if parts.port else ""
        netloc = f"{parts.username or ''}:***@{host}{port}"
        url = urlunsplit(parts._replace(netloc=netloc))
    return url, url


def _open_services(url: str, login: str | None, create: bool = True) -> Services:
    """Runs on a worker thread: the heavy imports happen here, not on the GUI thread (and so does the
    look at the file, which may be on a slow share)."""
    from privacy_desk.services.container import open_services

    services = open_services(url, login=login, create=create)
    # The Today page formats dates with babel and names holidays with `holidays`: load both here too.
    import privacy_desk.domain.closures
    import privacy_desk.i18n.formatting  # noqa: F401

    return services


class DatabaseSession(QObject):
    """Owns the open `Services` (also published as `context.services`)."""

    did_fail = Signal(object)  # the exception; PrivacyDeskError for everything a user can act on
    state_did_change = Signal()

    def __init__(
        self,
        context: ViewContext,
        resolve_url: Callable[[], str],
        *,
        login: str | None = None,
        opener: Callable[[str, str | None, bool], Services] = _open_services,
        names_database: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        """`names_database()`: True when the user or the settings named the database, so a SQLite file
        that does not exist fails with DatabaseMissing (for the window to ask) instead of being made."""
        super().__init__(parent)
        self._context = context
        self._resolve_url = resolve_url
        self._names_database = names_database
        self._login = login
        self._opener = opener
        self._attempt = 0
        self.state = SessionState.CLOSED
        self.url = resolve_url()
        self.error: BaseException | None = None

    @property
    def services(self) -> Services | None:
        return self._context.services

    def open(self, *, create: bool = False) -> None:
        """(Re)open with the URL the settings give now; any open services are closed first. A missing
        SQLite file is made when the app chose it (its own default file) or `create` says so."""
        self.close()
        attempt = self._attempt
        self.url = url = self._resolve_url()
        self.error = None
        self._set_state(SessionState.OPENING)
        opener, login = self._opener, self._login
        create = create or not self._names_database()
        self._context.operations.run(
            lambda: opener(url, login, create),
            lambda services: self._opened(attempt, services),
            lambda error: self._failed(attempt, error),
        )

    def close(self) -> None:
        """Close the services; an opening still on its way is discarded when it arrives."""
        self._attempt += 1
        services = self._context.services
        if services is None:
            return
        self._context.services = None
        self._set_state(SessionState.CLOSED)
        self._context.hub.services_did_close.emit()
        services.close()

    def _opened(self, attempt: int, services: Services) -> None:
        if attempt != self._attempt:  # superseded (closed or reopened meanwhile)
            services.close()
            return
        self._context.services = services
        self._set_state(SessionState.OPEN)
        self._context.hub.services_did_open.emit(services)

    def _failed(self, attempt: int, error: BaseException) -> None:
        if attempt != self._attempt:
            return
        if isinstance(error, DatabaseMissing):  # the storage's wording names the CLI's --create
            error = DatabaseMissing(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no database at {path}, and none was created. If the path is mistyped, "
                    "correct it in Settings; Try Again offers to create a new, empty database there.",
                ),
                path=error.path,
            )
        self.error = error
        self._set_state(SessionState.FAILED)
        self.did_fail.emit(error)

    def _set_state(self, state: SessionState) -> None:
        self.state = state
        self.state_did_change.emit()
