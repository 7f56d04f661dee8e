"""The Retention view's exports: the calendar as an iCalendar file (due and review dates, which Outlook
and Apple Calendar import; stable UIDs, so importing again updates instead of duplicating) and the
register as CSV or XLSX in the current language. Where to write is asked through the view's `files`
seam; the file is written on the worker by the retention service.

`RetentionExports` is a part of RetentionView (it uses the view's context, notice, files and buttons).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.ui.widgets import MessageKind, current_language

if TYPE_CHECKING:
    from privacy_desk.ui.views import ViewContext
    from privacy_desk.ui.widgets import InlineMessage
    from privacy_desk.ui.widgets.buttons import ButtonRow
    from privacy_desk.ui.widgets.files import Files

    class _View(QWidget):
        """What RetentionExports uses of RetentionView (view.py), for the type checker."""

        _context: ViewContext
        notice: InlineMessage
        files: Files
        actions_row: ButtonRow

        def _failed(self, error: BaseException) -> None: ...

else:
    _View = object

translate = QCoreApplication.translate
EXPORTS = (
    ("ics", QT_TRANSLATE_NOOP("Retention", "Retention Calendar (ICS)…")),
    ("register", QT_TRANSLATE_NOOP("Retention", "Register (CSV/XLSX)…")),
)


class RetentionExports(_View):
    def build_export_button(self) -> None:
        """Export ▾ beside the view's buttons: the calendar or the register."""
        self.export_button = QPushButton(self)
        self.export_button.setAutoDefault(False)
        menu = QMenu(self.export_button)
        self.export_actions: dict[str, QAction] = {}
        for key, _text in EXPORTS:
            action = menu.addAction("")
            action.triggered.connect(self.export_ics if key == "ics" else self.export_register)
            self.export_actions[key] = action
        self.export_button.setMenu(menu)
        self.actions_row.addWidget(self.export_button)

    def retranslate_exports(self) -> None:
        self.export_button.setText(translate("Retention", "E&xport"))  # E is the page's Edit…
        for key, text in EXPORTS:
            self.export_actions[key].setText(translate("Retention", text))

    def export_ics(self) -> None:
        """File › Export Retention Calendar (ICS)…"""
        if self._context.services is None:
            return
        path = self.files.ask_save_path(
            self,
            translate("Retention", "Export Retention Calendar"),
            "retention.ics",
            translate("Retention", "iCalendar files (*.ics)"),
        )
        if not path:
            return

        def write(services) -> int:  # every due and review date, past and coming: a calendar replaces all
            return services.retention.export_ics(Path(path))

        def written(events: int) -> None:
            self.notice.show_message(
                translate("Retention", "%n event(s) written to {path}.", None, events).format(path=path),
                MessageKind.SUCCESS,
            )

        self._context.work.query(write).busy(translate("Retention", "Writing the calendar…")).success(
            written
        ).failure(self._failed).run(self)

    def export_register(self) -> None:
        """File › Export Retention Register (CSV/XLSX)…: the type follows the name chosen."""
        if self._context.services is None:
            return
        path = self.files.ask_save_path(
            self,
            translate("Retention", "Export Retention Register"),
            "retention-register.xlsx",
            translate("Retention", "Excel workbooks (*.xlsx);;CSV files (*.csv)"),
        )
        if not path:
            return
        target, language = Path(path), current_language()
        if target.suffix.lower() not in (".csv", ".xlsx"):
            target = target.with_suffix(".xlsx")

        def write(services) -> Path:
            if target.suffix.lower() == ".csv":
                services.retention.export_csv(target, language)
            else:
                services.retention.export_xlsx(target, language)
            return target

        self._context.work.query(write).busy(translate("Retention", "Writing the register…")).success(
            self.files.saved
        ).failure(self._failed).run(self)
