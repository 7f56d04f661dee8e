"""The case page's Attachments tab: the files kept with the case, which are identity documents, and which
show an individual number (My Number) — with a warning that stays until each is masked.

An image is masked with the mask tool (its PNG replaces the file: the unmasked original is not kept);
a paper copy blacked out by hand, or a PDF, is confirmed as masked once somebody has checked it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from privacy_desk.domain.attachments import visible_name
from privacy_desk.errors import QT_TRANSLATE_NOOP
from privacy_desk.i18n.formatting import format_list
from privacy_desk.ui.requests.case_sections import DASH, moment_text
from privacy_desk.ui.widgets import InlineMessage, current_language, error_color, success_color
from privacy_desk.ui.widgets.buttons import ButtonRow
from privacy_desk.ui.widgets.files import human_size
from privacy_desk.ui.widgets.plain_text import safe_tooltip

if TYPE_CHECKING:
    from privacy_desk.services.cases.service import CaseAttachmentRow, CaseDetail
    from privacy_desk.ui.requests.case_page import CasePage

translate = QCoreApplication.translate


class AttachmentsSection(QWidget):
    NAME, SIZE, KIND, MY_NUMBER = range(4)

    def __init__(self, page: CasePage) -> None:
        super().__init__(page)
        self._page = page
        self._detail: CaseDetail | None = None
        self._tz = None
        self.warning = InlineMessage(self)
        self.tree = QTreeWidget(self)
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        # Names as wide as they are, scrolled sideways if need be: cut short, 請求書.pdf.exe would pass
        # for a PDF. The last column takes the room left.
        for column in (self.NAME, self.SIZE, self.KIND, self.MY_NUMBER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(lambda *_: self.open_current())

        # Two short rows, so the page stays narrow beside the list: the files, then their My Number.
        self.files_row = ButtonRow("CasePage", self)
        self.add_button = self.files_row.add(QT_TRANSLATE_NOOP("CasePage", "&Add…"), page.add_attachment)
        self.open_button = self.files_row.add(QT_TRANSLATE_NOOP("CasePage", "&Open"), self.open_current)
        self.save_button = self.files_row.add(QT_TRANSLATE_NOOP("CasePage", "Sav&e As…"), self.save_current)
        self.files_row.addStretch(1)
        self.my_number_row = ButtonRow("CasePage", self)
        self.my_number_row.addStretch(1)
        self.flag_button = self.my_number_row.add(
            QT_TRANSLATE_NOOP("CasePage", "Shows My Num&ber"),
            tip=QT_TRANSLATE_NOOP(
                "CasePage", "Mark whether the file shows an individual number that must be masked"
            ),
        )
        self.flag_button.setCheckable(True)
        self.flag_button.clicked.connect(self._flag_clicked)
        self.mask_button = self.my_number_row.add(QT_TRANSLATE_NOOP("CasePage", "Ma&sk…"), self.mask_current)
        self.confirm_button = self.my_number_row.add(
            QT_TRANSLATE_NOOP("CasePage", "Conf&irm Masked"),
            self.confirm_current,
            tip=QT_TRANSLATE_NOOP(
                "CasePage", "Record that the individual number in the file has been blacked out"
            ),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.files_row)
        layout.addWidget(self.warning)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self.my_number_row)

    # -- showing ---------------------------------------------------------------------------------------

    def show_detail(self, detail: CaseDetail | None, tz) -> None:
        self._detail, self._tz = detail, tz
        # Copies opened from another case's files go once the page turns away from that case.
        self._page.files.discard_copies(keep=detail.row.id if detail is not None else None)
        self._render()

    def current(self) -> CaseAttachmentRow | None:
        item = self.tree.currentItem()
        return item.data(self.NAME, Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, attachment_id: int) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(self.NAME, Qt.ItemDataRole.UserRole).id == attachment_id:
                self.tree.setCurrentItem(item)
                return

    def _render(self) -> None:
        current = self.current()
        self.tree.clear()
        detail = self._detail
        if detail is None:
            self.warning.clear()
            self._update_buttons()
            return
        red, green = error_color(self.palette()), success_color(self.palette())
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for attachment in detail.attachments:
            item = QTreeWidgetItem(
                [
                    visible_name(attachment.filename),
                    human_size(attachment.size),
                    translate("CasePage", "Identity document") if attachment.identity_document else "",
                    self._my_number_text(attachment),
                ]
            )
            item.setData(self.NAME, Qt.ItemDataRole.UserRole, attachment)
            item.setTextAlignment(self.SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            added = translate("CasePage", "Added by {name}, {when}").format(
                name=attachment.added_by_name or DASH, when=moment_text(attachment.added_at, self._tz)
            )
            item.setToolTip(self.NAME, safe_tooltip(f"{visible_name(attachment.filename)}\n{added}"))
            if attachment.needs_masking:
                item.setForeground(self.MY_NUMBER, QBrush(red))
                item.setIcon(self.MY_NUMBER, warning_icon)
            elif attachment.shows_my_number:
                item.setForeground(self.MY_NUMBER, QBrush(green))
                confirmed = translate("CasePage", "Masking confirmed by {name}, {when}").format(
                    name=attachment.masked_confirmed_by_name or DASH,
                    when=moment_text(attachment.masked_confirmed_at, self._tz),
                )
                item.setToolTip(self.MY_NUMBER, safe_tooltip(confirmed))
            self.tree.addTopLevelItem(item)
        if current is not None:
            self.select(current.id)
        if self.tree.currentItem() is None and detail.attachments:
            first = detail.my_number_unmasked[0] if detail.my_number_unmasked else detail.attachments[0]
            self.select(first.id)  # what needs doing first
        unmasked = [visible_name(a.filename) for a in detail.my_number_unmasked]
        count = len(unmasked)
        if unmasked:
            self.warning.show_error(
                translate(
                    "CasePage",
                    "%n file(s) with an individual number (My Number) not masked yet: {files}. "
                    "The number must not be kept, and the case cannot go on until the masking is "
                    "confirmed.",
                    None,
                    count,
                ).format(files=format_list(unmasked, current_language()))
            )
        else:
            self.warning.clear()
        self._update_buttons()

    @staticmethod
    def _my_number_text(attachment: CaseAttachmentRow) -> str:
        if attachment.needs_masking:
            return translate("CasePage", "Shows My Number — not masked")
        if attachment.shows_my_number:
            return translate("CasePage", "My Number masked")
        return ""

    def _update_buttons(self) -> None:
        attachment = self.current()
        chosen = attachment is not None
        for button in (self.open_button, self.save_button, self.flag_button):
            button.setEnabled(chosen)
        self.flag_button.setChecked(bool(attachment and attachment.shows_my_number))
        image = bool(attachment and attachment.content_type.startswith("image/"))
        self.mask_button.setEnabled(bool(attachment and attachment.shows_my_number and image))
        self.mask_button.setToolTip(
            ""
            if image or not chosen
            else translate("CasePage", "Only an image can be masked here; black out a paper copy by hand.")
        )
        self.confirm_button.setEnabled(bool(attachment and attachment.needs_masking))

    # -- doing -----------------------------------------------------------------------------------------

    def _with_data(self, attachment: CaseAttachmentRow, use) -> None:
        page = self._page
        page.context.work.query(lambda services: services.cases.attachment(attachment.id).data).success(
            page.when_current(use)
        ).failure(page.when_current(page.show_error)).run(page)

    def open_current(self) -> None:
        attachment = self.current()
        if attachment is None:
            return

        case_id = self._detail.row.id if self._detail is not None else None

        def showing() -> bool:
            return self._detail is not None and self._detail.row.id == case_id

        def use(data: bytes) -> None:
            if showing():  # a file that can run is opened only once the user said so
                self._page.files.open_copy(attachment.filename, data, key=case_id, wanted=showing)

        self._with_data(attachment, use)

    def save_current(self) -> None:
        attachment = self.current()
        if attachment is None:
            return

        def use(data: bytes) -> None:
            self._page.files.save_as(
                data,
                attachment.filename,
                title=translate("CasePage", "Save Attachment"),
                filters=translate("CasePage", "All files (*)"),
            )

        self._with_data(attachment, use)

    def _flag_clicked(self, checked: bool) -> None:
        attachment = self.current()
        if attachment is None or self._page.services is None:
            return
        self._page.run_change(
            lambda services: services.cases.set_shows_my_number(services.actor, attachment.id, checked)
        )

    def confirm_current(self) -> None:
        attachment = self.current()
        if attachment is None or self._page.services is None:
            return
        if not self._page.confirm(
            self._page,
            translate("CasePage", "Confirm Masked"),
            translate(
                "CasePage",
                "Is the individual number in {name} blacked out so that it cannot be read? Your name is "
                "recorded with the confirmation.",
            ).format(name=visible_name(attachment.filename)),
        ):
            return
        self._page.run_change(
            lambda services: services.cases.confirm_my_number_masked(services.actor, attachment.id)
        )

    def mask_current(self) -> None:
        attachment = self.current()
        if attachment is None:
            return

        def use(data: bytes) -> None:
            from privacy_desk.ui.dialogs.mask_image import MaskImageDialog

            try:
                dialog = MaskImageDialog(data, attachment.filename, self._page)
            except Exception as error:  # not an image after all
                self._page.show_error(error)
                return
            self._page.open_dialog(dialog, lambda d: self._store_masked(attachment, d.masked_png()))

        self._with_data(attachment, use)

    def _store_masked(self, attachment: CaseAttachmentRow, png: bytes) -> Any:
        if self._page.services is None:
            return
        self._page.run_change(
            lambda services: services.cases.confirm_my_number_masked(
                services.actor, attachment.id, png, "image/png"
            )
        )

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [
                translate("CasePage", "File"),
                translate("CasePage", "Size"),
                translate("CasePage", "Kind"),
                translate("CasePage", "My Number"),
            ]
        )
        self.tree.setAccessibleName(translate("CasePage", "Attachments"))
        self.files_row.retranslate()
        self.my_number_row.retranslate()
        self._render()
