"""Every mail problem the parsers can note is said in Japanese on a Japanese screen (issue #10: notes such
as "Date: no time zone; taken as UTC" reached the Japanese reading pane in English)."""

from __future__ import annotations

import ast
import email.errors
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import privacy_desk.intake
from privacy_desk.intake import defect_texts
from privacy_desk.intake.body_limits import HTML_CUT, TEXT_CUT
from privacy_desk.intake.defect_texts import translated_defect
from privacy_desk.intake.parse import parse_message

INTAKE = Path(privacy_desk.intake.__file__).parent


def marked(context: str, text: str) -> str:
    return f"[{context}]{text}"


def sample(node: ast.expr) -> str:
    """The sentence a defects.append(f"...") call writes, with a typical value in each field."""
    if isinstance(node, ast.Constant):
        return str(node.value)
    if isinstance(node, ast.JoinedStr):
        out = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                out.append(str(value.value))
                continue
            source = ast.unparse(value.value)
            if value.conversion == ord("r"):
                out.append("'x-sjis'")
            elif "__name__" in source:
                out.append("ValueError")
            elif source in ("number", "replaced"):
                out.append("3")
            elif source == "where":
                out.append("Subject")
            elif source == "problem":
                out.append("unclosed quote")
            elif source == "mode":
                out.append("jis0212")
            else:
                out.append("CP932")
        return "".join(out)
    if isinstance(node, ast.GeneratorExp):  # f"MIME: {type(defect).__name__}" for defect in ...
        return sample(node.elt)
    raise AssertionError(ast.dump(node))


def written_defects() -> list[tuple[str, str]]:
    found = []
    for path in sorted(INTAKE.glob("*.py")):
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr in ("append", "extend")
                and ast.unparse(call.func.value).endswith("defects")
            ):
                found.append((f"{path.name}:{call.lineno}", sample(call.args[0])))
    return found


def test_the_scan_finds_the_parsers_defects():
    assert len(written_defects()) > 40


@pytest.mark.parametrize(("where", "defect"), written_defects(), ids=lambda v: v if ":" in v else "")
def test_each_defect_a_parser_writes_has_a_translated_form(where, defect):
    assert translated_defect(defect, marked).startswith("[MailProblems]"), (where, defect)


def test_each_stdlib_mime_defect_has_plain_words():
    for name in dir(email.errors):
        if name.endswith("Defect") and name not in ("MessageDefect", "HeaderDefect"):
            kind = getattr(email.errors, name)
            if issubclass(kind, email.errors.HeaderDefect):
                continue  # compat32 does not report header defects
            said = translated_defect(f"MIME: {name}", marked)
            assert name not in said, f"{name} is shown as Python's class name"


def test_the_size_limit_notes_are_translated_as_they_stand():
    assert translated_defect(TEXT_CUT, marked) == f"[Errors]{TEXT_CUT}"
    assert translated_defect(HTML_CUT, marked) == f"[Errors]{HTML_CUT}"


def test_a_japanese_screen_shows_a_real_mails_problems_in_japanese(ui_translators):
    raw = (
        b"From: =?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= <yamada@example.jp\n"
        b"Subject: test\nDate: 1 Apr 2026 10:00:00\n"
        b"Content-Type: text/plain; charset=x-unknown\n\n\x82\xa0\x82\xa2\n"
    )
    defects = parse_message(raw).defects
    assert "Date: no time zone; taken as UTC" in defects
    shown = [translated_defect(d, QCoreApplication.translate) for d in defects]
    assert "Date：タイムゾーンがないため UTC とみなしました" in shown
    for text in shown:
        words = [w for w in text.replace(":", " ").replace(";", " ").split() if w.isascii() and w.isalpha()]
        english = [
            w for w in words if w.lower() in ("missing", "guessed", "unknown", "taken", "unclosed", "the")
        ]
        assert not english, text


def test_an_unknown_sentence_from_an_older_version_is_shown_as_stored():
    assert translated_defect("something new", marked) == "[Errors]something new"
    assert defect_texts.CONTEXT == "MailProblems"
