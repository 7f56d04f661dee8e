"""The project's own error types.

Messages are English source texts in the Qt translation catalogue (context "Errors"); the layer that
shows an error (GUI or CLI) translates it. Lower layers stay free of Qt: `QT_TRANSLATE_NOOP` only marks
a text for `pyside6-lupdate`.
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Text:
    """A source text used as a message parameter: translated along with the message that holds it."""

    context: str
    source: str

    def __str__(self) -> str:
        return self.source


class PrivacyDeskError(Exception):
    """An error a user can act on. `message` is an untranslated source text with {placeholders}."""

    def __init__(self, message: str, **params: object) -> None:
        self.message = message
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        return self.message.format(**self.params)

    def translated(self, translate) -> str:
        """`translate(context, text)` is the caller's translator, e.g. QCoreApplication.translate."""
        params = {
            key: translate(value.context, value.source) if isinstance(value, Text) else value
            for key, value in self.params.items()
        }
        return translate(ERROR_CONTEXT, self.message).format(**params)


class Reason(str):
    """Why something was left out, as an English sentence (for JSON, logs and scripts) that still knows
    its `problem`, so the layer that shows it can say it in the user's language:
    `reason.problem.translated(translate)`. `kind` is the problem without what names the item (to count
    alike reasons together)."""

    problem: PrivacyDeskError

    def __new__(cls, text: str, problem: PrivacyDeskError) -> Reason:
        reason = super().__new__(cls, text)
        reason.problem = problem
        return reason

    @property
    def kind(self) -> str:
        return self.problem.english()


class InvalidInput(PrivacyDeskError):
    """Input a user typed or a file they chose is not acceptable."""


class PermissionDenied(PrivacyDeskError):
    """The acting user's role does not allow the action."""


class NotFound(PrivacyDeskError):
    """A record the user named does not exist."""


class StorageError(PrivacyDeskError):
    """The database could not be reached or refused the operation."""


class SchemaTooNew(StorageError):
    """The database was written by a newer Privacy Desk; this one must not touch it."""


class DatabaseMissing(StorageError):
    """A database file the user named (--db, PRIVACY_DESK_DB, Settings) does not exist, and nothing was
    created: a mistyped path must not become a new, empty database. `path` is the file asked for."""

    def __init__(self, message: str, *, path: str, **params: object) -> None:
        super().__init__(message, path=path, **params)
        self.path = path


class ReadOnlyDatabase(StorageError):
    """The database is open for reading only (the file, its folder or the server says so): a change was
    refused before it started, or the driver refused it."""


def read_only_database(detail: str = "") -> ReadOnlyDatabase:
    """The one wording of "this database cannot be changed from this desk"; `detail` is the driver's
    text when it was the driver that refused (shown under Details, logged)."""
    return ReadOnlyDatabase(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database is open for reading only, so nothing was changed. Ask an administrator for "
            "write access to the database file and its folder, then open it again.",
        ),
        detail=detail,
    )


class StaleEdit(PrivacyDeskError):
    """Another desk changed the record after this desk read it: the change was refused, nothing was
    written. `current` is the record as it is stored now (the same kind of value the call returns), so
    the screen can show it in place of what the desk saw."""

    def __init__(self, message: str, *, current: object = None, **params: object) -> None:
        super().__init__(message, **params)
        self.current = current
