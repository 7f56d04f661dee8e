"""The app's log file, for the GUI and the command line alike (Qt-free): a rotating file in the log folder,
the user's only, with database values kept out of it."""

from __future__ import annotations

import logging
from pathlib import Path

from privacy_desk import paths
from privacy_desk.redact import log_text

LOG_FILENAME = "privacy-desk.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
LOGGER_NAME = "privacy_desk"

log = logging.getLogger(LOGGER_NAME)


def log_path() -> Path:
    return paths.log_dir() / LOG_FILENAME


class _PrivateFormatter(logging.Formatter):
    """Database errors in the log say which rule failed, never the values of the row (personal data)."""

    def format(self, record: logging.LogRecord) -> str:
        return log_text(super().format(record))


def configure_logging() -> Path:
    """Attach the rotating log file (1 MB × 5) to the "privacy_desk" logger, once per file. The log files
    are the user's only, as is their folder."""
    import logging.handlers  # loads socket & co.: kept off the start-up path until first needed

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):  # also for the new file after each rollover
            return open(
                self.baseFilename,
                self.mode,
                encoding=self.encoding,
                errors=self.errors,
                opener=paths.private_opener,
            )

    target = log_path()
    for handler in log.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == target:
            return target
    paths.repair_private_modes([target.parent])
    handler = PrivateRotatingFileHandler(
        target, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(_PrivateFormatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"))
    log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)
    return target
