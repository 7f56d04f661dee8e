"""Database driver texts without the values they quote: what a desk sees or the log keeps must not carry
a requester's address, name, subject, body or My Number.

PostgreSQL puts the values of a failing row in the DETAIL of its message ("Key (email)=(x@y) already
exists", "Failing row contains (...)"); SQLAlchemy adds the statement's parameters unless the engine hides
them (ours do). What stays is the primary message, which names the rule that failed.
"""

from __future__ import annotations

import re

# PostgreSQL's secondary fields as libpq prints them, each to the end of the driver's text. A value may
# hold line breaks, so a field runs until SQLAlchemy's "[SQL: …]" or the next exception of a traceback.
_END = r"(?=\n\[SQL[: ]|\n\(Background on this error|\n\nThe above exception|\n\nDuring handling|\Z)"
# Compiled when first used (re caches them): the GUI imports this module before its first paint.
_SECONDARY = r"\n(?:DETAIL|HINT|CONTEXT|WHERE|QUERY|STATEMENT):.*?" + _END
_PARAMETERS = r"\n\[parameters: .*?\]" + _END
HIDDEN = "[not shown: it may hold personal data]"


def driver_text(error: BaseException) -> str:
    """The driver's message for `error`, its first part only."""
    primary = getattr(getattr(error, "diag", None), "message_primary", None)  # psycopg keeps it apart
    text = str(primary or error).strip()
    text = re.split(r"\n(?:DETAIL|HINT|CONTEXT|WHERE|QUERY|STATEMENT):", text, maxsplit=1)[0].strip()
    return text or type(error).__name__


def log_text(text: str) -> str:
    """`text` (a log line, a traceback) with the driver's secondary fields and any statement parameters
    replaced by a note."""
    text = re.sub(_SECONDARY, "\nDETAIL: " + HIDDEN, text, flags=re.DOTALL)
    return re.sub(_PARAMETERS, "\n[parameters: " + HIDDEN + "]", text, flags=re.DOTALL)
