"""The Today page (view key "today"): everything due, overdue or coming up, grouped by day."""

from __future__ import annotations

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.views import ViewContext, ViewSpec

KEY = "today"
TITLE = QT_TRANSLATE_NOOP("Views", "Today")


def today_view_spec(shortcut_index: int = 1) -> ViewSpec:
    def create(context: ViewContext):
        from privacy_desk.ui.today.view import TodayView

        return TodayView(context)

    return ViewSpec(KEY, TITLE, create, shortcut_index, icon="today")
