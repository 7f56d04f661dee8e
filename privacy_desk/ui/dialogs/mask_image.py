"""Black out parts of a scanned document before it is kept: the individual number (個人番号, My Number)
must never be stored, so a My Number card or a residence certificate showing it is masked first.

The user drags rectangles over the image; the dialog hands back a PNG with those areas filled black.
The pixels under a mask are gone from the copy, not hidden by a layer a viewer could remove.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QMouseEvent, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from privacy_desk.errors import QT_TRANSLATE_NOOP, InvalidInput


class MaskCanvas(QWidget):
    """The image scaled to fit, the masks drawn on it, and a rectangle dragged out with the mouse."""

    masks_changed = Signal()

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.masks: list[QRect] = []  # in image pixels
        self._drag_start: QPoint | None = None
        self._drag_rect = QRect()
        self.setMinimumSize(320, 240)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.image.size().scaled(QSize(900, 700), Qt.AspectRatioMode.KeepAspectRatio)

    def image_rect(self) -> QRect:
        """Where the image is drawn in the widget: centred, aspect ratio kept."""
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        return QRect(QPoint((self.width() - size.width()) // 2, (self.height() - size.height()) // 2), size)

    def to_image(self, rect: QRect) -> QRect:
        shown = self.image_rect()
        scale = self.image.width() / max(shown.width(), 1)
        moved = rect.translated(-shown.topLeft())
        return QRect(
            round(moved.x() * scale),
            round(moved.y() * scale),
            round(moved.width() * scale),
            round(moved.height() * scale),
        ).intersected(self.image.rect())

    def to_widget(self, rect: QRect) -> QRect:
        shown = self.image_rect()
        scale = shown.width() / max(self.image.width(), 1)
        return QRect(
            round(rect.x() * scale),
            round(rect.y() * scale),
            round(rect.width() * scale),
            round(rect.height() * scale),
        ).translated(shown.topLeft())

    def undo(self) -> None:
        if self.masks:
            self.masks.pop()
            self.masks_changed.emit()
            self.update()

    def masked_image(self) -> QImage:
        result = self.image.convertToFormat(QImage.Format.Format_RGB32)
        painter = QPainter(result)
        for rect in self.masks:
            painter.fillRect(rect, Qt.GlobalColor.black)
        painter.end()
        return result

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.drawImage(self.image_rect(), self.image)
        for rect in self.masks:
            painter.fillRect(self.to_widget(rect), Qt.GlobalColor.black)
        if self._drag_start is not None:
            painter.setPen(QPen(QColor("#d32f2f"), 2, Qt.PenStyle.DashLine))
            painter.fillRect(self._drag_rect, QColor(0, 0, 0, 140))
            painter.drawRect(self._drag_rect)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_start = event.position().toPoint()
            self._drag_rect = QRect(self._drag_start, QSize())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag_start is not None:
            self._drag_rect = QRect(self._drag_start, event.position().toPoint()).normalized()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._drag_start is None:
            return
        rect = self.to_image(QRect(self._drag_start, event.position().toPoint()).normalized())
        self._drag_start = None
        if rect.width() > 1 and rect.height() > 1:
            self.masks.append(rect)
            self.masks_changed.emit()
        self.update()


def load_image(data: bytes) -> QImage:
    image = QImage.fromData(data)
    if image.isNull():
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Only an image (PNG, JPEG, BMP, TIFF) can be masked."))
    return image


class MaskImageDialog(QDialog):
    """Mask parts of an image; `masked_png()` is the copy to keep once the dialog is accepted."""

    def __init__(self, data: bytes, file_name: str, parent: QWidget | None = None) -> None:
        image = load_image(data)  # refused before the dialog exists: no half-made one stays behind
        super().__init__(parent)
        self.file_name = file_name
        self.canvas = MaskCanvas(image, self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.canvas.undo)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.canvas.undo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.canvas.masks_changed.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update_buttons()
        self.canvas.setFocus()

    def _update_buttons(self) -> None:
        # The dialog exists because the image shows a number: saving it unmasked would defeat it.
        self.save_button.setEnabled(bool(self.canvas.masks))
        self.undo_button.setEnabled(bool(self.canvas.masks))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mask Individual Number — {file}").format(file=self.file_name))
        self.hint.setText(
            self.tr(
                "Drag a rectangle over the individual number (My Number) and anything else that must not be "
                "kept. Only the masked copy is saved; the areas are blacked out in the image itself."
            )
        )
        self.undo_button.setText(self.tr("&Undo Last Mask"))

    def masked_png(self) -> bytes:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stubs say the format is bytes; save() takes it as str (bytes raise ValueError).
        self.canvas.masked_image().save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
