"""Attachments: what opening a file could run (by its extension and its first bytes), and its name on
screen and on disk."""

from __future__ import annotations

import pytest

from privacy_desk.domain.attachments import (
    NAME_MAX,
    RISKY_EXTENSIONS,
    OpenRisk,
    RunKind,
    assess,
    extension,
    safe_filename,
    visible_name,
)

PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(48) + b"PE\x00\x00"


@pytest.mark.parametrize(
    ("name", "risk"),
    [
        ("請求書.pdf.exe", OpenRisk(RunKind.PROGRAM, "exe", "pdf")),
        ("a.exe.", OpenRisk(RunKind.PROGRAM, "exe")),  # Windows drops trailing dots and spaces
        ("a.exe . . ", OpenRisk(RunKind.PROGRAM, "exe")),
        ("Invoice.ExE", OpenRisk(RunKind.PROGRAM, "exe")),
        ("manual.hta", OpenRisk(RunKind.SCRIPT, "hta")),
        (".hta", OpenRisk(RunKind.SCRIPT, "hta")),
        ("請求書\u202efdp.exe", OpenRisk(RunKind.PROGRAM, "exe")),  # shows as 請求書exe.pdf
        ("請求書.pdf.exe\u202e", OpenRisk(RunKind.PROGRAM, "exe", "pdf")),  # invisible after the extension
        ("見積.pdf" + " " * 60 + ".scr", OpenRisk(RunKind.PROGRAM, "scr", "pdf")),
        ("..\\..\\Startup\\run.bat", OpenRisk(RunKind.SCRIPT, "bat")),
        ("setup.msi", OpenRisk(RunKind.INSTALLER, "msi")),
        ("change.reg", OpenRisk(RunKind.INSTALLER, "reg")),
        ("資料.lnk", OpenRisk(RunKind.SHORTCUT, "lnk")),
        ("site.URL", OpenRisk(RunKind.SHORTCUT, "url")),
        ("scan.iso", OpenRisk(RunKind.DISK_IMAGE, "iso")),
        ("tool.jar", OpenRisk(RunKind.SCRIPT, "jar")),
        ("run.ps1", OpenRisk(RunKind.SCRIPT, "ps1")),
        ("install.sh", OpenRisk(RunKind.SCRIPT, "sh")),
        ("two.exe.bat", OpenRisk(RunKind.SCRIPT, "bat")),  # the inner .exe is no disguise
    ],
)
def test_executable_and_script_types_are_known_by_the_extension_the_system_sees(name, risk):
    assert assess(name, PDF) == risk


@pytest.mark.parametrize("name", ["免許証.pdf", "scan.PNG", "委任状.docx", "a.exe.pdf", "readme", "メモ.txt"])
def test_documents_open_without_a_question(name):
    assert assess(name, PDF) is None and assess(name) is None


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (PE, RunKind.PROGRAM),
        (b"\x7fELF\x02\x01\x01" + bytes(9), RunKind.PROGRAM),
        (b"\xcf\xfa\xed\xfe\x07\x00\x00\x01", RunKind.PROGRAM),  # Mach-O, 64-bit
        (b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0", RunKind.SHORTCUT),
        (b"#!/bin/sh\nrm -rf ~\n", RunKind.SCRIPT),
        (b"#! /usr/bin/env python3\n", RunKind.SCRIPT),
    ],
)
def test_a_program_under_a_document_s_name_is_known_by_its_first_bytes(head, kind):
    assert assess("請求書.pdf", head) == OpenRisk(kind, "pdf", "pdf", by_content=True)


def test_text_that_merely_starts_like_a_program_is_a_document():
    assert assess("memo.txt", b"MZ Holdings: minutes of the meeting") is None
    assert assess("note.md", b"#!important\n") is None


def test_the_extension_is_the_last_one_lower_case_without_trailing_dots():
    assert extension("A.PDF.") == "pdf" and extension("noext") == "" and extension("a.tar.GZ") == "gz"
    assert all(ext == ext.casefold() and "." not in ext for ext in RISKY_EXTENSIONS)


def test_a_name_on_screen_shows_what_hides_its_real_extension():
    assert visible_name("請求書\u202efdp.exe") == "請求書[U+202E]fdp.exe"
    assert visible_name("a\u200b.pdf.exe") == "a[U+200B].pdf.exe"
    assert visible_name("見積.pdf" + " " * 40 + ".exe") == "見積.pdf␣×40.exe"
    assert visible_name("開示 請求.pdf") == "開示 請求.pdf"


def test_a_name_written_to_disk_keeps_its_whole_extension_and_stays_in_its_folder():
    assert safe_filename("請求書.pdf.exe") == "請求書.pdf.exe"
    assert safe_filename("a.exe. . ") == "a.exe"
    assert safe_filename("..\\..\\evil.exe") == "evil.exe" and safe_filename("/etc/passwd") == "passwd"
    assert safe_filename('a<b>:"c|?*.pdf') == "a_b___c___.pdf"
    assert safe_filename("請求書\u202efdp.exe") == "請求書_fdp.exe"
    assert safe_filename("CON.txt") == "_CON.txt" and safe_filename("nul") == "_nul"
    assert safe_filename(" . ") == "attachment" and safe_filename("", "original.eml") == "original.eml"
    long = "x" * 146 + ".exe.pdf"  # cut at the end, it would have become .exe
    assert safe_filename(long).endswith("x.pdf") and len(safe_filename(long)) == NAME_MAX
    assert extension(safe_filename(long)) == "pdf"
    longer = "請" * 300 + ".pdf.exe"
    assert safe_filename(longer).endswith(".exe") and len(safe_filename(longer)) == NAME_MAX
