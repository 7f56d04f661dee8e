"""The Today page (view key "today"): everything due, overdue or coming up, grouped by day."""

from __future__ import annotations

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.views import ViewSpec

KEY = "today"
TITLE = QT_TRANSLATE_NOOP("Views", "Today")


def today_view_spec(shortcut_index: int = 1) -> ViewSpec:
    return ViewSpec.declared_in(__name__, "TodayView", shortcut_index)
