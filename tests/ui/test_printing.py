"""Reports print as the same pages the PDF has, and a copy is saved where the user picks."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from privacy_desk.ui import printing

WIDTH, HEIGHT = A4


@pytest.fixture
def three_pages(tmp_path) -> Path:
    """Page n has a black square in the n-th of three bands, top to bottom."""
    path = tmp_path / "report.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    for n in range(3):
        canvas.rect(WIDTH / 2 - 50, HEIGHT * (5 - 2 * n) / 6 - 50, 100, 100, fill=1)
        canvas.showPage()
    canvas.save()
    return path


def pdf_printer(out: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setFullPage(True)
    return printer


def dark_band(pdf: Path, page: int) -> int:
    """Which third of the page (0 top … 2 bottom) holds the black square."""
    document = pypdfium2.PdfDocument(str(pdf))
    image = document[page].render(scale=0.25).to_pil().convert("L")
    document.close()
    centre = image.width // 2
    darkest = min(range(image.height), key=lambda y: image.getpixel((centre, y)))
    return darkest * 3 // image.height


def page_count(pdf: Path) -> int:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def test_every_page_is_printed_in_order(qapp, three_pages, tmp_path):
    out = tmp_path / "printed.pdf"
    assert printing.paint_pdf(pdf_printer(out), three_pages) == 3
    assert page_count(out) == 3
    assert [dark_band(out, n) for n in range(3)] == [0, 1, 2]


def test_a_page_range_prints_only_those_pages(qapp, three_pages, tmp_path):
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert printing.paint_pdf(printer, three_pages) == 2
    assert [dark_band(out, n) for n in range(2)] == [1, 2]


def test_cancelling_the_print_dialog_prints_nothing(qapp, three_pages, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    monkeypatch.setattr(printing, "paint_pdf", lambda *a: pytest.fail("printed after Cancel"))
    assert printing.print_pdf(None, three_pages, "REQ-2026-0001") is False


def test_save_as_pdf_copies_the_report_and_adds_the_extension(qapp, three_pages, tmp_path, monkeypatch):
    chosen = tmp_path / "out" / "case report"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    saved = printing.save_pdf_as(None, three_pages, "REQ-2026-0001.pdf")
    assert saved == chosen.with_suffix(".pdf")
    assert saved.read_bytes() == three_pages.read_bytes()


def test_cancelling_save_as_writes_nothing(qapp, three_pages, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert printing.save_pdf_as(None, three_pages, "REQ-2026-0001.pdf") is None
