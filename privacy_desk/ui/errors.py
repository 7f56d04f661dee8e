"""Never a silent crash: unhandled exceptions are logged to a rotating file and shown to the user.

`install_exception_hooks()` replaces `sys.excepthook` and `threading.excepthook`. An exception on the GUI
thread shows a message box at once; one on another thread is logged there and shown through a queued
signal (widgets belong to the GUI thread). A `PrivacyDeskError` is something the user can act on: its
translated message is shown without a traceback, and what the database driver or the system said (its
cause) under "Show Details…" and in the log. An OSError is said in the user's language too (permission,
a full or read-only disk, a missing file). Everything else says what happened, where the log is, and keeps
the traceback under "Show Details…".
"""

from __future__ import annotations

import errno
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from privacy_desk.errors import QT_TRANSLATE_NOOP, PrivacyDeskError
from privacy_desk.logfile import configure_logging, log, log_path  # noqa: F401 - log_path is asked for here too
from privacy_desk.redact import driver_text, log_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

translate = QCoreApplication.translate

# What the system says, in the user's words; the system's own text goes under Details.
_OS_REASONS = {
    errno.EACCES: "Privacy Desk may not use {path}: permission denied.",
    errno.EPERM: "Privacy Desk may not use {path}: permission denied.",
    errno.ENOSPC: "The disk is full: {path} could not be written.",
    errno.EROFS: "{path} is on a disk that can only be read.",
    errno.ENOENT: "{path} does not exist (any more).",
}
_OS_TEXTS = (  # for pyside6-lupdate, which reads only literal calls
    QT_TRANSLATE_NOOP("ErrorDialog", "Privacy Desk may not use {path}: permission denied."),
    QT_TRANSLATE_NOOP("ErrorDialog", "The disk is full: {path} could not be written."),
    QT_TRANSLATE_NOOP("ErrorDialog", "{path} is on a disk that can only be read."),
    QT_TRANSLATE_NOOP("ErrorDialog", "{path} does not exist (any more)."),
)


def os_error_text(exc: OSError) -> str:
    """An OSError in the user's language, naming the file when the system did."""
    path = exc.filename if exc.filename is not None else translate("ErrorDialog", "a file")
    source = _OS_REASONS.get(exc.errno or 0)
    if source is not None:
        return translate("ErrorDialog", source).format(path=path)
    return translate("ErrorDialog", "The system refused to use {path}.").format(path=path)


def technical_detail(exc: BaseException) -> str:
    """What the driver or the system said about `exc`, without personal data: for Details and the log."""
    if isinstance(exc, OSError):
        return f"{type(exc).__name__}: [Errno {exc.errno}] {exc.strerror or exc}" + (
            f": {exc.filename}" if exc.filename is not None else ""
        )
    lines = []
    detail = getattr(exc, "params", {}).get("detail")
    if detail:
        lines.append(str(detail))
    cause = exc.__cause__
    if cause is not None:
        orig = getattr(cause, "orig", None)
        origin = orig if isinstance(orig, BaseException) else cause
        text = f"{type(origin).__name__}: {driver_text(origin)}"
        if text not in lines and not any(line in text for line in lines):
            lines.append(text)
    return log_text("\n".join(lines))


def error_box(
    exc: BaseException, parent: QWidget | None = None, *, logged_to: Path | None = None
) -> QMessageBox:
    """The message box for `exc` (not yet shown)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setWindowTitle(translate("MainWindow", "Privacy Desk"))
    if isinstance(exc, PrivacyDeskError | OSError):
        box.setIcon(QMessageBox.Icon.Warning)
        if isinstance(exc, OSError):
            box.setText(os_error_text(exc))
        else:
            box.setText(exc.translated(QCoreApplication.translate))
        detail = technical_detail(exc)
        if detail:
            box.setDetailedText(detail)
        if logged_to is not None and detail:
            box.setInformativeText(
                translate("ErrorDialog", "The technical details are also in the log file {path}.").format(
                    path=logged_to
                )
            )
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            translate(
                "ErrorDialog", "Something went wrong. Privacy Desk may not have finished what you asked."
            )
        )
        # As in the log: the box's text is copied into mails to the administrator.
        detail = log_text("".join(traceback.format_exception_only(type(exc), exc)).strip())
        lines = [translate("ErrorDialog", "Error: {error}").format(error=detail)]
        if logged_to is not None:
            lines.append(
                translate(
                    "ErrorDialog",
                    "The details are in the log file {path}. Please send it to your administrator.",
                ).format(path=logged_to)
            )
        box.setInformativeText("\n\n".join(lines))
        box.setDetailedText(log_text("".join(traceback.format_exception(type(exc), exc, exc.__traceback__))))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    # An error may quote a file name, a subject or a database message: shown as text, never as markup
    # (set last: Qt passes the format on to the informative text too).
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_exception(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log `exc` and show it (GUI thread only). A PrivacyDeskError is logged without its traceback."""
    logged_to = log_exception(exc)
    if QApplication.instance() is None:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)
        return
    error_box(exc, parent or QApplication.activeWindow(), logged_to=logged_to).exec()


def log_exception(exc: BaseException) -> Path | None:
    """Write `exc` to the log file (a PrivacyDeskError in one line); the file's path, if writable."""
    try:
        target = configure_logging()
    except OSError:  # an unwritable log folder must not hide the error itself
        target = None
    if isinstance(exc, PrivacyDeskError | OSError):
        english = exc.english() if isinstance(exc, PrivacyDeskError) else ""
        detail = technical_detail(exc)
        where = (type(exc), exc, exc.__traceback__) if isinstance(exc, OSError) else None  # which file access
        log.warning("%s: %s%s", type(exc).__name__, english, f" [{detail}]" if detail else "", exc_info=where)
    else:
        log.error("Unhandled exception", exc_info=(type(exc), exc, exc.__traceback__))
    return target


class ExceptionHooks(QObject):
    """Owns the installed hooks; `uninstall()` puts the previous ones back (tests, the self-test)."""

    _show_requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous_sys = sys.excepthook
        self._previous_threading = threading.excepthook
        self._showing = False
        self._show_requested.connect(self._show)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_sys
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_threading

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_sys(exc_type, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        app = QCoreApplication.instance()
        if app is None:  # before the GUI exists: log, then the interpreter's own report on stderr
            log_exception(exc)
            self._previous_sys(exc_type, exc, tb)
            return
        if threading.current_thread() is not threading.main_thread():  # the GUI thread is the main one
            self._show_requested.emit(exc)  # queued to the GUI thread
            return
        self._show(exc)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(object)
    def _show(self, exc: BaseException) -> None:
        if self._showing:  # an error while the box is up (e.g. in a repaint): log it, one box is enough
            log_exception(exc)
            return
        self._showing = True
        try:
            show_exception(exc)
        finally:
            self._showing = False


def install_exception_hooks(parent: QObject | None = None) -> ExceptionHooks:
    return ExceptionHooks(parent)
