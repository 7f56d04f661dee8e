"""The mask tool blacks out what the user drags over, in the saved image itself."""

from __future__ import annotations

import pytest
from helpers.language import switch_language
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage

from privacy_desk.errors import InvalidInput
from privacy_desk.ui.dialogs.mask_image import MaskImageDialog

WHITE = QColor(Qt.GlobalColor.white).rgb()
BLACK = QColor(Qt.GlobalColor.black).rgb()


def png(width: int = 400, height: int = 200) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


@pytest.fixture
def dialog(qtbot, ui_translators):
    dialog = MaskImageDialog(png(), "mynumber-card.png")
    qtbot.addWidget(dialog)
    dialog.resize(600, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def drag(qtbot, canvas, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def image_point(canvas, x: float, y: float) -> QPoint:
    """A point at fractions (x, y) of the shown image, in widget coordinates."""
    shown = canvas.image_rect()
    return QPoint(shown.left() + round(shown.width() * x), shown.top() + round(shown.height() * y))


def test_a_dragged_rectangle_is_black_in_the_saved_png_and_the_rest_untouched(qtbot, dialog):
    canvas = dialog.canvas
    assert not dialog.save_button.isEnabled()  # nothing masked yet
    drag(qtbot, canvas, image_point(canvas, 0.25, 0.25), image_point(canvas, 0.75, 0.75))
    assert dialog.save_button.isEnabled()
    saved = QImage.fromData(dialog.masked_png())
    assert saved.size() == QImage.fromData(png()).size()
    assert saved.pixel(200, 100) == BLACK  # the centre was under the mask
    assert saved.pixel(20, 20) == WHITE
    assert saved.pixel(380, 180) == WHITE


def test_undo_takes_back_the_last_mask(qtbot, dialog):
    canvas = dialog.canvas
    drag(qtbot, canvas, image_point(canvas, 0.05, 0.1), image_point(canvas, 0.2, 0.3))
    drag(qtbot, canvas, image_point(canvas, 0.6, 0.6), image_point(canvas, 0.9, 0.9))
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    saved = QImage.fromData(dialog.masked_png())
    assert saved.pixel(50, 40) == BLACK
    assert saved.pixel(300, 150) == WHITE


def test_a_click_without_a_drag_masks_nothing(qtbot, dialog):
    point = image_point(dialog.canvas, 0.5, 0.5)
    drag(qtbot, dialog.canvas, point, point)
    assert not dialog.canvas.masks
    assert not dialog.save_button.isEnabled()


def test_a_file_that_is_not_an_image_is_refused_with_a_clear_error(qapp):
    with pytest.raises(InvalidInput) as raised:
        MaskImageDialog(b"%PDF-1.7 not an image", "scan.pdf")
    assert "Only an image" in raised.value.english()


def test_a_refused_file_leaves_no_half_made_dialog_behind(qapp, ui_translators):
    """Refused before the dialog exists: nothing is left to fail on the next language switch."""
    from PySide6.QtWidgets import QWidget

    page = QWidget()
    with pytest.raises(InvalidInput):
        MaskImageDialog(b"%PDF-1.7 not an image", "scan.pdf", page)
    assert page.findChildren(MaskImageDialog) == []
    switch_language(ui_translators, "en")
