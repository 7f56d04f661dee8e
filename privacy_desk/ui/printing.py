"""Print a report's PDF through the system print dialog, and save a copy where the user chooses.

Reports are made once, as PDF (reportlab); printing draws those same pages, rasterised by PDFium at
the printer's resolution, so paper and file never differ.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from privacy_desk.errors import QT_TRANSLATE_NOOP, PrivacyDeskError
from privacy_desk.ui.widgets import InlineMessage, MessageKind

# Enough for sharp text on paper; a 600 dpi printer would otherwise get 4× the pixels for nothing.
MAX_DPI = 300


def print_pdf(parent: QWidget | None, pdf: Path, title: str) -> bool:
    """Ask with the system print dialog, then print `pdf`. False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF's pages already carry their margins
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print {title}").format(title=title))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_pdf(printer, pdf)
    return True


def paint_pdf(printer: QPrinter, pdf: Path) -> int:
    """Draw the pages of `pdf` the printer's page range asks for, one per sheet; returns how many."""
    import pypdfium2  # here, not at the top: only printing needs PDFium

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        first, last = _page_range(printer, len(document))
        dpi = min(printer.resolution(), MAX_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrivacyDeskError(
                QT_TRANSLATE_NOOP("Errors", "The printer {printer} could not start printing."),
                printer=printer.printerName() or printer.outputFileName(),
            )
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                _draw_page(painter, printer, document[number], dpi)
        finally:
            painter.end()
        return last - first + 1
    finally:
        document.close()


def _page_range(printer: QPrinter, count: int) -> tuple[int, int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage() - 1, min(printer.toPage(), count) - 1
    return 0, count - 1


def _draw_page(painter: QPainter, printer: QPrinter, page, dpi: int) -> None:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
    target = printer.pageLayout().fullRectPixels(printer.resolution())
    size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
    painter.drawImage(QRect(target.topLeft(), size), image)


def save_pdf_as(parent: QWidget | None, pdf: Path, suggested_name: str) -> Path | None:
    """Let the user pick where a copy of `pdf` goes; the chosen path, or None when cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Printing", "Save as PDF"),
        suggested_name,
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    shutil.copyfile(pdf, target)
    return target


def save_pdf_copy(
    save_as: Callable[[QWidget, Path, str], Path | None],
    parent: QWidget,
    pdf: Path,
    suggested_name: str,
    notice: InlineMessage,
) -> None:
    """Save a copy of a report where the user chooses and say so on the page's `notice` line, or why it
    could not be saved. `save_as` is the page's `save_pdf_as` (tests replace it)."""
    try:
        saved = save_as(parent, pdf, suggested_name)
    except OSError as error:
        notice.show_error(
            QCoreApplication.translate("Printing", "Could not save the PDF: {reason}").format(
                reason=error.strerror or error
            )
        )
        return
    if saved is not None:
        notice.show_message(
            QCoreApplication.translate("Printing", "Saved as {path}.").format(path=saved), MessageKind.SUCCESS
        )
